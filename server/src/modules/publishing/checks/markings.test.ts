import { describe, expect, it } from 'vitest';
import { checkMarkings } from './markings.js';

const found = (text: string) => checkMarkings(text).map((f) => text.slice(f.start, f.end));

describe('checkMarkings', () => {
  it.each<[string, string, string[]]>([
    ['a level with star and period', '秘密★1年\n关于做好……的通知', ['秘密★1年']],
    ['a level with star, long-term', '机密★长期', ['机密★长期']],
    ['a star with spaces and full-width digits', '绝密 ★ １０年', ['绝密 ★ １０年']],
    ['an asterisk typed for the star', '秘密*6个月', ['秘密*6个月']],
    ['a star in the middle of a line', '本件为秘密★，请勿转发', ['秘密★']],
    ['a level alone on the top line', '机密\n特急\n某发〔2026〕6号', ['机密']],
    ['a level with urgency on one line', '  机密  特急  ', ['机密  特急']],
    ['a level and period without star', '秘密 1年', ['秘密 1年']],
    ['a bracketed internal marking on its own line', '【内部资料】\n正文', ['【内部资料】']],
    ['internal material with handling note', '内部资料，注意保存', ['内部资料，注意保存']],
    ['a handling note in running text', '本汇编系内部资料 请勿外传，仅供学习。', ['内部资料 请勿外传']],
    ['a bracketed marking mid-text', '会议纪要（内部）第3期', ['（内部）']],
    ['涉密 alone on a line', '涉密\r\n正文', ['涉密']],
    ['an internal-readers restriction', '此稿仅供内部参考。', ['仅供内部参考']],
    ['restriction naming the unit', '仅限单位内部使用', ['仅限单位内部使用']],
    ['内部文件 as a line marking', '内部文件\n', ['内部文件']],
  ])('finds %s', (_name, text, expected) => expect(found(text)).toEqual(expected));

  it.each<[string, string]>([
    ['a duty to keep secrets', '全体干部要保守秘密，注意保密。'],
    ['trade secrets', '依法保护商业秘密和个人隐私。'],
    ['managing classified files (seed)', '(九)加强涉密文件的管理。严格按照保密要求,加强对涉密文件、办公电脑管理使用。'],
    ['the publication rule (seed)', '网上公开公布信息,要遵照涉密不公开、公开不涉密标准'],
    ['internal files in prose (seed)', '一是对系统内部文件进行再核查,组织人员'],
    ['internal management', '加强内部管理，完善内部控制制度。'],
    ['an internal briefing (seed)', '应主动在党员干部中进行内部通报。'],
    ['a news headline with 秘密', '山下智久秘密访港 约房祖名泡吧'],
    ['a news headline with 绝密', '以色列曝光绝密文件，让中东局势再起波澜'],
    ['a rule stated in prose', '工作秘密不得外传。'],
    ['a quoted mention', '所谓“内部资料”并无依据'],
  ])('leaves %s alone', (_name, text) => expect(found(text)).toEqual([]));

  it('is severity block with the marking in the message', () => {
    const [f] = checkMarkings('秘密★1年');
    expect(f).toMatchObject({ rule: 'classification_marking', severity: 'block', start: 0, end: 5, text: '秘密★1年', suggestion: null });
    expect(f.message).toContain('「秘密★1年」');
  });
});
