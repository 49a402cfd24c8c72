// The recovery diary's API shapes, as schemas: the one source of its validator, its types and its part of the
// OpenAPI document. A report inside them is the contract's own (`$ref` to its `$id`).
import type { FromSchema } from 'json-schema-to-ts';
import { assessmentSchema } from './assessment.ts';
import * as v1 from './v1.ts';
import * as v2 from './v2.ts';
import { inputSchema } from './v3.ts';

/** Every token Aftercare makes (diaries, follow-ups, one-time links): 256 random bits in base64url. */
export const tokenPattern = '^[A-Za-z0-9_-]{43}$';

/** A `$ref` to another of Aftercare's schemas: relative to this one's `$id`, all of which start `aftercare/`. */
export const refTo = <Id extends `aftercare/${string}`>(id: Id) => ({
  $ref: id.slice('aftercare/'.length) as Id extends `aftercare/${infer Rest}` ? Rest : never,
});

/**
 * A check-in kept at its first emergency answer: a report's shape in which only the massage and the time are
 * required. A question it did not reach is absent, never "no". Policy 3's report holds policy 2's, so a check-in
 * stopped under either fits it.
 */
export const stoppedReportSchema = {
  $id: 'aftercare/stopped-report',
  title: 'A check-in stopped at its first emergency answer: the answers given so far',
  type: 'object',
  additionalProperties: false,
  required: ['massage', 'reportedAt'],
  properties: Object.fromEntries(
    Object.entries(inputSchema.properties).map(([key, schema]) => [
      key,
      key === 'massage' || !('required' in schema) ? schema : { ...schema, required: [] },
    ]),
  ),
  $defs: inputSchema.$defs,
} as const;

/**
 * A stored report: made under policy 3 (the web app's check-ins, /api/v3/diaries), policy 2 (/api/v1/diaries) or
 * policy 1 before them, or stopped at an emergency answer (`stopped`).
 */
const storedReportRef = {
  anyOf: [refTo(inputSchema.$id), refTo(v2.inputSchema.$id), refTo(v1.inputSchema.$id), refTo(stoppedReportSchema.$id)],
} as const;
const assessmentRef = refTo(assessmentSchema.$id);
const instant = { type: 'string', format: 'date-time' } as const;

/** A report under a policy's contract: what a diary can be started with and take check-ins of. */
type InputSchema = typeof v2.inputSchema | typeof inputSchema;

/** The body that starts a diary with a report under `input`'s policy. */
const newDiaryOf = <const Id extends string, const Input extends InputSchema>($id: Id, input: Input, policy: string) =>
  ({
    $id,
    title: `A report to start a recovery diary with (policy ${policy})`,
    type: 'object',
    additionalProperties: false,
    required: ['report'],
    properties: {
      report: refTo(input.$id),
      timeZone: {
        type: 'string',
        format: 'time-zone',
        maxLength: 64,
        description: 'IANA time zone the diary shows its times in; default UTC',
      },
    },
    // The report's own `#/$defs/…` references, for type derivation (the validator resolves them in the report's schema).
    $defs: input.$defs,
  }) as const;

/** A check-in under `input`'s policy: a report without the massage (the diary has it); reportedAt defaults to now, pain.trend to the scores'. */
function newCheckInOf<const Id extends string, const Input extends InputSchema>($id: Id, input: Input, policy: string) {
  const { massage: _massage, ...checkInProperties } = input.properties;
  return {
    $id,
    title: `A check-in: the answers of a report under policy ${policy}, without the massage`,
    type: 'object',
    additionalProperties: false,
    required: input.required.filter((field) => field !== 'massage' && field !== 'reportedAt'),
    properties: {
      ...checkInProperties,
      reportedAt: {
        ...instant,
        description:
          "When this check-in is made; default now. The next check-in, and its reminders, are planned on the server's clock: a check-in dated in the past never plans one sooner than one check-in interval (24 hours) after the server received it.",
      },
      pain: { ...input.properties.pain, required: input.properties.pain.required.filter((field) => field !== 'trend') },
    },
    $defs: input.$defs,
  } as const;
}

/** /api/v1/diaries: its contract takes policy 2's report (TRIAGE-2.md). */
export const newDiarySchema = newDiaryOf('aftercare/new-diary', v2.inputSchema, '2');
export const newCheckInSchema = newCheckInOf('aftercare/new-check-in', v2.inputSchema, '2');
/** /api/v3/diaries: policy 3's report (TRIAGE.md), as the web app's diaries take. */
export const newDiarySchema3 = newDiaryOf('aftercare/new-diary-3', inputSchema, '3');
export const newCheckInSchema3 = newCheckInOf('aftercare/new-check-in-3', inputSchema, '3');

const checkIn = {
  type: 'object',
  additionalProperties: false,
  required: ['number', 'report', 'assessment'],
  properties: {
    number: { type: 'integer', minimum: 1 },
    reportedAt: instant,
    stopped: {
      const: true,
      description:
        'Present when the check-in was kept at its first emergency answer: its report holds only the answers given so far (there may be no pain score).',
    },
    report: storedReportRef,
    assessment: assessmentRef,
  },
} as const;

export const checkInAnswerSchema = { $id: 'aftercare/check-in', title: 'One check-in and its assessment', ...checkIn } as const;

export const diarySchema = {
  $id: 'aftercare/diary',
  title: 'A recovery diary with every check-in',
  type: 'object',
  additionalProperties: false,
  required: ['links', 'exportedFrom', 'diary', 'checkIns', 'plannedCheckIns'],
  properties: {
    token: { type: 'string', pattern: tokenPattern, description: "The diary's secret: only in the answer that created it" },
    links: {
      type: 'object',
      additionalProperties: false,
      required: ['self', 'page', 'checkIns', 'fhir', 'reminders'],
      properties: {
        self: { type: 'string' },
        page: { type: 'string' },
        checkIns: { type: 'string' },
        fhir: { type: 'string' },
        reminders: { type: 'string' },
      },
    },
    exportedFrom: { const: 'Aftercare' },
    diary: {
      type: 'object',
      additionalProperties: false,
      required: ['createdAt', 'massage', 'timeZone'],
      properties: { createdAt: instant, timeZone: { type: 'string' }, massage: inputSchema.properties.massage },
    },
    checkIns: { type: 'array', items: { ...checkIn, required: ['number', 'reportedAt', 'report', 'assessment'] } },
    plannedCheckIns: {
      type: 'array',
      items: instant,
      description:
        "When the next check-ins are planned, earliest first: the same times as the diary page, reminders.ics and the reminders. The latest advice's recheck time, on the server's clock: after a check-in dated in the past, no sooner than 24 hours after the server received it. Empty while the advice is to get care first, and before the first check-in.",
    },
  },
  $defs: inputSchema.$defs,
} as const;

export const sharingSchema = {
  $id: 'aftercare/sharing',
  title: 'The clinic a diary is shared with',
  type: 'object',
  additionalProperties: false,
  required: ['clinicName', 'since', 'contactLine', 'toldAt'],
  properties: {
    clinicName: { type: 'string' },
    since: instant,
    contactLine: {
      type: ['string', 'null'],
      description: "How the clinic's clients reach it, as its admin wrote it (the diary page shows the same line); null when it set none",
    },
    toldAt: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'When the clinic was last told that this diary needs attention; null while it has not been',
    },
  },
} as const;

export type NewDiary = FromSchema<typeof newDiarySchema, { references: [typeof v2.inputSchema] }>;
export type NewDiary3 = FromSchema<typeof newDiarySchema3, { references: [typeof inputSchema] }>;
