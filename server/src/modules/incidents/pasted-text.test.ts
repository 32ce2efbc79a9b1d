import { describe, expect, it } from 'vitest';
import { cleanStatement } from './pasted-text.js';

/** What Word puts on the clipboard for two short paragraphs (trimmed, but with each kind of markup it adds). */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; font-family:仿宋_GB2312} --></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN><!--StartFragment--><p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>关于灞桥街道拆迁<span lang=EN-US>问题</span>的情况说明<o:p></o:p></span></p>
<p class=MsoNormal><![if !supportLists]><span>1.</span><![endif]>经核实，现场&nbsp;无人员受伤。\u00ad\u200b<o:p>&nbsp;</o:p></p><!--EndFragment--></body></html>`;

describe('statements pasted from Word', () => {
  it('keeps the text, one line per paragraph, and drops the markup', () => {
    const text = cleanStatement(WORD_HTML);
    expect(text).toBe('关于灞桥街道拆迁问题的情况说明\n1.经核实，现场 无人员受伤。');
    expect(text).not.toMatch(/Mso|mso|WordDocument|font-family|<|&nbsp;/);
  });

  it('leaves plain text as it is, paragraphs kept', () => {
    expect(cleanStatement('第一段。\n第二段。')).toBe('第一段。\n第二段。');
  });
});
