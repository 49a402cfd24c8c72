// Migration 0016 on a database from before it: each diary's last use is its latest check-in, else its start, so the
// retention period counts from what its owner last did, not from the upgrade.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseBefore } from '../../test/support/older-database.ts';
import { openDatabase } from './database.ts';

describe('0016-retention on an older database', () => {
  it('gives each diary its last use: its latest check-in, else its start; and indexes what housekeeping looks up', async () => {
    const { pglite, old } = await databaseBefore('0016');
    const diary = (id: string, createdAt: string) => ({
      id,
      token_hash: id,
      created_at: new Date(createdAt),
      massage: '{}',
      time_zone: 'UTC',
    });
    await old
      .insertInto('diaries')
      .values([diary('checked-in', '2026-01-10T08:00:00Z'), diary('never', '2026-02-01T08:00:00Z')])
      .execute();
    const checkIn = (seq: number, createdAt: string) => ({
      id: `c${seq}`,
      diary_id: 'checked-in',
      seq,
      reported_at: new Date(createdAt),
      created_at: new Date(createdAt),
      report: '{}',
      assessment: '{}',
      level: 'self-care',
      severity: 3,
    });
    await old
      .insertInto('check_ins')
      .values([checkIn(1, '2026-01-10T09:00:00Z'), checkIn(2, '2026-01-14T18:30:00Z'), checkIn(3, '2026-01-12T07:00:00Z')])
      .execute();
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
