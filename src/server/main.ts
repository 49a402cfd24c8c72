// `npm start`: the configuration is read once, then `main(config, deps)` opens the database and serves the app.
// The process itself (environment, signals, exit codes) is wired up only at the bottom.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import type { DestinationStream } from 'pino';
import { Registry } from 'prom-client';
import { outboxMailer, smtpMailer, type Mailer } from '../clinic/mailer.ts';
import { DatabaseRefusedError, openDatabase, type Database } from '../store/database.ts';
import { FolderLockedError } from '../store/lock.ts';
import { jobQueue, jobsSchemaOf, startingQueue, type JobQueue } from '../jobs/queue.ts';
import { buildApp } from './app.ts';
import { ConfigError, listeningUrl, loadConfig, type Config } from './config.ts';
import { metrics as newMetrics, serveMetrics, withProcessMetrics } from './metrics.ts';

export interface MainDeps {
  /** Where the JSON log goes; standard output by default. */
  readonly logStream?: DestinationStream;
  readonly now?: () => Date;
  /** Replaces the mail server (tests). */
  readonly mailer?: Mailer;
}

export interface Running {
  /** The address the server listens on. */
  readonly url: URL;
  /** Where the metrics are served, when METRICS_PORT asks for them. */
  readonly metricsUrl?: URL;
  readonly database: Database;
  readonly log: FastifyBaseLogger;
  /** Finishes the requests in flight, then closes the database (which releases the data folder's lock). */
  close(): Promise<void>;
}

/** Why the server will not start, said to the operator: the process exits with this. */
export class StartRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartRefusedError';
  }
}

/** The address in `Name <address>`, or the text itself. */
const addressOf = (from: string) => /<([^<>]{1,254})>/.exec(from)?.[1] ?? from;

export async function main(config: Config, deps: MainDeps = {}): Promise<Running> {
  // The data folder exists whichever engine runs: it is where the embedded database, and anything else kept, lives.
  mkdirSync(config.dataDir, { recursive: true });
  let database: Database;
  try {
    database = await openDatabase(
      config.databaseUrl ? { databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize } : { dataDir: config.dataDir },
    );
  } catch (error) {
    if (error instanceof DatabaseRefusedError || error instanceof FolderLockedError) throw new StartRefusedError(error.message);
    throw error;
  }
  // The job queue starts once the server listens, and finishes starting while it already answers: an assessment needs
  // none of it, a request that queues a job waits for its start, and readiness (/readyz) says not-ready until it has
  // started (issue 18). Begun before the app was built, its loading and its queries took turns with building the app
  // on Node's one main thread, where the embedded database runs too, and the server listened that much later
  // (decision 0014, fifteenth round). A server that cannot listen starts none.
  let listened: (listens: boolean) => void = () => {};
  const starting = new Promise<boolean>((resolve) => (listened = resolve)).then(async (listens) =>
    listens ? jobQueue(database.db, { schema: await jobsSchemaOf(database.db), leaseSeconds: config.jobLeaseSeconds }) : undefined,
  );
  const jobs = startingQueue(starting);
  const metrics = newMetrics(withProcessMetrics(new Registry()));
  const app = buildApp({
    jobs,
    metrics,
    poolUse: () => database.poolUse(),
    logger: deps.logStream ? { level: config.logLevel, stream: deps.logStream } : { level: config.logLevel },
    logEveryRequest: config.logEveryRequest,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    // Push services reach the operator at the sender's address when the public address is not https.
    pushContact: config.mail ? `mailto:${addressOf(config.mail.from)}` : undefined,
    rateLimits: config.rateLimits,
    checkInLimits: config.checkIns,
    retentionDays: config.retentionDays,
    db: database.db,
    mailer:
      deps.mailer ??
      (config.mail
        ? await smtpMailer(config.mail.smtpUrl, config.mail.from)
        : outboxMailer(join(config.dataDir, 'outbox'), () => app.log, randomUUID)),
    web: {
      ...(deps.now ? { now: deps.now } : {}),
      ...(config.emergencyNumber ? { emergencyNumber: config.emergencyNumber } : {}),
      defaultTimeZone: config.defaultTimeZone,
    },
  });
  try {
    await app.listen({ host: config.host, port: config.port });
    listened(true);
  } catch (error) {
    listened(false);
    await app.close();
    await jobs.stop();
    await database.close();
    throw new StartRefusedError(`could not listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  }
  try {
    await starting;
  } catch (error) {
    await app.close();
    await database.close();
    throw new StartRefusedError(`could not start the job queue: ${(error as Error).message}`);
  }
  let metricsServer: Server | undefined;
  if (config.metrics) {
    try {
      metricsServer = await serveMetrics(metrics.registry, config.metrics.host, config.metrics.port);
    } catch (error) {
      await app.close();
      await jobs.stop();
      await database.close();
      throw new StartRefusedError(
        `could not serve the metrics on ${config.metrics.host}:${config.metrics.port}: ${(error as Error).message}`,
      );
    }
  }
  const metricsUrl =
    metricsServer && new URL('/metrics', listeningUrl(config.metrics!.host, (metricsServer.address() as AddressInfo).port));
  const address = app.server.address();
  const url = listeningUrl(config.host, typeof address === 'object' && address ? address.port : config.port);
  app.log.info(
    {
      engine: database.engine,
      ...(database.engine === 'pglite' ? { dataDir: config.dataDir } : {}),
      publicUrl: (config.publicUrl ?? url).origin,
      ...(metricsUrl ? { metrics: metricsUrl.href } : {}),
    },
    'database ready',
  );
  let closing: Promise<void> | undefined;
  return {
    url,
    database,
    log: app.log,
    ...(metricsUrl ? { metricsUrl } : {}),
    close: () => (closing ??= stopServing(app, jobs, database, config.shutdownGraceMs).finally(() => metricsServer?.close())),
  };
}

/**
 * The requests in flight first (no new connection is taken), then the jobs (a job running now finishes), then the
 * database, which releases the data folder's lock: all within the grace. When it runs out, the connections still
 * open are cut (their requests were never answered, so nothing acknowledged is lost) and a job still running is
 * failed by the queue, to be tried again after its backoff while it has retries left.
 */
async function stopServing(app: ReturnType<typeof buildApp>, jobs: JobQueue, database: Database, graceMs: number): Promise<void> {
  const deadline = Date.now() + graceMs;
  const cut = setTimeout(() => {
    app.log.warn({ graceMs }, 'the grace ran out: closing the connections still open');
    app.server.closeAllConnections();
  }, graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
  }
  await jobs.stop(Math.max(1000, deadline - Date.now()));
  await database.close();
}

/**
 * The server as a process runs it: the configuration from the environment (a refusal exits 64), the server (a
 * refusal to start exits 1), and SIGINT or SIGTERM to stop. `npm start` (scripts/start.mjs) calls it from the build's
 * one-file bundle (dist/server/bundle.js) after checking the build; `node dist/server/bundle.js` and `node
 * dist/server/main.js` run it directly.
 */
export async function runServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`aftercare: not starting. ${error.message}`);
    process.exit(64);
  }
  // The signals are heard from the start: the server answers before main() has finished (the job queue starts while
  // it already serves), and a SIGTERM in that moment must still stop it gracefully, not kill it with its database
  // open. A stop asked for while it starts waits for the start, then closes; a start still unfinished when the
  // shutdown grace has run out (a database that does not answer) is left at once.
  let started = false;
  // main() begins on the next microtask, once the handlers below are installed.
  const starting = Promise.resolve()
    .then(() => main(config))
    .finally(() => (started = true));
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      if (!started) {
        console.error(`aftercare: ${signal}: stopping once the start has finished (at most ${config.shutdownGraceMs} ms)`);
        setTimeout(() => {
          if (started) return;
          console.error('aftercare: the start did not finish within the shutdown grace: stopped without it');
          process.exit(1);
        }, config.shutdownGraceMs).unref();
      }
      void starting
        .then((running) => {
          running.log.info({ signal }, 'shutting down');
          return running.close().then(
            () => process.exit(0),
            (error: unknown) => {
              running.log.error({ err: error }, 'shutdown failed');
              process.exit(1);
            },
          );
        })
        // A start that failed says why below, and exits there.
        .catch(() => {});
    });
  }
  try {
    await starting;
  } catch (error) {
    if (!(error instanceof StartRefusedError)) throw error;
    console.error(`aftercare: not starting. ${error.message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runServer();
