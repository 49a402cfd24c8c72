// The benchmarks that compare the two engines run the same measurement on each: the embedded one (PGlite, in a data
// folder on disk) and PostgreSQL (DATABASE_URL, or the local default) in a schema of its own, skipped only when it
// cannot be reached.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, openIsolatedPostgres, type Database } from '../src/store/database.ts';

const postgresUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export async function onEachEngine(folderPrefix: string, measure: (name: string, database: Database) => Promise<void>): Promise<void> {
  const embedded = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), folderPrefix)) });
  try {
    await measure('PGlite (embedded)', embedded);
  } finally {
    await embedded.close();
  }
  let postgres: Database;
  try {
    postgres = await openIsolatedPostgres(postgresUrl);
  } catch (error) {
    console.log(`PostgreSQL skipped: ${(error as Error).message}`);
    return;
  }
  try {
    await measure('PostgreSQL 15 (local)', postgres);
  } finally {
    await postgres.close();
  }
}
