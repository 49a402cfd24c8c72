// A diary's check-in in Debian's Chromium: the short check-in counted in answers and taps when nothing is wrong, a
// ticked sign opening only its own question, and an emergency answer kept at once (with scripts and without) before
// the emergency page. axe on every state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report2 } from '../../src/contract/types.ts';
import { withPolicy3No } from '../support/reports.ts';
import { vignettes2 } from '../support/vignettes.ts';
import { completeFlow, send } from './answers.ts';
import { browserMissing, freshPage, launch, screenshot, startServer, expectAccessible } from './harness.ts';

const missing = browserMissing();
if (missing && process.env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${missing}`);
if (missing) console.log(`SKIPPED browser check-in tests: ${missing}`);

const calmDay1 = withPolicy3No(vignettes2.find((v) => v.id === 'v2-doms-day1-all-clear')!.input as Report2);
const hour = 3_600_000;

describe.skipIf(missing !== null)('the check-in in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A diary started from an ordinary result; the clock then moves on a day. Returns the diary's address. */
  async function diaryOfACalmResult(page: Page): Promise<string> {
    server.setNow(calmDay1.reportedAt);
    await completeFlow(page, server.base, calmDay1);
    // Pages without scripts are waited for to their content, not their load event.
    await Promise.all([
      page.waitForURL('**/diary/*', { waitUntil: 'domcontentloaded' }),
      page.getByRole('button', { name: 'Track my recovery' }).click(),
    ]);
    server.setNow(new Date(Date.parse(calmDay1.reportedAt) + 24 * hour));
    return page.url();
  }

  const checkInRows = (page: Page) => page.locator('table.checkins tbody tr').allInnerTexts();

  it('a calm check-in takes at most 4 answers and 6 taps from the diary (measured: 2 answers, 4 taps)', async () => {
    const { page, context, problems } = await freshPage(browser, { viewport: { width: 360, height: 780 } });
    try {
      const diary = await diaryOfACalmResult(page);
      await page.goto(diary);
      let answers = 0;
      let taps = 0;
      await Promise.all([page.waitForURL('**/check-in'), page.getByRole('link', { name: 'Check in now' }).click()]);
      taps++;
      await expectAccessible(page, 'short check-in');
      await screenshot(page, 'check-in-short');
      await page
        .getByRole('group', { name: /^How bad is the pain now/ })
        .getByLabel('3', { exact: true })
        .check();
      answers++;
      taps++;
      // The trend follows the score (5 before, 3 now: better), so it costs no tap.
      await expect(page.isChecked('input[name="pain.trend"][value="better"]')).resolves.toBe(true);
      await page.getByRole('group', { name: 'Since your last check-in, have you had any of these?' }).getByLabel('None of these').check();
      answers++;
      taps++;
      await Promise.all([page.waitForURL(diary), page.getByRole('button', { name: 'Save this check-in' }).click()]);
      taps++;
      expect(answers).toBeLessThanOrEqual(2);
      expect(taps).toBeLessThanOrEqual(4);
      expect(answers).toBeLessThanOrEqual(4);
      expect(taps).toBeLessThanOrEqual(6);
      console.log(`calm check-in: ${answers} answers, ${taps} taps`);
      const rows = await checkInRows(page);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toContain('3/10');
      expect(rows[1]).toContain('Self-care');
      // Just checked in: the next one opens in two minutes, said before it is tried.
      await expect(page.getByRole('link', { name: 'Check in now' }).count()).resolves.toBe(0);
      await expect(page.getByText('You can check in again from').count()).resolves.toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a ticked sign opens only its own question, and going back on it hides the question again', async () => {
    const { page, context, problems } = await freshPage(browser);
    try {
      const diary = await diaryOfACalmResult(page);
      await page.goto(`${diary}/check-in`);
      const question = page.getByRole('group', { name: 'How far does the pain travel?' });
      await expect(question.isVisible()).resolves.toBe(false);
      await page.getByLabel(/^Pain that travels from your back/).check();
      await question.waitFor({ state: 'visible' });
      await expectAccessible(page, 'short check-in with a sign ticked');
      await page.getByLabel(/^Pain that travels from your back/).uncheck();
      await question.waitFor({ state: 'hidden' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['with scripts', true],
    ['without scripts', false],
  ])(
    '%s, an emergency tick keeps the check-in at once, then shows the emergency page with its call button',
    async (_name, javaScriptEnabled) => {
      const { page, context, problems } = await freshPage(browser, { javaScriptEnabled });
      try {
        const diary = await diaryOfACalmResult(page);
        await page.goto(`${diary}/check-in`);
        const sign = page.getByLabel('Losing control of your bowels');
        if (javaScriptEnabled) {
          // One tap, the rest of the form blank: the page sends it at once.
          await Promise.all([page.waitForURL('**/emergency'), sign.click()]);
        } else {
          await sign.check();
          await send(page, 'Save this check-in');
          expect(new URL(page.url()).pathname).toBe('/emergency');
        }
        await expect(
          page
            .getByRole('link', { name: /^Call / })
            .first()
            .getAttribute('href'),
        ).resolves.toMatch(/^tel:/);
        // axe runs in the page, so only with scripts; the pages are the same without.
        if (javaScriptEnabled) await expectAccessible(page, 'emergency after a check-in');
        await page.goto(diary, { waitUntil: 'domcontentloaded' });
        const rows = await checkInRows(page);
        expect(rows).toHaveLength(2);
        expect(rows[1]).toContain('Not asked: stopped at the first emergency answer');
        expect(rows[1]).toContain('Emergency');
        if (javaScriptEnabled) await expectAccessible(page, 'diary with a stopped check-in');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
