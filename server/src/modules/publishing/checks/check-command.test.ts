import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCommand } from './check-command.js';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-check-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs the command on a file written with `content`, capturing what it prints. */
async function run(name: string, content: string | Buffer | null, options: { links?: boolean } = {}) {
  const file = path.join(dir, name);
  if (content !== null) fs.writeFileSync(file, content);
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: unknown, ...rest: unknown[]) => {
    into.push(String(chunk));
    (rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  vi.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  const code = await checkCommand(file, options);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

describe('yuqing check FILE', () => {
  it('prints one JSON object per finding, keys in the agreed order, and exits 0', async () => {
    const { code, out, err } = await run('draft.txt', '联系电话138 1234 5678，要认真布署。');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      '{"rule":"mobile","severity":"warn","start":4,"end":17,"text":"138****5678","suggestion":null}\n' +
        '{"rule":"wrong_character","severity":"warn","start":21,"end":23,"text":"布署","suggestion":"部署"}\n',
    );
  });

  it('exits 0 with no output when nothing is found', async () => {
    expect(await run('clean.txt', '认真学习贯彻习近平新时代中国特色社会主义思想。')).toEqual({ code: 0, out: '', err: '' });
  });

  it('counts offsets in characters, so a rare character before a finding counts once', async () => {
    const text = '𠀀𠀁同志要认真布署';
    const { out } = await run('names.txt', text);
    const f = JSON.parse(out);
    expect([...text].slice(f.start, f.end).join('')).toBe('布署');
    expect(f.start).toBe(7);
  });

  it.each<[string, string, string | Buffer | null, RegExp]>([
    ['a missing file', 'missing.txt', null, /^无法读取文件「.*missing\.txt」（ENOENT）\nCannot read ".*missing\.txt" \(ENOENT\)\n$/],
    ['a password-protected .docx', 'locked.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptedPackage', 'utf16le')]), /^「locked\.docx」设有打开密码.*\n"locked\.docx" is password-protected/],
    ['a corrupt .docx', 'broken.docx', Buffer.from('PK\u0003\u0004garbage'), /^「broken\.docx」不是有效的 Word（\.docx）文件或已损坏\n/],
    ['an image', 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), /^「photo\.jpg」的格式不受支持/],
  ])('exits 2 on %s with the reason and no stack trace', async (_name, file, content, message) => {
    const { code, out, err } = await run(file, content);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('fetches links only when asked', async () => {
    // .invalid never resolves (RFC 2606), with or without a network.
    const text = '详见http://yuqing-check.invalid/notice';
    expect((await run('links.txt', text)).out).toBe('');
    const { code, out } = await run('links.txt', text, { links: true });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ rule: 'link_dead', severity: 'warn', start: 2, end: text.length });
  });

  it('exits 2 on a directory', async () => {
    const { code, err } = await run('', null);
    expect(code).toBe(2);
    expect(err).toContain('EISDIR');
  });
});
