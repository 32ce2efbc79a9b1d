#!/usr/bin/env node
// Topic rules: throughput of a 1,000-topic rule set over real short Chinese texts (TNEWS headlines,
// Weibo posts), beside compiling and running each topic on its own. Best of five rounds each, since
// the machine may be shared. Reads the compiled server and ../shared/corpora, never copied here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { compileRule, compileRuleSet } = await import(pathToFileURL(path.join(root, 'server/dist/modules/monitoring/topics/index.js')).href);
const TOPICS = 1000;
const corpora = path.resolve(root, '../shared/corpora');

{
  {
    const headlines = fs.readFileSync(path.join(corpora, 'news/tnews_train.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[0]).filter(Boolean);
    const posts = fs
      .readdirSync(path.join(corpora, 'weibo'))
      .flatMap((f) => fs.readFileSync(path.join(corpora, 'weibo', f), 'utf8').split('\n').slice(1))
      .map((line) => /^\d+,[^,]*,("(?:[^"]|"")*"|[^,]*)/.exec(line)?.[1].replace(/^"|"$/g, '').replace(/""/g, '"') ?? '')
      .filter((t) => t.length > 10);

    const topics = makeTopics(headlines, TOPICS);
    let t0 = performance.now();
    const set = compileRuleSet(topics);
    const compileMs = performance.now() - t0;
    if (set.errors.length) throw new Error(`rules failed to parse: ${JSON.stringify(set.errors.slice(0, 3))}`);

    const rows = [];
    const run = (name, items, match) => {
      for (const item of items.slice(0, 500)) match(item); // warm up
      let matched = 0;
      let seconds = Infinity; // best of five: the machine may be shared
      for (let round = 0; round < 5; round++) {
        matched = 0;
        t0 = performance.now();
        for (const item of items) matched += match(item);
        seconds = Math.min(seconds, (performance.now() - t0) / 1000);
      }
      const chars = items.reduce((n, i) => n + i.title.length + i.text.length, 0) / items.length;
      rows.push([name, String(items.length), chars.toFixed(0), Math.round(items.length / seconds).toLocaleString('en'), (matched / items.length).toFixed(2)]);
    };
    const titles = headlines.slice(0, 40_000).map((title) => ({ title, text: '' }));
    const weibo = posts.map((text) => ({ title: '', text }));
    run('rule set, TNEWS headlines', titles, (item) => set.match(item).length);
    run('rule set, Weibo posts', weibo, (item) => set.match(item).length);
    const common = compileRuleSet(makeTopics(headlines, TOPICS, 0, 300));
    run('worst case: topics of the 300 commonest words, Weibo', weibo, (item) => common.match(item).length);
    const each = topics.map((t) => compileRule(t.rule));
    run('each topic on its own (baseline), TNEWS', titles.slice(0, 1000), (item) => each.filter((m) => m.match(item).matched).length);

    console.log(
      [
        `${TOPICS} topics, ${new Set(topics.flatMap((t) => t.rule.match(/[\u4e00-\u9fff]+/g) ?? [])).size} distinct words, compiled in ${compileMs.toFixed(0)} ms`,
        table(['workload', 'items', 'chars/item', 'items/s', 'topics matched/item'], rows),
      ].join('\n'),
    );
  }
}

/**
 * Word-group-shaped topics from the headlines' own frequent words (character bigrams and trigrams
 * from rank 50 on), so that topics match as often as real ones would, or more: region × event, an
 * exclusion on half, NEAR/10 on a fifth, a title scope on a tenth.
 */
function makeTopics(headlines, count, from = 50, to = 6050) {
  const counts = new Map();
  for (const h of headlines.slice(0, 20_000)) {
    for (const run of h.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) {
        counts.set(run.slice(i, i + 2), (counts.get(run.slice(i, i + 2)) ?? 0) + 1);
        if (i + 3 <= run.length) counts.set(run.slice(i, i + 3), (counts.get(run.slice(i, i + 3)) ?? 0) + 1);
      }
    }
  }
  const vocabulary = [...counts].sort((a, b) => b[1] - a[1]).slice(from, to).map(([w]) => w);
  let seed = 1;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
  const words = (n) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
  return Array.from({ length: count }, (_, id) => {
    const region = words(1 + Math.floor(random() * 3));
    const event = words(1 + Math.floor(random() * 4));
    const r = random();
    let rule = r < 0.2 ? `${region[0]} NEAR/10 ${event[0]}` : `${r < 0.3 ? 'title:' : ''}(${region.join(' OR ')}) AND (${event.join(' OR ')})`;
    if (random() < 0.5) rule += ` NOT (${words(1 + Math.floor(random() * 2)).join(' OR ')})`;
    return { id, rule };
  });
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
