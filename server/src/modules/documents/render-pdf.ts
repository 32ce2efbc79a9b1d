import type { DocumentSpec } from './document-spec.js';
import { pdfConverter, type PdfConverter } from './convert-pdf.js';
import { renderDocx } from './render-docx.js';

/** An official document as PDF: the LibreOffice layout of the .docx, through the shared queue. */
export async function renderPdf(spec: DocumentSpec, converter: PdfConverter = pdfConverter()): Promise<Buffer> {
  return converter.convert(await renderDocx(spec, { target: 'libreoffice' }));
}
