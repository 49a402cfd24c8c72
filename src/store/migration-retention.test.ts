// Migration 0016 on a database from before it: each diary's last use is its latest check-in, else its start, so the
// retention period counts from what its owner last did, not from the upgrade.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseBefore, olderDiaries } from '../../test/support/older-database.ts';
import { openDatabase } from './database.ts';

describe('0016-retention on an older database', () => {
  it('gives each diary its last use: its latest check-in, else its start; and indexes what housekeeping looks up', async () => {
    const { pglite, old } = await databaseBefore('0016');
    await olderDiaries(old);
    await old.destroy();

    const database = await openDatabase({ pglite });
    try {
      const rows = await database.db.selectFrom('diaries').select(['id', 'last_active_at']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: 'checked-in', last_active_at: new Date('2026-01-14T18:30:00Z') },
        { id: 'never', last_active_at: new Date('2026-02-01T08:00:00Z') },
      ]);
      const indexes = await sql<{ name: string }>`select indexname as name from pg_indexes
        where indexname in ('diaries_last_active', 'diary_links_expires') order by indexname`.execute(database.db);
      expect(indexes.rows.map((row) => row.name)).toEqual(['diaries_last_active', 'diary_links_expires']);
    } finally {
      await database.close();
    }
  }, 120_000);
});
