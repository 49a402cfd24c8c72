// The OpenAPI document against the server's real answers: every documented operation is called until it has given
// every status the document lists for it, and each answer's content type and body are validated against what the
// document says for that status (with a validator of this test's own, not the app's). An answer the document does
// not list fails too.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import { checkInAnswers, report, report1, report3 } from '../../test/support/reports.ts';
import type { Report2 } from '../contract/types.ts';
import type { Visitor } from '../../test/support/browserless.ts';

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }>; security?: unknown[] };
type Document = {
  info: { license?: { name: string } };
  paths: Record<string, Record<string, Operation & { deprecated?: boolean }>>;
  components: object;
  servers?: unknown[];
};

let h: ClinicHarness;
let limited: ClinicHarness;
let doc: Document;
let admin: Visitor;
let sessionId: string;
let shared: string;
let unshared: string;
const seen = new Map<string, Set<string>>();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
ajv.addFormat('date-time', {
  type: 'string',
  validate: (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s),
});
ajv.addFormat('time-zone', { type: 'string', validate: (s: string) => s.length > 0 });

const big = JSON.stringify({ padding: 'x'.repeat(70 * 1024) });
/** Each policy's diary API (policy 2 under v1, policy 3 under v3), with a report and a check-in of its policy. */
const diaryApis = [
  { base: '/api/v1/diaries', report: (): Report2 => report() },
  { base: '/api/v3/diaries', report: (): Report2 => report3() },
] as const;
type DiaryApi = (typeof diaryApis)[number];
const checkIn = (api: DiaryApi = diaryApis[0]) => JSON.stringify(checkInAnswers(api.report()));

async function newDiary(on: ClinicHarness = h, api: DiaryApi = diaryApis[0]): Promise<string> {
  const created = await on.app.inject({ method: 'POST', url: api.base, payload: JSON.stringify({ report: api.report() }) });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ token: string }>().token;
}

beforeAll(async () => {
  h = await clinicHarness('2026-03-03T09:00:00Z');
  limited = await clinicHarness('2026-03-03T09:00:00Z', {
    app: { rateLimits: { assessmentsPerMinute: 1, diariesPerHour: 1, devicesPerHour: 1 } },
  });
  doc = (await h.app.inject({ url: '/api/v1/openapi.json' })).json();
  ajv.addSchema({ ...doc, $id: 'openapi' });
  admin = await h.signUp('Calm Hands', 'a@example.com');
  const session = await h.recordSession(admin, 'Client O');
  sessionId = session.id;
  shared = (await h.clientFollowsUp(session.link, {})).diary;
  unshared = await newDiary();
  h.setNow('2026-03-03T09:10:00Z');
}, 60_000);
afterAll(async () => {
  await h?.close();
  await limited?.close();
});

/** The document's template for a concrete path, e.g. /api/v1/diaries/{token} for /api/v1/diaries/abc. */
function templateOf(path: string): string {
  const bare = path.split('?')[0]!;
  const found = Object.keys(doc.paths).find((template) =>
    new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare),
  );
  if (!found) throw new Error(`${bare} is not in the document`);
  return found;
}

/** Checks one real answer against the document, and counts its status as seen for its operation. */
function conforms(method: string, path: string, answer: LightMyRequestResponse): void {
  const template = templateOf(path);
  const operation = doc.paths[template]![method.toLowerCase()];
  expect(operation, `${method} ${template} is documented`).toBeDefined();
  const status = String(answer.statusCode);
  const key = status in operation!.responses ? status : `${status[0]}XX`;
  const documented = operation!.responses[key];
  expect(
    documented,
    `${method} ${template} answered ${status}, which the document does not list: ${answer.body.slice(0, 200)}`,
  ).toBeDefined();
  const types = Object.keys(documented!.content ?? {});
  if (types.length === 0) expect(answer.body, `${method} ${template} ${status} has no body`).toBe('');
  else {
    const type = String(answer.headers['content-type'] ?? '').split(';')[0]!;
    expect(types, `${method} ${template} ${status} content type`).toContain(type);
    if (type.endsWith('json')) {
      const escape = (part: string) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'));
      const pointer = `#/paths/${escape(template)}/${method.toLowerCase()}/responses/${key}/content/${escape(type)}/schema`;
      const validate = ajv.getSchema(`openapi${pointer}`)!;
      expect(
        validate(answer.json()),
        `${method} ${template} ${status}: ${JSON.stringify(validate.errors)} for ${answer.body.slice(0, 300)}`,
      ).toBe(true);
    }
  }
  const statuses = seen.get(`${method.toUpperCase()} ${template}`) ?? new Set<string>();
  statuses.add(key);
  seen.set(`${method.toUpperCase()} ${template}`, statuses);
}

async function call(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  { payload, headers = {}, on = h, who }: { payload?: string; headers?: Record<string, string>; on?: ClinicHarness; who?: Visitor } = {},
) {
  const answer = who
    ? await who.get(url)
    : await on.app.inject({
        method,
        url,
        headers: { 'content-type': 'application/json', ...headers },
        ...(payload !== undefined ? { payload } : {}),
      });
  conforms(method, url, answer);
  return answer;
}

const crossSite = { 'sec-fetch-site': 'cross-site' };

describe('every documented operation, and every status it documents, against real answers', () => {
  it.each(['/api/v3/assessments', '/api/v2/assessments', '/api/v1/assessments'])('POST %s', async (url) => {
    const valid = JSON.stringify(url.includes('v3') ? report3() : url.includes('v2') ? report() : report1());
    expect((await call('POST', url, { payload: valid })).statusCode).toBe(200);
    expect((await call('POST', url, { payload: '{' })).statusCode).toBe(400);
    expect((await call('POST', url, { payload: valid, headers: crossSite })).statusCode).toBe(403);
    expect((await call('POST', url, { payload: big })).statusCode).toBe(413);
    expect((await call('POST', url, { payload: valid, headers: { 'content-type': 'bogus' } })).statusCode).toBe(415);
    expect((await call('POST', url, { payload: '{"pain":1}' })).statusCode).toBe(422);
    expect((await call('POST', url, { payload: JSON.stringify({ ...report(), reportedAt: '2026-03-01T00:00:00Z' }) })).statusCode).toBe(
      422,
    );
    await call('POST', url, { payload: valid, on: limited });
    expect((await call('POST', url, { payload: valid, on: limited })).statusCode).toBe(429);
  });

  it.each(diaryApis)('POST $base', async (api) => {
    const url = api.base;
    const valid = JSON.stringify({ report: api.report(), timeZone: 'Europe/London' });
    expect((await call('POST', url, { payload: valid })).statusCode).toBe(201);
    expect((await call('POST', url, { payload: '{' })).statusCode).toBe(400);
    expect((await call('POST', url, { payload: valid, headers: crossSite })).statusCode).toBe(403);
    expect((await call('POST', url, { payload: big })).statusCode).toBe(413);
    expect((await call('POST', url, { payload: valid, headers: { 'content-type': 'bogus' } })).statusCode).toBe(415);
    expect((await call('POST', url, { payload: '{"report":{}}' })).statusCode).toBe(422);
    await call('POST', url, { payload: valid, on: limited }); // the limit counts both APIs' new diaries together
    expect((await call('POST', url, { payload: valid, on: limited })).statusCode).toBe(429);
  });

  it.each(diaryApis.map((api, i) => ({ ...api, at: new Date(Date.parse('2026-03-03T09:20:00Z') + i * 3_600_000) })))(
    'the diary under $base: read, check in',
    async (api) => {
      h.setNow(api.at.toISOString());
      const token = await newDiary(h, api);
      const nobody = 'A'.repeat(43);
      expect((await call('GET', `${api.base}/${token}`)).statusCode).toBe(200);
      expect((await call('GET', `${api.base}/${nobody}`)).statusCode).toBe(404);
      const checkIns = `${api.base}/${token}/check-ins`;
      h.setNow(new Date(api.at.getTime() + 10 * 60_000).toISOString());
      expect((await call('POST', checkIns, { payload: checkIn(api) })).statusCode).toBe(201);
      expect((await call('POST', checkIns, { payload: checkIn(api) })).statusCode).toBe(429);
      expect((await call('POST', checkIns, { payload: '{' })).statusCode).toBe(400);
      expect((await call('POST', checkIns, { payload: checkIn(api), headers: crossSite })).statusCode).toBe(403);
      expect((await call('POST', `${api.base}/${nobody}/check-ins`, { payload: checkIn(api) })).statusCode).toBe(404);
      expect((await call('POST', checkIns, { payload: big })).statusCode).toBe(413);
      expect((await call('POST', checkIns, { payload: checkIn(api), headers: { 'content-type': 'bogus' } })).statusCode).toBe(415);
      expect((await call('POST', checkIns, { payload: '{"pain":{}}' })).statusCode).toBe(422);
    },
  );

  it('a diary read through the API holds what the web app made (policy 3): the document says so', async () => {
    // The shared diary was started from a clinic's follow-up link on the web, under policy 3.
    const answer = await call('GET', `/api/v1/diaries/${shared}`);
    expect(answer.statusCode).toBe(200);
    expect(
      answer.json<{ checkIns: { assessment: { policyVersion: string } }[] }>().checkIns.map((c) => c.assessment.policyVersion),
    ).toContain('3');
  });

  it('the diary: export, share, delete', async () => {
    const token = await newDiary();
    const nobody = 'A'.repeat(43);
    for (const part of ['fhir', 'reminders.ics']) {
      expect((await call('GET', `/api/v1/diaries/${token}/${part}`)).statusCode).toBe(200);
      expect((await call('GET', `/api/v1/diaries/${nobody}/${part}`)).statusCode).toBe(404);
    }
    expect((await call('GET', `/api/v1/diaries/${shared}/sharing`)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/diaries/${unshared}/sharing`)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/diaries/${shared}/sharing`, { headers: crossSite })).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/diaries/${shared}/sharing`)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/v1/diaries/${shared}/sharing`)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/diaries/${token}`, { headers: crossSite })).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/diaries/${token}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/v1/diaries/${token}`)).statusCode).toBe(404);
  });

  it("the clinic's JSON, signed in and not", async () => {
    expect((await call('GET', '/api/v1/clinic/sessions', { who: admin })).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/clinic/sessions')).statusCode).toBe(401);
    expect((await call('GET', `/api/v1/clinic/sessions/${sessionId}`, { who: admin })).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/clinic/sessions/${sessionId}`)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/clinic/sessions/00000000-0000-4000-8000-000000000000', { who: admin })).statusCode).toBe(404);
  });

  it('the document and health', async () => {
    expect((await call('GET', '/api/v1/openapi.json')).statusCode).toBe(200);
    expect((await call('GET', '/healthz')).statusCode).toBe(200);
    expect((await call('GET', '/readyz')).statusCode).toBe(200);
    const down = await clinicHarness('2026-03-03T09:00:00Z');
    await down.database.close();
    expect((await call('GET', '/readyz', { on: down })).statusCode).toBe(503);
    await down.app.close();
  });

  it('left no documented status unanswered', () => {
    const missing: string[] = [];
    for (const [template, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        if (typeof operation !== 'object' || !('responses' in operation)) continue;
        const got = seen.get(`${method.toUpperCase()} ${template}`) ?? new Set();
        for (const status of Object.keys(operation.responses))
          if (!got.has(status)) missing.push(`${method.toUpperCase()} ${template} ${status}`);
      }
    expect(missing).toEqual([]);
  });
});

describe('the document itself', () => {
  it('names its servers, a license, and the security of every operation: none for the public ones, the session cookie for the clinic', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBeTruthy();
    expect(doc.paths['/api/v1/assessments']!.post!.deprecated).toBe(true);
    expect(doc.paths['/api/v2/assessments']!.post!.deprecated).toBeUndefined();
    for (const [template, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        if (typeof operation !== 'object' || !('responses' in operation)) continue;
        expect(operation.security, `${method} ${template}`).toEqual(template.startsWith('/api/v1/clinic/') ? [{ clinicSession: [] }] : []);
        // Every operation that takes input says how it refuses it; the health probes and the document take none.
        if (!['/healthz', '/readyz', '/api/v1/openapi.json'].includes(template))
          expect(
            Object.keys(operation.responses).some((s) => s.startsWith('4')),
            `${method} ${template} documents a 4XX`,
          ).toBe(true);
      }
  });
});
