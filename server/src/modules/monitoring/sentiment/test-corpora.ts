import fs from 'node:fs';
import path from 'node:path';

const GOOD = ['服务热情周到', '办事效率高', '环境干净整洁', '工作人员很耐心', '问题很快解决了', '流程方便快捷'];
const BAD = ['态度恶劣', '排队太久效率低', '推诿扯皮没人管', '乱收费', '脏乱差', '拖了很久没办好'];
/** Sixty distinct texts per polarity, so each file gets a held-out part. */
const texts = (words: string[]) => Array.from({ length: 60 }, (_, i) => `第${i}次来，${words[i % words.length]}`);

/** A corpora folder in the four formats of ../shared/corpora/sentiment, with small made-up content. */
export function writeCorpora(dir: string) {
  const sentiment = path.join(dir, 'sentiment');
  fs.mkdirSync(sentiment, { recursive: true });
  const rows = [...texts(GOOD).map((t) => [t, 1] as const), ...texts(BAD).map((t) => [t, 0] as const)];
  fs.writeFileSync(path.join(sentiment, 'ChnSentiCorp_train.tsv'), rows.map(([t, l]) => `酒店${t}\t${l ? 'positive' : 'negative'}\n`).join(''));
  fs.writeFileSync(path.join(sentiment, 'ChnSentiCorp_htl_all.csv'), `label,review\n${rows.map(([t, l]) => `${l},"宾馆""${t}"",还行"\n`).join('')}`);
  fs.writeFileSync(path.join(sentiment, 'waimai_10k.csv'), `label,review\r\n${rows.map(([t, l]) => `${l},外卖${t}\r\n`).join('')}`);
  fs.writeFileSync(path.join(sentiment, 'tdm_dev.csv'), `label\tx_valid\n${rows.map(([t, l]) => `${l}\t微博${t}[${l ? '哈哈' : '怒'}]\n`).join('')}`);
}
