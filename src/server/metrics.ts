// What an operator can scrape (Prometheus text format, prom-client): requests by route and status with their
// latency, assessments and check-ins by level, the job queue by kind and state, mails sent and failed, the database
// pool, and the process. Counts only: no label ever names a person, a diary, a clinic or a link (routes are their
// templates, such as /diary/:token). Health counts are still sensitive, so they are served on a port of their own,
// bound to loopback unless the operator says otherwise (METRICS_PORT, METRICS_HOST), never on the public one.
import { createServer, type Server } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Mailer } from '../clinic/mailer.ts';
import type { Level } from '../contract/types.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { PoolUse } from '../store/database.ts';
import type { DiaryHooks } from '../store/diaries.ts';

export interface Metrics {
  readonly registry: Registry;
  /** One request answered: its route's template (never its path: paths hold links), status and time taken. */
  answered(method: string, route: string, status: number, seconds: number): void;
  /** One assessment made, where (`api`, `web`) and under which policy. */
  assessed(level: Level, surface: 'api' | 'web', policy: string): void;
  checkedIn(level: Level): void;
  /** The mailer, counting what it sends and what fails. */
  counting(mailer: Mailer): Mailer;
  /** Where the job queue's and the pool's figures come from, read when scraped. */
  watch(sources: { jobs?: JobQueue | undefined; pool?: (() => PoolUse) | undefined }): void;
}

export function metrics(registry = new Registry()): Metrics {
  const requests = new Histogram({
    name: 'aftercare_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status, with their duration',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const assessments = new Counter({
    name: 'aftercare_assessments_total',
    help: 'Assessments made, by level, surface and policy',
    labelNames: ['level', 'surface', 'policy'] as const,
    registers: [registry],
  });
  const checkIns = new Counter({
    name: 'aftercare_check_ins_total',
    help: 'Diary check-ins kept, by level',
    labelNames: ['level'] as const,
    registers: [registry],
  });
  const mails = new Counter({
    name: 'aftercare_mails_total',
    help: 'Mails handed to the mail server, by outcome (sent, failed)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  let sources: Parameters<Metrics['watch']>[0] = {};
  new Gauge({
    name: 'aftercare_jobs',
    help: 'Jobs in the queue, by kind and state (created, retry, active, completed, failed, ...)',
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { name, state, count } of (await sources.jobs?.counts()) ?? []) this.set({ kind: name, state }, count);
    },
  });
  new Gauge({
    name: 'aftercare_db_pool_connections',
    help: 'Database pool connections, by state (total, idle, waiting: requests waiting for a connection)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const use = sources.pool?.();
      if (!use) return;
      for (const state of ['total', 'idle', 'waiting'] as const) this.set({ state }, use[state]);
    },
  });
  return {
    registry,
    answered: (method, route, status, seconds) => requests.observe({ method, route, status: String(status) }, seconds),
    assessed: (level, surface, policy) => assessments.inc({ level, surface, policy }),
    checkedIn: (level) => checkIns.inc({ level }),
    counting: (mailer) => ({
      async send(mail) {
        try {
          await mailer.send(mail);
          mails.inc({ outcome: 'sent' });
        } catch (error) {
          mails.inc({ outcome: 'failed' });
          throw error;
        }
      },
    }),
    watch: (given) => void (sources = given),
  };
}

/** The store's check-in hook, counting each check-in kept (by its level) after whatever else it does. */
export function countingCheckIns(metrics: Metrics, next: DiaryHooks['checkedIn'] | undefined): NonNullable<DiaryHooks['checkedIn']> {
  return async (transaction, diaryId, checkIn, diary) => {
    await next?.(transaction, diaryId, checkIn, diary);
    metrics.checkedIn(checkIn.assessment.level);
  };
}

/** One answer of the app, counted under its route's template; a request no route matched under `unmatched`. */
export function countAnswer(metrics: Metrics, request: FastifyRequest, reply: FastifyReply): void {
  metrics.answered(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
}

/** Adds the process's own figures (memory, CPU, event loop lag, garbage collection): once per process. */
export function withProcessMetrics(registry: Registry): Registry {
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** The metrics on a port of their own: `GET /metrics` and nothing else. */
export async function serveMetrics(registry: Registry, host: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('the metrics could not be read\n'),
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve()));
  return server;
}
