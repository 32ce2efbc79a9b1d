#!/usr/bin/env node
// Pre-publication checks: precision and recall on a labelled set, and speed. Reads the compiled
// server (`npx tsc -b common server` first) and ../shared (seed documents and corpora, never copied).
//
// The labelled set: seed paragraphs, each with one planted item at a clause boundary — a positive
// of some rule, in the formats people type (spaces, dashes, full-width digits, +86), or a hard
// negative (dates, amounts, landlines, order numbers, prose that mentions 秘密 or 内部文件, the right
// forms of listed words). The seed's own mistakes are labelled from a hand-checked list. A finding
// is a true positive when a label of the same rule overlaps it; any other finding is a false positive.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const checks = await import(path.join(root, 'server/dist/modules/publishing/checks/index.js'));
const { runChecks, DEFAULT_RULES, DEFAULT_FORMULATIONS, DEFAULT_WRONG_CHARACTERS, residentIdCheckChar, creditCodeCheckChar, luhnCheckDigit } = checks;

// Deterministic randomness (mulberry32), so two runs build the same set.
let state = Number(process.env.BENCH_SEED ?? 20261129);
const rand = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const pad = (n, w) => String(n).padStart(w, '0');
const fullWidth = (s) => s.replace(/[0-9Xx]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const groups = (s, sizes, sep = ' ') => {
  const out = [];
  let i = 0;
  for (const n of sizes) out.push(s.slice(i, (i += n)));
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean).join(sep);
};

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];
const ALNUM = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function birth(from = 1940, to = 2008) {
  const d = new Date(Date.UTC(from + Math.floor(rand() * (to - from)), 0, 1) + Math.floor(rand() * 365) * 86_400_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
}
function residentId() {
  const first17 = `${pick(PROVINCES)}${digits(4)}${birth()}${digits(3)}`;
  return first17 + residentIdCheckChar(first17);
}
const idFormats = [(v) => v, (v) => v, (v) => groups(v, [6, 8, 4]), (v) => groups(v, [4, 4, 4, 4, 2]), (v) => fullWidth(v), (v) => v.toLowerCase()];
function creditCode() {
  const body = rand() < 0.5 ? `MA${Array.from({ length: 6 }, () => pick([...ALNUM])).join('')}` : digits(8);
  const first17 = `${pick(['91', '92', '12', '52', '93'])}${pick(PROVINCES)}${digits(4)}${body}${pick([...'0123456789X'])}`;
  return first17 + creditCodeCheckChar(first17);
}
const mobile = () => `1${pick(['3', '4', '5', '6', '7', '8', '9'])}${digits(9)}`;
const wrongLast = (v, alphabet) => v.slice(0, -1) + pick([...alphabet].filter((c) => c !== v.at(-1)));
const publicIp = () => `${pick([58, 61, 111, 119, 202, 218, 220, 221])}.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`;

/** Positive generators: [rule, () => [planted text, the part the finding must cover]]. */
const POSITIVES = [
  ['resident_id', () => { const v = pick(idFormats)(residentId()); return [`身份证号${v}`, v]; }],
  ['resident_id', () => { const v = `${pick(PROVINCES)}${digits(4)}${birth(1940, 1999).slice(2)}${digits(3)}`; return [`原证号${v}`, v]; }],
  ['resident_id_suspect', () => { const v = pick(idFormats)(wrongLast(residentId(), '0123456789X')); return [`证件号码${v}`, v]; }],
  ['mobile', () => { const v = pick([(m) => m, (m) => groups(m, [3, 4, 4], '-'), (m) => groups(m, [3, 4, 4]), (m) => `+86 ${m}`, (m) => fullWidth(m)])(mobile()); return [`联系电话：${v}`, v]; }],
  ['bank_card', () => {
    // As cards issued in China come: UnionPay 16 or 19 digits, Visa, Mastercard and JCB 16.
    const [prefix, length] = pick([['62', 16], ['62', 19], ['62', 19], ['4', 16], [pick(['51', '52', '53', '54', '55']), 16], ['35', 16]]);
    const partial = prefix + digits(length - 1 - prefix.length);
    const v = partial + luhnCheckDigit(partial);
    const shown = rand() < 0.5 ? v : groups(v, [4, 4, 4, 4]);
    return [`开户账号${shown}`, shown];
  }],
  ['credit_code', () => { const v = creditCode(); return [`统一社会信用代码：${v}`, v]; }],
  ['credit_code_suspect', () => { const v = wrongLast(creditCode(), ALNUM); return [`信用代码${v}`, v]; }],
  ['classification_marking', () => { const [t, c] = pick([['\n秘密★1年\n', '秘密★1年'], ['\n机密★长期\n', '机密★长期'], ['绝密★10年', '绝密★10年'], ['\n机密\n', '机密'], ['\n【内部资料】\n', '【内部资料】'], ['（内部资料）', '（内部资料）'], ['内部资料，注意保存', '内部资料，注意保存'], ['仅供内部参考', '仅供内部参考'], ['\n涉密\n', '涉密'], ['\n秘密  特急\n', '秘密  特急']]); return [t, c]; }],
  ['wrong_character', () => { const w = pick(DEFAULT_WRONG_CHARACTERS).wrong; return [w, w]; }],
  ['formulation', () => { const w = pick(DEFAULT_FORMULATIONS).wrong; return [w, w]; }],
  ['word_list', () => { const w = pick(['示例禁用词', '测试敏感词']); return [w, w]; }],
  ['link_private', () => { const v = pick([`http://192.168.${Math.floor(rand() * 255)}.${1 + Math.floor(rand() * 250)}/oa/notice`, `http://10.${digits(1)}.${digits(2)}.${1 + Math.floor(rand() * 250)}:8080/`, 'http://localhost:8080/admin', 'http://oa/portal/index.jsp', 'https://nas.local/share']); return [`详见${v}`, v]; }],
  ['link_ip', () => { const v = `http://${publicIp()}/news/${digits(4)}.html`; return [`网址${v}`, v]; }],
  ['link_credentials', () => { const v = `https://admin:${digits(6)}@www.example.cn/`; return [`登录${v}`, v]; }],
];

/** Hard negatives: text that looks like something but is nothing to report. */
const NEGATIVES = [
  () => `${2000 + Math.floor(rand() * 27)}年${1 + Math.floor(rand() * 12)}月${1 + Math.floor(rand() * 28)}日`,
  () => `${birth(2000, 2026).replace(/(\d{4})(\d\d)(\d\d)/, pick(['$1-$2-$3', '$1$2$3', '$1.$2.$3', '$1/$2/$3 14:30']))}`,
  () => pick([`${digits(2)},${digits(3)},${digits(3)}.${digits(2)}元`, `${pick(['13', '15', '18'])}${digits(9)}元`, `￥1${pick(['3', '8'])}${digits(9)}`, `1.${digits(10)}亿元`]),
  () => pick([`029-${digits(8)}`, `(029)${digits(4)} ${digits(4)}`, `0${digits(9)}`, `400-${digits(3)}-${digits(4)}`]),
  () => pick([`1${pick(['3', '8'])}${digits(8)}`, `1${pick(['3', '8'])}${digits(10)}`, `12${digits(9)}`, `10${digits(9)}`]),
  () => `订单号${pick(['2026', '2025'])}${digits(pick([14, 16, 18]))}`,
  () => `编号${digits(pick([16, 17, 18, 19]))}`,
  () => `案号${pick(PROVINCES)}${digits(4)}${pick(['2026', '1999'])}${pick(['13', '00', '19'])}${digits(6)}`,
  () => pick(['邮编710000', `QQ群：${digits(9)}`, '第1 2 3 4 5 6项', 'v3.13.8', `3.${digits(17)}`, `SN${Array.from({ length: 16 }, () => pick([...ALNUM])).join('')}`]),
  () => pick(['全体干部要保守秘密，注意保密', '依法保护商业秘密', '加强涉密文件的管理', '加强内部管理', '对系统内部文件进行核查', '不得泄露国家秘密', '以色列曝光绝密文件', '山下智久秘密访港', '严禁交流传输涉密信息']),
  () => pick(['是否适宜传播', '按装修标准验收', '既使用电子台账，又保留纸质记录', '撕掉金融标签定位', '立即然后上报', '因地制宜传承']),
  () => pick(['习近平新时代中国特色社会主义思想', '以习近平同志为核心的党中央', '共建一带一路倡议', '内地与香港', '部署', '宣传']),
  () => pick(['https://www.gov.cn/', 'http://www.xa.gov.cn/xxgk/index.html', 'https://www.12377.cn/']),
];

/** The seed's own mistakes, found by reading it and checked against the dictionary, not by the checker. */
const SEED_TRUTH = [
  ['wrong_character', '负总则'], ['wrong_character', '布署'], ['wrong_character', '宜传'], ['wrong_character', '臵'], ['wrong_character', '精气袖'],
  ['wrong_character', '耍迫究'], ['wrong_character', '截止目前'], ['formulation', '以习近平同志为总书记的党中央'], ['formulation', '新时代特色社会主义'],
];

const seed = fs.readFileSync(path.join(shared, 'seed/网络意识形态方案汇编.txt'), 'utf8');
const paragraphs = seed.split('\n').filter((p) => p.length >= 40);

function plant(text) {
  // After a clause mark and before a Chinese character, as an author would write.
  const spots = [...text.matchAll(/[，。；、,;:：](?=[\u4e00-\u9fff])/g)].map((m) => m.index + 1);
  return spots.length ? pick(spots) : text.length;
}

function buildSet(perRule, negatives) {
  const samples = [];
  for (const [rule, gen] of POSITIVES) for (let i = 0; i < perRule / POSITIVES.filter((p) => p[0] === rule).length; i++) samples.push({ rule, item: gen() });
  for (let i = 0; i < negatives; i++) samples.push({ rule: null, item: [pick(NEGATIVES)(), null] });
  let text = '';
  const labels = [];
  for (const s of samples.sort(() => rand() - 0.5)) {
    const p = pick(paragraphs);
    const at = plant(p);
    const base = text.length;
    text += p.slice(0, at);
    const [planted, covered] = s.item;
    if (s.rule) labels.push({ rule: s.rule, start: text.length + planted.indexOf(covered), end: text.length + planted.indexOf(covered) + covered.length });
    const after = text.length + planted.length;
    text += `${planted}${p.slice(at)}\n`;
    // Seed mistakes are labelled in the paragraph's own text, not inside the planted item.
    for (const [rule, word] of SEED_TRUTH) {
      for (const [part, offset] of [[p.slice(0, at), base], [p.slice(at), after]]) {
        for (let i = part.indexOf(word); i >= 0; i = part.indexOf(word, i + 1)) labels.push({ rule, start: offset + i, end: offset + i + word.length });
      }
    }
  }
  return { text, labels };
}

const PER_RULE = Number(process.env.BENCH_PER_RULE ?? 60);
const { text, labels } = buildSet(PER_RULE, Number(process.env.BENCH_NEGATIVES ?? 600));
const rules = { ...DEFAULT_RULES, words: [{ word: '示例禁用词' }, { word: '测试敏感词' }] };
const findings = runChecks(text, rules);

const stats = new Map();
const row = (rule) => stats.get(rule) ?? stats.set(rule, { labelled: 0, tp: 0, fp: 0, fn: 0, fps: [] }).get(rule);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
for (const l of labels) {
  row(l.rule).labelled++;
  if (findings.some((f) => f.rule === l.rule && overlaps(f, l))) row(l.rule).tp++;
  else {
    row(l.rule).fn++;
    if (process.env.BENCH_DEBUG) console.log('FN', l.rule, JSON.stringify(text.slice(l.start - 6, l.end + 6)));
  }
}
for (const f of findings) {
  if (!labels.some((l) => l.rule === f.rule && overlaps(f, l))) {
    row(f.rule).fp++;
    row(f.rule).fps.push(JSON.stringify(text.slice(Math.max(0, f.start - 6), f.end + 6)));
  }
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const table = (head, rows) => {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

console.log(`\nPre-publication checks — labelled set of ${labels.length} labels and ${Number(process.env.BENCH_NEGATIVES ?? 600)} hard negatives in ${text.length.toLocaleString()} characters of seed text\n`);
const order = [...stats.keys()].sort();
const totals = order.reduce((t, r) => ({ tp: t.tp + stats.get(r).tp, fp: t.fp + stats.get(r).fp, fn: t.fn + stats.get(r).fn, labelled: t.labelled + stats.get(r).labelled }), { tp: 0, fp: 0, fn: 0, labelled: 0 });
console.log(
  table(
    ['rule', 'labelled', 'TP', 'FP', 'FN', 'precision', 'recall'],
    [...order.map((r) => { const s = stats.get(r); return [r, s.labelled, s.tp, s.fp, s.fn, pct(s.tp, s.tp + s.fp), pct(s.tp, s.labelled)]; }), ['**all**', totals.labelled, totals.tp, totals.fp, totals.fn, pct(totals.tp, totals.tp + totals.fp), pct(totals.tp, totals.labelled)]],
  ),
);
const misses = order.flatMap((r) => stats.get(r).fps.slice(0, 3).map((x) => `  FP ${r}: ${x}`));
if (misses.length) console.log(`\nSome false positives:\n${misses.join('\n')}`);

// Speed: 10,000-character drafts cut from the labelled text, the seed as is, and 200 pages.
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const drafts = Array.from({ length: 10 }, (_, i) => text.slice(i * 10_000, (i + 1) * 10_000));
for (let i = 0; i < 20; i++) runChecks(drafts[i % drafts.length], rules);
const samples = Array.from({ length: 500 }, (_, i) => time(() => runChecks(drafts[i % drafts.length], rules))).sort((a, b) => a - b);
const seedRuns = Array.from({ length: 30 }, () => time(() => runChecks(seed))).sort((a, b) => a - b);
const big = text.repeat(Math.ceil(200_000 / text.length)).slice(0, 200_000);
const bigRuns = Array.from({ length: 5 }, () => time(() => runChecks(big, rules))).sort((a, b) => a - b);
const ms = (x) => `${x.toFixed(2)} ms`;
console.log(`\nSpeed (Node ${process.version})\n`);
console.log(
  table(
    ['figure', 'value'],
    [
      ['10,000-character draft, p50', ms(samples[Math.floor(samples.length * 0.5)])],
      ['10,000-character draft, p95', ms(samples[Math.floor(samples.length * 0.95)])],
      [`throughput over the seed text (${seed.length.toLocaleString()} chars), median run`, `${Math.round(seed.length / (seedRuns[15] / 1000)).toLocaleString()} chars/s`],
      ['200,000-character draft (about 200 pages), median of 5', ms(bigRuns[2])],
    ],
  ),
);

// Real text nobody labelled: news headlines, Weibo posts and reviews (../shared/corpora). Few of
// these should carry anything to report, so the count per million characters bounds the noise an
// author would see; the examples show what it is.
const corpusFiles = ['news/tnews_train.tsv', 'news/thucnews_titles_dev.txt', 'sentiment/ChnSentiCorp_train.tsv', 'sentiment/waimai_10k.csv', 'sentiment/ChnSentiCorp_htl_all.csv', 'sentiment/tdm_dev.csv', ...Array.from({ length: 8 }, (_, i) => `weibo/unityTime_list_${i + 1}.csv`)];
const perRule = new Map();
let corpusChars = 0;
for (const file of corpusFiles) {
  const body = fs.readFileSync(path.join(shared, 'corpora', file), 'utf8');
  corpusChars += body.length;
  for (const f of runChecks(body)) {
    const r = perRule.get(f.rule) ?? perRule.set(f.rule, []).get(f.rule);
    r.push(`${body.slice(Math.max(0, f.start - 8), f.start).replace(/\s+/g, ' ')}[${f.text}]`);
  }
}
console.log(`\nUnlabelled public text: ${corpusFiles.length} corpus files, ${corpusChars.toLocaleString()} characters\n`);
console.log(
  table(
    ['rule', 'findings', 'per million chars', 'examples (masked)'],
    [...perRule.entries()].sort((a, b) => b[1].length - a[1].length).map(([rule, xs]) => [rule, xs.length, ((xs.length * 1e6) / corpusChars).toFixed(1), xs.slice(0, 3).join(' · ').replace(/\|/g, '/')]),
  ),
);
