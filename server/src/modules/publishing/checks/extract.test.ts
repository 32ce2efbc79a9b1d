import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocxImages } from './docx-images.js';
import { DocumentError, extractText } from './extract.js';
import { runChecks } from './run-checks.js';
import { docx, paragraph, picture } from '../../../test/fixtures.js';

const ID = '440308199901101512';
const CFB_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Not a full compound file: the signature and a directory entry name are what the detection reads. */
const cfb = (...streams: string[]) => Buffer.concat([CFB_HEADER, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le'))]);

describe('extractText from .docx', () => {
  it('reads the text and the checks point into it', async () => {
    const file = await docx(paragraph('关于做好宣传工作的通知') + paragraph('联系人身份证号', ID, '，要认真布署。'));
    const text = await extractText(file, '通知.docx');
    expect(text).toBe(`关于做好宣传工作的通知\n\n联系人身份证号${ID}，要认真布署。\n\n`);
    const found = runChecks(text).map((f) => [f.rule, f.start, f.end, f.text]);
    expect(found).toEqual([
      ['resident_id', text.indexOf(ID), text.indexOf(ID) + 18, '4403**********1512'],
      ['wrong_character', text.indexOf('布署'), text.indexOf('布署') + 2, '布署'],
    ]);
  });

  it('returns the pictures the document shows, byte for byte', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);
    const file = await docx(paragraph('现场照片：') + picture('rIdImg1'), { 'image1.jpeg': jpeg });
    expect(await extractDocxImages(file)).toEqual([{ name: 'image-1.jpeg', data: jpeg }]);
  });
});

describe('extractText refuses what it cannot read', () => {
  const truncated = async () => (await docx(paragraph('正文'))).subarray(0, 60);
  const noDocument = async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    return zip.generateAsync({ type: 'nodebuffer' });
  };
  it.each<[string, () => Promise<Buffer> | Buffer, string, string]>([
    ['a password-protected .docx', () => cfb('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), '方案.docx', 'docx_encrypted'],
    ['an old Word .doc', () => cfb('Root Entry', 'WordDocument'), '方案.doc', 'doc_legacy'],
    ['a WPS file', () => cfb('Root Entry', 'WordDocument'), '方案.wps', 'doc_legacy'],
    ['a truncated .docx', truncated, '方案.docx', 'docx_corrupt'],
    ['a zip without a document', noDocument, '方案.docx', 'docx_corrupt'],
    ['text named .docx', () => Buffer.from('只是文字'), '方案.docx', 'docx_corrupt'],
    ['a spreadsheet', noDocument, '表格.xlsx', 'unsupported_file'],
    ['a PDF', () => Buffer.from('%PDF-1.7\n'), '方案.pdf', 'unsupported_file'],
    ['binary bytes named .txt', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'a.txt', 'unsupported_file'],
    ['bytes in no known encoding', () => Buffer.from([0x41, 0xff, 0x42]), 'a.txt', 'text_encoding'],
  ])('%s', async (_name, make, filename, code) => {
    const error = await extractText(await make(), filename).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe(code);
  });

  it('says why in Chinese and in English', async () => {
    const error = (await extractText(cfb('EncryptedPackage'), '/tmp/方案.docx').catch((e: unknown) => e)) as DocumentError;
    expect(error.messageIn('zh-CN')).toBe('「方案.docx」设有打开密码，无法检查：请取消密码后重新上传');
    expect(error.messageIn('en')).toBe('"方案.docx" is password-protected and cannot be checked: remove the password and upload it again');
    expect(error.message).toBe(error.messageIn('en'));
  });
});

describe('extractText from plain text', () => {
  const text = '宜传工作，电话１３８１２３４５６７８';
  it.each<[string, Buffer]>([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('%s', async (_name, bytes) => expect(await extractText(bytes, 'draft.txt')).toBe(text));

  it('GBK, as Windows saves "ANSI" text', async () => {
    // 中文宣传 in GBK.
    expect(await extractText(Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xfb, 0xb4, 0xab]), 'draft.txt')).toBe('中文宣传');
  });

  it('a file without extension', async () => expect(await extractText(Buffer.from('正文'), 'README')).toBe('正文'));
});
