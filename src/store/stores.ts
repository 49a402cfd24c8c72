// The stores the app works with, on one database, wired so that a clinic follows the diaries shared with it; and
// the same stores inside one transaction, for work that must happen all together or not at all.
import type { Kysely } from 'kysely';
import { clinicStore, type ClinicStore, type FollowUpUpdate, type SessionFollowed } from './clinics.ts';
import { diaryStore, type CheckIn, type DiaryStore } from './diaries.ts';
import type { Schema } from './schema.ts';

export interface StoreSet {
  readonly diaries: DiaryStore;
  readonly clinics: ClinicStore;
}

export interface Stores extends StoreSet {
  /**
   * Runs `work` with stores bound to one transaction. Inside it, use only single statements (creating, finding,
   * linking): methods that open a transaction of their own (adding a check-in, deleting a diary) are refused.
   */
  transaction<T>(work: (stores: StoreSet) => Promise<T>): Promise<T>;
}

export function openStores(db: Kysely<Schema>, followUpUpdate: (checkIn: CheckIn) => FollowUpUpdate, followed?: SessionFollowed): Stores {
  const on = (connection: Kysely<Schema>): StoreSet => {
    const clinics = clinicStore(connection);
    return { clinics, diaries: diaryStore(connection, clinics.diaryHooks(followUpUpdate, followed)) };
  };
  return { ...on(db), transaction: (work) => db.transaction().execute((trx) => work(on(trx))) };
}
