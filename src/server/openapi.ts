// The OpenAPI 3.1 document, generated from the same schema constants the validator compiles: nothing in it is
// written twice. Every route lists every status it can answer, each error with the schema its body follows.
import { clinicDashboardSchema, clinicRecordSchema, clinicSessionSchema } from '../contract/clinic.ts';
import {
  checkInAnswerSchema,
  diarySchema,
  newCheckInSchema,
  newCheckInSchema3,
  newDiarySchema,
  newDiarySchema3,
  sharingSchema,
  stoppedReportSchema,
  tokenPattern,
} from '../contract/diary.ts';
import { assessmentSchema } from '../contract/assessment.ts';
import { errorSchema } from '../contract/errors.ts';
import * as v1 from '../contract/v1.ts';
import * as v2 from '../contract/v2.ts';
import * as v3 from '../contract/v3.ts';
import { sessionCookie } from '../web/guards.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Each schema's component name, by its `$id`. */
const named: readonly (readonly [string, { readonly $id: string }])[] = [
  ['Report', v2.inputSchema],
  ['Assessment', assessmentSchema],
  ['Error', errorSchema],
  ['Policy2Assessment', v2.outputSchema],
  ['Policy2Error', v2.errorSchema],
  ['Policy3Report', v3.inputSchema],
  ['Policy3Assessment', v3.outputSchema],
  ['Policy3Error', v3.errorSchema],
  ['Policy1Report', v1.inputSchema],
  ['Policy1Assessment', v1.outputSchema],
  ['Policy1Error', v1.errorSchema],
  ['NewDiary', newDiarySchema],
  ['NewCheckIn', newCheckInSchema],
  ['NewDiary3', newDiarySchema3],
  ['NewCheckIn3', newCheckInSchema3],
  ['Diary', diarySchema],
  ['CheckIn', checkInAnswerSchema],
  ['StoppedReport', stoppedReportSchema],
  ['Sharing', sharingSchema],
  ['ClinicSession', clinicSessionSchema],
  ['ClinicDashboard', clinicDashboardSchema],
  ['ClinicRecord', clinicRecordSchema],
];
/** Each component's name by its `$id`, and by the relative form a `$ref` from another schema uses. */
const componentById = new Map(
  named.flatMap(
    ([name, schema]) =>
      [
        [schema.$id, name],
        [schema.$id.replace(/^aftercare\//, ''), name],
      ] as const,
  ),
);

/** Moves a schema's `$defs` into components under its name and points every `$ref` (local or by `$id`) there. */
function componentise(schema: Json, prefix: string, defs: Record<string, Json>): Json {
  if (Array.isArray(schema)) return schema.map((s) => componentise(s, prefix, defs));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, Json> = {};
  const defName = (name: string) => `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`;
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$defs' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [name, def] of Object.entries(value)) defs[defName(name)] = componentise(def, prefix, defs);
    } else if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.startsWith('#/$defs/')
        ? `#/components/schemas/${defName(value.slice(8))}`
        : `#/components/schemas/${componentById.get(value) ?? value}`;
    } else if (key !== '$schema' && key !== '$id') out[key] = componentise(value, prefix, defs);
  }
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string, schema = 'Error') => ({ description, content: json(schema) });

const crossSite = error("Sent from another site's page (forbidden)");
const tooLarge = error('The body is over 64 KiB (body-too-large)');
const mediaType = error('The Content-Type header cannot be read (unsupported-media-type)');
const notJson = error('The body is not JSON (malformed-json)');
const noDiary = error('No diary has this token (not-found)');
/** What any write answers besides its own statuses. */
const writeErrors = { '403': crossSite, '413': tooLarge, '415': mediaType };

const readiness = (status: string): Json => ({
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: { status: { const: status } },
});

export function openApiDocument(publicUrl?: URL): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  for (const [name, schema] of named) schemas[name] = componentise(schema, name, schemas);
  const token = {
    name: 'token',
    in: 'path',
    required: true,
    schema: { type: 'string', pattern: tokenPattern },
    description: "The diary's secret token (256 random bits)",
  };
  const open = { security: [] as Json[] };
  // The assessments' words (summary, explanations, actions' text, regions, disclaimer) follow Accept-Language; codes never do.
  const inLanguage = {
    parameters: [
      {
        name: 'Accept-Language',
        in: 'header',
        required: false,
        description:
          'The language of the words: the best of en, es, fr and de, else English. A header over 200 characters or with control characters is ignored.',
        schema: { type: 'string', maxLength: 200 },
      },
    ],
  };
  const wordedIn = {
    'Content-Language': { description: 'The language of the words', schema: { enum: ['en-GB', 'es', 'fr', 'de'] } },
    Vary: { description: 'Accept-Language', schema: { type: 'string' } },
  };
  /**
   * A policy's diary routes: /api/v1/diaries starts and checks in with policy 2's reports (TRIAGE-2.md, its contract),
   * /api/v3/diaries with policy 3's (TRIAGE.md). Both read the same diaries; deleting, sharing and exports are under
   * /api/v1/diaries only.
   */
  const diaryPaths = (base: '/api/v1/diaries' | '/api/v3/diaries', policy: '2' | '3') => {
    const v3 = policy === '3';
    const suffix = v3 ? '3' : '';
    const under = `under triage policy ${policy} (${v3 ? 'TRIAGE.md' : 'TRIAGE-2.md'})`;
    return {
      [base]: {
        post: {
          operationId: `startDiary${suffix}`,
          summary: `Start a recovery diary from a report ${under}; the answer carries the diary's token (shown once)`,
          ...open,
          requestBody: { required: true, content: json(`NewDiary${suffix}`) },
          responses: {
            '201': { description: 'The diary', content: json('Diary') },
            '400': notJson,
            ...writeErrors,
            '422': error('Refused, with every issue by its path (invalid-input, report-before-massage, out-of-scope)'),
            '429': error('Too many new diaries from this address (too-many-requests); see Retry-After'),
          },
        },
      },
      [`${base}/{token}`]: {
        parameters: [token],
        get: {
          operationId: `getDiary${suffix}`,
          summary: `The diary with every check-in, whatever policy each was made under; its links lead to ${base}`,
          ...open,
          responses: { '200': { description: 'The diary', content: json('Diary') }, '404': noDiary },
        },
        ...(v3
          ? {}
          : {
              delete: {
                operationId: 'deleteDiary',
                summary: 'Delete the diary and every check-in, for good',
                ...open,
                responses: { '204': { description: 'Deleted' }, '403': crossSite, '404': noDiary },
              },
            }),
      },
      [`${base}/{token}/check-ins`]: {
        parameters: [token],
        post: {
          operationId: `checkIn${suffix}`,
          summary: `Add a check-in ${under}: a report without the massage (the diary has it); reportedAt defaults to now; a missing pain.trend is worked out from the scores`,
          description:
            "The next check-in and its reminders are planned on the server's clock, not from reportedAt alone: a check-in dated in the past never makes a reminder due sooner than one check-in interval (24 hours) after the server received it. Reminder emails go only to an address that confirmed from the link of a confirmation mail.",
          ...open,
          requestBody: { required: true, content: json(`NewCheckIn${suffix}`) },
          responses: {
            '201': { description: 'The check-in and its assessment', content: json('CheckIn') },
            '400': notJson,
            ...writeErrors,
            '404': noDiary,
            '422': error('Refused, with every issue by its path'),
            '429': error('A check-in too soon after the last (see Retry-After), or one more than a diary takes (too-many-requests)'),
          },
        },
      },
    };
  };
  const signedIn = { security: [{ clinicSession: [] }] };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aftercare',
      version: '1',
      summary: 'Triage of lower back pain after a massage, recovery diaries, and clinic follow-up. Not a diagnosis.',
      license: { name: 'Proprietary: all rights reserved', identifier: 'LicenseRef-Aftercare-Proprietary' },
    },
    servers: [{ url: publicUrl?.origin ?? '/', description: 'This server' }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [],
    paths: {
      '/api/v2/assessments': {
        post: {
          operationId: 'assess',
          ...inLanguage,
          summary: 'Assess one report under triage policy 2 (the current one)',
          ...open,
          requestBody: { required: true, content: json('Report') },
          responses: {
            '200': {
              description: "The assessment: the policy-2 contract's output, with Aftercare's own fields beside it",
              content: json('Assessment'),
              headers: wordedIn,
            },
            '400': error('The body is not JSON (malformed-json)', 'Policy2Error'),
            '403': crossSite,
            '413': error('The body is over 64 KiB (body-too-large)', 'Policy2Error'),
            '415': mediaType,
            '422': error(
              'The report was refused: invalid-input (with every issue, a follow-up the answers make necessary included), report-before-massage or out-of-scope',
              'Policy2Error',
            ),
            '429': error('Too many assessments from this address (too-many-requests); see Retry-After'),
          },
        },
      },
      '/api/v3/assessments': {
        post: {
          operationId: 'assessPolicy3',
          ...inLanguage,
          summary: 'Assess one report under triage policy 3 (TRIAGE.md: the up-front answers of policy 2 and three more)',
          ...open,
          requestBody: { required: true, content: json('Policy3Report') },
          responses: {
            '200': {
              description: "The assessment: the policy-3 contract's output, with Aftercare's own fields beside it",
              content: json('Assessment'),
              headers: wordedIn,
            },
            '400': error('The body is not JSON (malformed-json)', 'Policy3Error'),
            '403': crossSite,
            '413': error('The body is over 64 KiB (body-too-large)', 'Policy3Error'),
            '415': mediaType,
            '422': error(
              'The report was refused: invalid-input (with every issue: a missing up-front answer of policy 3, or a follow-up the answers make necessary), report-before-massage or out-of-scope',
              'Policy3Error',
            ),
            '429': error('Too many assessments from this address (too-many-requests); see Retry-After'),
          },
        },
      },
      '/api/v1/assessments': {
        post: {
          operationId: 'assessPolicy1',
          ...inLanguage,
          summary: 'Assess one report under triage policy 1 (deprecated: use /api/v2/assessments)',
          deprecated: true,
          description: 'Kept for clients that send policy-1 reports. Every answer carries Deprecation, Sunset and a Link to the successor.',
          ...open,
          requestBody: { required: true, content: json('Policy1Report') },
          responses: {
            '200': { description: 'The assessment under policy 1', content: json('Policy1Assessment'), headers: wordedIn },
            '400': error('The body is not JSON (malformed-json)', 'Policy1Error'),
            '403': crossSite,
            '413': error('The body is over 64 KiB (invalid-input, as the policy-1 contract names it)', 'Policy1Error'),
            '415': mediaType,
            '422': error('The report was refused: invalid-input (with every issue), report-before-massage or out-of-scope', 'Policy1Error'),
            '429': error('Too many assessments from this address (too-many-requests); see Retry-After'),
          },
        },
      },
      ...diaryPaths('/api/v1/diaries', '2'),
      ...diaryPaths('/api/v3/diaries', '3'),
      '/api/v1/diaries/{token}/sharing': {
        parameters: [token],
        get: {
          operationId: 'getSharing',
          summary: 'The clinic this diary is shared with, and since when',
          ...open,
          responses: {
            '200': { description: 'Shared', content: json('Sharing') },
            '404': error('No diary has this token, or it is shared with no clinic (not-found)'),
          },
        },
        delete: {
          operationId: 'stopSharing',
          summary: 'Stop sharing the diary with its clinic: the clinic keeps the session but nothing of the diary',
          ...open,
          responses: {
            '204': { description: 'Stopped' },
            '403': crossSite,
            '404': error('No diary has this token, or it is shared with no clinic (not-found)'),
          },
        },
      },
      '/api/v1/diaries/{token}/fhir': {
        parameters: [token],
        get: {
          operationId: 'diaryFhir',
          summary: 'The diary as a FHIR R4 Bundle (Questionnaire, QuestionnaireResponse, Observation LOINC 72514-3, RiskAssessment)',
          ...open,
          responses: {
            '200': {
              description: 'FHIR R4 Bundle',
              content: {
                'application/fhir+json': {
                  schema: { type: 'object', required: ['resourceType'], properties: { resourceType: { const: 'Bundle' } } },
                },
              },
            },
            '404': noDiary,
          },
        },
      },
      '/api/v1/diaries/{token}/reminders.ics': {
        parameters: [token],
        get: {
          operationId: 'diaryReminders',
          summary: 'Check-in reminders as iCalendar (RFC 5545)',
          ...open,
          responses: { '200': { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } }, '404': noDiary },
        },
      },
      '/api/v1/clinic/sessions': {
        get: {
          operationId: 'clinicDashboard',
          summary: "The dashboard's first page: the member's clients (a therapist's own, an admin's whole clinic), most urgent first",
          ...signedIn,
          responses: {
            '200': { description: 'The dashboard', content: json('ClinicDashboard') },
            '401': error('Not signed in (unauthorized)'),
          },
        },
      },
      '/api/v1/clinic/sessions/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 64 }, description: "The session's id" },
        ],
        get: {
          operationId: 'clinicRecord',
          summary: "One client's session and shared check-ins (the look is audited)",
          ...signedIn,
          responses: {
            '200': { description: 'The record', content: json('ClinicRecord') },
            '401': error('Not signed in (unauthorized)'),
            '404': error("No such session in the member's scope (not-found)"),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openApi',
          summary: 'This document',
          ...open,
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Whether the server is up',
          ...open,
          responses: {
            '200': {
              description: 'Up',
              content: {
                'application/json': {
                  schema: { type: 'object', additionalProperties: false, required: ['status'], properties: { status: { const: 'ok' } } },
                },
              },
            },
            // No 4XX: a health probe takes no input, so no answer of it is a client's error.
          },
        },
      },
      '/readyz': {
        get: {
          operationId: 'readiness',
          summary: 'Whether the server can take work now: its database answers',
          ...open,
          responses: {
            '200': { description: 'Ready', content: { 'application/json': { schema: readiness('ready') } } },
            '503': {
              description: 'Not ready: the database does not answer',
              content: { 'application/json': { schema: readiness('not-ready') } },
            },
          },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        clinicSession: {
          type: 'apiKey',
          in: 'cookie',
          name: publicUrl?.protocol === 'https:' ? `__Host-${sessionCookie}` : sessionCookie,
          description: 'The session cookie a clinic member gets by signing in at /clinic/sign-in',
        },
      },
    },
  };
}
