// The one place a contract error becomes an HTTP status.
import { ContractError } from '../contract/errors.ts';
import type { ErrorCode } from '../contract/types.ts';

/** The contract's limit on a request body. */
export const bodyLimit = 64 * 1024;

const statusByCode: Record<ErrorCode, number> = {
  'malformed-json': 400,
  'invalid-input': 422,
  'report-before-massage': 422,
  'out-of-scope': 422,
};

export const statusOf = (error: ContractError): number => statusByCode[error.code];

/** The contract names no code for an oversized body; `invalid-input` with the limit keeps the body inside the error schema. */
export const tooLarge = new ContractError('invalid-input', `The request body is larger than ${bodyLimit / 1024} KiB.`, [
  { path: '', message: `the body must be at most ${bodyLimit} bytes` },
]);

/** A fault of ours: outside the contract's codes, and it says nothing about the request. */
export const internalErrorBody = { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } } as const;
