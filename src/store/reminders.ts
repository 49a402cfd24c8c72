// What reminders need kept: the email address a person chose to give their diary (and whether it confirmed), the push
// subscriptions of their devices, the short-lived links a reminder carries (only their hashes), and the server's
// VAPID key pair. Everything of a diary goes when the diary is deleted (the tables cascade from it). Across diaries,
// by the hash of an address: the confirmation mails sent to it lately, and whether it stopped reminders for good.
import { sql, type Expression, type Kysely } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DiaryRead } from './diaries.ts';
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
  /** The address reminders are mailed to: only once it is confirmed. */
  readonly email: string | null;
  readonly subscriptions: readonly PushSubscription[];
}

export type LinkPurpose = 'open' | 'unsubscribe' | 'confirm';

/** The address a diary was given for reminders, and whether it followed its confirmation link. */
export interface ReminderEmail {
  readonly address: string;
  readonly confirmed: boolean;
}

/** Of a diary's row (its columns unqualified, as an update's RETURNING names them): whether its address is confirmed. */
export const addressConfirmed = sql<boolean>`(reminder_email is not null and reminder_email_confirmed_at is not null)`;

/**
 * Whether a reminder could reach anyone: a confirmed address (`confirmed`, read from the diary's row) or a device. An
 * expression, not a query: a check-in reads it in the statement that keeps it (issue 18: one wait for the database
 * fewer per check-in).
 */
export const remindable = (diaryId: string | Expression<string>, confirmed: Expression<boolean>) =>
  sql<boolean>`(${confirmed} or exists (select 1 from push_subscriptions where diary_id = ${diaryId}))`;

/** What a diary keeps to remind: the address given, and each device. */
export interface ReminderSettings {
  readonly email: ReminderEmail | null;
  readonly devices: readonly Device[];
}

export interface ReminderStore {
  channels(diaryId: string): Promise<Channels>;
  /** The address given for reminders, confirmed or not. */
  email(diaryId: string): Promise<ReminderEmail | null>;
  /** A new address (unconfirmed), or none; either way the confirmation links mailed before stop working. */
  setEmail(diaryId: string, email: string | null): Promise<void>;
  /**
   * Follows a confirmation link, once (it is deleted whether or not it confirms): the diary's address is confirmed
   * when it is still the one the link was mailed to. The diary's id when it confirmed.
   */
  confirmEmail(tokenHash: string, hashOf: (address: string) => string, now: Date): Promise<string | undefined>;
  /**
   * Counts a confirmation mail to an address against its limit of `limit` since `since`: true when it may be sent
   * (and it is counted), false when the limit is reached (and it is not). Of several at once, no more than the limit pass.
   */
  countConfirmationMail(addressHash: string, at: Date, since: Date, limit: number): Promise<boolean>;
  /** Whether the address stopped reminders from a mail's link: then no diary mails it again. */
  isSuppressed(addressHash: string): Promise<boolean>;
  /**
   * Keeps a device's subscription for the diary, unless the diary already has `maxDevices` other devices (false then);
   * a subscription moves with its endpoint (one device, one diary).
   */
  subscribe(diaryId: string, subscription: PushSubscription, at: Date, maxDevices: number): Promise<boolean>;
  /** Forgets a device's subscription; true when there was one. */
  unsubscribe(diaryId: string, endpoint: string): Promise<boolean>;
  /** The diary's devices, oldest first. */
  devices(diaryId: string): Promise<readonly Device[]>;
  /** What the diary keeps to remind (its address and devices), read in the diary's own query (diaries.ts, `useDiaryAtAGlance`). */
  readonly settingsRead: DiaryRead<ReminderSettings>;
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
   * Stops the reminders to the address an unsubscribe link was sent to, from every diary for good (the address is
   * suppressed), and forgets it on the link's diary if the diary still has it (never another one a later change put
   * there); true when the link was good.
   */
  stopAddressOfLink(tokenHash: string, hashOf: (address: string) => string, now: Date): Promise<boolean>;
  /** Ends every link to open the diary that reminders handed out (a new private link ends them too). */
  endOpenLinks(diaryId: string): Promise<void>;
  deleteExpiredLinks(now: Date): Promise<number>;
  /** A key kept in the database, made by `make` the first time it is asked for (one value whoever asks first). */
  serverKey<T>(name: string, make: () => T, at: Date): Promise<T>;
}

const asObject = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

const emailOf = (row: { reminder_email: string | null; reminder_email_confirmed_at: unknown } | undefined): ReminderEmail | null =>
  row?.reminder_email ? { address: row.reminder_email, confirmed: row.reminder_email_confirmed_at !== null } : null;

/** A device's row, from its table or inside a diary's query as JSON (its time as text). */
const toDevice = (row: { id: string; endpoint: string; created_at: Date | string }): Device => ({
  id: row.id,
  endpoint: row.endpoint,
  addedAt: new Date(row.created_at),
});

/** What a diary keeps to remind, as a diary's query gives it inside JSON (times as text): always there, as the diary is. */
interface SettingsRow {
  reminder_email: string | null;
  reminder_email_confirmed_at: unknown;
  devices: Parameters<typeof toDevice>[0][];
}

const toSettings = (row: SettingsRow): ReminderSettings => ({ email: emailOf(row), devices: row.devices.map(toDevice) });

export function reminderStore(db: Kysely<Schema>): ReminderStore {
  /** A diary's devices, oldest first: by its id, or (inside a diary's query) by a reference to it. */
  const devicesOf = (diaryId: string | Expression<string>) =>
    db
      .selectFrom('push_subscriptions')
      .select(['id', 'endpoint', 'created_at'])
      .where('diary_id', '=', diaryId)
      .orderBy('created_at')
      .orderBy('id');
  /** What a diary keeps to remind, inside a diary's query (whose table is `d`) by a reference to it. */
  const settingsOf = (diaryId: Expression<string>) =>
    db
      .selectFrom('diaries as r')
      .select((eb) => ['r.reminder_email', 'r.reminder_email_confirmed_at', jsonArrayFrom(devicesOf(eb.ref('r.id'))).as('devices')])
      .where('r.id', '=', diaryId);
  return {
    async channels(diaryId) {
      const diary = await db
        .selectFrom('diaries')
        .select('reminder_email')
        .where('id', '=', diaryId)
        .where('reminder_email_confirmed_at', 'is not', null)
        .executeTakeFirst();
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
    async email(diaryId) {
      const row = await db
        .selectFrom('diaries')
        .select(['reminder_email', 'reminder_email_confirmed_at'])
        .where('id', '=', diaryId)
        .executeTakeFirst();
      return emailOf(row);
    },
    async setEmail(diaryId, email) {
      await db.updateTable('diaries').set({ reminder_email: email, reminder_email_confirmed_at: null }).where('id', '=', diaryId).execute();
      await db.deleteFrom('diary_links').where('diary_id', '=', diaryId).where('purpose', '=', 'confirm').execute();
    },
    async confirmEmail(tokenHash, hashOf, now) {
      // Deleted as it is read: of two clicks at once, one finds it.
      const link = await db
        .deleteFrom('diary_links')
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', 'confirm')
        .where('expires_at', '>', now)
        .returning(['diary_id', 'address_hash'])
        .executeTakeFirst();
      if (!link?.address_hash) return undefined;
      const diary = await db.selectFrom('diaries').select('reminder_email').where('id', '=', link.diary_id).executeTakeFirst();
      if (!diary?.reminder_email || hashOf(diary.reminder_email) !== link.address_hash) return undefined;
      if (await this.isSuppressed(link.address_hash)) return undefined;
      const result = await db
        .updateTable('diaries')
        .set({ reminder_email_confirmed_at: now })
        .where('id', '=', link.diary_id)
        .where('reminder_email', '=', diary.reminder_email)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? link.diary_id : undefined;
    },
    async countConfirmationMail(addressHash, at, since, limit) {
      await db.deleteFrom('reminder_confirmation_mails').where('sent_at', '<=', since).execute();
      // Written before it is counted (as the sign-in throttle): of several at once, each sees at least those before it.
      await db.insertInto('reminder_confirmation_mails').values({ address_hash: addressHash, sent_at: at }).execute();
      const row = await db
        .selectFrom('reminder_confirmation_mails')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('address_hash', '=', addressHash)
        .where('sent_at', '>', since)
        .executeTakeFirstOrThrow();
      if (Number(row.n) <= limit) return true;
      // Over the limit: not sent, so not counted either (asking again does not push the next day's mail back). The
      // rows have no key: one of the identical rows just written goes, by its physical place.
      await sql`delete from reminder_confirmation_mails where ctid = (select ctid from reminder_confirmation_mails
        where address_hash = ${addressHash} and sent_at = ${at} limit 1)`.execute(db);
      return false;
    },
    async isSuppressed(addressHash) {
      const row = await db
        .selectFrom('reminder_suppressions')
        .select('address_hash')
        .where('address_hash', '=', addressHash)
        .executeTakeFirst();
      return row !== undefined;
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
      return (await devicesOf(diaryId).execute()).map(toDevice);
    },
    settingsRead: {
      select: (diaryId) => jsonObjectFrom(settingsOf(diaryId)),
      read: (value) => toSettings(value as SettingsRow),
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
      if (!row || row.address_hash === null) return false;
      await db
        .insertInto('reminder_suppressions')
        .values({ address_hash: row.address_hash, created_at: now })
        .onConflict((c) => c.column('address_hash').doNothing())
        .execute();
      if (!row.reminder_email || hashOf(row.reminder_email) !== row.address_hash) return true;
      // Only if the address is still the one the link was sent to, checked again in the write itself.
      await db
        .updateTable('diaries')
        .set({ reminder_email: null, reminder_email_confirmed_at: null })
        .where('id', '=', row.id)
        .where('reminder_email', '=', row.reminder_email)
        .execute();
      return true;
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
