// A PostgreSQL database of a benchmark's own, on DATABASE_URL's server (the local one by default): made empty for it,
// dropped when it is done, however it ends.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export async function withOwnDatabase<T>(kind: string, run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const baseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const name = `aftercare_${kind}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const databaseUrl = new URL(baseUrl);
    databaseUrl.pathname = `/${name}`;
    return await run(String(databaseUrl));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
