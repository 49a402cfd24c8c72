// An app with a real database and a clock to set: embedded (cloned from one migrated template per test file), or,
// for the tests that must hold on both engines, PostgreSQL in a schema of its own (DATABASE_URL).
import type { KyselyPlugin } from 'kysely';
import type { Mailer } from '../../src/clinic/mailer.ts';
import { jobNames, jobQueue, jobsSchemaOf, type Handlers, type QueueOptions } from '../../src/jobs/queue.ts';
import { buildApp, type AppOptions } from '../../src/server/app.ts';
import {
  dropSharedSchema,
  embeddedTemplate,
  makingSchemas,
  openClone,
  openIsolatedPostgres,
  type Database,
} from '../../src/store/database.ts';
import { postgresUrl } from './postgres-url.ts';

let template: Awaited<ReturnType<typeof embeddedTemplate>> | undefined;

export type Engine = 'pglite' | 'postgres';

let url: string | undefined | null = null;

/** DATABASE_URL, asked once, by the first test that runs on both engines (a file that never does is not asked). */
function postgresOnce(): string | undefined {
  if (url === null) url = postgresUrl('the tests that hold on both engines');
  return url;
}

/** The engines this run can test on: PostgreSQL when DATABASE_URL is set (under CI it must be). */
export const engines = (): readonly Engine[] => (postgresOnce() ? ['pglite', 'postgres'] : ['pglite']);

/** DATABASE_URL, for a test that asked for the PostgreSQL engine (listed by `engines` only when it is set). */
function postgres(): string {
  const given = postgresOnce();
  if (!given) throw new Error('DATABASE_URL is not set: this run has no PostgreSQL engine (see `engines`)');
  return given;
}

export interface HarnessOptions {
  readonly engine?: Engine;
  readonly app?: Partial<AppOptions>;
  /** A job queue on the same database, its workers run by the app (alerts, digests). */
  readonly jobs?: QueueOptions;
  /** Sees every statement the app sends (not the job queue's): e.g. to do something between two of a request's. */
  readonly plugin?: KyselyPlugin;
}

/** A fresh database on the engine: a clone of the migrated template, or a schema of its own on PostgreSQL. */
export async function openFor(engine: Engine): Promise<Database> {
  if (engine === 'postgres') return openIsolatedPostgres(postgres());
  template ??= await embeddedTemplate();
  return openClone(template);
}

/**
 * A job queue on a test's database, in the schema the server would give it. It makes that schema as it starts: on the
 * shared PostgreSQL, never while another test drops one (`makingSchemas`).
 */
export async function testQueue(database: Database, engine: Engine, options: QueueOptions = {}) {
  const schema = await jobsSchemaOf(database.db);
  const start = () => jobQueue(database.db, { schema, pollSeconds: 0.5, ...options });
  const queue = await (engine === 'postgres' ? makingSchemas(postgres(), start) : start());
  return { queue, schema };
}

/** Handlers for every job that do nothing: for a test of the queue itself, with its own for the jobs it looks at. */
export const idleHandlers = (): Handlers => Object.fromEntries(jobNames.map((name) => [name, async () => {}])) as unknown as Handlers;

export async function appWithStore(
  start = '2026-03-03T09:00:00Z',
  mailer?: Mailer,
  { engine = 'pglite', app: extra = {}, jobs: queueOptions, plugin }: HarnessOptions = {},
) {
  const database = await openFor(engine);
  const started = queueOptions ? await testQueue(database, engine, queueOptions) : undefined;
  const jobs = started?.queue;
  const jobsSchema = started?.schema;
  let now = new Date(start);
  // Every statement the app sends is counted (not a transaction's begin and commit): what a request costs the database.
  let statements = 0;
  // And how much the database sent back: the answers' rows, as JSON (a JSON column's value counts as its text).
  let received = 0;
  // And when each was made and answered: statements in flight together are one wait for the database.
  const made = new Map<unknown, number>();
  const spans: [number, number][] = [];
  const counted = (plugin ? database.db.withPlugin(plugin) : database.db).withPlugin({
    // Called as a statement is made to be sent (and as a subquery is made part of one: it is never answered alone).
    transformQuery: ({ node, queryId }) => {
      made.set(queryId, performance.now());
      return node;
    },
    // Called once per statement run (a subquery is part of its statement).
    transformResult: async ({ result, queryId }) => {
      statements++;
      received += JSON.stringify(result.rows, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value)).length;
      // A statement Kysely was handed already made (`executeQuery`, as the job queue's sends) is timed from its answer.
      const answered = performance.now();
      spans.push([made.get(queryId) ?? answered, answered]);
      made.delete(queryId);
      return result;
    },
  });
  /** The times the app waited for the database: runs of statements, each made before the one before it was answered. */
  const waits = () => {
    let count = 0;
    let end = -Infinity;
    for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
      if (from > end) count++;
      end = Math.max(end, to);
    }
    return count;
  };
  const app = buildApp({
    db: counted,
    ...(mailer ? { mailer } : {}),
    ...(jobs ? { jobs } : {}),
    ...extra,
    web: { now: () => now, defaultTimeZone: 'UTC', ...extra.web },
  });
  return {
    app,
    database,
    jobs,
    setNow: (instant: string) => (now = new Date(instant)),
    /** The statements the app sent to the database so far. */
    statements: () => statements,
    /** The times the app waited for the database so far (statements sent together count once). */
    waits,
    /** The characters of the rows the database sent the app so far, as JSON. */
    received: () => received,
    close: async () => {
      await app.close();
      // Returns once the queue's last statement is answered: its schema can go, and the database close.
      await jobs?.stop();
      if (jobsSchema && engine === 'postgres') await dropSharedSchema(database.db, jobsSchema);
      await database.close();
    },
  };
}
