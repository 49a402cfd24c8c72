// The contract's one error shape, built in one place; adapters map it to an exit code or an HTTP status.
import type { ErrorBody, ErrorCode, Issue } from './types.ts';

export class ContractError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: readonly Issue[]) {
    super(message);
    this.name = 'ContractError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.issues ? { issues: [...this.issues] } : {}) },
    };
  }

  /** One line for a person at a terminal. */
  toLine(): string {
    const details = this.issues?.map((issue) => `${issue.path || '(report)'}: ${issue.message}`).join('; ');
    return details ? `${this.message} ${details}` : this.message;
  }
}

export const malformedJson = (detail: string) =>
  new ContractError('malformed-json', `The text is not valid JSON: ${detail}`);

export const invalidInput = (issues: readonly Issue[]) =>
  new ContractError(
    'invalid-input',
    `The report does not match the contract (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}).`,
    issues,
  );
