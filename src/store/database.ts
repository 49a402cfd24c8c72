// Opens the database: embedded PGlite under AFTERCARE_DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
// Either way the same migrations run at start, and a damaged database or one from a newer Aftercare is refused
// with a clear message and left exactly as it was.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  type PostgresCursor,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from 'kysely';
import pg from 'pg';
import type { PGlite, PGliteInterface } from '@electric-sql/pglite';
import { lockFolder } from './lock.ts';
import { migrations, schemaVersion } from './migrations.ts';
import type { Schema } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  readonly db: Kysely<Schema>;
  readonly engine: Engine;
  /** How busy the connection pool is now (the operator's metrics). */
  poolUse(): PoolUse;
  close(): Promise<void>;
}

export interface PoolUse {
  readonly total: number;
  readonly idle: number;
  /** Queries waiting for a connection. */
  readonly waiting: number;
}

const useOf = (pool: pg.Pool) => (): PoolUse => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });

export class DatabaseRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the embedded engine is used. */
  readonly databaseUrl?: string;
  /** The most connections to PostgreSQL kept open at once (10 unless given). */
  readonly poolSize?: number;
  /** The data folder: the embedded database lives in `<dataDir>/pglite`. */
  readonly dataDir?: string;
  /** A PostgreSQL schema to work in (tests isolate themselves this way); created if missing. */
  readonly schema?: string;
  /** An already open PGlite (tests clone a migrated template); owned by the caller. */
  readonly pglite?: PGliteInterface;
}

const safeIdentifier = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema, options.poolSize);
  if (options.pglite) return ready(await kyselyOver(options.pglite), 'pglite', async () => {});
  if (!options.dataDir) throw new Error('openDatabase needs a databaseUrl, a dataDir or a pglite');
  return openEmbedded(options.dataDir);
}

async function openPostgres(url: string, schema: string | undefined, poolSize = 10): Promise<Database> {
  if (schema !== undefined && !safeIdentifier.test(schema)) throw new Error(`not a safe schema name: ${schema}`);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const prepared = preparing(pool);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: prepared.pool }) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new DatabaseRefusedError(`Could not connect to PostgreSQL at DATABASE_URL: ${(error as Error).message}`);
  }
  return ready({ db, poolUse: useOf(pool), prepare: prepared.start }, 'postgres', async () => {}, schema);
}

// Loaded lazily: the command line never opens a database.
async function kyselyOver(pglite: PGliteInterface): Promise<Pooled> {
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pool = new pg.Pool(createPgConfig(pglite as PGlite));
  const prepared = preparing(pool);
  return {
    db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool: prepared.pool }) }),
    poolUse: useOf(pool),
    prepare: prepared.start,
  };
}

/** The most query texts one pool names (those it stopped using included); past them a text is sent unnamed. */
export const preparedLimit = 500;
let poolsMade = 0;

/** Errors after which a statement's name is dropped: its text gets a new name (or none) when it next runs. */
const staleStatement = new Set([
  '0A000', // "cached plan must not change result type": a table it reads was changed (another process's migration)
  '26000', // no such statement on the connection (node-postgres closed it after a value it could not send)
  '42P05', // a statement of that name exists already
]);

/**
 * A pool whose queries with parameters are prepared statements: each connection parses a query's text once and then
 * only binds and runs it, where PostgreSQL parsed and planned the same text on every request (planning alone was a
 * third of its time under the mixed load; issue 18). A name stands for one text within one pool, and pools never
 * share names (PGlite has one session for every pool over it, and keeps a closed pool's statements). A pool gives at
 * most `preparedLimit` names, so a connection holds no more statements than that from one pool. A statement that went
 * stale (see `staleStatement`, or an error in node-postgres itself) fails that one query, and its text is prepared
 * afresh under a new name the next time. Queries without parameters (`begin`, `commit`) go as before, and so does
 * everything until `start` is called: the migrations run once, and the migrator's reading of the catalogue (every
 * schema's tables) is better planned afresh each time.
 */
function preparing(pool: pg.Pool): { pool: PostgresPool; start: () => void } {
  const names = new Map<string, string>();
  const prefix = `aftercare_${(poolsMade++).toString(36)}_`;
  let given = 0;
  let started = false;
  const nameOf = (text: string) => {
    if (!started) return undefined;
    let name = names.get(text);
    if (name === undefined && given < preparedLimit) {
      name = prefix + (given++).toString(36);
      names.set(text, name);
    }
    return name;
  };
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    function query<R>(text: string, values: readonly unknown[]): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query(text: string | PostgresCursor<unknown>, values?: readonly unknown[]): unknown {
      if (typeof text !== 'string') return client.query(text as never);
      const name = values !== undefined && values.length > 0 ? nameOf(text) : undefined;
      // Kysely hands over a copy of its parameters made for this call.
      const run = client.query({ name, text, values: values as unknown[] });
      if (name === undefined) return run;
      return run.catch((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        if ((typeof code !== 'string' || staleStatement.has(code)) && names.get(text) === name) names.delete(text);
        throw error;
      });
    }
    return { query, release: (destroy?: boolean) => client.release(destroy) };
  };
  // One wrapper per connection, as Kysely keeps one of its own per client it is given.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const prepared: PostgresPool = {
    async connect() {
      const client = await pool.connect();
      let wrapped = wrappers.get(client);
      if (!wrapped) wrappers.set(client, (wrapped = wrap(client)));
      return wrapped;
    },
    end: () => pool.end(),
  };
  return { pool: prepared, start: () => (started = true) };
}

/** A Kysely over a pool, and how to read the pool's use. */
interface Pooled {
  readonly db: Kysely<Schema>;
  readonly poolUse: () => PoolUse;
  /** From now on, the pool's queries with parameters are prepared statements (once the database is up to date). */
  readonly prepare: () => void;
}

/**
 * The embedded engine clears all of its shared memory at every start: at PostgreSQL's 128 MB of buffers that clearing
 * was the largest single cost of a restart, and 120 MB of the process's memory (issue 18). It serves one process,
 * and its files sit in the system's own file cache, so 32 MB of buffers keep what it reads often.
 */
export const embeddedBuffers = '32MB';

/** The V8 setting that bounds how many threads compile WebAssembly at once. */
const wasmCompileTasksFlag = '--wasm-num-compilation-tasks';

/**
 * V8 compiles the embedded engine's WebAssembly (PostgreSQL) on threads of its own, four of them under Node, and goes
 * on doing so while the server starts: on two cores they took both, and building the app and its first answer, on the
 * main thread, took 170 to 210 ms instead of 60 to 80 (issue 18). They are now at most one fewer than the cores (on
 * more than five cores, as many as before). Queries ran as fast after the first second (4,800 to 5,900 a second
 * either way). A value given on Node's command line is kept (Node refuses this setting in NODE_OPTIONS).
 */
export function leaveTheMainThreadACore(): void {
  const given = process.execArgv.some((arg) => arg.replaceAll('_', '-').startsWith(wasmCompileTasksFlag));
  if (!given) v8.setFlagsFromString(`${wasmCompileTasksFlag}=${Math.max(1, availableParallelism() - 1)}`);
}

/** Whether this process has bounded those threads: PGlite compiles its WebAssembly once a process. */
let threadsBounded = false;

/**
 * The embedded engine, ready to start. The node-postgres adapter is loaded with it, not once it has started: while
 * PostgreSQL runs its first statements, V8 compiles its busiest WebAssembly functions again, and a module loaded then
 * waited on that work (147 to 211 ms of a restart's first answer, against 4 ms when loaded before the engine starts;
 * issue 18).
 */
async function embeddedEngine(): Promise<typeof PGlite> {
  if (!threadsBounded) {
    leaveTheMainThreadACore();
    threadsBounded = true;
  }
  const [{ PGlite }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/node-postgres')]);
  return PGlite;
}

/**
 * Runs `work` with a timer pending, so that Node's event loop never runs out of work while the embedded engine starts.
 * V8 compiles PGlite's WebAssembly on threads of its own, which libuv does not know of: with nothing else pending, the
 * loop ended its turn and Node waited in `NodePlatform::DrainTasks` for every task on V8's threads to finish, then ran
 * the start's next steps from inside that wait. Each time the start then waited on a file or the network it waited for
 * those threads again, and once PostgreSQL ran they were compiling its busiest functions a second time: the server
 * listened, and took its first request 130 to 220 ms later, its thread waiting in `DrainTasks` (seen with `perf` and
 * `strace`; issue 18). With the loop kept awake the first request was answered 6 to 9 ms after the server listened,
 * in the restarts where the job queue's start did not come first. An engine whose start never ends now keeps the
 * process waiting, where Node would have ended it with an unsettled top-level await: it is stopped by its signals.
 */
async function withTheLoopAwake<T>(work: () => Promise<T>): Promise<T> {
  const awake = setInterval(() => {}, 2 ** 31 - 1);
  try {
    return await work();
  } finally {
    clearInterval(awake);
  }
}

function openEmbedded(dataDir: string): Promise<Database> {
  return withTheLoopAwake(() => openEmbeddedAwake(dataDir));
}

async function openEmbeddedAwake(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockFolder(dataDir);
  const folder = join(dataDir, 'pglite');
  try {
    if (existsSync(folder) && readdirSync(folder).length > 0 && !existsSync(join(folder, 'PG_VERSION'))) {
      throw new DatabaseRefusedError(
        `${folder} is not an Aftercare database (it has no PG_VERSION). Aftercare has not touched it; move it away or set AFTERCARE_DATA_DIR to another folder.`,
      );
    }
    const PGlite = await embeddedEngine();
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(folder, { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${embeddedBuffers}`] });
      await pglite.query('select 1');
    } catch (error) {
      throw new DatabaseRefusedError(
        `The database in ${folder} could not be opened; it may be damaged (${(error as Error).message ?? error}). ` +
          'Aftercare has not changed it. Restore it from a backup, or move it away to start afresh.',
      );
    }
    return await ready(await kyselyOver(pglite), 'pglite', async () => {
      await pglite.close();
      lock.release();
    });
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Refuses a database from a newer Aftercare, then brings an older one up to date. */
async function ready(
  { db, poolUse, prepare }: Pooled,
  engine: Engine,
  closeEngine: () => Promise<void>,
  schema?: string,
): Promise<Database> {
  const close = async () => {
    await db.destroy();
    await closeEngine();
  };
  try {
    const found = await sql<{ value: string }>`select value from aftercare_meta where key = 'schema_version'`
      .execute(db)
      .then((result) => Number(result.rows[0]?.value ?? 0))
      .catch(() => 0);
    if (found > schemaVersion) {
      throw new DatabaseRefusedError(
        `This database was written by a newer version of Aftercare (schema ${found}; this version knows up to ${schemaVersion}). ` +
          'Aftercare has not changed it. Run the newer version, or restore a backup made for this one.',
      );
    }
    // An up-to-date database (the usual restart) is known from this one row: the migrator, its lock and its table
    // are for a database that needs bringing up to date.
    if (found < schemaVersion) {
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      const { error } = await migrator.migrateToLatest();
      if (error) throw new DatabaseRefusedError(`The database could not be brought up to date: ${(error as Error).message ?? error}`);
      await sql`insert into aftercare_meta (key, value) values ('schema_version', ${String(schemaVersion)})
                on conflict (key) do update set value = excluded.value`.execute(db);
    }
    prepare();
    return { db, engine, poolUse, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/** Whether the database answers a trivial query within the time given (a readiness probe: never throws). */
export async function databaseAnswers(db: Kysely<Schema>, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([sql`select 1`.execute(db).then(() => true as const), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** A migrated embedded database in memory, to clone for each test (PGlite's clone is the fast way to a fresh one). */
export function embeddedTemplate() {
  return withTheLoopAwake(async () => {
    const PGlite = await embeddedEngine();
    const pglite = await PGlite.create();
    const database = await openDatabase({ pglite });
    await database.db.destroy();
    return pglite;
  });
}

/**
 * A fresh embedded database cloned from a migrated template (tests and benchmarks). Its close closes the clone too:
 * an open clone keeps its whole memory (about 250 MB) until the process ends.
 */
export async function openClone(template: Awaited<ReturnType<typeof embeddedTemplate>>): Promise<Database> {
  const pglite = await template.clone();
  const database = await openDatabase({ pglite });
  return {
    ...database,
    close: async () => {
      await database.close();
      await pglite.close();
    },
  };
}

/**
 * Tests and benchmarks share one PostgreSQL, each in schemas of its own. Bringing a schema up to date, the migrator
 * reads every schema's tables (Kysely's introspection), and a schema dropped meanwhile fails that read ("schema … does
 * not exist"): schemas are brought up to date under this advisory lock shared, and dropped under it exclusive.
 */
export const sharedSchemasLock = 7_215_040_918;

/** A database in a schema of its own on a shared PostgreSQL, dropped on close: for tests and benchmarks. */
export async function openIsolatedPostgres(databaseUrl: string): Promise<Database> {
  const { randomBytes } = await import('node:crypto');
  const schema = `aftercare_test_${randomBytes(6).toString('hex')}`;
  const database = await makingSchemas(databaseUrl, () => openDatabase({ databaseUrl, schema }));
  return {
    ...database,
    close: async () => {
      await dropSharedSchema(database.db, schema);
      await database.close();
    },
  };
}

/** Makes or brings up to date a test's schemas on the shared PostgreSQL (`work`), never while one is being dropped. */
export async function makingSchemas<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const guard = new pg.Client({ connectionString: databaseUrl });
  await guard.connect();
  try {
    await guard.query('select pg_advisory_lock_shared($1::bigint)', [sharedSchemasLock]);
    return await work();
  } finally {
    await guard.end();
  }
}

/**
 * Drops a test's schema on the shared PostgreSQL, never while another test's schema is being brought up to date. A
 * drop that PostgreSQL chose as a deadlock's victim (it locks the schema's tables one by one, and a job queue's last
 * statement may hold one of them) was rolled back whole, and is tried again.
 */
export async function dropSharedSchema(db: Kysely<Schema>, schema: string, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.transaction().execute(async (transaction) => {
        await sql`select pg_advisory_xact_lock(${sharedSchemasLock}::bigint)`.execute(transaction);
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(transaction);
      });
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
