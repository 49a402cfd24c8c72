// The one error handler: whatever a route throws becomes the project's error, sent with its one status, as JSON
// to the API and as a page to a person.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, bodyTooLarge, inPolicy1Contract, internalError, notFound } from '../contract/errors.ts';
import { bodyLimit, statusOf } from './status.ts';

export const jsonType = 'application/json; charset=utf-8';

/** What a route may say about its errors, in its Fastify `config`. */
export interface ErrorConfig {
  /** The route answers in the policy-1 contract, whose error codes are fewer. */
  readonly policy1Contract?: boolean;
}

/** Fastify's own errors (body too large, a media type it cannot read, a bad URL) as the project's codes. */
export function asAppError(thrown: unknown): AppError {
  if (thrown instanceof AppError) return thrown;
  const { code, statusCode, message } = thrown as { code?: string; statusCode?: number; message?: string };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) return bodyTooLarge(bodyLimit);
  if (statusCode === 415) return new AppError('unsupported-media-type', 'This content type cannot be read here.');
  if (statusCode === 404) return notFound('Nothing is here.');
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500)
    return new AppError('bad-request', message || 'The request could not be read.');
  return internalError();
}

/** API answers are JSON; everything else is a page for a person. */
export const isApiRequest = (request: FastifyRequest): boolean => request.url.startsWith('/api/') || request.url === '/healthz';

export type PageRenderer = (error: AppError, request: FastifyRequest) => string;

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError, renderPage?: PageRenderer) {
  reply.code(statusOf(error));
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(Math.ceil(error.retryAfterSeconds)));
  if (renderPage && !isApiRequest(request)) {
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderPage(error, request));
  }
  // The status stays the error's own; only the body is said in the words the route's contract knows.
  const config = request.routeOptions.config as ErrorConfig | undefined;
  return reply.type(jsonType).send(JSON.stringify((config?.policy1Contract ? inPolicy1Contract(error) : error).toBody()));
}

export function registerErrorHandling(app: FastifyInstance, renderPage?: PageRenderer): void {
  app.setErrorHandler((thrown, request, reply) => {
    const error = asAppError(thrown);
    if (error.code === 'internal') request.log.error({ reqId: request.id, err: thrown }, 'request failed');
    return sendError(request, reply, error, renderPage);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, notFound(`Nothing is at ${request.method} ${request.url.split('?')[0]}.`), renderPage),
  );
}
