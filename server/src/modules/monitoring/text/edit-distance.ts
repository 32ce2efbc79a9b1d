/** Row buffers, reused and grown: the distance allocates nothing in the steady state. */
let previous = new Int32Array(256);
let current = new Int32Array(256);

/**
 * Levenshtein distance between `a` and `b` (UTF-16 code units) when it is at most `max`, else
 * `max + 1`. Only the diagonal band |i − j| ≤ max is filled (Ukkonen), and the work stops as soon as
 * a whole row of the band exceeds `max`, so the cost is O(min(|a|, |b|) · max) at worst and far
 * less for texts that part ways early.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  if (m - n > max) return max + 1;
  if (m + 1 > previous.length) {
    previous = new Int32Array(2 * (m + 1));
    current = new Int32Array(2 * (m + 1));
  }
  const over = max + 1;
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowMin = current[from - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const cell = Math.min(substitute, previous[j] + 1, current[j - 1] + 1, over);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (to < m) current[to + 1] = over;
    if (rowMin > max) return over;
    [previous, current] = [current, previous];
  }
  return previous[m];
}
