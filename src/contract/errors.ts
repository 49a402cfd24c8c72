// Every error Aftercare sends, in one shape (the contract's error object), built in one place. Adapters map its
// code to an exit code (the command line) or an HTTP status (the server), each in one function.
import type { FromSchema } from 'json-schema-to-ts';
import { translator, type MessageId, type Translator } from '../i18n/messages.ts';
import { say, type SentenceValues, type Worded } from './sentence.ts';
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

/** A field refused, with what is wrong said without a language: worded in the reader's when the error is sent. */
export interface IssueSaid {
  readonly path: string;
  readonly said: Worded;
}

const english = translator('en');
export const isSaid = (issue: Issue | IssueSaid): issue is IssueSaid => 'said' in issue && typeof issue.said === 'object';

/** An issue at `path`: the message `id` with its values, worded when sent. */
export const issue = (path: string, id: MessageId, values?: SentenceValues): IssueSaid => ({
  path,
  said: values ? { id, values } : { id },
});

/**
 * An error's words are kept as sentences (a message id and values) wherever the code that refuses knows them, and
 * worded only when the error is sent, in the reader's language: validation and the engine stay language-free. Its
 * `message` and `issues` are the English words, as the contract has always said them (logs, the terminal, tests);
 * a plain string given by a caller is sent as it is, in every language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** The issues in English. */
  readonly issues: readonly Issue[] | undefined;
  /** For `too-many-requests`: when to try again. */
  readonly retryAfterSeconds: number | undefined;
  /** The message as a sentence, when the code that refused said it so. */
  readonly said: Worded | undefined;
  readonly #issuesSaid: readonly (Issue | IssueSaid)[] | undefined;

  constructor(code: ErrorCode, message: string | Worded, issues?: readonly (Issue | IssueSaid)[], retryAfterSeconds?: number) {
    super(typeof message === 'string' ? message : say(english, message));
    this.name = 'AppError';
    this.code = code;
    this.said = typeof message === 'string' ? undefined : message;
    this.#issuesSaid = issues;
    this.issues = issues ? wordedIssues(english, issues) : undefined;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The same error under another code (the policy-1 contract's), with its words kept as sentences. */
  withCode(code: ErrorCode): AppError {
    return new AppError(code, this.said ?? this.message, this.#issuesSaid, this.retryAfterSeconds);
  }

  /** The message in `t`'s language. */
  messageIn(t: Translator): string {
    return this.said ? say(t, this.said) : this.message;
  }

  /** The issues in `t`'s language; `code` and each `path` are the same in every language. */
  issuesIn(t: Translator): Issue[] | undefined {
    return this.#issuesSaid ? wordedIssues(t, this.#issuesSaid) : undefined;
  }

  /** The contract's error object, its words in `t`'s language (English by default). */
  toBody(t: Translator = english): ErrorBody {
    const issues = this.issuesIn(t);
    return { error: { code: this.code, message: this.messageIn(t), ...(issues ? { issues } : {}) } };
  }

  /** One line for a person at a terminal. */
  toLine(t: Translator = english): string {
    const message = this.messageIn(t);
    const details = this.issuesIn(t)
      ?.map((issue) => `${issue.path || t('questionnaire.api.whole-path')}: ${issue.message}`)
      .join('; ');
    return details ? `${message} ${details}` : message;
  }
}

function wordedIssues(t: Translator, issues: readonly (Issue | IssueSaid)[]): Issue[] {
  return issues.map((issue) => (isSaid(issue) ? { path: issue.path, message: say(t, issue.said) } : { ...issue }));
}

/**
 * Text that is not JSON, refused with where it stops being JSON: the parser's own words are English only, so only
 * the place is kept from them (V8 names a position, or the end of the text) and said in the reader's language.
 */
export function malformedJson(text: string, parserMessage: string): AppError {
  const position = /\bat position (\d+)\b/.exec(parserMessage);
  const offset = position ? Number(position[1]) : undefined;
  const said = (values: SentenceValues) => new AppError('malformed-json', { id: 'questionnaire.api.malformed-json', values });
  if (/\bend of JSON input\b/.test(parserMessage) || (offset !== undefined && offset >= text.length)) return said({ place: 'end' });
  if (offset === undefined) return said({ place: 'unknown' });
  const before = text.slice(0, offset);
  return said({ place: 'at', line: before.split('\n').length, column: offset - before.lastIndexOf('\n') });
}

export const invalidInput = (issues: readonly (Issue | IssueSaid)[]) =>
  new AppError(
    'invalid-input',
    // The count as plain digits (not grouped): the English contract's words stay exactly as they were.
    { id: 'questionnaire.api.invalid-input', values: { count: issues.length, shown: String(issues.length) } },
    issues,
  );

/** One field refused, named by its path. */
export const invalidField = (path: string, message: string | Worded) =>
  new AppError('invalid-input', message, [typeof message === 'string' ? { path, message } : { path, said: message }]);

export const bodyTooLarge = (limitBytes: number) =>
  new AppError('body-too-large', { id: 'questionnaire.api.body-too-large', values: { kib: String(limitBytes / 1024) } }, [
    issue('', 'questionnaire.api.body-at-most', { bytes: String(limitBytes) }),
  ]);

export const notFound = (message: string | Worded) => new AppError('not-found', message);

export const internalError = () => new AppError('internal', { id: 'questionnaire.api.internal' });

/**
 * The same error as the policy-1 contract (`contract/error.schema.json`) can say it, for its one endpoint: that
 * contract has no `body-too-large`, and names an oversized body as `invalid-input` with the limit as its issue.
 */
export function inPolicy1Contract(error: AppError): AppError {
  return error.code === 'body-too-large' ? error.withCode('invalid-input') : error;
}
