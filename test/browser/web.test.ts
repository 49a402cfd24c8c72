// The web app in Debian's Chromium: a full flow per level, the emergency short-cut, no scripts, keyboard only,
// axe on every named state, 320 px reflow. Screenshots are kept under test-results/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contract/types.ts';
import { questionnaire } from '../../src/knowledge/questionnaire.ts';
import { vignettes } from '../support/vignettes.ts';
import { completeFlow, fieldsFor, fillStep } from './answers.ts';
import { axe, browserMissing, freshPage, launch, overflowsSideways, screenshot, startServer } from './harness.ts';

const missing = browserMissing();
if (missing && process.env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${missing}`);
if (missing) console.log(`SKIPPED browser tests: ${missing}`);

const vignette = (id: string) => {
  const found = vignettes.find((v) => v.id === id);
  if (!found) throw new Error(`no vignette ${id}`);
  return { report: found.input as Report, expect: found.expect };
};

/** One vignette per level, walked through the whole questionnaire. */
const byLevel = [
  ['self-care', 'ql-psoas'],
  ['see-clinician', 'bruise-day4'],
  ['urgent', 'fever'],
] as const;

describe.skipIf(missing !== null)('the web app in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, state: string) {
    const violations = await axe(page);
    expect(violations, `${state}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  it.each(byLevel)('a %s flow (%s) ends on its result, accessible, with local times', async (level, id) => {
    const { report } = vignette(id);
    server.setNow(report.reportedAt);
    const { page, problems } = await freshPage(browser);
    await completeFlow(page, server.base, report);
    expect(page.url()).toBe(`${server.base}/check/result`);
    await expect(page.locator(`.banner.level-${level}`).count()).resolves.toBe(1);
    await expect(page.locator('text=not a diagnosis').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.chart svg[role=img]').count()).resolves.toBe(1);
    // A reload shows the same result: the answers and the report's time live in the draft.
    await page.reload();
    await expect(page.locator(`.banner.level-${level}`).count()).resolves.toBe(1);
    await expectAccessible(page, `result ${level}`);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, `result-${level}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the self-care result plans no hard exercise until 48 h after the massage, in local time', async () => {
    const { report } = vignette('ql-psoas');
    server.setNow(report.reportedAt);
    const { page } = await freshPage(browser, { timezoneId: 'UTC' });
    await completeFlow(page, server.base, report);
    const until = new Date(Date.parse(report.massage.endedAt) + 48 * 3_600_000);
    const day = until.toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).replace(',', '');
    await expect(page.locator('.checklist').innerText()).resolves.toContain(`Until ${day}, ${until.toISOString().slice(11, 16)}`);
    // The body map highlights the psoas and the erector spinae that compensate for it.
    await expect(page.locator('#map-result-title ~ .region.is-lit, .body-map .region.is-lit').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('a result starts a recovery diary; the diary and the check-in pages are accessible', async () => {
    const { report } = vignette('doms-day1');
    server.setNow(report.reportedAt);
    const { page, problems } = await freshPage(browser);
    await completeFlow(page, server.base, report);
    await Promise.all([page.waitForURL('**/diary/*'), page.click('text=Track my recovery')]);
    await expect(page.locator('#chart-diary-title').count()).resolves.toBe(1);
    await expectAccessible(page, 'diary');
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'diary');
    await Promise.all([page.waitForURL('**/check-in'), page.click('text=Check in now')]);
    await expectAccessible(page, 'check-in');
    // The trend follows the score as it is chosen: 4 before, 1 now is better.
    await page.check('input[name="pain.severity"][value="1"]');
    await expect(page.isChecked('input[name="pain.trend"][value="better"]')).resolves.toBe(true);
    await screenshot(page, 'check-in');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('an emergency answer on the red-flag screen goes straight to the emergency page, with a call button', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${server.base}/check/red-flags`);
    // A click, not check(): the page navigates away at once, so there is no box left to see ticked.
    await Promise.all([page.waitForURL('**/emergency'), page.click('input[name="bladderBowel.bladderControlLoss"][value="yes"]')]);
    const call = page.locator('a.call-button');
    await expect(call.getAttribute('href')).resolves.toBe('tel:112');
    await expect(page.locator('.say').innerText()).resolves.toMatch(/^Call the emergency number now/);
    await expect(page.locator('text=Do not drive yourself').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'emergency');
    await screenshot(page, 'emergency');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('with JavaScript off, the whole flow works and an emergency answer still short-cuts', async () => {
    const { report } = vignette('sharp');
    server.setNow(report.reportedAt);
    const { page } = await freshPage(browser, { javaScriptEnabled: false });
    await completeFlow(page, server.base, report);
    await expect(page.locator('.banner.level-see-clinician').count()).resolves.toBe(1);
    await expect(page.locator('.cold-times, .checklist').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'result-no-js');

    await page.goto(`${server.base}/check/red-flags`);
    await fillStep(page, { 'bladderBowel.bladderControlLoss': 'no', 'nerve.saddleNumbness': 'yes' });
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(page.url()).toBe(`${server.base}/emergency`);
    await page.context().close();
  });

  it('without scripts, the cold-pack advice gives the times to stop', async () => {
    const { report } = vignette('bruise-early');
    server.setNow(report.reportedAt);
    const { page } = await freshPage(browser, { javaScriptEnabled: false });
    await completeFlow(page, server.base, report);
    const text = await page.locator('.cold-times').innerText();
    const at = (minutes: number) => new Date(Date.parse(report.reportedAt) + minutes * 60_000).toISOString().slice(11, 16);
    expect(text).toContain(at(15));
    expect(text).toContain(at(20));
    await page.context().close();
  });

  it('with scripts, the cold-pack timer starts and announces itself', async () => {
    const { report } = vignette('bruise-early');
    server.setNow(report.reportedAt);
    const { page } = await freshPage(browser);
    await completeFlow(page, server.base, report);
    await page.click('[data-cold-timer] button');
    await expect(page.locator('[data-cold-timer] [role=status]').innerText()).resolves.toContain('Timer started');
    await expect(page.locator('.timer-display').innerText()).resolves.toMatch(/^1[45]:\d\d$/);
    await page.context().close();
  });

  it('missing answers are listed in an error summary that links to each field, and kept answers stay', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${server.base}/check/red-flags`);
    await page.check('input[name="bladderBowel.bladderControlLoss"][value="no"]');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    const summary = page.locator('.error-summary');
    await expect(summary.getAttribute('role')).resolves.toBe('alert');
    const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['#q-bladderBowel-bowelControlLoss', '#q-bladderBowel-difficultyUrinating', '#q-nerve-saddleNumbness', '#q-nerve-legWeakness']);
    for (const href of links) await expect(page.locator(href!).getAttribute('aria-describedby')).resolves.toContain('-error');
    await expect(page.isChecked('input[name="bladderBowel.bladderControlLoss"][value="no"]')).resolves.toBe(true);
    // Focus moves to the summary so it is read out.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).resolves.toBe(true);
    await expectAccessible(page, 'red-flags with errors');
    await screenshot(page, 'red-flags-errors');
    await page.context().close();
  });

  it('answers survive a reload and the back button', async () => {
    const { report } = vignette('doms-day1');
    server.setNow(report.reportedAt);
    const { page } = await freshPage(browser);
    await page.goto(`${server.base}/check/red-flags`);
    await fillStep(page, fieldsFor(questionnaire[0]!, report));
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    // Typed but not sent: kept in the tab across a reload.
    await page.check('input[name="nerve.numbness"][value="comes-and-goes"]');
    await page.reload();
    await expect(page.isChecked('input[name="nerve.numbness"][value="comes-and-goes"]')).resolves.toBe(true);
    // Sent: kept when going back.
    await page.goBack();
    await expect(page.isChecked('input[name="nerve.saddleNumbness"][value="no"]')).resolves.toBe(true);
    await page.context().close();
  });

  it('the whole flow completes by keyboard alone', async () => {
    const { report } = vignette('doms-day1');
    server.setNow(report.reportedAt);
    const { page } = await freshPage(browser);
    await page.goto(`${server.base}/check/red-flags`);
    for (const section of questionnaire) {
      await fillByKeyboard(page, fieldsFor(section, report));
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    }
    expect(page.url()).toBe(`${server.base}/check/result`);
    await expect(page.locator('.banner.level-self-care').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('a therapist signs up, records a session, shows the QR code; the client consents, then stops sharing; all accessible', async () => {
    server.setNow('2026-03-03T09:00:00Z');
    const { page, problems } = await freshPage(browser);
    await page.goto(`${server.base}/clinic/sign-up`);
    await expectAccessible(page, 'clinic sign-up');
    await page.fill('#f-clinicName', 'Back Care');
    await page.fill('#f-name', 'Ann');
    await page.fill('#f-email', 'ann@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'check your email');
    const signUpLink = /http:\/\/\S+\/clinic\/reset\/[A-Za-z0-9_-]{43}/.exec((await server.mail()).at(-1)!.text)![0];
    await page.goto(signUpLink.replace(/^http:\/\/[^/]+/, server.base));
    await expectAccessible(page, 'choose your password');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.waitForURL('**/clinic');
    await expectAccessible(page, 'dashboard');
    await page.goto(`${server.base}/clinic/sessions/new`);
    await expectAccessible(page, 'record a session');
    await page.fill('#f-clientRef', 'Client 1');
    await page.fill('#f-endedAt', '2026-03-02T17:00');
    await page.check('input[name="areasWorked"][value="psoas"]');
    await Promise.all([page.waitForNavigation(), page.click('text=Save and get the follow-up link')]);
    await expect(page.locator('.qr svg').count(), await page.locator('main').innerText()).resolves.toBe(1);
    await expectAccessible(page, 'follow-up link');
    await screenshot(page, 'clinic-link');
    const link = await page.locator('.private-link a').getAttribute('href');
    const client = await freshPage(browser);
    await client.page.goto(link!);
    await expectAccessible(client.page, 'consent');
    await client.page.check('#f-sharp-n');
    await client.page.check('#f-consent');
    await client.page.getByRole('button', { name: 'Start my diary' }).click();
    await client.page.waitForURL('**/check-in');
    await expectAccessible(client.page, 'first check-in');
    // The diary has a link of its own, not the follow-up link; it says whom it is shared with, and stopping takes one button.
    const diaryLink = client.page.url().replace(/\/check-in$/, '');
    expect(diaryLink).not.toContain(link!.split('/').at(-1));
    await client.page.goto(diaryLink);
    await expect(client.page.locator('#clinic').innerText()).resolves.toContain('Shared with Back Care');
    await expectAccessible(client.page, 'shared diary');
    await Promise.all([client.page.waitForURL((url) => url.search === '?sharing=stopped'), client.page.click('text=Stop sharing with Back Care')]);
    await expect(client.page.locator('[role=status]').innerText()).resolves.toContain('You stopped sharing');
    await expect(client.page.locator('#clinic').count()).resolves.toBe(0);
    await expectAccessible(client.page, 'diary after stopping to share');
    await page.goto(`${server.base}/clinic`);
    await Promise.all([page.waitForURL('**/clinic/sessions/*'), page.click('a:text-is("Client 1")')]);
    await expect(page.locator('main').innerText()).resolves.toContain('The client stopped sharing on');
    await expectAccessible(page, 'a client who stopped sharing');
    expect([...problems, ...client.problems]).toEqual([]);
    await client.context.close();
    await page.context().close();
  });

  const states: readonly (readonly [string, string])[] = [
    ['start', '/'],
    ['red-flags', '/check/red-flags'],
    ['other-signs', '/check/other-signs'],
    ['massage', '/check/massage'],
    ['pain', '/check/pain'],
    ['emergency (no answers)', '/emergency'],
  ];

  it.each(states)('axe finds nothing on %s, and it reflows at 320 px', async (name, path) => {
    const { page, problems } = await freshPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${server.base}${path}`);
    await expectAccessible(page, name);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, `state-${name.replace(/\W+/g, '-')}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('pages stay usable at 200 % zoom (640 px at twice the scale)', async () => {
    const { page } = await freshPage(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.goto(`${server.base}/check/pain`);
    await page.evaluate(() => { document.body.style.zoom = '2'; });
    expect(await overflowsSideways(page)).toBe(false);
    await page.context().close();
  });
});

/** Fills a step with Tab, arrows, Space and typing only. */
async function fillByKeyboard(page: Page, fields: Record<string, string | string[]>) {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { tag: el?.tagName ?? '', type: el?.type ?? '', name: el?.name ?? '', value: el?.value ?? '', checked: Boolean(el?.checked) };
    });
  const typed = new Set<string>();
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    const el = await focused();
    if (el.type === 'submit') return;
    const want = fields[el.name];
    // Tab also walks the segments of a date field: type into it once.
    if (want === undefined || typed.has(el.name)) continue;
    if (el.type === 'radio') {
      let current = el;
      for (let k = 0; k < 12 && current.value !== want; k++) {
        await page.keyboard.press('ArrowRight');
        current = await focused();
      }
      if (!current.checked) await page.keyboard.press('Space');
    } else if (el.type === 'checkbox') {
      if ((want as string[]).includes(el.value) !== el.checked) await page.keyboard.press('Space');
    } else if (el.type === 'datetime-local') {
      // Headless Chromium lays the field out month/day/year whatever the page's locale; Tab moves to the time.
      const [date, time] = (want as string).split('T') as [string, string];
      const [y, m, d] = date.split('-');
      await page.keyboard.type(`${m}${d}${y}`);
      await page.keyboard.press('Tab');
      await page.keyboard.type(time.replace(':', ''));
      expect((await focused()).value).toBe(want);
      typed.add(el.name);
    } else if (el.tag === 'SELECT') {
      await page.keyboard.type(want as string);
      typed.add(el.name);
    }
  }
  throw new Error('never reached the submit button');
}
