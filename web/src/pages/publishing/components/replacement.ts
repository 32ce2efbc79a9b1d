import type { Finding, FindingRule } from '../../../api/publishing';

/** Personal data the checks report masked (1101**********002X): the masked form is a fix the author may take as is. */
const MASKABLE: ReadonlySet<FindingRule> = new Set(['resident_id', 'resident_id_suspect', 'mobile', 'bank_card']);

/** A one-click fix of a finding: the whole text with its stretch replaced. */
export interface Replacement {
  kind: 'suggestion' | 'mask';
  title: string;
  body: string;
}

/**
 * The fix a finding offers, if any. Offsets count over `${title}\n${body}`, so a stretch lies in
 * the title, or in the body after the title and its newline; one across the line break (none of
 * the checks makes one) and an image's finding have nothing to replace.
 */
export function replacementOf(f: Finding, title: string, body: string): Replacement | null {
  const kind = f.suggestion ? 'suggestion' : MASKABLE.has(f.rule) ? 'mask' : null;
  if (!kind || f.end <= f.start) return null;
  const text = f.suggestion ?? f.text;
  if (f.end <= title.length) return { kind, title: title.slice(0, f.start) + text + title.slice(f.end), body };
  const bodyStart = title.length + 1;
  if (f.start < bodyStart) return null;
  return { kind, title, body: body.slice(0, f.start - bodyStart) + text + body.slice(f.end - bodyStart) };
}
