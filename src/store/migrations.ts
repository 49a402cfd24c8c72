// One set of migrations for both engines (PGlite is PostgreSQL), applied at start, in order. Each is frozen text:
// a migration never imports a live constant, so what it did on the day it ran is what it does on every database.
import { parse as legacyParse } from 'node:url';
import { sql, type Kysely, type Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '0001-diaries': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('aftercare_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('diaries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('massage', 'jsonb', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('check_ins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('diary_id', 'text', (c) => c.notNull().references('diaries.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
        .addColumn('report', 'jsonb', (c) => c.notNull())
        .addColumn('assessment', 'jsonb', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('severity', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint('check_ins_diary_seq', ['diary_id', 'seq'])
        .execute();
    },
  },
  '0002-clinics': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('clinics')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'therapist')`))
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('auth_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();
      await db.schema
        .createTable('password_resets')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('used_at', 'timestamptz')
        .execute();
      await db.schema
        .createTable('sign_in_failures')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sign_in_failures_key_at').on('sign_in_failures').columns(['key', 'at']).execute();
      await db.schema
        .createTable('clinic_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id').onDelete('cascade'))
        .addColumn('therapist_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('client_ref', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'timestamptz', (c) => c.notNull())
        .addColumn('massage', 'jsonb', (c) => c.notNull())
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('follow_up_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('diary_id', 'text', (c) => c.unique().references('diaries.id').onDelete('set null'))
        .addColumn('consented_at', 'timestamptz')
        // Kept up to date by each check-in, in its transaction, so the dashboard reads one row per client.
        .addColumn('urgency', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('latest_level', 'text')
        .addColumn('latest_at', 'timestamptz')
        .addColumn('check_ins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('pressure_flag', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('not_easing_flag', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('local_signs', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
      await db.schema
        .createIndex('clinic_sessions_dashboard')
        .on('clinic_sessions')
        .columns(['clinic_id', 'urgency desc', 'latest_at desc'])
        .execute();
      await db.schema
        .createIndex('clinic_sessions_therapist')
        .on('clinic_sessions')
        .columns(['therapist_id', 'urgency desc', 'latest_at desc'])
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id').onDelete('cascade'))
        .addColumn('user_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_clinic_at').on('audit_log').columns(['clinic_id', 'at desc']).execute();
    },
  },
  '0003-stop-sharing': {
    async up(db: Kysely<any>) {
      // When a client stops sharing (or deletes the diary), the clinic keeps the session but nothing of the diary.
      await db.schema.alterTable('clinic_sessions').addColumn('sharing_stopped_at', 'timestamptz').execute();
      // Diaries deleted before this migration left their summary behind (the link was set to null by the key).
      await sql`update clinic_sessions set sharing_stopped_at = now(),
          urgency = 0, latest_level = null, latest_at = null, check_ins = 0, pressure_flag = false, not_easing_flag = false, local_signs = false
        where diary_id is null and consented_at is not null`.execute(db);
    },
  },
  '0004-clinic-time-zone': {
    async up(db: Kysely<any>) {
      // The clinic's pages show times, and read the times a therapist types, in the clinic's own zone.
      await db.schema
        .alterTable('clinics')
        .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
        .execute();
    },
  },
  '0005-account-security': {
    async up(db: Kysely<any>) {
      // A member an admin disabled cannot sign in or reset a password; their sessions are gone.
      await db.schema.alterTable('users').addColumn('disabled_at', 'timestamptz').execute();
      // One-time links of every purpose (reset, finishing a sign-up, accepting an invitation), each with what
      // it will create; a new password ends every outstanding link of its member.
      await db.schema
        .createTable('account_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('reset', 'sign-up', 'invitation')`))
        .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
        .addColumn('clinic_id', 'text', (c) => c.references('clinics.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('role', 'text', (c) => c.check(sql`role is null or role in ('admin', 'therapist')`))
        .addColumn('clinic_name', 'text')
        .addColumn('time_zone', 'text')
        .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('used_at', 'timestamptz')
        .execute();
      await db.schema.createIndex('account_links_user').on('account_links').column('user_id').execute();
      await db.schema.createIndex('account_links_clinic').on('account_links').columns(['clinic_id', 'purpose']).execute();
      // Reset links last an hour: the few outstanding ones are not carried over.
      await db.schema.dropTable('password_resets').execute();
      // Attempts and messages counted against a limit (sign-ins, mails), by key, shared by every server process.
      await db.schema
        .createTable('throttle_events')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('throttle_events_key_at').on('throttle_events').columns(['key', 'at']).execute();
      await db.schema.dropTable('sign_in_failures').execute();
      // A follow-up link only ever asks for consent: once used (or replaced) it opens nothing.
      await sql`alter table clinic_sessions alter column follow_up_hash drop not null`.execute(db);
      // Before this, consent made the follow-up link the diary's own link, so the clinic holds it: such diaries are
      // marked, and their page offers the client a new private link.
      await db.schema
        .alterTable('diaries')
        .addColumn('link_known_to_clinic', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
      await sql`update diaries set link_known_to_clinic = true
        where token_hash in (select follow_up_hash from clinic_sessions where follow_up_hash is not null)`.execute(db);
      await sql`update clinic_sessions set follow_up_hash = null where consented_at is not null`.execute(db);
      // Check-ins are rate-limited by the server's clock, not the report's.
      await db.schema.createIndex('check_ins_diary_created').on('check_ins').columns(['diary_id', 'created_at']).execute();
    },
  },
  '0006-alerts': {
    async up(db: Kysely<any>) {
      // How each member hears that a client needs attention: an email at once (on by default), a daily digest in
      // the clinic's time zone, and, for admins who choose it, about every client of the clinic.
      await db.schema
        .alterTable('users')
        .addColumn('alert_instant', 'boolean', (c) => c.notNull().defaultTo(true))
        .addColumn('alert_digest', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('alert_whole_clinic', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
    },
  },
  '0007-reminders': {
    async up(db: Kysely<any>) {
      // Reminders for a person without an account: an email address they chose to give, and their devices' push
      // subscriptions, each deleted with the diary.
      await db.schema.alterTable('diaries').addColumn('reminder_email', 'text').execute();
      await db.schema
        .createTable('push_subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('diary_id', 'text', (c) => c.notNull().references('diaries.id').onDelete('cascade'))
        .addColumn('endpoint', 'text', (c) => c.notNull().unique())
        .addColumn('p256dh', 'text', (c) => c.notNull())
        .addColumn('auth', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('push_subscriptions_diary').on('push_subscriptions').column('diary_id').execute();
      // Links a reminder carries (to open the diary for a few days, to unsubscribe): only their hashes are kept.
      await db.schema
        .createTable('diary_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('diary_id', 'text', (c) => c.notNull().references('diaries.id').onDelete('cascade'))
        .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('open', 'unsubscribe')`))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('diary_links_diary').on('diary_links').column('diary_id').execute();
      // Keys the server makes once and keeps (the VAPID key pair for web push).
      await db.schema
        .createTable('server_keys')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'jsonb', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
    },
  },
  '0008-stopped-check-ins': {
    async up(db: Kysely<any>) {
      // A check-in is kept the moment an emergency answer is given, with only the answers given so far: it may have
      // no pain score, and says that it stopped.
      await sql`alter table check_ins alter column severity drop not null`.execute(db);
      await db.schema
        .alterTable('check_ins')
        .addColumn('stopped', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
    },
  },
  '0009-clients': {
    async up(db: Kysely<any>) {
      // One record per client of a clinic, by the reference the clinic knows them by (the same whatever its case);
      // sessions belong to it. Each existing reference becomes a client, with the id of its first session.
      await db.schema
        .createTable('clinic_clients')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id').onDelete('cascade'))
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await sql`create unique index clinic_clients_reference on clinic_clients (clinic_id, lower(reference))`.execute(db);
      await db.schema
        .alterTable('clinic_sessions')
        .addColumn('client_id', 'text', (c) => c.references('clinic_clients.id').onDelete('cascade'))
        .execute();
      await sql`insert into clinic_clients (id, clinic_id, reference, created_at)
        select distinct on (clinic_id, lower(client_ref)) id, clinic_id, client_ref, created_at
        from clinic_sessions order by clinic_id, lower(client_ref), created_at, id`.execute(db);
      await sql`update clinic_sessions s set client_id = c.id from clinic_clients c
        where c.clinic_id = s.clinic_id and lower(c.reference) = lower(s.client_ref)`.execute(db);
      await db.schema.createIndex('clinic_sessions_client').on('clinic_sessions').columns(['client_id', 'ended_at']).execute();
    },
  },
  '0010-unsubscribe-address': {
    async up(db: Kysely<any>) {
      // An unsubscribe link remembers (as a hash) the address its mail went to. Links made before it stop nothing:
      // each reminder mail carries a new one.
      await db.schema.alterTable('diary_links').addColumn('address_hash', 'text').execute();
    },
  },
  '0011-clinic-contact': {
    async up(db: Kysely<any>) {
      // With the client's own agreement, one way to reach them (phone or email) for this follow-up: deleted with the
      // rest of the diary's side when they stop sharing or delete the diary.
      // When a check-in last raised a need the session did not have (the clinic was told then), and who marked it
      // handled, when, with a short note: the row is new again when a later need is raised.
      await db.schema
        .alterTable('clinic_sessions')
        .addColumn('client_contact', 'text')
        .addColumn('attention_at', 'timestamptz')
        .addColumn('handled_at', 'timestamptz')
        .addColumn('handled_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('handled_note', 'text')
        .execute();
      // The alert pace (issue 24): when the clinic was last mailed about this session's client, and when a later need
      // was held back because that was less than an hour before (the dashboard says so).
      await db.schema
        .alterTable('clinic_sessions')
        .addColumn('alerted_at', 'timestamptz')
        .addColumn('alert_held_at', 'timestamptz')
        .execute();
      // How the clinic's clients reach it, set by an admin and shown in each shared diary.
      await db.schema.alterTable('clinics').addColumn('contact_line', 'text').execute();
    },
  },
  '0012-push-endpoint-check': {
    async up(db: Kysely<any>) {
      // Second audit, finding 1: a push endpoint is kept only at a browser's push service, written the one canonical
      // way, over https on port 443, with no user or password, and read alike by the WHATWG parser and the legacy
      // `url.parse` that web-push sends with. Anything else was never a browser's, and the server must not post there.
      const services = ['fcm.googleapis.com', 'push.services.mozilla.com', 'notify.windows.com', 'push.apple.com'];
      const kept = (endpoint: string) => {
        if (endpoint.length > 2000) return false;
        for (let k = 0; k < endpoint.length; k++) {
          const code = endpoint.charCodeAt(k);
          if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
        }
        let url: URL;
        try {
          url = new URL(endpoint);
        } catch {
          return false;
        }
        const legacy = legacyParse(endpoint);
        return (
          url.href === endpoint &&
          url.protocol === 'https:' &&
          url.username === '' &&
          url.password === '' &&
          url.port === '' &&
          /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(url.hostname) &&
          services.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`)) &&
          legacy.auth === null &&
          legacy.hostname === url.hostname &&
          legacy.port === null &&
          legacy.path === `${url.pathname}${url.search}`
        );
      };
      const rows: { id: string; endpoint: string }[] = await db.selectFrom('push_subscriptions').select(['id', 'endpoint']).execute();
      const refused = rows.filter((row) => !kept(row.endpoint)).map((row) => row.id);
      for (let k = 0; k < refused.length; k += 500)
        await db
          .deleteFrom('push_subscriptions')
          .where('id', 'in', refused.slice(k, k + 500))
          .execute();
    },
  },
  '0013-reminder-address-confirmation': {
    async up(db: Kysely<any>) {
      // Reminder mail goes only to an address that followed the link of a confirmation mail. An address given before
      // stays, unconfirmed: it gets nothing until its diary's page sends it a confirmation link.
      await db.schema.alterTable('diaries').addColumn('reminder_email_confirmed_at', 'timestamptz').execute();
      await sql`alter table diary_links drop constraint diary_links_purpose_check`.execute(db);
      await sql`alter table diary_links add constraint diary_links_purpose_check
        check (purpose in ('open', 'unsubscribe', 'confirm'))`.execute(db);
      // Each confirmation mail sent, by the hash of its address: a few a day to one address, whatever the diary.
      await db.schema
        .createTable('reminder_confirmation_mails')
        .addColumn('address_hash', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('reminder_confirmation_mails_address')
        .on('reminder_confirmation_mails')
        .columns(['address_hash', 'sent_at'])
        .execute();
      // Addresses that stopped reminders from a mail's link, by hash: no diary mails them again.
      await db.schema
        .createTable('reminder_suppressions')
        .addColumn('address_hash', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
    },
  },
  '0014-diary-language': {
    async up(db: Kysely<any>) {
      // A diary's mails, pushes, calendar and PDF are in the language it was started in. Every diary kept before
      // languages came was started in English. The four codes are written out: a migration never imports a constant.
      await sql`alter table diaries add column language text not null default 'en'
        constraint diaries_language_check check (language in ('en', 'es', 'fr', 'de'))`.execute(db);
    },
  },
  '0015-member-language': {
    async up(db: Kysely<any>) {
      // Each clinic member's own language, for their clinic pages and mails. Members from before it read English, as
      // every page was. The check names the languages of this release: adding one adds a migration widening it, so
      // nothing can store a language no catalogue speaks.
      await db.schema
        .alterTable('users')
        .addColumn('language', 'text', (c) =>
          c
            .notNull()
            .defaultTo('en')
            .check(sql`language in ('en', 'es', 'fr', 'de')`),
        )
        .execute();
    },
  },
  '0016-retention': {
    async up(db: Kysely<any>) {
      // Health data is not kept forever (issue 19): a diary nobody used for the retention period is deleted. Its last
      // use is kept on its row (a check-in, or its owner opening it, at most one write an hour), and indexed: the
      // hourly housekeeping finds the diaries past the limit without reading the rest.
      await db.schema.alterTable('diaries').addColumn('last_active_at', 'timestamptz').execute();
      // A diary's last use before this column: its latest check-in, else its start.
      await sql`update diaries d set last_active_at = coalesce(
          (select max(c.created_at) from check_ins c where c.diary_id = d.id), d.created_at)`.execute(db);
      await sql`alter table diaries alter column last_active_at set not null`.execute(db);
      await db.schema.createIndex('diaries_last_active').on('diaries').column('last_active_at').execute();
      // Expired reminder, confirmation and unsubscribe links go in the same hourly round, found by this index.
      await db.schema.createIndex('diary_links_expires').on('diary_links').column('expires_at').execute();
    },
  },
  '0017-housekeeping-indexes': {
    async up(db: Kysely<any>) {
      // The hourly housekeeping also removes what no longer opens or counts anything (issue 19): account links
      // (resets, sign-ups, invitations) and members' sign-in sessions past their end, and throttle events older than
      // any window. Each is one delete found by its own index, not a read of the whole table. throttle_events' index
      // on (key, at) serves the counts, which always name a key; the delete names none.
      await db.schema.createIndex('account_links_expires').on('account_links').column('expires_at').execute();
      await db.schema.createIndex('auth_sessions_expires').on('auth_sessions').column('expires_at').execute();
      await db.schema.createIndex('throttle_events_at').on('throttle_events').column('at').execute();
    },
  },
  '0018-dashboard-order': {
    async up(db: Kysely<any>) {
      // The dashboard lists a clinic's clients (or a therapist's) new needs first, then those marked handled; within
      // each the most urgent, the latest check-in, the newest session (issue 18). Indexed in that order, a page of it
      // is read from the index, not sorted from every client of the clinic on each view. The order's first key, and
      // the indexes before it (made when the order had no "handled"), are replaced.
      const order = sql`(case when handled_at is not null and handled_at >= attention_at then 1 else 0 end),
        urgency desc, latest_at desc nulls last, created_at desc`;
      await sql`create index clinic_sessions_board on clinic_sessions (clinic_id, ${order})`.execute(db);
      await sql`create index clinic_sessions_therapist_board on clinic_sessions (therapist_id, ${order})`.execute(db);
      await db.schema.dropIndex('clinic_sessions_dashboard').execute();
      await db.schema.dropIndex('clinic_sessions_therapist').execute();
    },
  },
  '0019-check-in-count': {
    async up(db: Kysely<any>) {
      // A check-in is numbered, and held to the diary's limits, from the diary's own row (issue 18): how many
      // check-ins it has (numbered from 1 with no gap, so also the number of its latest) and when the latest was kept.
      // The statement that keeps a check-in updates that row first; a check-in sent at the same moment waits for the
      // row and then reads it as the first left it, so one statement both locks the diary and checks its limits,
      // where a count of the diary's check-ins would miss one kept while it waited.
      await db.schema
        .alterTable('diaries')
        .addColumn('check_ins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_check_in_at', 'timestamptz')
        .execute();
      await sql`update diaries d set check_ins = c.last_seq, last_check_in_at = c.latest
        from (select diary_id, max(seq) as last_seq, max(created_at) as latest from check_ins group by diary_id) c
        where c.diary_id = d.id`.execute(db);
    },
  },
};

/** The schema version this code writes; a database marked with a higher one came from a newer Aftercare. */
export const schemaVersion = Object.keys(migrations).length;
