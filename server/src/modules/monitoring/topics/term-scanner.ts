/**
 * Finds every occurrence of many terms in one pass over a text (Aho–Corasick over UTF-16 code
 * units): the cost is one step a character however many terms there are, plus one per occurrence.
 * Overlapping occurrences are all reported (`灞桥` and `灞桥街道` both occur in 灞桥街道).
 *
 * A term whose first (last) character is an ASCII letter or digit only counts where the character
 * before (after) it is not one: `ai` occurs in `ai芯片` and `(ai)` but not in `said`; `5g` in
 * `5g网络` but not in `15g`. Chinese has no spaces, so terms starting or ending with any other
 * character match as plain substrings.
 */
export class TermScanner {
  private readonly next: (Map<number, number> | undefined)[] = [undefined];
  private readonly fail: number[] = [0];
  /** The term id ending at each node, or -1. */
  private readonly out: number[] = [-1];
  /** The nearest node on the fail chain with a term, or -1. */
  private readonly dict: number[] = [-1];
  private readonly lengths: number[];
  private readonly checkStart: boolean[];
  private readonly checkEnd: boolean[];
  /**
   * The root's edges as a table indexed by code unit (0: none), for many terms: in Chinese text
   * most characters start nothing and fall back to the root, so this is the lookup made most.
   */
  private readonly rootTable: Int32Array | null;

  /** `keys` are normalised, distinct and non-empty; a key's index is its id. */
  constructor(keys: readonly string[]) {
    this.lengths = keys.map((k) => k.length);
    this.checkStart = keys.map((k) => isWordUnit(k.charCodeAt(0)));
    this.checkEnd = keys.map((k) => isWordUnit(k.charCodeAt(k.length - 1)));
    keys.forEach((key, id) => this.insert(key, id));
    this.link();
    this.rootTable = keys.length >= DENSE_ROOT_FROM ? new Int32Array(0x10000) : null;
    for (const [c, target] of this.next[0] ?? []) if (this.rootTable) this.rootTable[c] = target;
  }

  /** Calls `emit(id, start)` for each occurrence, in order of where it ends. */
  scan(text: string, emit: (id: number, start: number) => void): void {
    const { next, fail, out, dict, lengths, checkStart, checkEnd, rootTable } = this;
    const root = next[0];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (state === 0) {
          state = rootTable ? rootTable[c] : (root?.get(c) ?? 0);
          break;
        }
        const target = next[state]?.get(c);
        if (target !== undefined) {
          state = target;
          break;
        }
        state = fail[state];
      }
      if (state === 0) continue;
      for (let node = out[state] >= 0 ? state : dict[state]; node > 0; node = dict[node]) {
        const id = out[node];
        const start = i + 1 - lengths[id];
        if (checkStart[id] && start > 0 && isWordUnit(text.charCodeAt(start - 1))) continue;
        if (checkEnd[id] && i + 1 < text.length && isWordUnit(text.charCodeAt(i + 1))) continue;
        emit(id, start);
      }
    }
  }

  private insert(key: string, id: number): void {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const edges = (this.next[state] ??= new Map());
      let target = edges.get(c);
      if (target === undefined) {
        target = this.next.length;
        this.next.push(undefined);
        this.fail.push(0);
        this.out.push(-1);
        this.dict.push(-1);
        edges.set(c, target);
      }
      state = target;
    }
    this.out[state] = id;
  }

  /** Breadth-first: each node's fail link is the longest proper suffix of its path that is in the trie. */
  private link(): void {
    const queue: number[] = [...(this.next[0]?.values() ?? [])]; // their fail links are the root
    for (let q = 0; q < queue.length; q++) {
      const parent = queue[q];
      for (const [c, child] of this.next[parent] ?? []) {
        let f = this.fail[parent];
        let target = this.next[f]?.get(c);
        while (target === undefined && f !== 0) {
          f = this.fail[f];
          target = this.next[f]?.get(c);
        }
        this.fail[child] = target ?? 0;
        const f2 = this.fail[child];
        this.dict[child] = this.out[f2] >= 0 ? f2 : this.dict[f2];
        queue.push(child);
      }
    }
  }
}

const DENSE_ROOT_FROM = 64;

/** ASCII letter or digit. */
export function isWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
