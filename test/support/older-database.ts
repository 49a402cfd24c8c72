// An embedded database as an older Aftercare left it: migrated up to just before a given migration, for a test to
// fill with that version's rows and then open with this version (which runs the rest).
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrations } from '../../src/store/migrations.ts';

/** The migrations whose names sort before `before` (e.g. '0016'), applied to a new in-memory PGlite. */
export async function databaseBefore(before: string) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pglite = await PGlite.create();
  const old = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
  const earlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < before));
  const { error } = await new Migrator({ db: old, provider: { getMigrations: async () => earlier } }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`the older migrations failed: ${JSON.stringify(error)}`);
  return { pglite, old };
}
