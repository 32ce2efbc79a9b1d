export type { ChartSpec, DocumentBlock, DocumentSpec } from './document-spec.js';
export { renderDocx, type DocxTarget } from './render-docx.js';
export { renderPdf } from './render-pdf.js';
export { findSoffice, PdfConversionError, PdfConverter, pdfConverter, type PdfConverterOptions } from './convert-pdf.js';
export { chartPng } from './raster.js';
export { officialDate } from './numbering.js';
