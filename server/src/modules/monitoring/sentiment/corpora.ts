import fs from 'node:fs';
import path from 'node:path';

export type CorpusKind = 'review' | 'weibo';
export type Polarity = 'negative' | 'positive';

export interface LabelledText {
  source: string;
  text: string;
  label: Polarity;
}

/** One file of ../shared/corpora/sentiment, described as PROVENANCE.md describes it. */
export interface CorpusSource {
  id: string;
  file: string;
  kind: CorpusKind;
  origin: string;
  licence: string;
  /** Header lines to skip. */
  header: number;
  /** [text, label as written in the file], or null for a line that is not a row. */
  parse(line: string): [string, string] | null;
}

/** `label,review` with 1 = positive, the review quoted when it holds a comma or a quote. */
function labelThenCsvText(line: string): [string, string] | null {
  const comma = line.indexOf(',');
  if (comma < 0) return null;
  const raw = line.slice(comma + 1);
  const text = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
  return [text, line.slice(0, comma)];
}

function labelTabText(line: string): [string, string] | null {
  const tab = line.indexOf('\t');
  return tab < 0 ? null : [line.slice(tab + 1), line.slice(0, tab)];
}

function textTabLabel(line: string): [string, string] | null {
  const tab = line.lastIndexOf('\t');
  return tab < 0 ? null : [line.slice(0, tab), line.slice(tab + 1)];
}

const SOPHONPLUS = 'SophonPlus/ChineseNlpCorpus @a0b781d7';

/** In a fixed order: a text found in two files is kept under the first (see split.ts). */
export const SENTIMENT_SOURCES: readonly CorpusSource[] = [
  {
    id: 'chnsenticorp',
    file: 'ChnSentiCorp_train.tsv',
    kind: 'review',
    origin: 'zejunwang1/bertorch @cd207522 : data/ChnSentiCorp/train.tsv (hotel, book and laptop reviews)',
    licence: 'Baidu LUGE: research/teaching only',
    header: 0,
    parse: textTabLabel,
  },
  {
    id: 'chnsenticorp_htl',
    file: 'ChnSentiCorp_htl_all.csv',
    kind: 'review',
    origin: `${SOPHONPLUS} (hotel reviews)`,
    licence: 'collected online, origin unknown',
    header: 1,
    parse: labelThenCsvText,
  },
  {
    id: 'waimai',
    file: 'waimai_10k.csv',
    kind: 'review',
    origin: `${SOPHONPLUS} (food-delivery reviews)`,
    licence: 'collected online, origin unknown',
    header: 1,
    parse: labelThenCsvText,
  },
  {
    id: 'weibo_senti',
    file: 'tdm_dev.csv',
    kind: 'weibo',
    origin: 'TrellixVulnTeam/TDM-Senti-Analyse_QWKS @c2b03c58 : data/weibo_senti_100k/dev.csv (Weibo posts)',
    licence: 'weibo_senti_100k, research',
    header: 1,
    parse: labelTabText,
  },
];

const LABELS: Record<string, Polarity> = { '1': 'positive', positive: 'positive', '0': 'negative', negative: 'negative' };

/** The sibling folder of the repository that PROVENANCE.md describes, wherever the code runs from (src or dist). */
export const DEFAULT_CORPORA_DIR = path.resolve(import.meta.dirname, '../../../../../../shared/corpora');

/** Reads one source; a line with an unknown label is an error, since it means the file is not the one described. */
function readCorpus(corporaDir: string, source: CorpusSource): LabelledText[] {
  const file = path.join(corporaDir, 'sentiment', source.file);
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(source.header);
  const rows: LabelledText[] = [];
  lines.forEach((line, i) => {
    const parsed = line.trim() ? source.parse(line) : null;
    if (!parsed) return;
    const label = LABELS[parsed[1].trim()];
    if (!label) throw new Error(`${file}:${i + 1 + source.header}: unknown label "${parsed[1]}"`);
    rows.push({ source: source.id, text: parsed[0], label });
  });
  return rows;
}

export function readSentimentCorpora(corporaDir: string): LabelledText[] {
  return SENTIMENT_SOURCES.flatMap((source) => readCorpus(corporaDir, source));
}
