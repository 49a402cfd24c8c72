// One set of migrations for both engines (PGlite is PostgreSQL), applied at start, in order.
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
};

/** The schema version this code writes; a database marked with a higher one came from a newer Aftercare. */
export const schemaVersion = Object.keys(migrations).length;
