/**
 * The document engine: official documents (公文) in the GB/T 9704-2012 layout as .docx, and PDF
 * through LibreOffice. Report kinds build a DocumentSpec from their records and call these; list
 * screens export .xlsx with `writeXlsx` from core/xlsx.
 */
export type { ChartSpec, DocumentBlock, DocumentSpec } from './document-spec.js';
export { renderDocx, type DocxTarget } from './render-docx.js';
export { renderPdf } from './render-pdf.js';
export { findSoffice, PdfConversionError, PdfConverter, pdfConverter, type PdfConverterOptions } from './convert-pdf.js';
export { chartPng } from './raster.js';
export { normaliseDocNumber, officialDate } from './numbering.js';
