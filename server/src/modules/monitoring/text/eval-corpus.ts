import fs from 'node:fs';
import path from 'node:path';
import { csvRecords } from './csv-records.js';

/** Texts of ../shared/corpora that the near-duplicate evaluation and the throughput bench read. */
export interface TextCorpus {
  /** weibo_content of weibo/unityTime_list_*.csv: CCTV News posts, Jan–May 2020, as scraped. */
  weibo: string[];
  /** Headlines of news/tnews_train.tsv (Toutiao) and news/thucnews_titles_dev.txt. */
  news: string[];
}

function weiboPosts(dir: string): string[] {
  const files = fs.readdirSync(dir).filter((f) => /^unityTime_list_\d+\.csv$/.test(f)).sort();
  return files.flatMap((file) => {
    const [header, ...rows] = csvRecords(fs.readFileSync(path.join(dir, file), 'utf8'));
    const column = header.indexOf('weibo_content');
    if (column < 0) throw new Error(`${file}: no weibo_content column`);
    return rows.map((row) => row[column] ?? '').filter((text) => text.trim() !== '');
  });
}

/** First column of a tab-separated file. */
function firstColumn(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0].trim())
    .filter(Boolean);
}

/** Reads the corpora from `corporaDir` (../shared/corpora beside the repository; never copied into it). */
export function loadTextCorpus(corporaDir: string): TextCorpus {
  return {
    weibo: weiboPosts(path.join(corporaDir, 'weibo')),
    news: [...firstColumn(path.join(corporaDir, 'news/tnews_train.tsv')), ...firstColumn(path.join(corporaDir, 'news/thucnews_titles_dev.txt'))],
  };
}
