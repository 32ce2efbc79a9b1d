import type { Template } from './messages.js';

/** Where an outbound message can go: group robots, email, or a signed webhook of the unit's own systems. */
export const DELIVERY_KINDS = ['wecom', 'dingtalk', 'feishu', 'email', 'webhook'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];
export const DELIVERY_KIND_LABELS: Record<DeliveryKind, Template> = {
  wecom: { 'zh-CN': '企业微信群机器人', en: 'WeCom group robot' },
  dingtalk: { 'zh-CN': '钉钉群机器人', en: 'DingTalk group robot' },
  feishu: { 'zh-CN': '飞书群机器人', en: 'Feishu group bot' },
  email: { 'zh-CN': '电子邮件', en: 'Email' },
  webhook: { 'zh-CN': '通用 Webhook', en: 'Generic webhook' },
};

/** What a target receives: alerts (预警), incident escalations (舆情处置), the daily digest (日报). */
export const DELIVERY_PURPOSES = ['alert', 'incident', 'digest'] as const;
export type DeliveryPurpose = (typeof DELIVERY_PURPOSES)[number];
export const DELIVERY_PURPOSE_LABELS: Record<DeliveryPurpose, Template> = {
  alert: { 'zh-CN': '预警', en: 'Alerts' },
  incident: { 'zh-CN': '舆情处置', en: 'Incidents' },
  digest: { 'zh-CN': '日报', en: 'Daily digest' },
};

/** A target's sends are recorded as attempts; a test message from the screen counts as one too. */
export type DeliveryAttemptPurpose = DeliveryPurpose | 'test';
export type DeliveryAttemptStatus = 'sending' | 'sent' | 'retrying' | 'failed';

/** Why a send failed, each told in words; `{detail}` is the platform's or server's own message. */
export const DELIVERY_FAILURES = {
  private_address: {
    'zh-CN': '地址 {host} 是本机或内网地址，已拒绝发送；内网渠道须由系统管理员标记为“内部”',
    en: '{host} is a loopback or private address, so nothing was sent; an administrator must mark an intranet target internal',
  },
  bad_url: { 'zh-CN': '地址无效：{detail}', en: 'Invalid address: {detail}' },
  timeout: { 'zh-CN': '对方在 {seconds} 秒内没有答复', en: 'No answer within {seconds} seconds' },
  too_large: { 'zh-CN': '对方答复过大：{detail}', en: 'The answer is too large: {detail}' },
  too_many_redirects: { 'zh-CN': '重定向次数过多', en: 'Too many redirects' },
  network: { 'zh-CN': '无法连接：{detail}', en: 'Cannot connect: {detail}' },
  http_status: { 'zh-CN': '对方答复 HTTP {status}：{detail}', en: 'The server answered HTTP {status}: {detail}' },
  platform_error: { 'zh-CN': '{platform}拒收（错误码 {code}）：{detail}', en: '{platform} refused it (code {code}): {detail}' },
  bad_reply: { 'zh-CN': '{platform}的答复无法识别：{detail}', en: 'Unrecognised answer from {platform}: {detail}' },
  smtp_not_configured: {
    'zh-CN': '未配置邮件服务器（环境变量 YUQING_SMTP_URL、YUQING_SMTP_FROM）',
    en: 'No mail server is configured (YUQING_SMTP_URL, YUQING_SMTP_FROM)',
  },
  smtp_error: { 'zh-CN': '邮件发送失败：{detail}', en: 'Sending the mail failed: {detail}' },
  target_disabled: { 'zh-CN': '渠道已停用，不再重试', en: 'The target is disabled; no more retries' },
} as const satisfies Record<string, Template>;
export type DeliveryFailureCode = keyof typeof DELIVERY_FAILURES;

/** Longest address, secret and recipient list a target may have; the server and the form read the same numbers. */
export const DELIVERY_LIMITS = { urlMax: 1000, secretMax: 200, recipientsMax: 50, emailMax: 254 } as const;

/** A delivery target as its form edits it: the body of POST /api/delivery-targets. */
export interface DeliveryTargetInput {
  unitId: number;
  name: string;
  kind: DeliveryKind;
  /** Left out on an edit: the stored one stays (the screen only ever sees it masked). */
  url?: string | null;
  secret?: string | null;
  recipients?: string[];
  purposes: DeliveryPurpose[];
  enabled?: boolean;
  internal?: boolean;
}
