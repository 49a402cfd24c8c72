// What a failed job or background task may say in a log line: its class of error, never its message or fields.
/**
 * A job's failed attempt as a log line may tell it: which job, its kind, which attempt, and what class of error. Never
 * the error's message or its other fields: a mail server's answer names the address, a push service's error carries
 * the endpoint, and a mail's text holds its links.
 */
export interface JobFailure {
  readonly job: string;
  readonly kind?: string;
  readonly attempt: number;
  /** The last attempt: the job is failed for good. */
  readonly final: boolean;
  readonly errorClass: string;
  /** A system or library error code (ECONNREFUSED, EENVELOPE), when the error has one. */
  readonly code?: string;
  /** The remote side's status: an SMTP reply code, or a push service's HTTP status. */
  readonly status?: number;
}

/** Of an error, only what names its class: safe to log whatever the error was about. */
export function errorClassOf(error: unknown): Pick<JobFailure, 'errorClass' | 'code' | 'status'> {
  if (!(error instanceof Error)) return { errorClass: typeof error };
  const { code, responseCode, statusCode } = error as { code?: unknown; responseCode?: unknown; statusCode?: unknown };
  const status = [responseCode, statusCode].find((n): n is number => Number.isInteger(n));
  return {
    errorClass: error.name === 'Error' ? error.constructor.name : error.name,
    ...(typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? { code } : {}),
    ...(status === undefined ? {} : { status }),
  };
}
