// A public page's first visit transfers at most 20 KB of JavaScript (the budget `npm run bench:web` reports): the
// questionnaire, the result, the emergency and the offline pages, in-process.
import { afterAll, describe, expect, it } from 'vitest';
import { questionnaireSteps } from '../../test/support/forms.ts';
import { buildApp } from './app.ts';

const app = buildApp({ web: { now: () => new Date('2026-03-03T09:00:00Z'), defaultTimeZone: 'Europe/Madrid' } });
afterAll(() => app.close());

const budgetBytes = 20_000;

/** The bytes of every script a page loads. */
async function scriptBytes(url: string, cookie = ''): Promise<number> {
  const text = (await app.inject({ url, headers: cookie ? { cookie } : {} })).body;
  let bytes = 0;
  for (const [, src] of text.matchAll(/<script src="([^"]+)"/g)) bytes += (await app.inject({ url: src! })).rawPayload.byteLength;
  return bytes;
}

/** The questionnaire sent step by step, as a browser without scripts would: the cookie that shows its result. */
async function resultCookie(): Promise<string> {
  let cookie = '';
  for (const [step, form] of questionnaireSteps) {
    const response = await app.inject({
      method: 'POST',
      url: `/check/${step}`,
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    const set = response.headers['set-cookie'];
    if (typeof set === 'string') cookie = set.split(';')[0]!;
  }
  return cookie;
}

describe('page weight', () => {
  it.each(['/', '/check/red-flags', '/check/other-signs', '/check/massage', '/check/pain', '/emergency', '/offline'])(
    '%s loads at most 20 KB of JavaScript',
    async (url) => {
      const bytes = await scriptBytes(url);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(budgetBytes);
    },
  );

  it('the result page loads at most 20 KB of JavaScript', async () => {
    const cookie = await resultCookie();
    expect((await app.inject({ url: '/check/result', headers: { cookie } })).body).toContain('data-cold-timer');
    expect(await scriptBytes('/check/result', cookie)).toBeLessThanOrEqual(budgetBytes);
  });
});
