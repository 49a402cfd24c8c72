// What a check-in that waited for its turn on the diary's row reads (issue 18, twelfth round), on PostgreSQL, where
// another transaction can hold the row while the check-in's statement waits. (PGlite runs one statement at a time:
// nothing changes while a statement waits there.) The statement reads the diary's own row as it is once its turn
// comes, and the other tables as they were when it began.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { newCheckIn, newDiary } from '../../test/support/diaries.ts';
import { postgresUrl } from '../../test/support/postgres-url.ts';
import { followUpUpdate } from '../clinic/follow-up.ts';
import { openIsolatedPostgres, type Database } from './database.ts';
import type { Schema } from './schema.ts';
import { openStores } from './stores.ts';

const url = postgresUrl('the test of a check-in that waited for its turn');

describe.runIf(url)('a check-in that waited for its turn on the diary (PostgreSQL)', () => {
  let database: Database | undefined;
  afterEach(async () => database?.close());

  /** A diary, the stores with each check-in's `remindable` recorded, and a check-in into the diary that must wait. */
  async function waiting(change: (transaction: Kysely<Schema>, diaryId: string) => Promise<unknown>) {
    database = await openIsolatedPostgres(url!);
    const { db } = database;
    const remindable: boolean[] = [];
    const stores = openStores(db, followUpUpdate, { checkedIn: async (_t, _d, _c, diary) => void remindable.push(diary.remindable) });
    const diary = await stores.diaries.createDiary(newDiary('2026-03-03T08:00:00Z'));
    await db.updateTable('diaries').set({ reminder_email: 'someone@example.org' }).where('id', '=', diary.id).execute();
    const checkIn = (at: string) => stores.diaries.addCheckIn(diary.id, newCheckIn(at), { minIntervalMs: 0, max: 300 });
    // Another transaction holds the diary's row and makes its change; the check-in is sent and waits for the row;
    // the other transaction then commits.
    let holding!: () => void;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const other = db.transaction().execute(async (transaction) => {
      await transaction.selectFrom('diaries').select('id').where('id', '=', diary.id).forUpdate().execute();
      await change(transaction, diary.id);
      holding();
      await released;
    });
    await held;
    const first = checkIn('2026-03-03T09:00:00Z');
    for (let tries = 0; ; tries++) {
      const { rows } = await sql<{ waiting: string }>`select count(*) as waiting from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
      if (Number(rows[0]!.waiting) > 0) break;
      if (tries === 500) throw new Error('the check-in never waited for the diary');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    release();
    await other;
    await first;
    await checkIn('2026-03-03T10:00:00Z');
    return remindable;
  }

  it("sees the diary's address confirmed while it waited: reminders are planned from that check-in on", async () => {
    const remindable = await waiting((transaction, diaryId) =>
      transaction.updateTable('diaries').set({ reminder_email_confirmed_at: new Date() }).where('id', '=', diaryId).execute(),
    );
    expect(remindable).toEqual([true, true]);
  });

  it('does not see a device added while it waited (the next check-in does): left as it is, a moment a person can hardly hit', async () => {
    const remindable = await waiting((transaction, diaryId) =>
      transaction
        .insertInto('push_subscriptions')
        .values({ id: randomUUID(), diary_id: diaryId, endpoint: 'https://push.example/1', p256dh: 'p', auth: 'a', created_at: new Date() })
        .execute(),
    );
    expect(remindable).toEqual([false, true]);
  });
});
