import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/** Reading produced documents back the way a person's tools would: unzip, pdftotext, pdftoppm. */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
/** Pictures of produced pages for a person to look at; gitignored. */
export const artifactDir = path.join(repoRoot, 'test-artifacts', 'documents');

export async function docxParts(docx: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  return out;
}

export async function docxMedia(docx: Buffer): Promise<Buffer[]> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && !zip.files[n].dir).sort();
  return Promise.all(names.map((n) => zip.file(n)!.async('nodebuffer')));
}

/** One attribute of the first element matching `tag` (e.g. `w:pgMar`), as text. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const el = new RegExp(`<${tag}(?=[\\s/>])[^>]*>`).exec(xml)?.[0];
  return el ? new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] : undefined;
}

/** Every paragraph of document.xml with its properties and visible text. */
export function paragraphs(xml: string): { props: string; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => ({
    xml: m[1],
    props: /<w:pPr>(.*?)<\/w:pPr>/.exec(m[1])?.[1] ?? '',
    text: [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

function withTmp<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'yuqing-readback-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfPageCount(pdf: Buffer): number {
  const info = withTmp(pdf, (f) => execFileSync('pdfinfo', [f], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export function pdfText(pdf: Buffer, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return withTmp(pdf, (f) => execFileSync('pdftotext', [...range, '-layout', f, '-'], { encoding: 'utf8' }));
}

/** Words on a page with their boxes in points, from pdftotext -bbox. */
export function pdfWords(pdf: Buffer, page: number): { text: string; xMin: number; xMax: number; yMin: number }[] {
  const html = withTmp(pdf, (f) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', f, '-'], { encoding: 'utf8' }));
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: +m[1],
    yMin: +m[2],
    xMax: +m[3],
    text: m[4],
  }));
}

export function pdfFonts(pdf: Buffer): string {
  return withTmp(pdf, (f) => execFileSync('pdffonts', [f], { encoding: 'utf8' }));
}

/** Renders one page to test-artifacts/documents/<name>.png and returns its path. */
export function savePagePng(pdf: Buffer, page: number, name: string): string {
  fs.mkdirSync(artifactDir, { recursive: true });
  const prefix = path.join(artifactDir, name);
  withTmp(pdf, (f) => execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '80', '-png', '-singlefile', f, prefix]));
  return `${prefix}.png`;
}
