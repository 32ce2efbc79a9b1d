/**
 * An event's grading reasons as the incident keeps them: sentences, as the flash report quotes them.
 * Monitoring writes each reason bilingual ({ rule, grade, 'zh-CN', en }); older or hand-made ones are
 * plain strings. The report is written in Chinese, so the Chinese sentence is kept.
 */
export function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const r = reason as Record<string, unknown>;
    for (const key of ['zh-CN', 'text', 'en']) if (typeof r[key] === 'string') return r[key] as string;
  }
  return JSON.stringify(reason);
}
