// The recovery diary's API shapes, as schemas: the one source of its validator, its types and its part of the
// OpenAPI document. A report inside them is the contract's own (`$ref` to its `$id`).
import type { FromSchema } from 'json-schema-to-ts';
import { assessmentSchema } from './assessment.ts';
import * as v1 from './v1.ts';
import { inputSchema } from './v2.ts';

/** Every token Aftercare makes (diaries, follow-ups, one-time links): 256 random bits in base64url. */
export const tokenPattern = '^[A-Za-z0-9_-]{43}$';

/** A `$ref` to another of Aftercare's schemas: relative to this one's `$id`, all of which start `aftercare/`. */
export const refTo = <Id extends `aftercare/${string}`>(id: Id) => ({
  $ref: id.slice('aftercare/'.length) as Id extends `aftercare/${infer Rest}` ? Rest : never,
});

const reportRef = refTo(inputSchema.$id);
/**
 * A check-in kept at its first emergency answer: a report's shape in which only the massage and the time are
 * required. A question it did not reach is absent, never "no".
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

/** A stored report: made under policy 2, or under policy 1 before it, or stopped at an emergency answer (`stopped`). */
const storedReportRef = { anyOf: [refTo(inputSchema.$id), refTo(v1.inputSchema.$id), refTo(stoppedReportSchema.$id)] } as const;
const assessmentRef = refTo(assessmentSchema.$id);
const instant = { type: 'string', format: 'date-time' } as const;

export const newDiarySchema = {
  $id: 'aftercare/new-diary',
  title: 'A report to start a recovery diary with',
  type: 'object',
  additionalProperties: false,
  required: ['report'],
  properties: {
    report: reportRef,
    timeZone: {
      type: 'string',
      format: 'time-zone',
      maxLength: 64,
      description: 'IANA time zone the diary shows its times in; default UTC',
    },
  },
  // The report's own `#/$defs/…` references, for type derivation (the validator resolves them in the report's schema).
  $defs: inputSchema.$defs,
} as const;

const { massage: _massage, ...checkInProperties } = inputSchema.properties;

/** A check-in: a report without the massage (the diary has it); reportedAt defaults to now, pain.trend to the scores'. */
export const newCheckInSchema = {
  $id: 'aftercare/new-check-in',
  title: 'A check-in: the answers of a report, without the massage',
  type: 'object',
  additionalProperties: false,
  required: inputSchema.required.filter((field) => field !== 'massage' && field !== 'reportedAt'),
  properties: {
    ...checkInProperties,
    reportedAt: {
      ...instant,
      description:
        "When this check-in is made; default now. The next check-in, and its reminders, are planned on the server's clock: a check-in dated in the past never plans one sooner than one check-in interval (24 hours) after the server received it.",
    },
    pain: { ...inputSchema.properties.pain, required: inputSchema.properties.pain.required.filter((field) => field !== 'trend') },
  },
  $defs: inputSchema.$defs,
} as const;

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

export type NewDiary = FromSchema<typeof newDiarySchema, { references: [typeof inputSchema] }>;
