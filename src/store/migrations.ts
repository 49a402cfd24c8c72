// One set of migrations for both engines (PGlite is PostgreSQL), applied at start, in order.
import { sql, type Kysely, type Migration } from 'kysely';

/** A clinic session's copy of its diary's latest state, emptied: what stopping to share leaves behind. */
export const clearedSummarySql = 'urgency = 0, latest_level = null, latest_at = null, check_ins = 0, pressure_flag = false, not_easing_flag = false, local_signs = false';

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
      await db.schema.createIndex('clinic_sessions_dashboard').on('clinic_sessions').columns(['clinic_id', 'urgency desc', 'latest_at desc']).execute();
      await db.schema.createIndex('clinic_sessions_therapist').on('clinic_sessions').columns(['therapist_id', 'urgency desc', 'latest_at desc']).execute();
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
      await sql`update clinic_sessions set sharing_stopped_at = now(), ${sql.raw(clearedSummarySql)}
        where diary_id is null and consented_at is not null`.execute(db);
    },
  },
  '0004-clinic-time-zone': {
    async up(db: Kysely<any>) {
      // The clinic's pages show times, and read the times a therapist types, in the clinic's own zone.
      await db.schema.alterTable('clinics').addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC')).execute();
    },
  },
};

/** The schema version this code writes; a database marked with a higher one came from a newer Aftercare. */
export const schemaVersion = Object.keys(migrations).length;
