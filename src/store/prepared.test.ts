// Queries with parameters are prepared statements (issue 18): PostgreSQL parses and plans a text once per connection
// instead of on every request. On both engines: PGlite always; PostgreSQL when DATABASE_URL is set (required under CI).
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUrl } from '../../test/support/postgres-url.ts';
import { clinicDashboardStore } from './clinic-dashboard.ts';
import { embeddedTemplate, openClone, openDatabase, openIsolatedPostgres, preparedLimit, type Database } from './database.ts';
import type { Schema } from './schema.ts';

const url = postgresUrl('the tests of prepared statements');
const template = await embeddedTemplate();
const engines: [string, () => Promise<Database>][] = [['PGlite (embedded)', () => openClone(template)]];
if (url) engines.push(['PostgreSQL', () => openIsolatedPostgres(url)]);
afterAll(() => template.close());

/** This connection's prepared statements that Aftercare named, with how many times each ran. */
const preparedHere = async (db: Kysely<Schema>) =>
  (
    await sql<{ name: string; statement: string; runs: number }>`
      select name, statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements
      where name like 'aftercare\\_%' order by prepare_time`.execute(db)
  ).rows;

for (const [engine, open] of engines) {
  describe(`prepared statements on ${engine}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await open();
    });
    afterAll(() => database.close());

    it('a text with parameters is parsed once on a connection and then run again by its name, whatever the values', async () => {
      await database.db.connection().execute(async (db) => {
        for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
          expect(await db.selectFrom('diaries').select('id').where('id', '=', id).execute()).toEqual([]);
        }
        const diaryReads = (await preparedHere(db)).filter((p) => p.statement.includes('from "diaries"'));
        expect(diaryReads).toHaveLength(1);
        expect(diaryReads[0]!.runs).toBe(7);
      });
    });

    it('a text without parameters (begin, commit, a migration) is not prepared', async () => {
      await database.db.connection().execute(async (db) => {
        await sql`select count(*) from diaries`.execute(db);
        await db.transaction().execute(async (transaction) => sql`select 1 as one`.execute(transaction));
        const statements = (await preparedHere(db)).map((p) => p.statement);
        expect(statements.filter((s) => /count\(\*\) from diaries|select 1 as one|^begin|^commit/i.test(s))).toEqual([]);
      });
    });

    it('a statement gone stale (a table it reads changed under it) fails once; its text is prepared afresh the next time', async () => {
      await database.db.connection().execute(async (db) => {
        await sql`create table stale_probe (id text primary key)`.execute(db);
        await sql`insert into stale_probe values ('a')`.execute(db);
        const read = async () => (await sql`select * from stale_probe where id = ${'a'}`.execute(db)).rows;
        expect(await read()).toEqual([{ id: 'a' }]);
        // As another process's migration would: the prepared `select *` now has a column more.
        await sql`alter table stale_probe add column note text`.execute(db);
        await expect(read()).rejects.toMatchObject({ code: '0A000' });
        expect(await read()).toEqual([{ id: 'a', note: null }]);
        await sql`drop table stale_probe`.execute(db);
      });
    });

    // On PostgreSQL only: through PGlite's adapter such a value leaves the connection unusable, named or not (PGlite
    // 0.5 answers "invalid message format" to the next query). The app sends no such value.
    if (engine === 'PostgreSQL')
      it('a value node-postgres cannot send fails that query only: the same text runs again after it', async () => {
        await database.db.connection().execute(async (db) => {
          const echo = async (value: unknown) => (await sql<{ v: string }>`select ${value}::text as v`.execute(db)).rows;
          expect(await echo('x')).toEqual([{ v: 'x' }]);
          const circular: Record<string, unknown> = {};
          circular.self = circular;
          // node-postgres cannot write it, and closes the statement on the connection.
          await expect(echo(circular)).rejects.toThrow();
          expect(await echo('y')).toEqual([{ v: 'y' }]);
        });
      });

    it("the dashboard's first page keeps one generic plan from its sixth run; a later page keeps its offset a parameter", async () => {
      await database.db.connection().execute(async (db) => {
        const board = clinicDashboardStore(db);
        for (const therapistId of [null, 'therapist'])
          for (let k = 0; k < 8; k++) await board.dashboardRows({ clinicId: 'clinic', therapistId }, 0);
        await board.dashboardRows({ clinicId: 'clinic', therapistId: null }, 3);
        const pages = (
          await sql<{ statement: string; generic: number; custom: number }>`
          select statement, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements
          where name like 'aftercare\\_%' and statement like '%from "clinic_sessions" as "s" inner join%'
          order by prepare_time`.execute(db)
        ).rows;
        // One text for the clinic's first page and one for a therapist's: each planned for its values the first five
        // times, then run on one generic plan. Before, both were planned again at every one of the eight.
        expect(pages.slice(0, 2).map(({ generic, custom }) => ({ generic, custom }))).toEqual([
          { generic: 3, custom: 5 },
          { generic: 3, custom: 5 },
        ]);
        expect(pages[0]!.statement).toMatch(/limit 51$/);
        expect(pages[2]!.statement).toMatch(/limit 51 offset \$\d+$/);
      });
    });

    it(`a pool names at most ${preparedLimit} texts: every text past them still runs, unnamed, and none is lost`, async () => {
      await database.db.connection().execute(async (db) => {
        const extra = 7;
        for (let k = 0; k < preparedLimit + extra; k++) {
          const { rows } = await sql<{ n: number }>`select ${sql.raw(String(k))}::int + ${1}::int as n`.execute(db);
          expect(rows[0]!.n).toBe(k + 1);
        }
        expect((await preparedHere(db)).length).toBeLessThanOrEqual(preparedLimit);
      });
    });
  });
}

describe('prepared statements while a database is brought up to date', () => {
  it("none: the migrations and the migrator's reading of the catalogue are planned afresh", async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create();
    try {
      const database = await openDatabase({ pglite });
      expect((await sql<{ name: string }>`select name from pg_prepared_statements`.execute(database.db)).rows).toEqual([]);
      await database.db.selectFrom('diaries').select('id').where('id', '=', 'x').execute();
      expect((await preparedHere(database.db)).map((p) => p.statement)).toEqual([expect.stringContaining('from "diaries"')]);
      await database.db.destroy();
    } finally {
      await pglite.close();
    }
  });
});

describe('prepared statements over one embedded database opened again', () => {
  it('a second pool over the same PGlite names its statements apart: the first pool left its own in the database', async () => {
    const pglite = await template.clone();
    try {
      const read = (db: Kysely<Schema>) => db.selectFrom('diaries').select('id').where('id', '=', 'x').execute();
      const first = await openDatabase({ pglite });
      await read(first.db);
      await first.db.destroy();
      const second = await openDatabase({ pglite });
      expect(await read(second.db)).toEqual([]);
      const names = (await sql<{ name: string }>`select name from pg_prepared_statements`.execute(second.db)).rows.map((r) => r.name);
      expect(new Set(names.map((n) => n.split('_').slice(0, 2).join('_'))).size).toBeGreaterThanOrEqual(2);
      await second.db.destroy();
    } finally {
      await pglite.close();
    }
  });
});
