// Every error Aftercare sends, in one shape (the contract's error object), built in one place. Adapters map its
// code to an exit code (the command line) or an HTTP status (the server), each in one function.
import type { FromSchema } from 'json-schema-to-ts';
import { errorSchema as contractErrorSchema } from './v1.ts';

/**
 * The contract's codes first (the policy-2 contract adds `body-too-large`), then those an HTTP service needs
 * besides: each has exactly one status (server/status.ts).
 */
export const errorCodes = [
  'malformed-json',
  'invalid-input',
  'report-before-massage',
  'out-of-scope',
  'body-too-large',
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'gone',
  'unsupported-media-type',
  'too-many-requests',
  'internal',
  'unavailable',
] as const;

/** The project's error schema: the contract's, with every code Aftercare sends. */
export const errorSchema = {
  ...contractErrorSchema,
  $id: 'aftercare/error',
  title: 'Why a request was refused or failed',
  additionalProperties: false,
  properties: {
    error: {
      ...contractErrorSchema.properties.error,
      additionalProperties: false,
      properties: { ...contractErrorSchema.properties.error.properties, code: { enum: errorCodes } },
    },
  },
} as const;

export type ErrorBody = FromSchema<typeof errorSchema>;
export type ErrorCode = (typeof errorCodes)[number];
export type Issue = NonNullable<ErrorBody['error']['issues']>[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[] | undefined;
  /** For `too-many-requests`: when to try again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, issues?: readonly Issue[], retryAfterSeconds?: number) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: [...this.issues] } : {}) } };
  }

  /** One line for a person at a terminal. */
  toLine(): string {
    const details = this.issues?.map((issue) => `${issue.path || '(report)'}: ${issue.message}`).join('; ');
    return details ? `${this.message} ${details}` : this.message;
  }
}

export const malformedJson = (detail: string) => new AppError('malformed-json', `The text is not valid JSON: ${detail}`);

export const invalidInput = (issues: readonly Issue[]) =>
  new AppError(
    'invalid-input',
    `The input does not match the contract (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}).`,
    issues,
  );

/** One field refused, named by its path. */
export const invalidField = (path: string, message: string) => new AppError('invalid-input', message, [{ path, message }]);

export const bodyTooLarge = (limitBytes: number) =>
  new AppError('body-too-large', `The request body is larger than ${limitBytes / 1024} KiB.`, [
    { path: '', message: `the body must be at most ${limitBytes} bytes` },
  ]);

export const notFound = (message: string) => new AppError('not-found', message);

export const internalError = () => new AppError('internal', 'Something went wrong on our side. Please try again.');

/**
 * The same error as the policy-1 contract (`contract/error.schema.json`) can say it, for its one endpoint: that
 * contract has no `body-too-large`, and names an oversized body as `invalid-input` with the limit as its issue.
 */
export function inPolicy1Contract(error: AppError): AppError {
  return error.code === 'body-too-large' ? new AppError('invalid-input', error.message, error.issues) : error;
}
