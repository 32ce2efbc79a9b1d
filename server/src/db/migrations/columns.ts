import type { CreateTableBuilder } from 'kysely';
import type { Dialect } from '../database.js';

/** The one dialect difference in our DDL: how an auto-increment integer key is spelled. */
export function withId<T extends string>(t: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
