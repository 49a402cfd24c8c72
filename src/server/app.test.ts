// The HTTP API in-process (Fastify inject): statuses and bodies exactly as contract/README.md says.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { expected, inputText, observed, vignettes } from '../../test/support/vignettes.ts';
import { validateAssessment, validateContractErrorBody as validateErrorBody } from '../contract/validate.ts';
import { buildApp } from './app.ts';

// Limits far above what the tests send: they are tested on their own.
const app = buildApp({ rateLimits: { assessmentsPerMinute: 1_000_000, diariesPerHour: 1_000_000 } });
afterAll(() => app.close());

const post = (payload: string, contentType = 'application/json') =>
  app.inject({ method: 'POST', url: '/api/v1/assessments', payload, headers: { 'content-type': contentType } });

describe('POST /api/v1/assessments', () => {
  it('200 with an assessment that validates against the output schema', async () => {
    const response = await post(JSON.stringify(report()));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(validateAssessment(response.json())).toBe(true);
  });
  it.each(vignettes.map((v) => [v.id, v] as const))('vignette %s', async (_id, vignette) => {
    const response = await post(inputText(vignette));
    const want = vignette.expect.error === undefined ? 200 : vignette.expect.error === 'malformed-json' ? 400 : 422;
    expect(response.statusCode).toBe(want);
    expect(observed(vignette.expect, response.json())).toEqual(expected(vignette.expect));
  });
  it('400 malformed-json for a body that is not JSON', async () => {
    const response = await post('{"massage":');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('malformed-json');
    expect(validateErrorBody(response.json())).toBe(true);
  });
  it('400 malformed-json for an empty body', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/assessments' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('malformed-json');
  });
  it('422 invalid-input listing every issue', async () => {
    const response = await post(JSON.stringify({ ...report(), pain: { ...report().pain, severity: -1, trend: 'up' }, extra: true }));
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(validateErrorBody(body)).toBe(true);
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['extra', 'pain.severity', 'pain.trend']);
  });
  it('422 report-before-massage and out-of-scope', async () => {
    expect((await post(JSON.stringify(report({ reportedAt: '2026-03-01T00:00:00Z' })))).json().error.code).toBe('report-before-massage');
    const late = await post(JSON.stringify(report({}, 721)));
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe('out-of-scope');
  });
  it('413 with an error body over 64 KiB', async () => {
    const padded = JSON.stringify(report()).replace('{', `{"padding":"${'x'.repeat(64 * 1024)}",`);
    const response = await post(padded);
    expect(response.statusCode).toBe(413);
    expect(validateErrorBody(response.json())).toBe(true);
  });
  it('reads the body as JSON whatever content type is sent', async () => {
    expect((await post(JSON.stringify(report()), 'text/plain')).statusCode).toBe(200);
  });
  it('a __proto__ key is an unknown field and pollutes nothing', async () => {
    const response = await post(JSON.stringify(report()).replace('{', '{"__proto__":{"polluted":1},'));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.issues).toEqual([{ path: '__proto__', message: 'is not a known field' }]);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
  it('no hostile body crashes it: every answer is a contract status with a JSON error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 }), fc.constantFrom('[' .repeat(5000), '{"a":'.repeat(3000), '\uFEFF{}', 'null', '1e999')),
        async (payload) => {
          const response = await post(payload);
          expect([200, 400, 413, 422]).toContain(response.statusCode);
          if (response.statusCode !== 200) expect(validateErrorBody(response.json())).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('other routes', () => {
  it('GET / answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('not a diagnosis');
  });
  it('unknown API routes answer 404 as JSON, unknown pages as a page', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not-found');
    const page = await app.inject({ method: 'GET', url: '/nope' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('Page not found');
  });
});
