// The dashboard's page is read from an index in its own order (migration 0018), on both engines: a clinic's page of
// clients costs the page, not a sort of every client it has (issue 18).
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresUrl } from '../../test/support/postgres-url.ts';
import { boardPage } from './clinic-dashboard.ts';
import { boardQuery } from './clinic-sessions.ts';
import { embeddedTemplate, openClone, openIsolatedPostgres, type Database } from './database.ts';

const url = postgresUrl("the tests of the dashboard's order");
const engines: [string, () => Promise<Database>][] = [['PGlite', async () => openClone(await embeddedTemplate())]];
if (url) engines.push(['PostgreSQL', () => openIsolatedPostgres(url)]);

describe.each(engines)('the order of the dashboard on %s', { timeout: 120_000 }, (_engine, open) => {
  let database: Database | undefined;
  afterAll(async () => database?.close());

  /**
   * The plan of a page, with sorting ruled out where anything else can give the order: planned for the scope's values,
   * or (`generic`) the one plan PostgreSQL keeps for the prepared statement from its sixth run on a connection.
   */
  async function planOf(scope: { clinicId: string; therapistId: string | null }, generic = false) {
    database ??= await open();
    return database.db.transaction().execute(async (transaction) => {
      await sql`set local enable_sort = off`.execute(transaction);
      const page = boardPage(boardQuery(transaction), scope, 0);
      if (!generic) return (await page.explain()).map((row) => String(Object.values(row)[0])).join('\n');
      const { sql: text, parameters } = page.compile();
      await sql`set local plan_cache_mode = force_generic_plan`.execute(transaction);
      await sql.raw(`prepare board_probe as ${text}`).execute(transaction);
      const rows = await sql`explain execute board_probe(${sql.join(parameters.map((value) => sql.lit(value)))})`.execute(transaction);
      await sql`deallocate board_probe`.execute(transaction);
      return rows.rows.map((row) => String(Object.values(row as object)[0])).join('\n');
    });
  }

  for (const generic of [false, true]) {
    const planned = generic ? 'on its generic plan' : 'planned for its values';
    it(`a clinic's page of clients is read from clinic_sessions_board, in order, unsorted (${planned})`, async () => {
      const plan = await planOf({ clinicId: 'clinic', therapistId: null }, generic);
      // A generic plan names the parameter where a plan for the values names the clinic.
      expect(plan).toContain(generic ? '$1' : "'clinic'");
      expect(plan).toContain('clinic_sessions_board');
      expect(plan).not.toMatch(/\bSort\b/);
    });

    it(`a therapist's page is read from clinic_sessions_therapist_board, in order, unsorted (${planned})`, async () => {
      const plan = await planOf({ clinicId: 'clinic', therapistId: 'therapist' }, generic);
      expect(plan).toContain('clinic_sessions_therapist_board');
      expect(plan).not.toMatch(/\bSort\b/);
    });
  }
});
