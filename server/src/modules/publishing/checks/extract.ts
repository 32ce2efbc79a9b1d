import path from 'node:path';
import type { Locale } from '@yuqing/common';
import mammoth from 'mammoth';
import { EXTRACT_MESSAGES, fillTemplate, type ExtractErrorCode } from './messages.js';

/** Why a document could not be turned into text; `message` is English for logs, `messageIn` speaks to the user. */
export class DocumentError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    readonly fileName: string,
  ) {
    super(fillTemplate(EXTRACT_MESSAGES[code], 'en', { name: fileName }));
    this.name = 'DocumentError';
  }

  messageIn(locale: Locale): string {
    return fillTemplate(EXTRACT_MESSAGES[this.code], locale, { name: this.fileName });
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: what Word writes for an encrypted .docx, and for the old .doc format. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);
/** Names under which offices keep old binary Word and WPS documents. */
const LEGACY_EXTENSIONS = new Set(['.doc', '.docx', '.dot', '.wps']);

const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);
/** A Buffer view of the same bytes, without copying a document of several megabytes. */
export const asBuffer = (buf: Uint8Array) => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
/** True for a .docx (or any zip): the one format that can carry images. */
export const isZipContainer = (buf: Uint8Array) => startsWith(buf, ZIP);

/** An encrypted OOXML file is a CFB container holding a stream named EncryptedPackage (stored as UTF-16LE). */
const isEncryptedOoxml = (buf: Uint8Array) => asBuffer(buf).includes(Buffer.from('EncryptedPackage', 'utf16le'));

function decodeText(buf: Uint8Array, name: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is a binary file with a .txt name.
  if (buf.includes(0)) throw new DocumentError('unsupported_file', name);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    // Windows in Chinese saves "ANSI" text as GBK; GB18030 is its superset and Node decodes it.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(buf);
    } catch {
      throw new DocumentError('text_encoding', name);
    }
  }
}

async function docxText(buf: Uint8Array, name: string): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: asBuffer(buf) })).value;
  } catch {
    // A zip without word/document.xml, a truncated zip, broken XML: all the same to the author.
    throw new DocumentError('docx_corrupt', name);
  }
}

/**
 * Plain text of an uploaded draft: UTF-8 (with or without BOM), UTF-16 with BOM or GBK text, or a
 * .docx (its raw text as mammoth gives it: paragraphs separated by blank lines). The format is
 * read from the bytes, the name only decides between text and refusal: a .docx that is not a zip
 * is corrupt, an encrypted one says so, an old .doc is named as such.
 */
export async function extractText(buffer: Uint8Array, filename: string): Promise<string> {
  const name = path.basename(filename);
  const ext = path.extname(name).toLowerCase();
  if (startsWith(buffer, CFB)) {
    throw new DocumentError(isEncryptedOoxml(buffer) ? 'docx_encrypted' : LEGACY_EXTENSIONS.has(ext) ? 'doc_legacy' : 'unsupported_file', name);
  }
  if (isZipContainer(buffer)) {
    if (ext === '.docx' || ext === '') return docxText(buffer, name);
    throw new DocumentError('unsupported_file', name);
  }
  if (ext === '.docx') throw new DocumentError('docx_corrupt', name);
  if (TEXT_EXTENSIONS.has(ext)) return decodeText(buffer, name);
  throw new DocumentError('unsupported_file', name);
}
