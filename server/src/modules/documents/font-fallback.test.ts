import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontconfigFile } from './font-fallback.js';

function match(conf: string, family: string, format = '%{family[0]}'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-fc-'));
  try {
    const file = path.join(dir, 'fonts.conf');
    fs.writeFileSync(file, conf);
    return execFileSync('fc-match', ['-f', format, `${family}:lang=zh-cn`], { env: { ...process.env, FONTCONFIG_FILE: file }, encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('official fonts fall back to Noto CJK', () => {
  it.each([
    ['仿宋_GB2312', 'Noto Serif CJK SC'],
    ['方正小标宋简体', 'Noto Serif CJK SC'],
    ['宋体', 'Noto Serif CJK SC'],
    ['黑体', 'Noto Sans CJK SC'],
  ])('%s → %s through fontconfig', (family, expected) => {
    expect(match(fontconfigFile(), family)).toBe(expected);
  });

  it('takes the bold fallback for the heavy title face only', () => {
    expect(match(fontconfigFile(), '方正小标宋简体', '%{style[0]}')).toBe('Bold');
    expect(match(fontconfigFile(), '仿宋_GB2312', '%{style[0]}')).toBe('Regular');
  });

  it('keeps an installed official font ahead of the fallback', () => {
    // Noto Sans CJK SC stands in for an installed 黑体: asked for by name, it must still win.
    const conf = fontconfigFile('/etc/fonts/fonts.conf', { 'Noto Sans CJK SC': ['Noto Serif CJK SC'] });
    expect(match(conf, 'Noto Sans CJK SC')).toBe('Noto Sans CJK SC');
  });

  it('writes family names as XML text', () => {
    expect(fontconfigFile('/etc/fonts/fonts.conf', { 'A&B': ['C<D'] })).toContain('<family>A&amp;B</family><accept><family>C&lt;D</family>');
  });
});
