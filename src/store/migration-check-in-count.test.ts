// Migration 0019 on a database from before it: each diary's row gets how many check-ins it has and when the latest
// was kept, so that the next check-in is numbered after them and held to the limits from them (issue 18).
import { describe, expect, it } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { databaseBefore, olderDiaries } from '../../test/support/older-database.ts';
import { followUpUpdate } from '../clinic/follow-up.ts';
import { assess, policy2 } from '../engine/assess.ts';
import { translator } from '../i18n/messages.ts';
import { openDatabase } from './database.ts';
import { openStores } from './stores.ts';

describe('0019-check-in-count on an older database', () => {
  it("gives each diary its check-ins' count and latest time; the next check-in is numbered and limited from them", async () => {
    const { pglite, old } = await databaseBefore('0019');
    await olderDiaries(old, { last_active_at: new Date('2026-01-10T08:00:00Z') });
    await old.destroy();

    const database = await openDatabase({ pglite });
    try {
      const rows = await database.db.selectFrom('diaries').select(['id', 'check_ins', 'last_check_in_at']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: 'checked-in', check_ins: 3, last_check_in_at: new Date('2026-01-14T18:30:00Z') },
        { id: 'never', check_ins: 0, last_check_in_at: null },
      ]);
      const stores = openStores(database.db, followUpUpdate);
      const next = (at: string, limits = { minIntervalMs: 3_600_000, max: 300 }) => {
        const r = report();
        return stores.diaries.addCheckIn(
          'checked-in',
          { id: `at ${at}`, report: r, assessment: assess(r, policy2, translator('en')), at: new Date(at) },
          limits,
        );
      };
      await expect(next('2026-01-14T19:00:00Z')).rejects.toMatchObject({ reason: 'too-soon', retryAt: new Date('2026-01-14T19:30:00Z') });
      expect(await next('2026-01-14T19:30:00Z')).toMatchObject({ seq: 4, createdAt: new Date('2026-01-14T19:30:00Z') });
      await expect(next('2026-01-15T09:00:00Z', { minIntervalMs: 0, max: 4 })).rejects.toMatchObject({ reason: 'too-many' });
    } finally {
      await database.close();
    }
  }, 120_000);
});
