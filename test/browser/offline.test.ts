// The app on a phone without a network, in Debian's Chromium: the service worker installs and keeps the public pages
// (and nothing of a diary), the start, emergency and question pages open with the network cut, an answer sent offline
// is kept and sent when the network is back, an emergency answer offline goes straight to the emergency page; and
// the diary's reminder controls, the offline page and the unsubscribe pages pass axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report2 } from '../../src/contract/types.ts';
import { translator } from '../../src/i18n/messages.ts';
import { steps } from '../../src/web/draft.ts';
import { offlinePaths } from '../../src/web/offline.ts';
import { withPolicy3No } from '../support/reports.ts';
import { vignettes2 } from '../support/vignettes.ts';
import { completeFlow, fieldsFor, fillStep } from './answers.ts';
import { browserMissing, freshPage, launch, screenshot, startServer, expectAccessible } from './harness.ts';

const missing = browserMissing();
if (missing && process.env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${missing}`);
if (missing) console.log(`SKIPPED offline browser tests: ${missing}`);

const ordinary = withPolicy3No(vignettes2.find((v) => v.id === 'v2-doms-day1-all-clear')!.input as Report2);

describe.skipIf(missing !== null)('the app offline, in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startServer({ jobs: true })]);
    server.setNow(ordinary.reportedAt);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

  /** The worker installed, in control of the page, with every offline page kept. */
  async function installed(page: Page): Promise<string[]> {
    await page.goto(`${server.base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
    return page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls.sort();
    });
  }

  async function inContext(test: (page: Page, problems: string[], context: BrowserContext) => Promise<void>) {
    const { page, problems, context } = await freshPage(browser);
    try {
      await test(page, problems, context);
    } finally {
      await context.close();
    }
  }

  it('the service worker installs and keeps the public pages; with the network cut they open, and others say offline', async () => {
    await inContext(async (page, problems, context) => {
      expect(await installed(page)).toEqual([...offlinePaths].sort());
      await context.setOffline(true);
      await page.goto(`${server.base}/`);
      await expect(page.getByRole('link', { name: /Start/ }).first().isVisible()).resolves.toBe(true);
      await page.goto(`${server.base}/emergency`);
      await expect(page.locator('a.call-button[href^="tel:"]').first().isVisible()).resolves.toBe(true);
      await expect(page.getByText('not a diagnosis').count()).resolves.toBeGreaterThan(0);
      for (const section of steps) {
        await page.goto(`${server.base}/check/${section.id}`);
        await expect(page.locator('form.step-form, form[data-follow-ups]').count()).resolves.toBeGreaterThan(0);
      }
      await page.goto(`${server.base}/diaries`);
      await expect(heading(page)).resolves.toBe('You are offline');
      await expect(page.locator('a.call-button[href^="tel:"]').count()).resolves.toBe(1);
      await expectAccessible(page, 'offline page');
      await screenshot(page, 'offline');
      expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))).toEqual([]);
    });
  });

  it('the pages kept for offline use follow the language chosen on the device', async () => {
    await inContext(async (page, problems, context) => {
      await installed(page);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
      // One tap on the chooser: the page comes back in Spanish, and the script has the worker keep its pages again.
      await Promise.all([page.waitForURL(`${server.base}/`), page.getByRole('button', { name: 'Español' }).click()]);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      const keptLanguage = (path: string) =>
        page.evaluate(async (kept) => (await (await caches.match(kept))?.text())?.match(/<html lang="([^"]+)"/)?.[1], path);
      await expect.poll(() => keptLanguage('/offline'), { timeout: 15_000 }).toBe('es');
      await expect.poll(() => keptLanguage('/emergency'), { timeout: 15_000 }).toBe('es');
      await context.setOffline(true);
      await page.goto(`${server.base}/diaries`);
      await expect(heading(page)).resolves.toBe(translator('es')('pages.offline.title'));
      await expectAccessible(page, 'offline page in Spanish');
      expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))).toEqual([]);
    });
  });

  it('second audit 11: a clinic form sent offline is never kept on the page, its password least of all', async () => {
    await inContext(async (page, _problems, context) => {
      await installed(page);
      await page.goto(`${server.base}/clinic/sign-in`);
      await page.getByLabel('Email').fill('ann@example.com');
      await page.getByLabel('Password').fill('a secret never kept');
      await context.setOffline(true);
      await Promise.all([
        page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      await expect(heading(page)).resolves.toBe('You are offline');
      const html = await page.content();
      expect(html).not.toContain('a secret never kept');
      expect(html).not.toContain('ann@example.com');
      expect(await page.locator('form[data-resend]').count()).toBe(0);
    });
  });

  it('an answer sent offline is kept on the page, and sent when the network comes back', async () => {
    await inContext(async (page, _problems, context) => {
      await installed(page);
      const first = steps[0]!;
      await page.goto(`${server.base}/check/${first.id}`);
      await fillStep(page, fieldsFor(first, ordinary));
      await context.setOffline(true);
      await Promise.all([
        page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
        page.getByRole('button', { name: 'Continue' }).click(),
      ]);
      await expect(page.getByRole('heading', { name: 'Your answers have not been sent' }).isVisible()).resolves.toBe(true);
      await expectAccessible(page, 'offline page with a kept form');
      await screenshot(page, 'offline-kept-answers');
      // Back online: the page sends them by itself, and the questionnaire goes on to the next step.
      await Promise.all([page.waitForURL(`**/check/${steps[1]!.id}`, { timeout: 10_000 }), context.setOffline(false)]);
      await page.goto(`${server.base}/check/${first.id}`);
      for (const [name, value] of Object.entries(fieldsFor(first, ordinary)))
        for (const v of [value].flat()) await expect(page.locator(`input[name="${name}"][value="${v}"]`).isChecked()).resolves.toBe(true);
    });
  });

  it('an emergency answer given offline goes straight to the emergency page kept on the device', async () => {
    await inContext(async (page, _problems, context) => {
      await installed(page);
      await page.goto(`${server.base}/check/${steps[0]!.id}`);
      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      // (A click, not check(): the page is gone before a check could be confirmed.)
      await Promise.all([page.waitForURL('**/emergency'), page.locator('input[data-emergency]').first().click()]);
      await expect(heading(page)).resolves.toMatch(/^Call \d+ now$/);
      await expect(page.locator('a.call-button[href^="tel:"]').first().isVisible()).resolves.toBe(true);
    });
  });

  it('the diary offers reminders, accessibly; nothing of the diary is kept by the worker, before or after it is deleted', async () => {
    await inContext(async (page, problems) => {
      await installed(page);
      await completeFlow(page, server.base, ordinary);
      await Promise.all([page.waitForURL('**/diary/*'), page.getByRole('button', { name: 'Track my recovery' }).click()]);
      const diary = page.url();
      await expect(page.getByRole('button', { name: 'Remind me on this device' }).isVisible()).resolves.toBe(true);
      await expectAccessible(page, 'diary with reminders');
      await page.getByLabel('Email me reminders instead (optional)').fill('pat@example.org');
      await Promise.all([
        page.waitForURL('**/diary/*reminders=confirm-sent*'),
        page.getByRole('button', { name: 'Email me reminders' }).click(),
      ]);
      await expect(page.getByText('Waiting for you to confirm').isVisible()).resolves.toBe(true);
      await expectAccessible(page, 'diary waiting for the address to confirm');
      await screenshot(page, 'diary-reminders');
      // The one mail the address gets first: its link asks, and the button starts the reminders.
      const mailTo = async (subject: string) => {
        for (let tries = 0; tries < 100; tries++) {
          const found = (await server.mail()).find((m) => m.to === 'pat@example.org' && m.subject.includes(subject));
          if (found) return found;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`no mail "${subject}" to pat@example.org`);
      };
      await page.goto(
        /https?:\/\/\S+\/reminders\/confirm\/[A-Za-z0-9_-]{43}/.exec((await mailTo('confirm your email reminders')).text)![0],
      );
      await expect(heading(page)).resolves.toBe('Start email reminders');
      await expectAccessible(page, 'confirm email reminders');
      await page.getByRole('button', { name: 'Yes, email me reminders' }).click();
      await expect(heading(page)).resolves.toBe('Email reminders are on');
      await expectAccessible(page, 'email reminders confirmed');
      await page.goto(diary);
      const kept = async () =>
        page.evaluate(async () => {
          const urls: string[] = [];
          for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
          return urls;
        });
      expect((await kept()).filter((url) => /\/diary\/|\/reminders\//.test(url))).toEqual([]);
      // The reminders come (the test's clock is behind the real one, so they are due at once); each has a way out.
      const reminder = (await mailTo('time to check in')).headers!['List-Unsubscribe']!;
      await page.goto(reminder.slice(1, -1));
      await expect(heading(page)).resolves.toBe('Stop email reminders');
      await expectAccessible(page, 'unsubscribe');
      await page.getByRole('button', { name: 'Stop email reminders' }).click();
      await expect(heading(page)).resolves.toBe('Email reminders stopped');
      await expectAccessible(page, 'unsubscribed');
      await page.goto(diary);
      await expect(page.getByLabel('Email me reminders instead (optional)').isVisible()).resolves.toBe(true);
      await page.goto(`${diary}/delete`);
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: /Delete/ }).click()]);
      expect((await kept()).filter((url) => /\/diary\//.test(url))).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});
