import { SENTIMENT_SOURCES, type CorpusKind, type LabelledText } from './corpora.js';

/**
 * Polarity figures on the binary corpora: a text counts as called negative when its score is below
 * 0, as the CLI contract reads scores. `neutral` is the share that would be labelled neutral.
 */
export interface Metrics {
  texts: number;
  accuracy: number;
  macroF1: number;
  neutral: number;
}

/** One line of the held-out table: a source, or all sources of a kind pooled. */
export interface EvaluationRow {
  set: string;
  kind: CorpusKind;
  model: Metrics;
  lexicon: Metrics;
}

/** The targets on unseen text. */
export const TARGETS: Record<CorpusKind, number> = { review: 0.85, weibo: 0.75 };

/** The lexicon has no confidence: it is neutral exactly when no word fired or the hits cancel. */
const LEXICON_NEUTRAL_BAND = 1e-9;

export function polarityMetrics(gold: readonly LabelledText['label'][], scores: readonly number[], neutralBand: number): Metrics {
  const tally = { tp: 0, fp: 0, fn: 0, tn: 0 }; // positive as the "positive" class
  let neutral = 0;
  gold.forEach((label, i) => {
    const saysPositive = scores[i] >= 0;
    if (Math.abs(scores[i]) < neutralBand) neutral++;
    if (label === 'positive') saysPositive ? tally.tp++ : tally.fn++;
    else saysPositive ? tally.fp++ : tally.tn++;
  });
  const f1 = (hit: number, falseAlarm: number, miss: number) => (hit === 0 ? 0 : (2 * hit) / (2 * hit + falseAlarm + miss));
  const texts = gold.length;
  return {
    texts,
    accuracy: texts ? (tally.tp + tally.tn) / texts : 0,
    macroF1: (f1(tally.tp, tally.fp, tally.fn) + f1(tally.tn, tally.fn, tally.fp)) / 2,
    neutral: texts ? neutral / texts : 0,
  };
}

/** Scores every held-out text once with each scorer, then reports per source and per kind. */
export function evaluateHeldOut(
  test: readonly LabelledText[],
  model: { score: (text: string) => number; neutralBand: number },
  lexicon: (text: string) => number,
): EvaluationRow[] {
  const scored = test.map((row) => ({ row, model: model.score(row.text), lexicon: lexicon(row.text) }));
  const rowFor = (set: string, kind: CorpusKind, part: typeof scored): EvaluationRow => {
    const gold = part.map((s) => s.row.label);
    return {
      set,
      kind,
      model: polarityMetrics(gold, part.map((s) => s.model), model.neutralBand),
      lexicon: polarityMetrics(gold, part.map((s) => s.lexicon), LEXICON_NEUTRAL_BAND),
    };
  };
  const rows = SENTIMENT_SOURCES.map((source) => rowFor(source.id, source.kind, scored.filter((s) => s.row.source === source.id)));
  for (const kind of Object.keys(TARGETS) as CorpusKind[]) {
    const sources = new Set(SENTIMENT_SOURCES.filter((s) => s.kind === kind).map((s) => s.id));
    if (sources.size > 1) rows.push(rowFor(`all ${kind}s`, kind, scored.filter((s) => sources.has(s.row.source))));
  }
  return rows.filter((r) => r.model.texts > 0);
}

const pct = (x: number) => x.toFixed(3);

/** The held-out table in markdown, model beside lexicon-only baseline, with the target of each kind. */
export function formatEvaluation(rows: readonly EvaluationRow[]): string {
  const lines = [
    '| held-out set | texts | model accuracy | model macro-F1 | model neutral | lexicon accuracy | lexicon macro-F1 | lexicon neutral | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.set} | ${r.model.texts} | ${pct(r.model.accuracy)} | ${pct(r.model.macroF1)} | ${pct(r.model.neutral)} | ` +
        `${pct(r.lexicon.accuracy)} | ${pct(r.lexicon.macroF1)} | ${pct(r.lexicon.neutral)} | ≥ ${TARGETS[r.kind]} |`,
    ),
  ];
  return lines.join('\n');
}
