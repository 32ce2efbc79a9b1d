/**
 * Line diff with character detail for changed lines, computed on the server so every reader sees the
 * same diff of two statement versions. Longest common subsequence by dynamic programming: statements
 * are a few hundred lines at most (INCIDENT_LIMITS.statementMax), so the table stays small; a changed
 * line pair too long for a character table is shown as a whole-line replacement instead.
 */
export type Segment = { op: 'equal' | 'delete' | 'insert'; text: string };
export type DiffLine =
  | { op: 'equal' | 'delete' | 'insert'; text: string }
  | { op: 'change'; before: string; after: string; segments: Segment[] };

const MAX_CELLS = 4_000_000;

/** The LCS edit script of two sequences, as runs of equal, deleted and inserted elements. */
function script<T>(a: readonly T[], b: readonly T[]): { op: Segment['op']; items: T[] }[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const out: { op: Segment['op']; items: T[] }[] = [];
  const push = (op: Segment['op'], item: T) => {
    const last = out.at(-1);
    if (last?.op === op) last.items.push(item);
    else out.push({ op, items: [item] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push('equal', a[i]);
      i++;
      j++;
    } else if (j < m && (i === n || table[i * w + j + 1] > table[(i + 1) * w + j])) push('insert', b[j++]);
    else push('delete', a[i++]);
  }
  return out;
}

/**
 * A single character matched between two edits (the 人 in 无人员 → 有一人) is chance, not meaning: it is
 * folded into the edit, so a reader sees one replaced phrase instead of confetti.
 */
function foldChance(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  segments.forEach((seg, k) => {
    const between = k > 0 && k < segments.length - 1 && (del || ins);
    if (seg.op === 'equal' && between && [...seg.text].length <= 1) {
      del += seg.text;
      ins += seg.text;
    } else if (seg.op === 'delete') del += seg.text;
    else if (seg.op === 'insert') ins += seg.text;
    else {
      flush();
      out.push(seg);
    }
  });
  flush();
  return out;
}

export function diffChars(before: string, after: string): Segment[] {
  const a = [...before];
  const b = [...after];
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) return [{ op: 'delete', text: before }, { op: 'insert', text: after }];
  return foldChance(script(a, b).map((r) => ({ op: r.op, text: r.items.join('') })));
}

export function diffText(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const runs = (a.length + 1) * (b.length + 1) > MAX_CELLS ? [{ op: 'delete' as const, items: a }, { op: 'insert' as const, items: b }] : script(a, b);
  const out: DiffLine[] = [];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    const next = runs[k + 1];
    if (run.op === 'delete' && next?.op === 'insert') {
      // Deleted lines followed by inserted ones are edits of each other, paired in order.
      const pairs = Math.min(run.items.length, next.items.length);
      for (let p = 0; p < pairs; p++) out.push({ op: 'change', before: run.items[p], after: next.items[p], segments: diffChars(run.items[p], next.items[p]) });
      for (const text of run.items.slice(pairs)) out.push({ op: 'delete', text });
      for (const text of next.items.slice(pairs)) out.push({ op: 'insert', text });
      k++;
    } else for (const text of run.items) out.push({ op: run.op, text });
  }
  return out;
}

/** The diff as plain text: `- `/`+ ` lines, and changed lines with [-removed-] and {+added+} inline. */
export function renderDiff(lines: DiffLine[]): string {
  return lines
    .map((l) => {
      if (l.op !== 'change') return `${l.op === 'equal' ? ' ' : l.op === 'delete' ? '-' : '+'} ${l.text}`;
      return `~ ${l.segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'delete' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('')}`;
    })
    .join('\n');
}
