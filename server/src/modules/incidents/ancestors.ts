import type { Executor } from '../../db/database.js';
import { unitsByIds } from './incident.repository.js';
import type { UnitRef } from './recipients.js';

/** The units above one, nearest first, read from its materialised path. */
export async function ancestorsOf(db: Executor, unitPath: string): Promise<(UnitRef & { name: string })[]> {
  const ids = unitPath.split('/').filter(Boolean).map(Number);
  ids.pop();
  const rows = await unitsByIds(db, ids);
  return ids.reverse().flatMap((id) => rows.filter((r) => r.id === id));
}

export async function superiorName(db: Executor, unitPath: string): Promise<string | null> {
  return (await ancestorsOf(db, unitPath))[0]?.name ?? null;
}
