import type { Locale } from '@yuqing/common';
import { AppError } from '../../core/errors.js';
import { checkImage, DocumentError, extractDocxImages, extractText, type Finding } from './checks/index.js';

/**
 * An uploaded draft (.docx or plain text) as text for the review workspace, with the findings of
 * the pictures inside it (a GPS position, an author's name); unreadable files are a 400 naming the reason.
 */
export async function extractDraft(buffer: Buffer, filename: string, locale: Locale): Promise<{ text: string; filename: string; imageFindings: Finding[] }> {
  try {
    const text = await extractText(buffer, filename);
    const images = filename.toLowerCase().endsWith('.docx') ? await extractDocxImages(buffer) : [];
    const imageFindings = (await Promise.all(images.map((img) => checkImage(img.data, img.name, { locale })))).flat();
    return { text, filename, imageFindings };
  } catch (err) {
    if (err instanceof DocumentError) throw new AppError(400, 'unreadable_file', { reason: err.messageIn(locale) }, 'file');
    throw err;
  }
}
