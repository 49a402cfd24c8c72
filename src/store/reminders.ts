// What reminders need kept: the email address a person chose to give their diary, the push subscriptions of their
// devices, the short-lived links a reminder carries (only their hashes), and the server's VAPID key pair. Everything
// of a diary goes when the diary is deleted (the tables cascade from it).
import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema.ts';

export interface PushSubscription {
  readonly id: string;
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

/** A device with reminders on, as its diary's owner sees it. */
export interface Device {
  readonly id: string;
  readonly endpoint: string;
  readonly addedAt: Date;
}

export interface Channels {
  readonly email: string | null;
  readonly subscriptions: readonly PushSubscription[];
}

export type LinkPurpose = 'open' | 'unsubscribe';

export interface ReminderStore {
  channels(diaryId: string): Promise<Channels>;
  /** Whether a reminder could reach anyone: an address or a device. */
  hasChannel(diaryId: string): Promise<boolean>;
  setEmail(diaryId: string, email: string | null): Promise<void>;
  /**
   * Keeps a device's subscription for the diary, unless the diary already has `maxDevices` other devices (false then);
   * a subscription moves with its endpoint (one device, one diary).
   */
  subscribe(diaryId: string, subscription: PushSubscription, at: Date, maxDevices: number): Promise<boolean>;
  /** Forgets a device's subscription; true when there was one. */
  unsubscribe(diaryId: string, endpoint: string): Promise<boolean>;
  /** The diary's devices, oldest first. */
  devices(diaryId: string): Promise<readonly Device[]>;
  /** Forgets one of the diary's devices by its id; true when it was the diary's. */
  removeDevice(diaryId: string, id: string): Promise<boolean>;
  /** Forgets every device of the diary (a new private link). */
  forgetDevices(diaryId: string): Promise<void>;
  /** Forgets a subscription the push service says is gone. */
  forgetSubscription(id: string): Promise<void>;
  /** Keeps a link's hash; an unsubscribe link also keeps the hash of the address its mail went to. */
  addLink(diaryId: string, purpose: LinkPurpose, tokenHash: string, expiresAt: Date, addressHash?: string): Promise<void>;
  /** The diary a link opens, while it has not expired. */
  diaryOfLink(tokenHash: string, purpose: LinkPurpose, now: Date): Promise<string | undefined>;
  /**
   * Stops the reminders to the address an unsubscribe link was sent to, if the diary still mails that address (and
   * never another one a later change put there); true when it stopped them.
   */
  stopAddressOfLink(tokenHash: string, hashOf: (address: string) => string, now: Date): Promise<boolean>;
  /** Ends every link to open the diary that reminders handed out (a new private link ends them too). */
  endOpenLinks(diaryId: string): Promise<void>;
  deleteExpiredLinks(now: Date): Promise<number>;
  /** A key kept in the database, made by `make` the first time it is asked for (one value whoever asks first). */
  serverKey<T>(name: string, make: () => T, at: Date): Promise<T>;
}

const asObject = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export function reminderStore(db: Kysely<Schema>): ReminderStore {
  return {
    async channels(diaryId) {
      const diary = await db.selectFrom('diaries').select('reminder_email').where('id', '=', diaryId).executeTakeFirst();
      const rows = await db
        .selectFrom('push_subscriptions')
        .select(['id', 'endpoint', 'p256dh', 'auth'])
        .where('diary_id', '=', diaryId)
        .orderBy('created_at')
        .execute();
      return {
        email: diary?.reminder_email ?? null,
        subscriptions: rows.map((r) => ({ id: r.id, endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth } })),
      };
    },
    async hasChannel(diaryId) {
      const row = await sql<{ yes: boolean }>`select (
          exists (select 1 from diaries where id = ${diaryId} and reminder_email is not null)
          or exists (select 1 from push_subscriptions where diary_id = ${diaryId})) as yes`.execute(db);
      return row.rows[0]!.yes;
    },
    async setEmail(diaryId, email) {
      await db.updateTable('diaries').set({ reminder_email: email }).where('id', '=', diaryId).execute();
    },
    async subscribe(diaryId, { id, endpoint, keys }, at, maxDevices) {
      return db.transaction().execute(async (transaction) => {
        // The diary's row is locked first: of two devices added at once, only one can be the last allowed.
        await transaction.selectFrom('diaries').select('id').where('id', '=', diaryId).forUpdate().execute();
        const others = await transaction
          .selectFrom('push_subscriptions')
          .select((e) => e.fn.countAll<string>().as('n'))
          .where('diary_id', '=', diaryId)
          .where('endpoint', '!=', endpoint)
          .executeTakeFirstOrThrow();
        if (Number(others.n) >= maxDevices) return false;
        await transaction
          .insertInto('push_subscriptions')
          .values({ id, diary_id: diaryId, endpoint, p256dh: keys.p256dh, auth: keys.auth, created_at: at })
          .onConflict((c) => c.column('endpoint').doUpdateSet({ diary_id: diaryId, p256dh: keys.p256dh, auth: keys.auth, created_at: at }))
          .execute();
        return true;
      });
    },
    async unsubscribe(diaryId, endpoint) {
      const result = await db
        .deleteFrom('push_subscriptions')
        .where('diary_id', '=', diaryId)
        .where('endpoint', '=', endpoint)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async devices(diaryId) {
      const rows = await db
        .selectFrom('push_subscriptions')
        .select(['id', 'endpoint', 'created_at'])
        .where('diary_id', '=', diaryId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, endpoint: r.endpoint, addedAt: new Date(r.created_at) }));
    },
    async removeDevice(diaryId, id) {
      const result = await db.deleteFrom('push_subscriptions').where('diary_id', '=', diaryId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async forgetDevices(diaryId) {
      await db.deleteFrom('push_subscriptions').where('diary_id', '=', diaryId).execute();
    },
    async forgetSubscription(id) {
      await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
    },
    async addLink(diaryId, purpose, tokenHash, expiresAt, addressHash) {
      await db
        .insertInto('diary_links')
        .values({ token_hash: tokenHash, diary_id: diaryId, purpose, expires_at: expiresAt, address_hash: addressHash ?? null })
        .execute();
    },
    async stopAddressOfLink(tokenHash, hashOf, now) {
      const row = await db
        .selectFrom('diary_links')
        .innerJoin('diaries', 'diaries.id', 'diary_links.diary_id')
        .select(['diaries.id', 'diaries.reminder_email', 'diary_links.address_hash'])
        .where('diary_links.token_hash', '=', tokenHash)
        .where('diary_links.purpose', '=', 'unsubscribe')
        .where('diary_links.expires_at', '>', now)
        .executeTakeFirst();
      if (!row?.reminder_email || row.address_hash === null || hashOf(row.reminder_email) !== row.address_hash) return false;
      // Only if the address is still the one the link was sent to, checked again in the write itself.
      const result = await db
        .updateTable('diaries')
        .set({ reminder_email: null })
        .where('id', '=', row.id)
        .where('reminder_email', '=', row.reminder_email)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async diaryOfLink(tokenHash, purpose, now) {
      const row = await db
        .selectFrom('diary_links')
        .select('diary_id')
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row?.diary_id;
    },
    async endOpenLinks(diaryId) {
      await db.deleteFrom('diary_links').where('diary_id', '=', diaryId).where('purpose', '=', 'open').execute();
    },
    async deleteExpiredLinks(now) {
      const result = await db.deleteFrom('diary_links').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async serverKey<T>(name: string, make: () => T, at: Date) {
      const read = () => db.selectFrom('server_keys').select('value').where('name', '=', name).executeTakeFirst();
      const kept = await read();
      if (kept) return asObject<T>(kept.value);
      await db
        .insertInto('server_keys')
        .values({ name, value: sql`${JSON.stringify(make())}::jsonb`, created_at: at })
        .onConflict((c) => c.column('name').doNothing())
        .execute();
      return asObject<T>((await read())!.value);
    },
  };
}
