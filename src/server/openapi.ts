// The OpenAPI 3.1 document, generated from the same schema constants the validator compiles.
import { errorSchema, inputSchema, outputSchema } from '../contract/schemas.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Moves a schema's `$defs` into components under a prefix and points its `$ref`s there. */
function componentise(schema: Json, prefix: string, defs: Record<string, Json>): Json {
  if (Array.isArray(schema)) return schema.map((s) => componentise(s, prefix, defs));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$defs' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [name, def] of Object.entries(value)) defs[`${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`] = componentise(def, prefix, defs);
    } else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      const name = value.slice('#/$defs/'.length);
      out.$ref = `#/components/schemas/${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`;
    } else if (key !== '$schema' && key !== '$id') out[key] = componentise(value, prefix, defs);
  }
  return out;
}

export function openApiDocument(): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  schemas.Report = componentise(inputSchema as unknown as Json, 'Report', schemas);
  schemas.Assessment = componentise(outputSchema as unknown as Json, 'Assessment', schemas);
  schemas.Error = componentise(errorSchema as unknown as Json, 'Error', schemas);
  schemas.Diary = {
    type: 'object',
    required: ['links', 'diary', 'checkIns'],
    properties: {
      token: { type: 'string', description: 'Only in the answer that created the diary' },
      links: { type: 'object', additionalProperties: { type: 'string' } },
      diary: { type: 'object', properties: { createdAt: { type: 'string', format: 'date-time' }, timeZone: { type: 'string' }, massage: { type: 'object' } } },
      checkIns: { type: 'array', items: { type: 'object', properties: { number: { type: 'integer' }, reportedAt: { type: 'string', format: 'date-time' }, report: { $ref: '#/components/schemas/Report' }, assessment: { $ref: '#/components/schemas/Assessment' } } } },
    },
  };
  const tokenParameter = { name: 'token', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' }, description: 'The diary\'s secret token (256 random bits)' };
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aftercare',
      version: '1',
      summary: 'Triage of lower back pain after a massage (policy 1). Not a diagnosis.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/api/v1/assessments': {
        post: {
          operationId: 'assess',
          summary: 'Assess one report',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } },
          responses: {
            '200': { description: 'The assessment', content: { 'application/json': { schema: { $ref: '#/components/schemas/Assessment' } } } },
            '400': error('The body is not JSON (malformed-json)'),
            '413': error('The body is over 64 KiB'),
            '422': error('The report was refused: invalid-input (with every issue), report-before-massage or out-of-scope'),
          },
        },
      },
      '/api/v1/diaries': {
        post: {
          operationId: 'startDiary',
          summary: 'Start a recovery diary from a report; the answer carries the diary\'s token (shown once)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', additionalProperties: false, required: ['report'], properties: { report: { $ref: '#/components/schemas/Report' }, timeZone: { type: 'string', description: 'IANA time zone for the diary, default UTC' } } } } },
          },
          responses: { '201': { description: 'The diary', content: { 'application/json': { schema: { $ref: '#/components/schemas/Diary' } } } }, '400': error('Not JSON'), '422': error('Refused, with every issue by its path') },
        },
      },
      '/api/v1/diaries/{token}': {
        parameters: [tokenParameter],
        get: { operationId: 'getDiary', summary: 'The diary with every check-in', responses: { '200': { description: 'The diary', content: { 'application/json': { schema: { $ref: '#/components/schemas/Diary' } } } }, '404': error('No diary has this token') } },
        delete: { operationId: 'deleteDiary', summary: 'Delete the diary and every check-in, for good', responses: { '204': { description: 'Deleted' }, '404': error('No diary has this token') } },
      },
      '/api/v1/diaries/{token}/sharing': {
        parameters: [tokenParameter],
        get: {
          operationId: 'getSharing',
          summary: 'The clinic this diary is shared with, and since when',
          responses: {
            '200': { description: 'Shared', content: { 'application/json': { schema: { type: 'object', additionalProperties: false, required: ['clinicName', 'since'], properties: { clinicName: { type: 'string' }, since: { type: 'string', format: 'date-time' } } } } } },
            '404': error('No diary has this token, or it is shared with no clinic'),
          },
        },
        delete: {
          operationId: 'stopSharing',
          summary: 'Stop sharing the diary with its clinic: the clinic keeps the session but nothing of the diary',
          responses: { '204': { description: 'Stopped' }, '404': error('No diary has this token, or it is shared with no clinic') },
        },
      },
      '/api/v1/diaries/{token}/check-ins': {
        parameters: [tokenParameter],
        post: {
          operationId: 'checkIn',
          summary: 'Add a check-in: a report without the massage (the diary has it); reportedAt defaults to now; a missing pain.trend is worked out from the scores',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'The fields of a Report except massage; reportedAt and pain.trend optional' } } } },
          responses: { '201': { description: 'The check-in and its assessment', content: { 'application/json': { schema: { type: 'object', properties: { number: { type: 'integer' }, report: { $ref: '#/components/schemas/Report' }, assessment: { $ref: '#/components/schemas/Assessment' } } } } } }, '400': error('Not JSON'), '404': error('No diary has this token'), '422': error('Refused, with every issue by its path') },
        },
      },
      '/api/v1/diaries/{token}/fhir': {
        parameters: [tokenParameter],
        get: { operationId: 'diaryFhir', summary: 'The diary as a FHIR R4 Bundle (Questionnaire, QuestionnaireResponse, Observation LOINC 72514-3, RiskAssessment)', responses: { '200': { description: 'FHIR R4 Bundle', content: { 'application/fhir+json': { schema: { type: 'object' } } } }, '404': error('No diary has this token') } },
      },
      '/api/v1/diaries/{token}/reminders.ics': {
        parameters: [tokenParameter],
        get: { operationId: 'diaryReminders', summary: 'Check-in reminders as iCalendar (RFC 5545)', responses: { '200': { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } }, '404': error('No diary has this token') } },
      },
      '/healthz': {
        get: { operationId: 'health', summary: 'Whether the server is up', responses: { '200': { description: 'Up', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } } } },
      },
    },
    components: { schemas },
  };
}
