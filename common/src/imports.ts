/** A row of an imported sheet that cannot be stored, and why; an import with any is refused whole. */
export interface ImportProblem {
  row: number;
  field: string;
  problem: string;
}

/** What a sheet import answers, dry run or not: the rows it would create (or created) and every problem by row. */
export interface SheetImport<Row> {
  imported: number;
  /** Rows with problems left out. */
  preview: Row[];
  problems: ImportProblem[];
}
