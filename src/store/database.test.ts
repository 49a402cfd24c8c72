// The embedded database refuses what it must not touch, and leaves it exactly as it was.
import { databaseBefore } from '../../test/support/older-database.ts';
import { postgresUrl } from '../../test/support/postgres-url.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  DatabaseRefusedError,
  embeddedBuffers,
  embeddedTemplate,
  openClone,
  openDatabase,
  openIsolatedPostgres,
  sharedSchemasLock,
  dropSharedSchema,
} from './database.ts';
import { FolderLockedError, lockFolder, startTimeOf } from './lock.ts';
import { hostname } from 'node:os';
import { migrations, schemaVersion } from './migrations.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'aftercare-db-'));
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe("a test's clone of the migrated template", () => {
  it('is closed with its database: an open clone would keep its memory, about 250 MB, until the process ends', async () => {
    const template = await embeddedTemplate();
    const clones: Awaited<ReturnType<typeof template.clone>>[] = [];
    const clone = template.clone.bind(template);
    template.clone = async () => {
      clones.push(await clone());
      return clones.at(-1)!;
    };
    const database = await openClone(template);
    expect(clones).toHaveLength(1);
    expect(clones[0]!.closed).toBe(false);
    await database.close();
    expect(clones[0]!.closed).toBe(true);
    expect(template.closed).toBe(false);
    await template.close();
  });
});

describe('bringing an older database up to date', () => {
  it('schema 2 to now: a shared diary deleted before leaves its clinic the session, marked as stopped, and nothing of the diary; the clinic keeps UTC', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const pglite = await PGlite.create();
    const old = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
    const upTo2 = { '0001-diaries': migrations['0001-diaries']!, '0002-clinics': migrations['0002-clinics']! };
    expect((await new Migrator({ db: old, provider: { getMigrations: async () => upTo2 } }).migrateToLatest()).error).toBeUndefined();
    const at = new Date('2026-03-02T18:00:00Z');
    await old.insertInto('clinics').values({ id: 'c', name: 'Calm Hands', created_at: at }).execute();
    await old
      .insertInto('users')
      .values({ id: 'u', clinic_id: 'c', email: 'u@example.org', name: 'Sam', role: 'therapist', created_at: at })
      .execute();
    const session = { clinic_id: 'c', therapist_id: 'u', client_ref: 'A', ended_at: at, massage: '{}', created_at: at, diary_id: null };
    await old
      .insertInto('clinic_sessions')
      .values([
        {
          ...session,
          id: 'deleted',
          follow_up_hash: 'h1',
          consented_at: at,
          urgency: 13,
          latest_level: 'urgent',
          latest_at: at,
          check_ins: 3,
          pressure_flag: true,
          local_signs: true,
        },
        { ...session, id: 'waiting', follow_up_hash: 'h2', consented_at: null },
      ])
      .execute();
    await old.destroy();

    const database = await openDatabase({ pglite });
    try {
      const rows = await database.db.selectFrom('clinic_sessions').selectAll().orderBy('id').execute();
      expect(rows[0]).toMatchObject({
        id: 'deleted',
        urgency: 0,
        latest_level: null,
        latest_at: null,
        check_ins: 0,
        pressure_flag: false,
        local_signs: false,
      });
      expect(rows[0]!.sharing_stopped_at).toBeInstanceOf(Date);
      expect(rows[1]).toMatchObject({ id: 'waiting', sharing_stopped_at: null });
      // A clinic from before time zones keeps showing UTC, as it did.
      expect(await database.db.selectFrom('clinics').select('time_zone').executeTakeFirst()).toEqual({ time_zone: 'UTC' });
    } finally {
      await database.close();
      await pglite.close();
    }
  });
});

describe('bringing a schema-4 database up to date (account security)', () => {
  it('a diary whose link was its follow-up link is marked as known to the clinic; used follow-up links open nothing; throttles start afresh', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const pglite = await PGlite.create();
    const old = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
    const upTo4 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
    expect((await new Migrator({ db: old, provider: { getMigrations: async () => upTo4 } }).migrateToLatest()).error).toBeUndefined();
    const at = new Date('2026-03-02T18:00:00Z');
    await old.insertInto('clinics').values({ id: 'c', name: 'Calm Hands', created_at: at }).execute();
    await old
      .insertInto('users')
      .values({ id: 'u', clinic_id: 'c', email: 'u@example.org', name: 'Sam', role: 'therapist', created_at: at })
      .execute();
    await old
      .insertInto('diaries')
      .values([
        { id: 'shared', token_hash: 'same-hash', created_at: at, massage: '{}', time_zone: 'UTC' },
        { id: 'own', token_hash: 'own-hash', created_at: at, massage: '{}', time_zone: 'UTC' },
      ])
      .execute();
    const session = { clinic_id: 'c', therapist_id: 'u', client_ref: 'A', ended_at: at, massage: '{}', created_at: at };
    await old
      .insertInto('clinic_sessions')
      .values([
        { ...session, id: 'consented', follow_up_hash: 'same-hash', diary_id: 'shared', consented_at: at },
        { ...session, id: 'waiting', follow_up_hash: 'waiting-hash', diary_id: null, consented_at: null },
      ])
      .execute();
    await old.insertInto('sign_in_failures').values({ key: 'email:u@example.org', at }).execute();
    await old.destroy();

    const database = await openDatabase({ pglite });
    try {
      const diaries = await database.db.selectFrom('diaries').select(['id', 'link_known_to_clinic']).orderBy('id').execute();
      expect(diaries).toEqual([
        { id: 'own', link_known_to_clinic: false },
        { id: 'shared', link_known_to_clinic: true },
      ]);
      const sessions = await database.db
        .selectFrom('clinic_sessions')
        .select(['id', 'follow_up_hash', 'client_id'])
        .orderBy('id')
        .execute();
      // Both sessions of client "A" are under one client record, with the id of its first session.
      expect(sessions).toEqual([
        { id: 'consented', follow_up_hash: null, client_id: 'consented' },
        { id: 'waiting', follow_up_hash: 'waiting-hash', client_id: 'consented' },
      ]);
      expect(await database.db.selectFrom('clinic_clients').select(['id', 'clinic_id', 'reference']).execute()).toEqual([
        { id: 'consented', clinic_id: 'c', reference: 'A' },
      ]);
      expect(await database.db.selectFrom('throttle_events').selectAll().execute()).toEqual([]);
    } finally {
      await database.close();
      await pglite.close();
    }
  });
});

describe('second audit 1: migration 0012 forgets the push endpoints the server must not post to', () => {
  it('keeps a browser push service endpoint; deletes the allow-list bypasses, credentials, ports and hosts inside the network', async () => {
    const { pglite, old } = await databaseBefore('0012');
    const at = new Date('2026-03-02T18:00:00Z');
    await old.insertInto('diaries').values({ id: 'd', token_hash: 'h', created_at: at, massage: '{}', time_zone: 'UTC' }).execute();
    const endpoints = {
      fcm: 'https://fcm.googleapis.com/fcm/send/abc:APA91b-x',
      mozilla: 'https://updates.push.services.mozilla.com/wpush/v2/gAAAA-x',
      semicolon: 'https://127.0.0.1;.fcm.googleapis.com/x',
      quote: "https://127.0.0.1'.fcm.googleapis.com/x",
      credentials: 'https://user:pass@fcm.googleapis.com/x',
      port: 'https://fcm.googleapis.com:444/x',
      loopback: 'https://127.0.0.1:4443/push/x',
      internal: 'https://metadata.google.internal/x',
      unescaped: "https://fcm.googleapis.com/a'b",
    };
    await old
      .insertInto('push_subscriptions')
      .values(Object.entries(endpoints).map(([id, endpoint]) => ({ id, diary_id: 'd', endpoint, p256dh: 'k', auth: 'a', created_at: at })))
      .execute();
    await old.destroy();

    const database = await openDatabase({ pglite });
    try {
      const kept = await database.db.selectFrom('push_subscriptions').select('id').orderBy('id').execute();
      expect(kept.map((r) => r.id)).toEqual(['fcm', 'mozilla']);
    } finally {
      await database.close();
      await pglite.close();
    }
  });
});

describe('migration 0015 gives each clinic member a language (issue 17)', () => {
  it('existing members read English; a language no catalogue speaks is refused', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const pglite = await PGlite.create();
    const old = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0015'));
    expect((await new Migrator({ db: old, provider: { getMigrations: async () => before } }).migrateToLatest()).error).toBeUndefined();
    const at = new Date('2026-03-02T18:00:00Z');
    await old.insertInto('clinics').values({ id: 'c', name: 'Calm Hands', time_zone: 'UTC', created_at: at }).execute();
    await old
      .insertInto('users')
      .values({ id: 'u', clinic_id: 'c', email: 'u@example.org', name: 'Sam', role: 'therapist', created_at: at })
      .execute();
    await old.destroy();

    const database = await openDatabase({ pglite });
    try {
      const row = await database.db.selectFrom('users').select('language').where('id', '=', 'u').executeTakeFirstOrThrow();
      expect(row.language).toBe('en');
      await database.db.updateTable('users').set({ language: 'de' }).where('id', '=', 'u').execute();
      await expect(database.db.updateTable('users').set({ language: 'xx' }).where('id', '=', 'u').execute()).rejects.toThrow(/check/);
      const kept = await database.db.selectFrom('users').select('language').where('id', '=', 'u').executeTakeFirstOrThrow();
      expect(kept.language).toBe('de');
    } finally {
      await database.close();
      await pglite.close();
    }
  }, 120_000); // PGlite runs every migration: slow on a busy machine
});

describe('opening the embedded database', () => {
  it('creates and migrates a new one, and opens it again', async () => {
    const dir = folder();
    const first = await openDatabase({ dataDir: dir });
    await first.db.insertInto('aftercare_meta').values({ key: 'probe', value: 'kept' }).execute();
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    const row = await again.db.selectFrom('aftercare_meta').select('value').where('key', '=', 'probe').executeTakeFirst();
    expect(row?.value).toBe('kept');
    await again.close();
  });

  it('keeps 32 MB of buffers, not the 128 MB whose clearing was the largest cost of a restart (issue 18)', async () => {
    const database = await openDatabase({ dataDir: folder() });
    const shown = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db);
    expect(shown.rows[0]?.shared_buffers).toBe(embeddedBuffers);
    await database.close();
  });

  it('opens an up-to-date one from its schema version alone: the migrator does not run again (issue 18)', async () => {
    const dir = folder();
    const first = await openDatabase({ dataDir: dir });
    // Were the migrator to run, it would find the last migration missing and run it again over its own tables.
    const last = Object.keys(migrations).sort().at(-1)!;
    await sql`delete from kysely_migration where name = ${last}`.execute(first.db);
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    const rows = await sql<{ name: string }>`select name from kysely_migration where name = ${last}`.execute(again.db);
    expect(rows.rows).toEqual([]);
    await again.close();
  });

  it('refuses a damaged database with a clear message and does not change it', async () => {
    const dir = folder();
    await (await openDatabase({ dataDir: dir })).close();
    const control = join(dir, 'pglite', 'global', 'pg_control');
    writeFileSync(control, Buffer.alloc(8192, 0x41));
    const before = digest(control);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/could not be opened; it may be damaged.*has not changed it/s);
    expect(digest(control)).toBe(before);
    // The lock was released: the folder is not left locked by a refusal.
    expect(existsSync(join(dir, 'aftercare.lock'))).toBe(false);
  });

  it('refuses a database from a newer Aftercare and leaves its version as it was', async () => {
    const dir = folder();
    const database = await openDatabase({ dataDir: dir });
    await sql`update aftercare_meta set value = ${String(schemaVersion + 1)} where key = 'schema_version'`.execute(database.db);
    await database.close();
    const refusal = await openDatabase({ dataDir: dir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DatabaseRefusedError);
    expect((refusal as Error).message).toContain(
      `newer version of Aftercare (schema ${schemaVersion + 1}; this version knows up to ${schemaVersion})`,
    );
    // Read it with the engine directly: the marker is untouched.
    const { PGlite } = await import('@electric-sql/pglite');
    const raw = await PGlite.create(join(dir, 'pglite'));
    const { rows } = await raw.query<{ value: string }>(`select value from aftercare_meta where key = 'schema_version'`);
    expect(rows[0]?.value).toBe(String(schemaVersion + 1));
    await raw.close();
  });

  it('refuses a folder that holds something other than a database', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'pglite'));
    writeFileSync(join(dir, 'pglite', 'notes.txt'), 'mine');
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/not an Aftercare database/);
    expect(readFileSync(join(dir, 'pglite', 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('the data folder lock', () => {
  const lockOf = (pid: number, started: string | null) => JSON.stringify({ pid, started, host: hostname() });
  it('refuses while another live process holds it', () => {
    const dir = folder();
    writeFileSync(join(dir, 'aftercare.lock'), lockOf(process.ppid, startTimeOf(process.ppid)));
    expect(() => lockFolder(dir)).toThrow(FolderLockedError);
  });
  it('takes over a lock left by a process that is gone', () => {
    const dir = folder();
    writeFileSync(join(dir, 'aftercare.lock'), lockOf(999_999_999, '1'));
    const lock = lockFolder(dir);
    expect(JSON.parse(readFileSync(join(dir, 'aftercare.lock'), 'utf8'))).toEqual({
      pid: process.pid,
      started: startTimeOf(process.pid),
      host: hostname(),
    });
    lock.release();
    expect(existsSync(join(dir, 'aftercare.lock'))).toBe(false);
  });
  it('takes over a stale lock whose pid now belongs to an unrelated live process (started at another time)', () => {
    const dir = folder();
    // The parent process is alive, but the lock says its holder started at another moment: not the same process.
    expect(startTimeOf(process.ppid)).not.toBeNull();
    writeFileSync(join(dir, 'aftercare.lock'), lockOf(process.ppid, '1'));
    const lock = lockFolder(dir);
    lock.release();
  });
  it('still reads a lock written by an earlier version (the pid alone)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'aftercare.lock'), String(process.ppid));
    expect(() => lockFolder(dir)).toThrow(FolderLockedError);
    writeFileSync(join(dir, 'aftercare.lock'), '999999999');
    lockFolder(dir).release();
  });
});

describe('issue 17: migration 0014 gives every diary a language', () => {
  it('a diary kept before it was started in English; a new one takes the language it is given', async () => {
    const { pglite, old } = await databaseBefore('0014');
    const at = new Date('2026-03-02T18:00:00Z');
    await old.insertInto('diaries').values({ id: 'old', token_hash: 'h', created_at: at, massage: '{}', time_zone: 'UTC' }).execute();
    await old.destroy();

    const database = await openDatabase({ pglite });
    try {
      const row = await database.db.selectFrom('diaries').select(['id', 'language']).executeTakeFirstOrThrow();
      expect(row).toEqual({ id: 'old', language: 'en' });
      await database.db
        .insertInto('diaries')
        .values({ id: 'new', token_hash: 'h2', created_at: at, last_active_at: at, massage: '{}', time_zone: 'UTC', language: 'fr' })
        .execute();
      expect((await database.db.selectFrom('diaries').select('language').where('id', '=', 'new').executeTakeFirstOrThrow()).language).toBe(
        'fr',
      );
    } finally {
      await database.close();
      await pglite.close();
    }
  });
});

describe("tests' schemas on one shared PostgreSQL", () => {
  const url = postgresUrl('the test of the shared schema lock');
  // The migrator reads every schema's tables; a schema dropped meanwhile failed that read ("schema … does not exist")
  // when test files ran at once.
  it.runIf(url)(
    'a schema is brought up to date only while none is being dropped, and dropped only while none is being brought up to date',
    async () => {
      const other = new pg.Client({ connectionString: url });
      await other.connect();
      const settledWithin = async (promise: Promise<unknown>, ms: number) =>
        Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);
      try {
        // Another test drops its schema: this one waits to migrate.
        await other.query('select pg_advisory_lock($1::bigint)', [sharedSchemasLock]);
        const opening = openIsolatedPostgres(url!);
        expect(await settledWithin(opening, 500)).toBe(false);
        await other.query('select pg_advisory_unlock($1::bigint)', [sharedSchemasLock]);
        const database = await opening;
        // Another test migrates its schema: this one waits to drop.
        await other.query('select pg_advisory_lock_shared($1::bigint)', [sharedSchemasLock]);
        const closing = database.close();
        expect(await settledWithin(closing, 500)).toBe(false);
        await other.query('select pg_advisory_unlock_shared($1::bigint)', [sharedSchemasLock]);
        await closing;
      } finally {
        await other.end();
      }
    },
  );
  it.runIf(url)("a drop chosen as a deadlock's victim is tried again; any other failure is not", async () => {
    const database = await openIsolatedPostgres(url!);
    const { schema } = (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]!;
    let drops = 0;
    const failing = (code: string) =>
      database.db.withPlugin({
        // The first drop fails as PostgreSQL fails a deadlock's victim; the statement never reaches the database.
        transformQuery: ({ node }) => {
          if (node.kind === 'RawNode' && node.sqlFragments.join('').startsWith('drop schema') && drops++ === 0)
            throw Object.assign(new Error('deadlock detected'), { code });
          return node;
        },
        transformResult: async ({ result }) => result,
      });
    await expect(dropSharedSchema(failing('23505'), schema)).rejects.toMatchObject({ code: '23505' });
    expect(drops).toBe(1);
    drops = 0;
    await dropSharedSchema(failing('40P01'), schema);
    expect(drops).toBe(2);
    const left = await sql<{ n: number }>`select count(*)::int as n from pg_namespace where nspname = ${schema}`.execute(database.db);
    expect(left.rows[0]!.n).toBe(0);
    await database.close();
  });
});
