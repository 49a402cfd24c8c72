// The HTTP adapter: the contract's endpoints, the web app, the diary and the clinic on Fastify. Effects (logger,
// clock, ids, mail, the database) come in as arguments; this is where they are wired together.
import { randomUUID } from 'node:crypto';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Kysely } from 'kysely';
import { accounts, throttleWindowMs } from '../clinic/accounts.ts';
import { followUps, followUpUpdate } from '../clinic/follow-up.ts';
import { alertHandlers, onSessionFollowed } from '../clinic/alerts.ts';
import type { Mail, Mailer } from '../clinic/mailer.ts';
import { pushSender } from '../diary/push.ts';
import { onCheckedIn, reminderHandlers } from '../diary/reminder-jobs.ts';
import { defaultRetentionDays, retentionHandlers } from '../diary/retention.ts';
import { registerReminderRoutes } from '../web/reminder-routes.ts';
import type { JobFailure, JobQueue } from '../jobs/queue.ts';
import { passwordHasher, type HashingLimits, type PasswordHasher } from '../clinic/passwords.ts';
import { parseJson } from '../contract/validate.ts';
import { defaultCheckInLimits, type DiaryDeps } from '../diary/service.ts';
import type { PolicyVersion } from '../contract/types.ts';
import { assessValue } from '../engine/assess-text.ts';
import type { CheckInLimits } from '../store/diaries.ts';
import { databaseAnswers, type PoolUse } from '../store/database.ts';
import type { Schema } from '../store/schema.ts';
import { openStores } from '../store/stores.ts';
import { newToken } from '../store/tokens.ts';
import { assets } from '../web/assets.ts';
import { registerClinic } from '../web/clinic-routes.ts';
import { defaultWebConfig, type WebConfig } from '../web/config.ts';
import { cookies } from '../web/cookies.ts';
import { crossSiteRefusal, isFromAnotherSite } from '../web/cross-site.ts';
import { errorPage } from '../web/pages/error.ts';
import { languageTags, negotiateLanguage } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { registerLanguage } from '../i18n/request.ts';
import { registerWeb } from '../web/routes.ts';
import { background } from './background.ts';
import { registerClinicApi } from './clinic-api.ts';
import { listeningUrl, type Config, type RateLimits } from './config.ts';
import { registerDiaryApi } from './diary-api.ts';
import {
  hasControlCharacterInPath,
  isApiRequest,
  jsonType,
  refuseUnreadableRequest,
  registerErrorHandling,
  sendError,
  unreadableAddress,
} from './errors.ts';
import { countAnswer, countingCheckIns, metrics as newMetrics, type Metrics } from './metrics.ts';
import { openApiDocument } from './openapi.ts';
import { limiter } from './rate-limit.ts';
import { isNotable, loggableUrl, logRequest } from './request-log.ts';
import { apiSecurityHeaders, securityHeaders, strictTransportSecurity } from './security.ts';
import { bodyLimit } from './status.ts';

export interface AppOptions {
  readonly logger?: FastifyServerOptions['logger'];
  readonly web?: Partial<WebConfig>;
  /** Which proxies in front to believe about the client's address (X-Forwarded-For): a number of hops, or addresses. */
  readonly trustProxy?: Config['trustProxy'];
  /** Where links in mails and pages point; by default the address the server listens on. */
  readonly publicUrl?: URL | undefined;
  readonly rateLimits?: RateLimits;
  /** One log line per request (Fastify's own); by default only failed and slow requests are logged. */
  readonly logEveryRequest?: boolean;
  /** The database; without it there is no recovery diary and no clinic (the stateless parts still work). */
  readonly db?: Kysely<Schema>;
  /** How busy the database's pool is, for the metrics. */
  readonly poolUse?: () => PoolUse;
  /** Where the app counts what it does (a registry of its own when not given). */
  readonly metrics?: Metrics;
  /** Where one-time links and notices go; without one they are dropped with a warning. */
  readonly mailer?: Mailer | undefined;
  readonly newId?: () => string;
  readonly newToken?: () => string;
  readonly checkInLimits?: CheckInLimits;
  /** Days a diary is kept without use (RETENTION_DAYS): the hourly housekeeping deletes it then; its page says so. */
  readonly retentionDays?: number;
  /** How passwords are hashed; by default scrypt, with `hashing`'s bounds. */
  readonly hasher?: PasswordHasher;
  readonly hashing?: HashingLimits;
  /**
   * The job queue (alerts to therapists, digests). With it, a check-in that needs attention queues an alert in its
   * own transaction, and this app's workers run the jobs once it is ready (unless `runJobs` is false).
   */
  readonly jobs?: JobQueue | undefined;
  readonly runJobs?: boolean;
  /**
   * How a push service reaches the operator (VAPID's subject, RFC 8292) when the public address is not https: a
   * mailto: (main gives `MAIL_FROM`'s address). Over https it is the public address.
   */
  readonly pushContact?: string | undefined;
  /** Push services allowed beside the browsers' own, by origin (tests run one on loopback). */
  readonly extraPushServices?: readonly string[];
  /** Certificates to trust for push services instead of the usual ones (the tests' push service has its own). */
  readonly pushCertificate?: string | Buffer;
  /**
   * Tests only, never read from the environment: the language cookie `en-XA` renders pages in the pseudo-locale
   * (i18n/pseudo.ts), which shows English left outside the catalogues and layouts that break on longer words.
   */
  readonly pseudoLocale?: boolean;
}

/** Hostile clients must not hold a connection open forever. */
const timeoutMs = 30_000;
const keepAliveTimeoutMs = 72_000;

export const defaultRateLimits: RateLimits = { assessmentsPerMinute: 300, diariesPerHour: 20, devicesPerHour: 20 };

/** When policy 1's endpoint stopped being the current one, and when it may go (RFC 9745 and RFC 8594). */
export const policy1Deprecated = { since: new Date('2026-11-25T00:00:00Z'), sunset: new Date('2027-05-31T00:00:00Z') };

function deprecated(_request: FastifyRequest, reply: FastifyReply, done: () => void) {
  reply.headers({
    deprecation: `@${Math.floor(policy1Deprecated.since.getTime() / 1000)}`,
    sunset: policy1Deprecated.sunset.toUTCString(),
    link: '</api/v2/assessments>; rel="successor-version", </api/v1/openapi.json>; rel="deprecation"; type="application/json"',
  });
  done();
}

/** Fastify's form of TRUST_PROXY: a number of hops counts from the socket (the nearest proxy is hop 0). */
function trusted(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust === false ? false : [...trust];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when the work started after answers (mails) has finished: for tests, and for closing. */
    backgroundIdle(): Promise<void>;
  }
}

/** What a route with a Fastify schema meets: the contract's validator reads bodies, and answers are its JSON. */
const noRouteSchemas = (): never => {
  throw new Error('routes carry no Fastify schema: read the body with the contract (src/contract/validate.ts)');
};

/** Every log line that shows a request shows it like this: method, redacted path, address. */
const requestSerializer = (request: FastifyRequest) => ({
  method: request.method,
  url: loggableUrl(request.url),
  remoteAddress: request.ip,
});

export function buildApp(options: AppOptions = {}): FastifyInstance {
  // URLs carry secrets (diary, follow-up and reset links): whatever logs a request logs it redacted.
  const logger =
    typeof options.logger === 'object' && options.logger !== null
      ? { ...options.logger, serializers: { ...(options.logger as { serializers?: object }).serializers, req: requestSerializer } }
      : (options.logger ?? false);
  const secure = options.publicUrl?.protocol === 'https:';
  const pageHeaders = secure ? { ...securityHeaders, ...strictTransportSecurity } : securityHeaders;
  const apiHeaders = secure ? { ...apiSecurityHeaders, ...strictTransportSecurity } : apiSecurityHeaders;
  const app = Fastify({
    logger,
    // A path whose %-escapes are not text, or a request line Node cannot read: the project's error, never Fastify's.
    frameworkErrors: (_error, request, reply) => {
      reply.headers(isApiRequest(request) ? apiHeaders : pageHeaders);
      void sendError(request, reply, unreadableAddress(), errorPage, () => undefined);
    },
    clientErrorHandler: refuseUnreadableRequest,
    bodyLimit,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    // Fastify's own 503 body is outside the error schema; requests that arrive while closing are answered as usual.
    return503OnClosing: false,
    trustProxy: trusted(options.trustProxy ?? false),
    // Two log lines per request halved throughput in the benchmark; access logs belong to the proxy in front.
    logController: new LogController({ disableRequestLogging: !options.logEveryRequest }),
    // A child logger per request costs an allocation on every request; without per-request logs, the few lines
    // logged (failures, slow requests) bind the request id themselves.
    ...(options.logEveryRequest ? {} : { childLoggerFactory: (parent: FastifyBaseLogger) => parent }),
    // No route carries a Fastify schema: every body is read by the contract's own validator. Fastify would otherwise
    // load its own Ajv and serializer compilers at start (the largest part of building the app, issue 18).
    schemaController: { compilersFactory: { buildValidator: noRouteSchemas, buildSerializer: noRouteSchemas } },
  });
  const counted = options.metrics ?? newMetrics();
  // One hook after every answer: it is counted, and (without per-request logs) a failed or slow one is logged.
  const logNotable = !options.logEveryRequest;
  app.addHook('onResponse', (request, reply, done) => {
    countAnswer(counted, request, reply);
    const ms = reply.elapsedTime;
    if (logNotable && isNotable(reply.statusCode, ms))
      logRequest(request.log, { reqId: request.id, method: request.method, url: request.url, status: reply.statusCode, ms });
    done();
  });
  const web: WebConfig = { ...defaultWebConfig, ...options.web };
  const jar = cookies(secure);
  /** Links in mails and pages: the configured public address, else the address this server listens on. */
  const publicOrigin = () => {
    if (options.publicUrl) return options.publicUrl.origin;
    // The address the start line names (listeningUrl): a server on every interface is reached at localhost, not 0.0.0.0.
    const address = app.server.address();
    return typeof address === 'object' && address ? listeningUrl(address.address, address.port).origin : 'http://localhost';
  };
  const link = (path: string) => `${publicOrigin()}${path}`;

  // Synchronous hooks: an async one costs a promise on every request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? apiHeaders : pageHeaders);
    if (hasControlCharacterInPath(request.url)) return done(unreadableAddress());
    // Nothing that changes something is accepted from another site's page, on any route.
    if (isFromAnotherSite(request, publicOrigin)) return done(crossSiteRefusal());
    done();
  });

  // Every body arrives as text; each route decides how to read it. That is how a body that is not JSON
  // becomes the contract's `malformed-json`, and how a `__proto__` key reaches the validator as the
  // unknown field it is instead of being stripped or rejected by a JSON parser's own rules.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  registerErrorHandling(app, errorPage);
  registerLanguage(app, jar, { pseudoLocale: options.pseudoLocale === true });

  const limits = options.rateLimits ?? defaultRateLimits;
  const clock = () => web.now().getTime();
  const assessmentLimit = limiter({ requests: limits.assessmentsPerMinute, windowMs: 60_000 }, clock, 'assessments');
  const diaryLimit = limiter({ requests: limits.diariesPerHour, windowMs: 3_600_000 }, clock, 'diaries');
  const deviceLimit = limiter({ requests: limits.devicesPerHour, windowMs: 3_600_000 }, clock, 'devices');

  // Synchronous on purpose: an async handler sends from a later microtask, which measured about half the throughput.
  const bodyOf = (request: FastifyRequest) => (typeof request.body === 'string' ? request.body : '');
  // The API's words are in the best of Accept-Language's languages (English when none is spoken here): a program
  // has no cookie to choose with. Its codes are the same in every language.
  const assessedByApi = (request: FastifyRequest, reply: FastifyReply, policy: PolicyVersion) => {
    const header = request.headers['accept-language'];
    const language = negotiateLanguage(typeof header === 'string' ? header : undefined);
    const assessment = assessValue(parseJson(bodyOf(request)), policy, translator(language));
    counted.assessed(assessment.level, 'api', policy);
    reply.header('content-language', languageTags[language]).header('vary', 'Accept-Language');
    return assessment;
  };
  app.post('/api/v2/assessments', (request, reply) => {
    assessmentLimit.take(request.ip);
    return reply.type(jsonType).send(JSON.stringify(assessedByApi(request, reply, '2')));
  });
  app.post('/api/v3/assessments', (request, reply) => {
    assessmentLimit.take(request.ip);
    return reply.type(jsonType).send(JSON.stringify(assessedByApi(request, reply, '3')));
  });
  // Policy 1, for the clients that still send its reports: answered as before, and marked deprecated on every answer.
  app.post('/api/v1/assessments', { config: { policy1Contract: true }, onRequest: deprecated }, (request, reply) => {
    assessmentLimit.take(request.ip);
    return reply.type(jsonType).send(JSON.stringify(assessedByApi(request, reply, '1')));
  });

  const openApi = JSON.stringify(openApiDocument(options.publicUrl));
  app.get('/api/v1/openapi.json', (_request, reply) => reply.type(jsonType).send(openApi));
  // Liveness: the process answers. Readiness: it can do its work now, so a load balancer may send it people: its
  // database answers and its job queue has started. (It listens only once its migrations ran, and from SIGTERM on it
  // takes no new connection.)
  app.get('/healthz', () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const ready = (options.jobs?.started?.() ?? true) && (!options.db || (await databaseAnswers(options.db)));
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready' });
  });

  for (const asset of Object.values(assets)) {
    app.get(asset.path, (_request, reply) =>
      reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body),
    );
  }

  const tasks = background(() => app.log);
  app.decorate('backgroundIdle', () => tasks.idle());
  app.addHook('onClose', async () => void (await tasks.settle(10_000)));

  if (!options.db) {
    registerWeb(app, { config: web, cookies: jar, link });
    return app;
  }
  const jobs = options.jobs;
  const stores = openStores(options.db, followUpUpdate, {
    // A check-in may queue jobs in its transaction (the clinic's alert, reminders): while the queue starts, it waits
    // for the start before the transaction begins, since on the embedded database the start needs its one connection.
    ready: jobs ? () => (jobs.started?.() === false ? jobs.startEnded?.() : undefined) : undefined,
    followed: jobs ? onSessionFollowed(jobs) : undefined,
    checkedIn: countingCheckIns(counted, jobs ? onCheckedIn(jobs, web.now) : undefined),
  });
  counted.watch({ jobs, pool: options.poolUse });
  const ids = { newId: options.newId ?? randomUUID, newToken: options.newToken ?? newToken };
  const diaries: DiaryDeps = {
    stores,
    now: web.now,
    ...ids,
    checkInLimits: options.checkInLimits ?? defaultCheckInLimits,
    retentionDays: options.retentionDays ?? defaultRetentionDays,
  };
  const limitNewDiary = (request: FastifyRequest) => diaryLimit.take(request.ip);
  const mailer: Mailer = counted.counting(options.mailer ?? { send: async () => app.log.warn('no mailer: a message was dropped') });
  const clinicAccounts = accounts({
    store: stores.clinics,
    hasher: options.hasher ?? passwordHasher(options.hashing),
    now: web.now,
    ...ids,
    link,
    send: (mail) => mailer.send(mail),
  });
  const clinicFollowUps = followUps({ store: stores.clinics, now: web.now, ...ids, link });
  const push = pushSender(
    stores.reminders,
    secure ? publicOrigin() : (options.pushContact ?? 'mailto:no-reply@aftercare.invalid'),
    web.now,
    { extraServices: options.extraPushServices ?? [], ...(options.pushCertificate ? { ca: options.pushCertificate } : {}) },
  );
  if (jobs && options.runJobs !== false) {
    const send = (mail: Mail) => mailer.send(mail);
    const handlers = {
      ...alertHandlers({ store: stores.clinics, jobs, send, link, now: web.now }),
      ...reminderHandlers({ stores, jobs, push, send, link, now: web.now, newToken: ids.newToken }),
      ...retentionHandlers({
        stores,
        now: web.now,
        retentionDays: diaries.retentionDays,
        throttleWindowMs,
        removed: (counts) => app.log.info({ deleted: counts }, 'housekeeping: unused diaries and expired rows deleted'),
      }),
    };
    // The workers start beside the server's start, not before it: the first answer does not wait for them.
    const onError = (error: Error) => app.log.error({ err: error }, 'job queue');
    // Which job, which attempt, what class of error: never the error itself, which may name an address or endpoint.
    const onFailed = (failure: JobFailure) =>
      app.log[failure.final ? 'error' : 'warn'](failure, failure.final ? 'job failed for good' : 'job failed, to be tried again');
    app.addHook('onReady', async () => void jobs.work(handlers, onError, onFailed).catch(onError));
  }

  registerWeb(app, { config: web, cookies: jar, link, diaries: { ...diaries, limitNewDiary, remindersOn: jobs !== undefined } });
  registerDiaryApi(app, { ...diaries, link, limitNewDiary });
  const limitNewDevice = (request: FastifyRequest) => deviceLimit.take(request.ip);
  if (jobs) registerReminderRoutes(app, { ...diaries, jobs, push, limitNewDevice, extraPushServices: options.extraPushServices ?? [] });
  registerClinic(app, {
    ...diaries,
    defaultTimeZone: web.defaultTimeZone,
    accounts: clinicAccounts,
    followUps: clinicFollowUps,
    cookies: jar,
    background: tasks,
    jobs,
  });
  registerClinicApi(app, { accounts: clinicAccounts, followUps: clinicFollowUps, diaries: stores.diaries, cookies: jar });
  return app;
}
