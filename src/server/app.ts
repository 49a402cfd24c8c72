// The HTTP adapter: the contract's endpoints on Fastify. Effects (logger, configuration) come in as arguments.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { parseReportText } from '../contract/validate.ts';
import { assess } from '../engine/assess.ts';
import { errorPage } from '../web/pages/error.ts';
import { jsonType, registerErrorHandling } from './errors.ts';
import { defaultWebConfig, type WebConfig } from '../web/config.ts';
import { assets } from '../web/assets.ts';
import { registerWeb } from '../web/routes.ts';
import { openApiDocument } from './openapi.ts';
import { registerDiaryApi } from './diary-api.ts';
import type { DiaryStore } from '../store/diaries.ts';
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.ts';
import { accounts } from '../clinic/accounts.ts';
import { auditLog, followUps } from '../clinic/follow-up.ts';
import { logMailer, type Mailer } from '../clinic/mailer.ts';
import { registerClinic } from '../web/clinic-routes.ts';
import { isNotable, logRequest } from './request-log.ts';
import { apiSecurityHeaders, securityHeaders } from './security.ts';
import { bodyLimit } from './status.ts';

export interface AppOptions {
  readonly logger?: FastifyServerOptions['logger'];
  readonly web?: Partial<WebConfig>;
  /** Trust X-Forwarded-* from a proxy in front (so cookies get `Secure` behind HTTPS). */
  readonly trustProxy?: boolean;
  /** One log line per request (Fastify's own); by default only failed and slow requests are logged. */
  readonly logEveryRequest?: boolean;
  /** The diary store; without it the app has no recovery diary (the stateless parts still work). */
  readonly store?: DiaryStore;
  /** The database, for the clinic (accounts, sessions, dashboard); without it there is no clinic side. */
  readonly db?: Kysely<Schema>;
  /** Where reset links and invitations go; by default the log. */
  readonly mailer?: Mailer;
}

/** Hostile clients must not hold a connection open forever. */
const timeoutMs = 30_000;
const keepAliveTimeoutMs = 72_000;

export function buildApp(options: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    // Fastify's own 503 body is outside the error schema; requests that arrive while closing are answered as usual.
    return503OnClosing: false,
    trustProxy: options.trustProxy ?? false,
    // Two log lines per request halved throughput in the benchmark; access logs belong to the proxy in front.
    logController: new LogController({ disableRequestLogging: !options.logEveryRequest }),
    // A child logger per request costs an allocation on every request; without per-request logs, the few lines
    // logged (failures, slow requests) bind the request id themselves.
    ...(options.logEveryRequest ? {} : { childLoggerFactory: (logger: FastifyBaseLogger) => logger }),
  });
  if (!options.logEveryRequest) {
    app.addHook('onResponse', (request, reply, done) => {
      const ms = reply.elapsedTime;
      if (isNotable(reply.statusCode, ms)) logRequest(request.log, { reqId: request.id, method: request.method, url: request.url, status: reply.statusCode, ms });
      done();
    });
  }
  const web: WebConfig = { ...defaultWebConfig, ...options.web };

  // A synchronous hook: an async one costs a promise on every request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? apiSecurityHeaders : securityHeaders);
    done();
  });

  // Every body arrives as text; each route decides how to read it. That is how a body that is not JSON
  // becomes the contract's `malformed-json`, and how a `__proto__` key reaches the validator as the
  // unknown field it is instead of being stripped or rejected by a JSON parser's own rules.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  registerErrorHandling(app, errorPage);

  // Synchronous on purpose: an async handler sends from a later microtask, which measured about half the throughput.
  app.post('/api/v1/assessments', { config: { policy1Contract: true } }, (request, reply) =>
    reply.type(jsonType).send(JSON.stringify(assess(parseReportText(typeof request.body === 'string' ? request.body : '')))),
  );

  const openApi = JSON.stringify(openApiDocument());
  app.get('/api/v1/openapi.json', (_request, reply) => reply.type(jsonType).send(openApi));
  app.get('/healthz', () => ({ status: 'ok' }));

  for (const asset of Object.values(assets)) {
    app.get(asset.path, (_request, reply) =>
      reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body),
    );
  }
  const diaries = options.store ? { store: options.store, now: web.now } : undefined;
  registerWeb(app, web, diaries);
  if (diaries) registerDiaryApi(app, diaries);
  if (diaries && options.db) {
    registerClinic(app, {
      ...diaries,
      accounts: accounts(options.db, web.now),
      followUps: followUps(options.db, web.now),
      audit: auditLog(options.db, web.now),
      mailer: options.mailer ?? logMailer(app.log),
      defaultTimeZone: web.defaultTimeZone,
    });
  }

  return app;
}

