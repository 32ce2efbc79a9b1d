import type { FastifyInstance } from 'fastify';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Uploaded office files may be larger than JSON bodies; they are still bounded. */
export const UPLOAD_LIMIT = 20 * 1024 * 1024;

/** Binary uploads (.xlsx, .docx, images) arrive as the raw request body, read into a Buffer. */
export function registerUploadParsers(app: FastifyInstance): void {
  app.addContentTypeParser([XLSX_MIME, DOCX_MIME, 'application/octet-stream', 'image/jpeg', 'image/png'], { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
}
