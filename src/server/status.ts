// The one place an error's code becomes an HTTP status.
import type { ErrorCode } from '../contract/errors.ts';

/** The contract's limit on a request body. */
export const bodyLimit = 64 * 1024;

const statusByCode: Readonly<Record<ErrorCode, number>> = {
  'malformed-json': 400,
  'invalid-input': 422,
  'report-before-massage': 422,
  'out-of-scope': 422,
  'body-too-large': 413,
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  gone: 410,
  'unsupported-media-type': 415,
  'too-many-requests': 429,
  internal: 500,
  unavailable: 503,
};

export const statusOf = (error: { readonly code: ErrorCode }): number => statusByCode[error.code];
