import { INCIDENT_LIMITS } from '@yuqing/common';
import { htmlToText } from '../monitoring/feeds/index.js';

/** Marks Word leaves in copied text that no reader sees: soft hyphens, zero-width joiners, line and paragraph separators. */
const WORD_INVISIBLE = /[\u00ad\u200c\u200d\u200e\u200f\u2028\u2029]/g;

/**
 * A statement as staff paste it: often Word's clipboard HTML (MsoNormal paragraphs, `<o:p>`, conditional
 * comments holding XML, inline styles). The text stays, one line per paragraph; the markup goes.
 */
export function cleanStatement(input: string): string {
  return htmlToText(input.replace(WORD_INVISIBLE, ''), { maxLength: INCIDENT_LIMITS.statementMax });
}
