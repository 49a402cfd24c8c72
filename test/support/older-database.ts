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

/** A diary's row as an older Aftercare wrote it; `also` gives the columns later migrations added (its last use, from 0016). */
export const olderDiary = (id: string, createdAt: string, also: Record<string, unknown> = {}) => ({
  id,
  token_hash: id,
  created_at: new Date(createdAt),
  massage: '{}',
  time_zone: 'UTC',
  ...also,
});

/** A check-in's row as an older Aftercare wrote it: number `seq` of the diary `diaryId`, kept at `createdAt`. */
export const olderCheckIn = (diaryId: string, seq: number, createdAt: string) => ({
  id: `${diaryId}-${seq}`,
  diary_id: diaryId,
  seq,
  reported_at: new Date(createdAt),
  created_at: new Date(createdAt),
  report: '{}',
  assessment: '{}',
  level: 'self-care',
  severity: 3,
});

/**
 * What the migrations' tests start from: the diary "checked-in", started 2026-01-10T08:00Z, with three check-ins kept
 * out of order in time (the latest, at 2026-01-14T18:30Z, is number 2), and the diary "never", started
 * 2026-02-01T08:00Z with none. `also` gives both diaries the columns later migrations added.
 */
export async function olderDiaries(old: Kysely<any>, also: Record<string, unknown> = {}): Promise<void> {
  await old
    .insertInto('diaries')
    .values([olderDiary('checked-in', '2026-01-10T08:00:00Z', also), olderDiary('never', '2026-02-01T08:00:00Z', also)])
    .execute();
  const checkIn = (seq: number, createdAt: string) => olderCheckIn('checked-in', seq, createdAt);
  await old
    .insertInto('check_ins')
    .values([checkIn(1, '2026-01-10T09:00:00Z'), checkIn(2, '2026-01-14T18:30:00Z'), checkIn(3, '2026-01-12T07:00:00Z')])
    .execute();
}
