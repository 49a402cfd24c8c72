// A check-in's `ready` hook (what must be awaited before its transaction begins: the job queue's start) is awaited
// only outside a transaction: inside one it would hold the connection it waits to free.
import { afterEach, describe, expect, it } from 'vitest';
import { newCheckIn, newDiary } from '../../test/support/diaries.ts';
import { followUpUpdate } from '../clinic/follow-up.ts';
import { embeddedTemplate, openClone, type Database } from './database.ts';
import { openStores } from './stores.ts';

const template = await embeddedTemplate();

describe("a check-in's ready hook", () => {
  let database: Database | undefined;
  afterEach(async () => database?.close());

  it('is awaited before a check-in, and never inside a transaction (where a check-in cannot be kept anyway)', async () => {
    database = await openClone(template);
    let readied = 0;
    const stores = openStores(database.db, followUpUpdate, { ready: () => void readied++ });
    const diary = await stores.diaries.createDiary(newDiary('2026-03-03T08:00:00Z'));
    const input = () => newCheckIn('2026-03-03T09:00:00Z');
    await stores.diaries.addCheckIn(diary.id, input(), { minIntervalMs: 0, max: 300 });
    expect(readied).toBe(1);
    const inside = stores.transaction(({ diaries }) => diaries.addCheckIn(diary.id, input(), { minIntervalMs: 0, max: 300 }));
    await expect(inside).rejects.toThrow(/transaction/i);
    expect(readied).toBe(1);
  });
});
