// The stores the app works with, on one database, wired so that a clinic follows the diaries shared with it; and
// the same stores inside one transaction, for work that must happen all together or not at all.
import type { Kysely } from 'kysely';
import { raisesAttention } from '../knowledge/flags.ts';
import { clinicStore, type ClinicStore, type FollowUpUpdate, type SessionFollowed } from './clinics.ts';
import { diaryStore, type CheckInToKeep, type DiaryHooks, type DiaryStore } from './diaries.ts';
import { reminderStore, type ReminderStore } from './reminders.ts';
import type { Schema } from './schema.ts';

export interface StoreSet {
  readonly diaries: DiaryStore;
  readonly clinics: ClinicStore;
  readonly reminders: ReminderStore;
}

export interface Stores extends StoreSet {
  /**
   * Runs `work` with stores bound to one transaction. Inside it, use only single statements (creating, finding,
   * linking): methods that open a transaction of their own (adding a check-in, deleting a diary) are refused.
   */
  transaction<T>(work: (stores: StoreSet) => Promise<T>): Promise<T>;
}

/**
 * What else happens in a check-in's transaction: the clinic told of its session's change; reminders planned. `ready`
 * is awaited before the transaction begins (DiaryHooks).
 */
export interface StoreHooks {
  readonly ready?: DiaryHooks['ready'];
  readonly followed?: SessionFollowed | undefined;
  readonly checkedIn?: DiaryHooks['checkedIn'] | undefined;
}

export function openStores(db: Kysely<Schema>, followUpUpdate: (checkIn: CheckInToKeep) => FollowUpUpdate, hooks: StoreHooks = {}): Stores {
  // `ready` only outside a transaction: awaited inside one, it would hold the connection it waits to free.
  const on = (connection: Kysely<Schema>, ready?: DiaryHooks['ready']): StoreSet => {
    const clinics = clinicStore(connection);
    const clinic = clinics.diaryHooks(followUpUpdate, hooks.followed, raisesAttention);
    const diaryHooks: DiaryHooks = { ...clinic, ready, checkedIn: hooks.checkedIn };
    return { clinics, reminders: reminderStore(connection), diaries: diaryStore(connection, diaryHooks) };
  };
  return { ...on(db, hooks.ready), transaction: (work) => db.transaction().execute((trx) => work(on(trx))) };
}
