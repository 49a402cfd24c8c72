// The assessment API in-process (Fastify inject): statuses and bodies exactly as each policy's contract says.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { report, report1, report3 } from '../../test/support/reports.ts';
import { expected, inputText, observed, vignettes, vignettes2, vignettes3 } from '../../test/support/vignettes.ts';
import {
  validateAssessment,
  validateContractAssessment,
  validateContractErrorBody,
  validateContractErrorBody2,
  validateContractErrorBody3,
} from '../contract/validate.ts';
import { buildApp } from './app.ts';

// Limits far above what the tests send: they are tested on their own.
const app = buildApp({ rateLimits: { assessmentsPerMinute: 1_000_000, diariesPerHour: 1_000_000, devicesPerHour: 1_000_000 } });
afterAll(() => app.close());

const post = (version: 1 | 2 | 3, payload: string, contentType = 'application/json') =>
  app.inject({ method: 'POST', url: `/api/v${version}/assessments`, payload, headers: { 'content-type': contentType } });
const statusFor = (error: string | undefined) => (error === undefined ? 200 : error === 'malformed-json' ? 400 : 422);

describe('POST /api/v3/assessments (policy 3)', () => {
  it("200 with an assessment that validates against the policy-3 contract and Aftercare's own schema", async () => {
    const response = await post(3, JSON.stringify(report3()));
    expect(response.statusCode).toBe(200);
    expect(validateContractAssessment['3'](response.json())).toBe(true);
    expect(validateAssessment(response.json())).toBe(true);
    expect(response.json().policyVersion).toBe('3');
  });
  it.each(vignettes3.map((v) => [v.id, v] as const))('vignette %s', async (_id, vignette) => {
    const response = await post(3, inputText(vignette));
    expect(response.statusCode).toBe(statusFor(vignette.expect.error));
    expect(observed(vignette.expect, response.json())).toEqual(expected(vignette.expect));
  });
  it('422 for a policy-2 report: an issue at each of the three up-front answers policy 3 needs', async () => {
    const response = await post(3, JSON.stringify(report()));
    expect(response.statusCode).toBe(422);
    expect(validateContractErrorBody3(response.json())).toBe(true);
    expect(
      response
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['general.bleedingTendency', 'general.faintOrPale', 'general.suddenSidePain']);
  });
  it('422 for each missing answer of the screen after a fever, by its path', async () => {
    const response = await post(3, JSON.stringify(report3({ general: { fever: true } })));
    expect(response.statusCode).toBe(422);
    expect(
      response
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['bladderBowel.littleOrNoUrine', 'general.musclesVeryPainfulOrWeak', 'general.veryUnwell']);
  });
  it('keeps /api/v2 on policy 2: the same policy-3 answers are not known fields there', async () => {
    const response = await post(2, JSON.stringify(report3()));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.issues.map((i: { message: string }) => i.message)).toContain('is not a known field');
    expect((await post(2, JSON.stringify(report()))).json().policyVersion).toBe('2');
  });
});

describe('POST /api/v2/assessments (policy 2)', () => {
  it("200 with an assessment that validates against the contract and Aftercare's own schema", async () => {
    const response = await post(2, JSON.stringify(report()));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(validateContractAssessment['2'](response.json())).toBe(true);
    expect(validateAssessment(response.json())).toBe(true);
    expect(response.json().policyVersion).toBe('2');
    expect(response.headers.deprecation).toBeUndefined();
  });
  it.each(vignettes2.map((v) => [v.id, v] as const))('vignette %s', async (_id, vignette) => {
    const response = await post(2, inputText(vignette));
    expect(response.statusCode).toBe(statusFor(vignette.expect.error));
    expect(observed(vignette.expect, response.json())).toEqual(expected(vignette.expect));
  });
  it('422 invalid-input for a follow-up the answers make necessary, saying why', async () => {
    const response = await post(2, JSON.stringify(report({ pain: { radiation: 'thigh' } })));
    expect(response.statusCode).toBe(422);
    expect(validateContractErrorBody2(response.json())).toBe(true);
    expect(response.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['nerve.bothLegs', 'history.cancer']);
  });
  it('413 body-too-large over 64 KiB', async () => {
    const response = await post(2, JSON.stringify(report()).replace('{', `{"padding":"${'x'.repeat(64 * 1024)}",`));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('body-too-large');
    expect(validateContractErrorBody2(response.json())).toBe(true);
  });
  it('refuses a policy-1 report: policy 2 needs the tick-list', async () => {
    const response = await post(2, JSON.stringify(report1()));
    expect(response.statusCode).toBe(422);
    expect(
      response
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['bladderBowel.bloodInUrine', 'bladderBowel.brownUrine', 'general.breathlessOrChestPain', 'general.oneLegSwollen']);
  });
});

describe('POST /api/v1/assessments (policy 1, deprecated)', () => {
  it('200 with an assessment that validates against the policy-1 contract, marked deprecated with its successor', async () => {
    const response = await post(1, JSON.stringify(report1()));
    expect(response.statusCode).toBe(200);
    expect(validateContractAssessment['1'](response.json())).toBe(true);
    expect(response.json().policyVersion).toBe('1');
    expect(response.headers.deprecation).toBe('@1795564800');
    expect(response.headers.sunset).toBe('Mon, 31 May 2027 00:00:00 GMT');
    expect(response.headers.link).toContain('</api/v2/assessments>; rel="successor-version"');
  });
  it.each(vignettes.map((v) => [v.id, v] as const))('vignette %s', async (_id, vignette) => {
    const response = await post(1, inputText(vignette));
    expect(response.statusCode).toBe(statusFor(vignette.expect.error));
    expect(observed(vignette.expect, response.json())).toEqual(expected(vignette.expect));
  });
  it('400 malformed-json for a body that is not JSON, or empty; errors are marked deprecated too', async () => {
    const response = await post(1, '{"massage":');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('malformed-json');
    expect(validateContractErrorBody(response.json())).toBe(true);
    expect(response.headers.deprecation).toBeDefined();
    const empty = await app.inject({ method: 'POST', url: '/api/v1/assessments' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('malformed-json');
  });
  it('422 invalid-input listing every issue', async () => {
    const response = await post(1, JSON.stringify({ ...report1(), pain: { ...report1().pain, severity: -1, trend: 'up' }, extra: true }));
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(validateContractErrorBody(body)).toBe(true);
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['extra', 'pain.severity', 'pain.trend']);
  });
  it('422 report-before-massage and out-of-scope', async () => {
    expect((await post(1, JSON.stringify(report1({ reportedAt: '2026-03-01T00:00:00Z' })))).json().error.code).toBe(
      'report-before-massage',
    );
    const late = await post(1, JSON.stringify(report1({}, 721)));
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe('out-of-scope');
  });
  it('413 over 64 KiB, with the body its contract can say (invalid-input)', async () => {
    const response = await post(1, JSON.stringify(report1()).replace('{', `{"padding":"${'x'.repeat(64 * 1024)}",`));
    expect(response.statusCode).toBe(413);
    expect(validateContractErrorBody(response.json())).toBe(true);
  });
  it('reads the body as JSON whatever content type is sent', async () => {
    expect((await post(1, JSON.stringify(report1()), 'text/plain')).statusCode).toBe(200);
  });
  it('a __proto__ key is an unknown field and pollutes nothing', async () => {
    const response = await post(1, JSON.stringify(report1()).replace('{', '{"__proto__":{"polluted":1},'));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.issues).toEqual([{ path: '__proto__', message: 'is not a known field' }]);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe('hostile bodies', () => {
  it.each([1, 2] as const)('never crash /api/v%s/assessments: every answer is a contract status with a contract error', async (version) => {
    const validate = version === 1 ? validateContractErrorBody : validateContractErrorBody2;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.json({ maxDepth: 4 }),
          fc.constantFrom('['.repeat(5000), '{"a":'.repeat(3000), '\uFEFF{}', 'null', '1e999'),
        ),
        async (payload) => {
          const response = await post(version, payload);
          expect([200, 400, 413, 422]).toContain(response.statusCode);
          if (response.statusCode !== 200) expect(validate(response.json())).toBe(true);
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
