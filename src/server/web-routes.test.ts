// The pages over HTTP in-process: the questionnaire by form posts, headers, OpenAPI, health and hostile input.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { pain } from '../../test/support/forms.ts';
import { inputSchema } from '../contract/v1.ts';
import { buildApp } from './app.ts';
import { contentSecurityPolicy } from './security.ts';

const now = new Date('2026-03-03T09:00:00Z');
const app = buildApp({ web: { now: () => now, defaultTimeZone: 'UTC' } });
afterAll(() => app.close());

type Jar = { cookie: string };
async function postForm(path: string, form: Record<string, string | string[]>, jar: Jar) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  const response = await app.inject({
    method: 'POST',
    url: path,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.cookie },
  });
  const set = response.headers['set-cookie'];
  if (typeof set === 'string') jar.cookie = set.split(';')[0]!;
  return response;
}

const calmRedFlags = {
  'bladderBowel.bladderControlLoss': 'no',
  'bladderBowel.bowelControlLoss': 'no',
  'bladderBowel.difficultyUrinating': 'no',
  'nerve.saddleNumbness': 'no',
  'nerve.legWeakness': 'none',
  sinceMassage: 'none',
};

describe('the questionnaire by plain form posts', () => {
  it('walks the steps to a result and keeps the draft in an HttpOnly, SameSite cookie', async () => {
    const jar = { cookie: '' };
    let response = await postForm('/check/red-flags', calmRedFlags, jar);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/check/other-signs');
    expect(String(response.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/);
    response = await postForm(
      '/check/other-signs',
      {
        'nerve.numbness': 'none',
        'nerve.tingling': 'none',
        'general.fever': 'yes',
        alsoUnwell: 'none',
        'general.recentFallOrInjury': 'no',
        bleedingRisk: 'none',
      },
      jar,
    );
    expect(response.headers.location).toBe('/check/massage');
    response = await postForm(
      '/check/massage',
      { 'massage.endedAt:day': 'yesterday', 'massage.endedAt:time': '17:00', timeZone: 'UTC', 'massage.sharpPainDuring': 'no' },
      jar,
    );
    expect(response.headers.location).toBe('/check/pain');
    response = await postForm('/check/pain', { ...pain, 'pain.severity': '3' }, jar);
    expect(response.headers.location).toBe('/check/result');
    const result = await app.inject({ url: '/check/result', headers: { cookie: jar.cookie } });
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('level-urgent');
    // Without a diary to start (no storage), the next step on the first screen is the call button.
    expect(result.body).not.toContain('Track my recovery');
    expect(result.body).toMatch(/<h2 id="next"[^>]*>Next step<\/h2>[\s\S]*?<a class="call-button" href="tel:/);
    const json = await app.inject({ url: '/check/result.json', headers: { cookie: jar.cookie } });
    expect(json.headers['content-disposition']).toContain('attachment');
    expect(json.json().assessment.level).toBe('urgent');
    expect(json.json().report.reportedAt).toBe('2026-03-03T09:00:00+00:00');
  });

  it('sends an emergency answer straight to the emergency page, whatever else is missing', async () => {
    const jar = { cookie: '' };
    const response = await postForm('/check/red-flags', { 'nerve.legWeakness': 'both-legs' }, jar);
    expect(response.headers.location).toBe('/emergency');
    const page = await app.inject({ url: '/emergency', headers: { cookie: jar.cookie } });
    expect(page.body).toContain('href="tel:112"');
    expect(page.body).toContain('You said both of your legs feel weak');
  });

  it('answers a step with errors with 422, an error summary and the answers given', async () => {
    const response = await postForm('/check/red-flags', { 'bladderBowel.bladderControlLoss': 'no' }, { cookie: '' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('role="alert"');
    expect(response.body).toContain('href="#q-nerve-legWeakness"');
    expect(response.body).toMatch(/value="no" checked/);
  });

  it('sends a person who skipped steps back to the first one missing', async () => {
    const response = await app.inject({ url: '/check/result' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/check/red-flags');
  });

  it('starting again forgets the draft', async () => {
    const response = await app.inject({ method: 'POST', url: '/check/restart' });
    expect(String(response.headers['set-cookie'])).toContain('Max-Age=0');
  });

  it('survives any cookie and any form body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 400 }),
        fc.constantFrom('red-flags', 'other-signs', 'massage', 'pain'),
        async (cookie, body, step) => {
          const headers = { cookie: `aftercare_draft=${cookie}`, 'content-type': 'application/x-www-form-urlencoded' };
          const post = await app.inject({ method: 'POST', url: `/check/${step}`, payload: body, headers });
          expect([303, 422]).toContain(post.statusCode);
          const get = await app.inject({ url: '/check/result', headers });
          expect([200, 303, 422]).toContain(get.statusCode);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('every response is safe by default', () => {
  it.each(['/', '/check/red-flags', '/emergency', '/healthz', '/nope'])('%s carries the page security headers', async (url) => {
    const response = await app.inject({ url });
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
  it.each([
    ['GET', '/api/v1/openapi.json'],
    ['POST', '/api/v1/assessments'],
    ['GET', '/api/v1/nope'],
  ] as const)('%s %s carries the API headers: nothing may load or frame it, nothing caches it', async (method, url) => {
    const response = await app.inject({ method, url, payload: method === 'POST' ? '{}' : undefined });
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
  });
  it('pages carry no inline script or style', async () => {
    for (const url of ['/', '/check/red-flags', '/check/massage', '/check/pain', '/emergency']) {
      const body = (await app.inject({ url })).body;
      expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(body).not.toMatch(/\sstyle=|<style/);
    }
  });
  it('serves the assets with long caching', async () => {
    const page = (await app.inject({ url: '/' })).body;
    const css = /href="(\/assets\/app\.[0-9a-f]+\.css)"/.exec(page)![1]!;
    const response = await app.inject({ url: css });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });
});

describe('documentation and health', () => {
  it('GET /healthz says ok', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
  });
  it("GET /api/v1/openapi.json is OpenAPI 3.1 built from the validator's own schemas, and every $ref resolves", async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/assessments');
    expect(doc.components.schemas.Report.required).toEqual(inputSchema.required);
    expect(doc.components.schemas.ReportRegion.enum).toEqual(inputSchema.$defs.region.enum);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const path = ref.slice(8, -1).replace('#/', '').split('/');
      expect(
        path.reduce((node: any, key) => node?.[key], doc),
        ref,
      ).toBeDefined();
    }
  });
});

describe('served over HTTPS (PUBLIC_URL https://…)', () => {
  it('cookies are Secure with the __Host- prefix, and HSTS is sent; over plain HTTP neither', async () => {
    const form = 'bladderBowel.bladderControlLoss=no';
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const overHttps = buildApp({ publicUrl: new URL('https://aftercare.example.org'), web: { now: () => now, defaultTimeZone: 'UTC' } });
    const secure = await overHttps.inject({ method: 'POST', url: '/check/red-flags', payload: form, headers });
    expect(String(secure.headers['set-cookie'])).toMatch(/^__Host-aftercare_draft=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Secure/);
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    await overHttps.close();
    const plain = buildApp({ web: { now: () => now, defaultTimeZone: 'UTC' } });
    const response = await plain.inject({ method: 'POST', url: '/check/red-flags', payload: form, headers });
    expect(String(response.headers['set-cookie'])).toMatch(/^aftercare_draft=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age/);
    expect(response.headers['strict-transport-security']).toBeUndefined();
    await plain.close();
  });
});
