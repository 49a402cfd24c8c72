// The one log line a request gets when it is worth noting (it failed, or it was slow), and how a URL is written
// into any log line: links carry secrets (a diary's, a follow-up's, a reset's), so path segments that are tokens
// are replaced and query strings are dropped, whichever route the URL belongs to.
import type { FastifyBaseLogger } from 'fastify';

/** Requests slower than this are logged even when they succeed. */
export const slowRequestMs = 1000;

export interface RequestSeen {
  readonly reqId: string;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly status: number;
  readonly ms: number;
}

/** A segment long and random enough to be a secret: every token Aftercare makes is 43 base64url characters. */
const secretLike = (segment: string) => segment.length >= 20 && /^[A-Za-z0-9_%-]+$/.test(segment);

/** The URL as a log may show it: its path with every secret-like segment redacted, and no query string. */
export function loggableUrl(url: string | undefined): string {
  if (url === undefined) return '';
  const path = url.split(/[?#]/, 1)[0]!.slice(0, 512);
  return path
    .split('/')
    .map((segment) => (secretLike(segment) ? '[redacted]' : segment))
    .join('/');
}

/** Whether a request gets its line: checked first, so that an ordinary request builds nothing to log. */
export const isNotable = (status: number, ms: number): boolean => status >= 400 || ms > slowRequestMs;

export function logRequest(log: FastifyBaseLogger, { reqId, method, url, status, ms }: RequestSeen): void {
  log.info({ reqId, method, url: loggableUrl(url), status, ms: Math.round(ms) }, 'request');
}
