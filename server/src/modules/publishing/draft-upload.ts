import type { Locale } from '@yuqing/common';
import { AppError } from '../../core/errors.js';
import { DocumentError, extractText } from './checks/index.js';

/** An uploaded draft (.docx or plain text) as text for the review workspace; unreadable files are a 400 naming the reason. */
export async function extractDraft(buffer: Buffer, filename: string, locale: Locale): Promise<{ text: string; filename: string }> {
  try {
    return { text: await extractText(buffer, filename), filename };
  } catch (err) {
    if (err instanceof DocumentError) throw new AppError(400, 'unreadable_file', { reason: err.messageIn(locale) }, 'file');
    throw err;
  }
}
