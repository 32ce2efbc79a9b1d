/** A row of an imported sheet that cannot be stored, and why; an import with any is refused whole. */
export interface ImportProblem {
  row: number;
  field: string;
  problem: string;
}
