// The clinic's JSON API shapes, as schemas: its part of the OpenAPI document, and what its answers are checked against.
import { refTo } from './diary.ts';
import { assessmentSchema } from './assessment.ts';
import * as v1 from './v1.ts';
import { inputSchema, outputSchema } from './v2.ts';

const instant = { type: 'string', format: 'date-time' } as const;
const level = outputSchema.$defs.level;

export const clinicSessionSchema = {
  $id: 'aftercare/clinic-session',
  title: 'A massage session a clinic recorded, and the latest of its follow-up',
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'clinicId',
    'therapistId',
    'therapistName',
    'clientId',
    'clientRef',
    'endedAt',
    'massage',
    'notes',
    'createdAt',
    'diaryId',
    'consentedAt',
    'sharingStoppedAt',
    'latestLevel',
    'latestAt',
    'checkIns',
    'pressureFlag',
    'notEasingFlag',
    'attentionAt',
    'handled',
    'hasContact',
    'alertHeldAt',
  ],
  properties: {
    id: { type: 'string' },
    clinicId: { type: 'string' },
    therapistId: { type: 'string' },
    therapistName: { type: 'string' },
    clientId: {
      type: ['string', 'null'],
      description: 'The client the session belongs to: one record per client of the clinic, by their reference',
    },
    clientRef: { type: 'string' },
    endedAt: instant,
    massage: {
      type: 'object',
      additionalProperties: false,
      required: ['endedAt'],
      properties: {
        endedAt: instant,
        style: inputSchema.properties.massage.properties.style,
        pressure: inputSchema.properties.massage.properties.pressure,
        areasWorked: inputSchema.properties.massage.properties.areasWorked,
      },
    },
    notes: { type: 'string' },
    createdAt: instant,
    diaryId: { type: ['string', 'null'] },
    consentedAt: { type: ['string', 'null'], format: 'date-time' },
    sharingStoppedAt: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'When the client stopped sharing: the clinic then has nothing of the diary',
    },
    latestLevel: { anyOf: [level, { type: 'null' }] },
    latestAt: { type: ['string', 'null'], format: 'date-time' },
    checkIns: { type: 'integer', minimum: 0 },
    pressureFlag: { type: 'boolean' },
    notEasingFlag: { type: 'boolean' },
    attentionAt: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'When a check-in last raised a need the session did not have: the clinic was told then',
    },
    handled: {
      description: 'The latest "contacted" a member marked: it handles the needs raised up to its time',
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['at', 'by', 'note'],
          properties: { at: instant, by: { type: 'string' }, note: { type: 'string' } },
        },
        { type: 'null' },
      ],
    },
    hasContact: {
      type: 'boolean',
      description: 'Whether the client left a way to reach them (shown on their page, behind sign-in, never in this API)',
    },
    alertHeldAt: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'When a need was raised but not mailed: an alert about the client had gone out less than an hour before',
    },
  },
  $defs: inputSchema.$defs,
} as const;

const count = { type: 'integer', minimum: 0 } as const;

export const clinicDashboardSchema = {
  $id: 'aftercare/clinic-dashboard',
  title: 'The first page of the dashboard: clients, most urgent first, and the counts',
  type: 'object',
  additionalProperties: false,
  required: ['sessions', 'hasMore', 'counts'],
  properties: {
    sessions: { type: 'array', items: refTo(clinicSessionSchema.$id) },
    hasMore: { type: 'boolean' },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: ['clients', 'emergency', 'urgent', 'seeClinician', 'pressure', 'notEasing', 'waiting', 'stopped'],
      properties: {
        clients: count,
        emergency: count,
        urgent: count,
        seeClinician: count,
        pressure: count,
        notEasing: count,
        waiting: count,
        stopped: count,
      },
    },
  },
} as const;

export const clinicRecordSchema = {
  $id: 'aftercare/clinic-record',
  title: "One client's session and the check-ins the client shares",
  type: 'object',
  additionalProperties: false,
  required: ['session', 'checkIns'],
  properties: {
    session: refTo(clinicSessionSchema.$id),
    checkIns: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['number', 'report', 'assessment'],
        properties: {
          number: { type: 'integer', minimum: 1 },
          report: { anyOf: [refTo(inputSchema.$id), refTo(v1.inputSchema.$id)] },
          assessment: refTo(assessmentSchema.$id),
        },
      },
    },
  },
} as const;
