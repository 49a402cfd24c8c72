// Work that happens later or elsewhere (an alert to a therapist, a digest, a reminder): jobs kept in the database
// by pg-boss (docs/decisions/0012-job-queue.md), on either engine, through the app's own connection. A job is
// queued in the transaction that makes it necessary, runs once even with several server processes on one
// PostgreSQL (pg-boss takes each with SKIP LOCKED), survives a process being killed (it is run again once its
// lease expires), and is retried with backoff when it fails; one that keeps failing is kept, for an admin to see.
import { createHash } from 'node:crypto';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Schema } from '../store/schema.ts';
import { errorClassOf, type JobFailure } from './failure.ts';

/** The jobs Aftercare runs, each with the data it carries. */
export interface JobData {
  /** A client's check-in needs attention: works out who hears of it, and queues one mail each. */
  attention: {
    readonly sessionId: string;
    readonly clinicId: string;
    /** The advice's level when it is to get care now or today: the mail's subject says it (jobs queued before have none). */
    readonly level?: 'emergency' | 'urgent';
  };
  /** One mail; `clinicId` where it is a clinic's, so that its admins see it if it cannot be sent. */
  mail: { readonly to: string; readonly subject: string; readonly text: string; readonly clinicId?: string; readonly kind: string };
  /** Every hour: the digests due at 08:00 in each clinic's time zone. */
  'digest-tick': Record<string, never>;
  /** One member's daily digest. */
  digest: { readonly memberId: string; readonly clinicId: string };
  /** A diary's planned check-in (`at`) is due, or was missed by a day: reminds on each of its channels if still so. */
  reminder: { readonly diaryId: string; readonly at: string; readonly kind: ReminderKind };
  /** One reminder to one device. */
  push: { readonly diaryId: string; readonly subscriptionId: string; readonly kind: ReminderKind };
  /** One reminder to the diary's email address (its links are made when it is sent, never kept in the job). */
  'reminder-mail': { readonly diaryId: string; readonly kind: ReminderKind };
  /** The mail that asks the diary's new address to confirm it wants reminders (its link made when it is sent). */
  'reminder-confirmation': { readonly diaryId: string };
  /** Every hour: diaries unused for the retention period are deleted, and expired links, sessions and throttle events. */
  housekeeping: Record<string, never>;
}
export type ReminderKind = 'due' | 'missed';
export type JobName = keyof JobData;
export type { JobFailure } from './failure.ts';
export const jobNames: readonly JobName[] = [
  'attention',
  'mail',
  'digest-tick',
  'digest',
  'reminder',
  'push',
  'reminder-mail',
  'reminder-confirmation',
  'housekeeping',
];

/** A job id made from what the job is for: queueing the same thing twice (a retried job) adds nothing. */
export function jobIdOf(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type Handlers = { readonly [N in JobName]: (data: JobData[N], id: string) => Promise<void> };

export interface FailedJob {
  readonly id: string;
  readonly name: JobName;
  readonly kind: string;
  readonly to: string | null;
  readonly failedAt: Date;
  readonly error: string;
  readonly attempts: number;
  /** Failed so far, and waiting to be tried again (else it failed for good). */
  readonly retrying: boolean;
}

export interface JobCount {
  readonly name: JobName;
  /** pg-boss's state: created, retry, active, completed, cancelled or failed. */
  readonly state: string;
  readonly count: number;
}

/** A job's kind (alert, digest, due, missed), when it has one of the words the code gives it. */
const kindOf = (data: unknown): string | undefined => {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && /^[a-z-]{1,32}$/.test(kind) ? kind : undefined;
};

export interface SendOptions {
  /**
   * Inside this transaction: the job exists exactly when the transaction commits. A job sent inside a transaction
   * must name it here: sent without it, the job takes a second connection, which the embedded database (one
   * connection) never frees while the transaction holds the first.
   */
  readonly on?: Kysely<Schema>;
  readonly startAfter?: Date;
  /** A job id of the caller's making: a second job with the same id is not queued (queueing is then idempotent). */
  readonly id?: string;
}

export interface JobQueue {
  /** Queues a job; null when one with the same id was queued before. */
  send<N extends JobName>(name: N, data: JobData[N], options?: SendOptions): Promise<string | null>;
  /**
   * Starts working every job with these handlers; a handler that throws is retried with backoff, then failed.
   * `onError` hears of the queue's own troubles (a lost connection, a failed maintenance round), also earlier ones;
   * `onFailed` of each failed attempt of a job.
   */
  work(handlers: Handlers, onError: (error: Error) => void, onFailed?: (failure: JobFailure) => void): Promise<void>;
  /** A clinic's jobs that failed, for good or waiting to be tried again, newest first. */
  failed(clinicId: string, limit: number): Promise<FailedJob[]>;
  /** Whether it has started: a queue handed out while it starts (`startingQueue`) is not yet (readiness says so). */
  started?(): boolean;
  /**
   * Resolves once its start has ended, however it ended (`startingQueue`). Work that may queue a job inside a
   * transaction waits for it before the transaction begins: on the embedded database's one connection the start
   * needs the connection that transaction would hold, and each would wait for the other for ever.
   */
  startEnded?(): Promise<void>;
  /** How many jobs of each kind are in each state now (for the operator's metrics: counts, never a job's data). */
  counts(): Promise<JobCount[]>;
  /** Resolves once no job is waiting or running (tests). */
  settled(timeoutMs?: number): Promise<void>;
  /**
   * Takes no new job, and waits up to `graceMs` for the running ones to finish and be marked done: within the grace,
   * the database may close once it returns. One still running when the grace runs out is failed by pg-boss ("shut
   * down while active") and tried again after its backoff if it has retries left, else kept as failed for an admin.
   */
  stop(graceMs?: number): Promise<void>;
}

export interface QueueOptions {
  /** The PostgreSQL schema pg-boss keeps its tables in. */
  readonly schema?: string;
  /** How often an idle worker looks for new jobs. */
  readonly pollSeconds?: number;
  /** Retries before a job is failed for good, with backoff from `retryDelaySeconds` (doubling each time). */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  /** How long a job may run before it is handed to another worker: a process killed mid-job loses it for this long. */
  readonly leaseSeconds?: number;
}

/** Where jobs live beside the app's tables: `<current schema>_jobs`, or aftercare_jobs on a plain database. */
export async function jobsSchemaOf(db: Kysely<Schema>): Promise<string> {
  const current = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!.schema;
  return current === 'public' ? 'aftercare_jobs' : `${current}_jobs`;
}

/**
 * pg-boss's view of a connection: SQL text and its values, over Kysely (the pool, or one transaction). Some of its
 * texts are whole transactions (`BEGIN; …; COMMIT;`): when one fails part-way, the connection is still inside it, so
 * it is rolled back there, before the connection goes back to the pool.
 */
const adapterOf = (db: Kysely<Schema>): PgBoss.Db => ({
  async executeSql(text, values) {
    const query = CompiledQuery.raw(text, values ?? []);
    if (db.isTransaction || !/^\s*BEGIN\b/i.test(text)) return { rows: (await db.executeQuery(query)).rows as never[] };
    return db.connection().execute(async (connection) => {
      try {
        return { rows: (await connection.executeQuery(query)).rows as never[] };
      } catch (error) {
        await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
        throw error;
      }
    });
  },
});

/**
 * What pg-boss has under way: its statements and the handlers it runs. Its graceful stop returns once no handler runs,
 * but it marks a job done in a statement it does not wait for, and a worker's last look for jobs can still be answered
 * after the stop (its job is then worked): the database must not close (nor a test's schema go) under them.
 */
class UnderWay {
  #count = 0;

  async during<T>(work: () => Promise<T>): Promise<T> {
    this.#count++;
    try {
      return await work();
    } finally {
      this.#count--;
    }
  }

  /** The connection's statements, each counted while it runs. */
  counting(connection: PgBoss.Db): PgBoss.Db {
    return { executeSql: (text, values) => this.during(() => connection.executeSql(text, values)) };
  }

  /** Waits, until the deadline (`performance.now()`) at most, for nothing to be under way. */
  async ended(deadline: number): Promise<void> {
    while (this.#count > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * pg-boss installs its tables, and makes a table for each queue, without a lock that holds between processes in
 * every case: two servers starting at once on an empty PostgreSQL can collide there (a deadlock, or "already
 * exists"). PostgreSQL rolls the loser back, whole, and it simply tries again, finding the winner's work done.
 */
const collisions = new Set(['40P01', '23505', '42P07', '42710']);

async function untilNoCollision<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!collisions.has((error as { code?: string }).code ?? '') || attempt === attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

export async function jobQueue(db: Kysely<Schema>, options: QueueOptions = {}): Promise<JobQueue> {
  const schema = options.schema ?? 'aftercare_jobs';
  const retry = { retryLimit: options.retryLimit ?? 5, retryDelay: options.retryDelaySeconds ?? 30, retryBackoff: true };
  // Kept until a worker says who hears of them.
  const earlier: Error[] = [];
  let report: (error: Error) => void = (error) => {
    earlier.push(error);
  };
  // Loaded here, not with the module: a server answers its first requests while its queue starts.
  const { default: PgBoss } = await import('pg-boss');
  const underWay = new UnderWay();
  // A PgBoss that failed to start cannot start again: each attempt is a new one.
  const boss = await untilNoCollision(async () => {
    const attempt = new PgBoss({
      db: underWay.counting(adapterOf(db)),
      schema,
      migrate: true,
      supervise: true,
      schedule: true,
      // A job whose process died is handed out again after its lease: long enough for a slow mail server.
      expireInSeconds: options.leaseSeconds ?? 120,
      // Expired leases are found by the maintenance round: often enough that a dead process's jobs wait little longer.
      maintenanceIntervalSeconds: Math.min(60, options.leaseSeconds ?? 120),
      ...retry,
    });
    attempt.on('error', (error) => report(error));
    return attempt.start();
  });
  for (const name of jobNames) {
    await untilNoCollision(async () => {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...retry });
    });
  }
  const workers: string[] = [];

  return {
    started: () => true,

    async send(name, data, { on, startAfter, id } = {}) {
      return boss.send(name, data, {
        ...(on ? { db: adapterOf(on) } : {}),
        ...(startAfter ? { startAfter } : {}),
        ...(id ? { id } : {}),
      });
    },

    async work(handlers, onError, onFailed) {
      report = onError;
      for (const error of earlier.splice(0)) onError(error);
      for (const name of jobNames) {
        const handle = handlers[name] as (data: unknown, id: string) => Promise<void>;
        // One job at a time, so that each is retried or failed on its own; after one, the worker looks again at
        // once (a burst is worked through without waiting), and only an empty queue waits for the next poll.
        const polling = { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? 2, includeMetadata: true as const };
        const worker: string = await boss.work(name, polling, ([job]) =>
          underWay.during(async () => {
            if (!job) return;
            try {
              await handle(job.data, job.id);
            } catch (error) {
              const kind = kindOf(job.data);
              const attempt = { attempt: job.retryCount + 1, final: job.retryCount >= job.retryLimit };
              onFailed?.({ job: name, ...(kind ? { kind } : {}), ...attempt, ...errorClassOf(error) });
              throw error;
            } finally {
              boss.notifyWorker(worker);
            }
          }),
        );
        workers.push(worker);
      }
      await boss.schedule('digest-tick', '0 * * * *', {});
      // Half past, away from the digests' round: one run an hour, whichever process's scheduler takes it.
      await boss.schedule('housekeeping', '30 * * * *', {});
    },

    async counts() {
      const rows = await sql<{ name: JobName; state: string; n: string }>`
        select name, state, count(*) as n from ${sql.table(`${schema}.job`)} group by name, state`.execute(db);
      return rows.rows.map((row) => ({ name: row.name, state: row.state, count: Number(row.n) }));
    },

    async failed(clinicId, limit) {
      const rows = await sql<{
        id: string;
        name: JobName;
        data: JobData['mail'];
        output: { message?: string } | null;
        failed_on: Date;
        retry_count: number;
        retrying: boolean;
      }>`
        select id, name, data, output, coalesce(completed_on, started_on) as failed_on, retry_count, state = 'retry' as retrying
        from ${sql.table(`${schema}.job`)}
        where (state = 'failed' or (state = 'retry' and started_on is not null)) and data->>'clinicId' = ${clinicId}
        order by failed_on desc limit ${limit}`.execute(db);
      return rows.rows.map((row) => ({
        id: row.id,
        name: row.name,
        kind: row.data.kind ?? row.name,
        to: row.data.to ?? null,
        failedAt: new Date(row.failed_on),
        error: row.output?.message ?? 'unknown',
        // pg-boss counts a retry when it hands the job out again: one waiting for it has failed once more than that.
        attempts: row.retry_count + 1,
        retrying: row.retrying,
      }));
    },

    async settled(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const waiting = await sql<{ n: string }>`
          select count(*) as n from ${sql.table(`${schema}.job`)}
          where state in ('created', 'retry', 'active') and start_after <= now()`.execute(db);
        if (Number(waiting.rows[0]!.n) === 0) return;
        if (Date.now() > until) throw new Error(`jobs still waiting after ${timeoutMs} ms`);
        for (const worker of workers) boss.notifyWorker(worker);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },

    async stop(graceMs = 10_000) {
      const deadline = performance.now() + graceMs;
      await boss.stop({ graceful: true, wait: true, timeout: graceMs });
      await underWay.ended(deadline);
    },
  };
}

/**
 * A queue to use while it starts (issue 18): the server answers its first requests meanwhile, since an assessment
 * needs no job. A call that needs the queue waits for its start, and fails as it does; `started` says false until
 * then. The start's own failure is the caller's to report (the server refuses to start). `starting` gives no queue
 * when it was never to start (the server could not listen): then its workers quietly never run, and a call that
 * needs it fails.
 */
export function startingQueue(starting: Promise<JobQueue | undefined>): JobQueue {
  let queue: JobQueue | undefined;
  const started = starting.then((ready) => (queue = ready));
  // The queue once its start has ended, or none: a start that failed is the caller's to report (the server refuses
  // to start), not the workers' or the stop's too.
  const ended = started.catch(() => undefined);
  const running = async () => {
    const ready = queue ?? (await started);
    if (!ready) throw new Error('the job queue was never started');
    return ready;
  };
  return {
    started: () => queue !== undefined,
    startEnded: async () => void (await ended),
    send: async (name, data, options) => (await running()).send(name, data, options),
    work: async (handlers, onError, onFailed) => (await ended)?.work(handlers, onError, onFailed),
    failed: async (clinicId, limit) => (await running()).failed(clinicId, limit),
    counts: async () => (await running()).counts(),
    settled: async (timeoutMs) => (await running()).settled(timeoutMs),
    // A queue that never started has nothing to stop.
    stop: async (graceMs) => (await ended)?.stop(graceMs),
  };
}
