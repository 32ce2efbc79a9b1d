import pg from 'pg';

/** The ctype Chinese trigram search needs later; C.UTF-8 exists on every Debian and glibc system. */
const CREATE_OPTIONS = `TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`;

function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the database named in the URL when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<{ created: boolean; ctype: string }> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error('DATABASE_URL names no database');
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    const found = await client.query<{ datctype: string }>('select datctype from pg_database where datname = $1', [name]);
    if (found.rows.length) return { created: false, ctype: found.rows[0].datctype };
    await client.query(`create database ${quoteIdent(name)} ${CREATE_OPTIONS}`);
    return { created: true, ctype: 'C.UTF-8' };
  } finally {
    await client.end();
  }
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`);
  } finally {
    await client.end();
  }
}
