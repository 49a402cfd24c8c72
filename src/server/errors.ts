// The one error handler: whatever a route throws becomes the project's error, sent with its one status, as JSON
// to the API and as a page to a person.
import type { Duplex } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, bodyTooLarge, inPolicy1Contract, internalError, notFound } from '../contract/errors.ts';
import { bodyLimit, statusOf } from './status.ts';
import { languageTags } from '../i18n/languages.ts';
import { contentLanguage, translatorOf } from '../i18n/request.ts';

export const jsonType = 'application/json; charset=utf-8';

/** What a route may say about its errors, in its Fastify `config`. */
export interface ErrorConfig {
  /** The route answers in the policy-1 contract, whose error codes are fewer. */
  readonly policy1Contract?: boolean;
}

/**
 * Fastify's own errors (body too large, a media type it cannot read, a body shorter or longer than its
 * Content-Length, a stream cut off) as the project's codes. Fastify's message is English only and never sent: each
 * refusal is a catalogue message, said in the reader's language.
 */
export function asAppError(thrown: unknown): AppError {
  if (thrown instanceof AppError) return thrown;
  const { code, statusCode } = thrown as { code?: string; statusCode?: number };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) return bodyTooLarge(bodyLimit);
  if (statusCode === 415) return new AppError('unsupported-media-type', { id: 'questionnaire.api.unsupported-media-type' });
  if (statusCode === 404) return notFound({ id: 'questionnaire.api.nothing-here' });
  if (code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return new AppError('bad-request', { id: 'questionnaire.api.length-mismatch' });
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return new AppError('bad-request', unreadable);
  return internalError();
}

/**
 * A control character in a path (a NUL byte, as `%00` or as itself) names nothing on this server: refused before
 * any route, and so any database, sees it (second audit, finding 8).
 */
export function hasControlCharacterInPath(url: string): boolean {
  const path = url.split('?', 1)[0]!;
  for (let k = 0; k < path.length; k++) {
    const code = path.charCodeAt(k);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return /%(?:[01][0-9a-f]|7f)/i.test(path);
}

/** A path with a control character, or one whose %-escapes are not text (Fastify's bad URL). */
export const unreadableAddress = () => new AppError('bad-request', { id: 'questionnaire.api.unreadable-address' });

const unreadable = { id: 'questionnaire.api.unreadable' } as const;

/**
 * Node's HTTP parser refuses a request line it cannot read (a raw NUL byte in the path) before Fastify sees it: the
 * answer is still the project's error, with nothing logged about what was sent.
 */
export function refuseUnreadableRequest(error: { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, new AppError('bad-request', { id: 'questionnaire.api.too-slow' }).toBody()]
      : [400, new AppError('bad-request', unreadable).toBody()];
  const text = JSON.stringify(body);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : 'Bad Request'}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Content-Type: ${jsonType}\r\nConnection: close\r\n\r\n${text}`,
    );
  socket.destroy();
}

/** API answers are JSON, and so are the answers to a page's script that sent JSON; everything else is a page for a person. */
export const isApiRequest = (request: FastifyRequest): boolean =>
  request.url.startsWith('/api/') || request.url === '/healthz' || (request.headers['content-type'] ?? '').startsWith('application/json');

export type PageRenderer = (error: AppError, request: FastifyRequest) => string;

/** `routeConfig` is the route's own (from Fastify, by default); a request no route matched has none. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  renderPage?: PageRenderer,
  routeConfig: () => ErrorConfig | undefined = () => request.routeOptions.config as ErrorConfig | undefined,
) {
  reply.code(statusOf(error));
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(Math.ceil(error.retryAfterSeconds)));
  if (renderPage && !isApiRequest(request)) {
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-language', contentLanguage(request))
      .send(renderPage(error, request));
  }
  // The status stays the error's own; only the body is said in the words the route's contract knows, in the
  // request's language (Accept-Language): the code and every path are the same in every language.
  // A request Fastify refused before routing (a bad URL) has no language of its own: it is answered in English.
  const t = translatorOf(request);
  const body = (routeConfig()?.policy1Contract ? inPolicy1Contract(error) : error).toBody(t);
  // A cache must not give one reader's words to another who asks in another language.
  const vary = String(reply.getHeader('vary') ?? '');
  if (!/accept-language/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
  return reply.type(jsonType).header('content-language', languageTags[t.language]).send(JSON.stringify(body));
}

export function registerErrorHandling(app: FastifyInstance, renderPage?: PageRenderer): void {
  app.setErrorHandler((thrown, request, reply) => {
    const error = asAppError(thrown);
    if (error.code === 'internal') request.log.error({ reqId: request.id, err: thrown }, 'request failed');
    return sendError(request, reply, error, renderPage);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      request,
      reply,
      notFound({ id: 'questionnaire.api.nothing-at', values: { method: request.method, path: request.url.split('?')[0]! } }),
      renderPage,
    ),
  );
}
