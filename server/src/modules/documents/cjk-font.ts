import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The rasteriser only reads the first face of a font collection, and Noto CJK ships as collections
 * whose first face is the Japanese one: charts would show Japanese glyph forms (骨, 直) in a Chinese
 * document. So the Simplified Chinese face is cut out of the collection into a font file of its own.
 */

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', path.join(os.homedir(), '.fonts'), path.join(os.homedir(), '.local/share/fonts')];

function listFontFiles(dir: string, depth = 0): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return depth < 4 ? listFontFiles(p, depth + 1) : [];
    return /\.(ttc|otc|otf|ttf)$/i.test(e.name) ? [p] : [];
  });
}

/** The offsets of every face's table directory: one for a plain font, several for a collection. */
function faceOffsets(buf: Buffer): number[] {
  if (buf.toString('latin1', 0, 4) !== 'ttcf') return [0];
  const n = buf.readUInt32BE(8);
  return Array.from({ length: n }, (_, i) => buf.readUInt32BE(12 + i * 4));
}

function tables(buf: Buffer, offset: number) {
  const count = buf.readUInt16BE(offset + 4);
  return Array.from({ length: count }, (_, i) => {
    const rec = offset + 12 + i * 16;
    return { tag: buf.toString('latin1', rec, rec + 4), checksum: buf.readUInt32BE(rec + 4), offset: buf.readUInt32BE(rec + 8), length: buf.readUInt32BE(rec + 12) };
  });
}

/** One of the face's English names (Windows platform, US English): 1 is the family, 2 the style. */
function faceName(buf: Buffer, offset: number, nameId: number): string | undefined {
  const name = tables(buf, offset).find((t) => t.tag === 'name');
  if (!name) return undefined;
  const count = buf.readUInt16BE(name.offset + 2);
  const strings = name.offset + buf.readUInt16BE(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const rec = name.offset + 6 + i * 12;
    const [platform, , language, id, length, at] = [0, 2, 4, 6, 8, 10].map((d) => buf.readUInt16BE(rec + d));
    if (platform === 3 && language === 0x409 && id === nameId) return Buffer.from(buf.subarray(strings + at, strings + at + length)).swap16().toString('utf16le');
  }
  return undefined;
}

/** A stand-alone font file holding one face of a collection. */
function extractFace(buf: Buffer, offset: number): Buffer {
  const ts = tables(buf, offset);
  const headerLength = 12 + ts.length * 16;
  let cursor = headerLength;
  const placed = ts.map((t) => {
    const at = cursor;
    cursor += Math.ceil(t.length / 4) * 4;
    return { ...t, at };
  });
  const out = Buffer.alloc(cursor);
  buf.copy(out, 0, offset, offset + 12);
  placed.forEach((t, i) => {
    const rec = 12 + i * 16;
    out.write(t.tag, rec, 'latin1');
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(t.at, rec + 8);
    out.writeUInt32BE(t.length, rec + 12);
    buf.copy(out, t.at, t.offset, t.offset + t.length);
  });
  return out;
}

const found = new Map<string, string | null>();

/**
 * A font file whose first face is the regular style of `family`, cut from a collection when it has to be; null when no
 * installed font has that family. The cut file is cached under the temporary directory.
 */
export function fontFileFor(family: string): string | null {
  const cached = found.get(family);
  if (cached !== undefined) return cached;
  const cacheFile = path.join(os.tmpdir(), 'yuqing-fonts', `${family.replace(/[^\w-]+/g, '_')}-Regular.otf`);
  let result: string | null = fs.existsSync(cacheFile) ? cacheFile : null;
  const token = family.split(' ').pop() ?? family;
  const candidates = FONT_DIRS.flatMap((d) => listFontFiles(d)).filter((f) => /cjk|sc|cn|hans/i.test(path.basename(f)) || path.basename(f).includes(token));
  for (const file of result ? [] : candidates) {
    const buf = fs.readFileSync(file);
    const offsets = faceOffsets(buf);
    // The bold collection names its faces with the same family, so the style must match too.
    const index = offsets.findIndex((o) => faceName(buf, o, 1) === family && faceName(buf, o, 2) === 'Regular');
    if (index < 0) continue;
    if (offsets.length === 1) result = file;
    else {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(tmp, extractFace(buf, offsets[index]));
      fs.renameSync(tmp, cacheFile);
      result = cacheFile;
    }
    break;
  }
  found.set(family, result);
  return result;
}

/** Family and style of a font file's first face, to tell which face a file holds. */
export function fontFaceOf(file: string): { family?: string; style?: string } {
  const buf = fs.readFileSync(file);
  const [offset] = faceOffsets(buf);
  return { family: faceName(buf, offset, 1), style: faceName(buf, offset, 2) };
}
