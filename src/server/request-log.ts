// The one log line a request gets when it is worth noting: it failed, or it was slow.
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

/** Whether a request gets its line: checked first, so that an ordinary request builds nothing to log. */
export const isNotable = (status: number, ms: number): boolean => status >= 400 || ms > slowRequestMs;

export function logRequest(log: FastifyBaseLogger, { reqId, method, url, status, ms }: RequestSeen): void {
  log.info({ reqId, method, url, status, ms: Math.round(ms) }, 'request');
}
