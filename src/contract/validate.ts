// Validates what comes in against the contract's schemas and lists every violation by its dotted path.
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type * as ajv2020 from 'ajv/dist/2020.js';
import { isTimeZone } from '../present/time.ts';
import { clinicDashboardSchema, clinicRecordSchema, clinicSessionSchema } from './clinic.ts';
import {
  checkInAnswerSchema,
  diarySchema,
  newCheckInSchema,
  newCheckInSchema3,
  newDiarySchema,
  newDiarySchema3,
  sharingSchema,
  stoppedReportSchema,
  type NewDiary,
  type NewDiary3,
} from './diary.ts';
import { errorSchema, invalidInput, isSaid, issue, malformedJson, type ErrorBody, type Issue, type IssueSaid } from './errors.ts';
import { instantSentence, isInstant } from './instant.ts';
import { assessmentSchema } from './assessment.ts';
import type { Assessment, Report1, Report2, Report3 } from './types.ts';
import * as v1 from './v1.ts';
import * as v2 from './v2.ts';
import * as v3 from './v3.ts';

type Schema = { readonly [key: string]: unknown };

/**
 * The same schema with `type: "string"` stated beside every enum of strings (and every `$ref` to one).
 * It accepts exactly what the original accepts, but lets Ajv check `uniqueItems` by type: for enum-only
 * items Ajv falls back to a deep-equal that calls a hostile object's own `toString` key and throws.
 */
export function withStringTypes(schema: Schema): Schema {
  const defs = (schema.$defs ?? {}) as Record<string, Schema>;
  const stringEnum = (node: Schema) => Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string');
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = key === 'enum' || key === 'const' ? value : visit(value);
    const target = typeof out.$ref === 'string' && out.$ref.startsWith('#/$defs/') ? defs[out.$ref.slice(8)] : undefined;
    if (out.type === undefined && (stringEnum(out) || (target && stringEnum(target)))) out.type = 'string';
    return out;
  };
  return visit(schema) as Schema;
}

// Every schema is known to the validator by its `$id` (so one can `$ref` another); each is compiled on its first
// use, and the validator itself (Ajv, its meta-schemas, these schemas) is made on the first validation: a server's
// start, which validates nothing, pays for none of it (issue 18).
const schemas = [
  v1.inputSchema,
  v1.outputSchema,
  v1.errorSchema,
  v2.inputSchema,
  v2.outputSchema,
  v2.errorSchema,
  v3.inputSchema,
  v3.outputSchema,
  v3.errorSchema,
  assessmentSchema,
  errorSchema,
  newDiarySchema,
  newCheckInSchema,
  newDiarySchema3,
  newCheckInSchema3,
  diarySchema,
  checkInAnswerSchema,
  stoppedReportSchema,
  sharingSchema,
  clinicSessionSchema,
  clinicDashboardSchema,
  clinicRecordSchema,
];

let validator: Ajv2020 | undefined;

/** The validator with every schema known, made on its first use. */
function ajv(): Ajv2020 {
  if (validator) return validator;
  // Ajv is CommonJS: required here, synchronously, because validation is (a route answers in the same tick).
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof ajv2020;
  validator = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  validator.addFormat('date-time', { type: 'string', validate: isInstant });
  validator.addFormat('time-zone', { type: 'string', validate: isTimeZone });
  for (const schema of schemas) validator.addSchema(withStringTypes(schema));
  return validator;
}

type Validator<T> = ((value: unknown) => value is T) & { errors?: ErrorObject[] | null };

function compiledOnUse<T>(id: string): Validator<T> {
  let compiled: ValidateFunction<T> | undefined;
  const validate = (value: unknown): value is T => {
    compiled ??= ajv().getSchema<T>(id)!;
    const valid = compiled(value);
    validate.errors = compiled.errors;
    return valid;
  };
  validate.errors = null as ErrorObject[] | null | undefined;
  return validate;
}

const validateReport1 = compiledOnUse<Report1>(v1.inputSchema.$id);
const validateReport2 = compiledOnUse<Report2>(v2.inputSchema.$id);
const validateReport3 = compiledOnUse<Report3>(v3.inputSchema.$id);
/** Aftercare's own assessment (either policy, with its summary, disclaimer and sources). */
export const validateAssessment = compiledOnUse<Assessment>(assessmentSchema.$id);
/** An assessment as each policy's contract (`assessment-output.schema.json`) allows it. */
export const validateContractAssessment = {
  '1': compiledOnUse<unknown>(v1.outputSchema.$id),
  '2': compiledOnUse<unknown>(v2.outputSchema.$id),
  '3': compiledOnUse<unknown>(v3.outputSchema.$id),
} as const;
/** Any error body Aftercare sends. */
export const validateErrorBody = compiledOnUse<ErrorBody>(errorSchema.$id);
/** An error body as each policy's contract's `error.schema.json` allows it. */
export const validateContractErrorBody = compiledOnUse<ErrorBody>(v1.errorSchema.$id);
export const validateContractErrorBody2 = compiledOnUse<ErrorBody>(v2.errorSchema.$id);
export const validateContractErrorBody3 = compiledOnUse<ErrorBody>(v3.errorSchema.$id);
export const validateDiary = compiledOnUse<unknown>(diarySchema.$id);
export const validateCheckInAnswer = compiledOnUse<unknown>(checkInAnswerSchema.$id);
export const validateSharing = compiledOnUse<unknown>(sharingSchema.$id);
const validateNewDiary = compiledOnUse<NewDiary>(newDiarySchema.$id);
const validateNewCheckIn = compiledOnUse<Record<string, unknown>>(newCheckInSchema.$id);
const validateNewDiary3 = compiledOnUse<NewDiary3>(newDiarySchema3.$id);
const validateNewCheckIn3 = compiledOnUse<Record<string, unknown>>(newCheckInSchema3.$id);

/** `/pain/qualities/0` → `pain.qualities.0`, undoing JSON Pointer escapes. */
function dotted(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

const join = (parent: string, child: string) => (parent ? `${parent}.${child}` : child);

/** What is wrong at one path, said without a language (`questionnaire.api.*`): worded when the error is sent. */
function issueOf(error: ErrorObject): IssueSaid | Issue {
  const path = dotted(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return issue(join(path, String(params.missingProperty)), 'questionnaire.api.required');
    case 'additionalProperties':
      return issue(join(path, String(params.additionalProperty)), 'questionnaire.api.unknown-field');
    case 'enum':
      return issue(path, 'questionnaire.api.one-of', { values: (params.allowedValues as unknown[]).map(String).join(', ') });
    case 'const':
      return issue(path, 'questionnaire.api.must-be', { value: JSON.stringify(params.allowedValue) });
    case 'type':
      return issue(path, 'questionnaire.api.type', { type: String(params.type) });
    case 'format':
      if (params.format === 'time-zone') return issue(path, 'questionnaire.api.time-zone');
      return { path, said: instantSentence(String(error.data)) ?? { id: 'questionnaire.api.date-time' } };
    case 'maxLength':
      return issue(path, 'questionnaire.api.max-length', { limit: String(params.limit) });
    case 'uniqueItems':
      return issue(path, 'questionnaire.api.unique-items', { j: String(params.j), i: String(params.i) });
    case 'minimum':
      return issue(path, 'questionnaire.api.minimum', { limit: String(params.limit) });
    case 'maximum':
      return issue(path, 'questionnaire.api.maximum', { limit: String(params.limit) });
    default:
      return error.message ? { path, message: error.message } : issue(path, 'questionnaire.api.not-valid');
  }
}

/** Ajv reports a problem of the whole value with an empty path: it is named ("the report", "the body") to be read. */
const named = (whole: 'report' | 'body', found: IssueSaid | Issue): IssueSaid | Issue => {
  if (found.path !== '') return found;
  return issue('', 'questionnaire.api.whole', { whole, problem: isSaid(found) ? found.said : String(found.message) });
};

/** Checks an already-parsed value against a schema; never mutates it. */
function parseWith<T>(validate: Validator<T>, value: unknown, whole: 'report' | 'body'): T {
  if (validate(value)) return value;
  const errors = validate.errors ?? [];
  // A value outside an enum of strings fails both `type` and `enum`: the enum's message says more.
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  const issues = errors.filter((e) => !(e.keyword === 'type' && enumPaths.has(e.instancePath))).map(issueOf);
  throw invalidInput(issues.map((found) => named(whole, found)));
}

/** A report under policy 2 (/api/v2, `--policy 2`, the diary API's reports). */
export const parseReport = (value: unknown): Report2 => parseWith(validateReport2, value, 'report');
/** A report under policy 3 (the web app, the terminal, check-ins, /api/v3, the command line's default). */
export const parseReport3 = (value: unknown): Report3 => parseWith(validateReport3, value, 'report');
/** A report under policy 1 (/api/v1/assessments, `--policy 1`). */
export const parseReport1 = (value: unknown): Report1 => parseWith(validateReport1, value, 'report');
/** A new diary's body: its report under policy 2 (/api/v1/diaries) or policy 3 (/api/v3/diaries). */
export const parseNewDiary = (value: unknown): NewDiary => parseWith(validateNewDiary, value, 'body');
export const parseNewDiary3 = (value: unknown): NewDiary3 => parseWith(validateNewDiary3, value, 'body');
/** A check-in's body: its answers under policy 2 (/api/v1/diaries) or policy 3 (/api/v3/diaries). */
export const parseNewCheckIn = (value: unknown): Record<string, unknown> => parseWith(validateNewCheckIn, value, 'body');
export const parseNewCheckIn3 = (value: unknown): Record<string, unknown> => parseWith(validateNewCheckIn3, value, 'body');

/** JSON text to a value, or `malformed-json` saying what is wrong. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformedJson(text, error instanceof Error ? error.message : String(error));
  }
}

/** JSON text to a report under the policy's contract, or an AppError that says what is wrong. */
export const parseReportText = (text: string): Report2 => parseReport(parseJson(text));
export const parseReport1Text = (text: string): Report1 => parseReport1(parseJson(text));
