import { escapeXml } from './ooxml.js';

/**
 * Where each official font falls back when the converting machine lacks it. The .docx keeps the
 * official names; only the PDF shows the substitute. Kai and Song faces come first where a machine
 * has them (AR PL), Noto CJK last because every machine we install has it.
 */
export const FONT_FALLBACKS: Record<string, string[]> = {
  仿宋_GB2312: ['FangSong', '仿宋', 'Noto Serif CJK SC'],
  仿宋: ['FangSong', 'Noto Serif CJK SC'],
  楷体_GB2312: ['KaiTi', '楷体', 'AR PL UKai CN', 'Noto Serif CJK SC'],
  楷体: ['KaiTi', 'AR PL UKai CN', 'Noto Serif CJK SC'],
  方正小标宋简体: ['方正小标宋_GBK', 'SimSun', 'Noto Serif CJK SC'],
  宋体: ['SimSun', 'AR PL UMing CN', 'Noto Serif CJK SC'],
  黑体: ['SimHei', 'Noto Sans CJK SC'],
};

/**
 * Display faces much heavier than their fallback's regular weight: asked for by these names, the
 * fallback is taken in bold. An installed 方正小标宋 comes in one weight only, which fontconfig still
 * picks, since family outranks weight.
 */
export const HEAVY_FACES = ['方正小标宋简体', '方正小标宋_GBK'];

/**
 * A fontconfig file that reads the system's configuration, then appends the fallbacks. `accept`
 * puts them after the requested family, so an installed official font still wins over Noto.
 */
export function fontconfigFile(systemConf = '/etc/fonts/fonts.conf', fallbacks = FONT_FALLBACKS, heavy = HEAVY_FACES): string {
  const aliases = Object.entries(fallbacks)
    .map(([family, accept]) => `  <alias binding="same"><family>${escapeXml(family)}</family><accept>${accept.map((f) => `<family>${escapeXml(f)}</family>`).join('')}</accept></alias>`)
    .join('\n');
  const bold = heavy
    .map((family) => `  <match target="pattern"><test name="family" qual="first"><string>${escapeXml(family)}</string></test><edit name="weight" mode="assign"><const>bold</const></edit></match>`)
    .join('\n');
  return (
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n' +
    `  <include ignore_missing="yes">${escapeXml(systemConf)}</include>\n${aliases}\n${bold}\n</fontconfig>\n`
  );
}
