import type { Executor } from '../../../db/database.js';
import type { DocumentBlock } from '../document-spec.js';
import type { Period } from './period.js';

/** The unit a report speaks for; its figures cover the unit's whole subtree. */
export interface ReportScope {
  unitId: number;
  unitName: string;
  unitPath: string;
}

/**
 * One section of a report: a heading, the text the office edits (drafted from the figures), and
 * read-only blocks (figure tables, charts) that come from the records and are never edited.
 */
export interface Section {
  key: string;
  title: string;
  text: string;
  blocks: DocumentBlock[];
  figures: Record<string, number>;
}

/** Each module's part of a report: (db, subtree, period) → figures and blocks. Kinds compose them. */
/** Null when the section does not apply to the unit (a roll-up for a unit without subordinates). */
export type SectionProvider = (db: Executor, scope: ReportScope, period: Period) => Promise<Section | null>;

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—');
