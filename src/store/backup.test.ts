// Backup and restore of the embedded database through the command line: a database with diaries and clinics is
// backed up, restored into an empty data folder, and every row of every table is found there; what could lose data
// (a backup over a file, a restore over a database, a backup while a server runs) is refused.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { main, type CliDeps } from '../cli/main.ts';
import { buildApp } from '../server/app.ts';
import { clinicMemberStore } from './clinic-members.ts';
import { openDatabase } from './database.ts';

/** Runs the command line; `language` is the computer's locale (LANG), English when not given. */
async function cli(argv: string[], env: Record<string, string>, language?: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const deps: CliDeps = {
    stdin: Readable.from(['']),
    stdout,
    stderr,
    readFile: async () => '',
    now: () => new Date(),
    timeZone: 'UTC',
    isTerminal: false,
    language,
    env,
  };
  const code = await main(deps, argv);
  return { code, out, err };
}

/** Every table of the database (Aftercare's and the job queue's): its row count and a digest of all its rows. */
async function fingerprint(dataDir: string): Promise<Record<string, string>> {
  const database = await openDatabase({ dataDir });
  try {
    const tables = await sql<{ schema: string; name: string }>`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by 1, 2`.execute(database.db);
    const prints: Record<string, string> = {};
    for (const { schema, name } of tables.rows) {
      const table = sql.table(`${schema}.${name}`);
      const { rows } = await sql<{ n: string; digest: string | null }>`
        select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t`.execute(database.db);
      prints[`${schema}.${name}`] = `${rows[0]!.n} ${rows[0]!.digest ?? ''}`;
    }
    return prints;
  } finally {
    await database.close();
  }
}

async function databaseWithPeople(dataDir: string) {
  const database = await openDatabase({ dataDir });
  const app = buildApp({ db: database.db });
  try {
    for (let k = 0; k < 3; k++) {
      const created = await app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) });
      expect(created.statusCode).toBe(201);
    }
    await clinicMemberStore(database.db).createClinic({
      clinicId: '00000000-0000-4000-8000-000000000001',
      clinicName: 'Calm Hands',
      timeZone: 'Europe/London',
      userId: '00000000-0000-4000-8000-000000000002',
      email: 'admin@example.com',
      name: 'Ada',
      passwordHash: 'scrypt$not-a-real-hash',
      at: new Date('2026-03-03T09:00:00Z'),
    });
  } finally {
    await app.close();
    await database.close();
  }
}

describe('backup FILE and restore FILE (the embedded database)', () => {
  it('restores every row of every table into an empty data folder, and refuses what could lose data', async () => {
    const work = mkdtempSync(join(tmpdir(), 'aftercare-backup-'));
    const [original, restored, file] = [join(work, 'data'), join(work, 'restored'), join(work, 'aftercare.backup')];
    await databaseWithPeople(original);
    const before = await fingerprint(original);
    expect(before['public.diaries']).toMatch(/^3 /);
    expect(before['public.check_ins']).toMatch(/^3 /);
    expect(before['public.clinics']).toMatch(/^1 /);

    const backedUp = await cli(['backup', file], { AFTERCARE_DATA_DIR: original });
    expect(backedUp, backedUp.err).toMatchObject({ code: 0 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await cli(['backup', file], { AFTERCARE_DATA_DIR: original })).toMatchObject({
      code: 1,
      err: expect.stringMatching(/already exists/),
    });

    const back = await cli(['restore', file], { AFTERCARE_DATA_DIR: restored });
    expect(back, back.err).toMatchObject({ code: 0 });
    expect(await fingerprint(restored)).toEqual(before);

    // A restore never goes over a database, and leaves it as it was.
    expect(await cli(['restore', file], { AFTERCARE_DATA_DIR: original })).toMatchObject({
      code: 1,
      err: expect.stringMatching(/is not empty/),
    });
    expect(await fingerprint(original)).toEqual(before);
  }, 120_000);

  it('refuses a backup while a server holds the data folder, a file that is not a backup, and PostgreSQL', async () => {
    const work = mkdtempSync(join(tmpdir(), 'aftercare-backup-'));
    const dataDir = join(work, 'data');
    const running = await openDatabase({ dataDir });
    try {
      const refused = await cli(['backup', join(work, 'b')], { AFTERCARE_DATA_DIR: dataDir });
      expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/in use by another Aftercare process/) });
      // lang17c
      expect((await cli(['backup', join(work, 'b')], { AFTERCARE_DATA_DIR: dataDir }, 'es_ES')).err).toContain(
        `otro proceso de Aftercare está usando la carpeta de datos ${dataDir} (pid ${process.pid})`,
      );
    } finally {
      await running.close();
    }
    const junk = join(work, 'junk');
    writeFileSync(junk, 'not a backup');
    const empty = join(work, 'empty');
    expect(await cli(['restore', junk], { AFTERCARE_DATA_DIR: empty })).toMatchObject({
      code: 1,
      err: expect.stringMatching(/is not a backup/),
    });
    // The half-written folder is gone: a real backup can go there now.
    expect(await cli(['backup', join(work, 'real')], { AFTERCARE_DATA_DIR: dataDir })).toMatchObject({ code: 0 });
    expect(await cli(['restore', join(work, 'real')], { AFTERCARE_DATA_DIR: empty })).toMatchObject({ code: 0 });
    expect(await cli(['backup', join(work, 'pg')], { DATABASE_URL: 'postgres://a@db/x' })).toMatchObject({
      code: 64,
      err: expect.stringMatching(/pg_dump/),
    });
    expect(await cli(['backup'], {})).toMatchObject({ code: 64, err: expect.stringMatching(/backup needs one FILE/) });
  }, 120_000);

  // lang17c
  it('says why a backup or a restore failed in the reader’s language, by the error’s code, never in Node’s English', async () => {
    const work = mkdtempSync(join(tmpdir(), 'aftercare-backup-'));
    const [dataDir, missing] = [join(work, 'data'), join(work, 'no-such.backup')];
    const restore = await cli(['restore', missing], { AFTERCARE_DATA_DIR: join(work, 'empty') }, 'es_ES');
    expect(restore).toMatchObject({ code: 1 });
    expect(restore.err).toBe(`aftercare: no se ha restaurado nada: no se puede leer ${missing}: no existe ese archivo\n`);
    expect((await cli(['backup', join(work, 'b')], { AFTERCARE_DATA_DIR: dataDir }, 'de_DE')).err).toBe(
      `aftercare: es wurde keine Sicherung erstellt: in ${dataDir} gibt es keine Aftercare-Datenbank\n`,
    );
    await (await openDatabase({ dataDir })).close();
    const intoNowhere = join(work, 'no-such-folder', 'aftercare.backup');
    const written = await cli(['backup', intoNowhere], { AFTERCARE_DATA_DIR: dataDir }, 'fr_FR');
    expect(written).toMatchObject({ code: 1 });
    expect(written.err).toBe(`aftercare: aucune sauvegarde n’a été faite\u00a0: le dossier où il doit aller n’existe pas\n`);
  }, 120_000);
});
