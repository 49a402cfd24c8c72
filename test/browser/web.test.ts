// The web app in Debian's Chromium: a full flow per level, the emergency short-cut (policy 2's sign included; policy 3's
// in policy3.test.ts),
// the tick-list and follow-ups with and without scripts, keyboard only, axe on every named state, 320 px reflow, a
// chart readable on a 360 px phone and level badges kept whole on a 390 px one. Pages are found by role and accessible name. Screenshots go to
// test-results/screenshots/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report2, Report3 } from '../../src/contract/types.ts';
import { translator } from '../../src/i18n/messages.ts';
import { languageCookie } from '../../src/i18n/request.ts';
import { questionnaire1 } from '../../src/knowledge/questionnaire.ts';
import { steps } from '../../src/web/draft.ts';
import { calm, pain, shortCheckIn } from '../support/forms.ts';
import { HttpBrowser } from '../support/http-browser.ts';
import { withPolicy3No } from '../support/reports.ts';
import { vignettes2 } from '../support/vignettes.ts';
import { completeFlow, fieldsFor, fillStep, send } from './answers.ts';
import { browserMissing, freshPage, launch, overflowsSideways, screenshot, startServer, expectAccessible } from './harness.ts';

const missing = browserMissing();
if (missing && process.env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${missing}`);
if (missing) console.log(`SKIPPED browser tests: ${missing}`);

/** A policy-2 story as the web asks it now (policy 3): every answer policy 3 adds is "no", so its level is policy 2's. */
const vignette = (id: string) => {
  const found = vignettes2.find((v) => v.id === id);
  if (!found) throw new Error(`no vignette ${id}`);
  return { report: withPolicy3No(found.input as Report2), expect: found.expect };
};

/** One vignette per level, walked through the whole questionnaire. */
const byLevel = [
  ['self-care', 'v2-doms-day1-all-clear', 'This sounds like normal soreness after a massage'],
  ['see-clinician', 'v2-warfarin-bruise-day3', 'Book a check with a doctor or physiotherapist'],
  ['urgent', 'v2-percussion-gun-tea-urine', 'Urgent: get medical advice today'],
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

  /** A fresh context for the test, closed whatever happens. */
  async function inContext(
    options: Parameters<typeof freshPage>[1],
    test: (page: Page, problems: string[], context: BrowserContext) => Promise<void>,
  ) {
    const { page, problems, context } = await freshPage(browser, options);
    try {
      await test(page, problems, context);
    } finally {
      await context.close();
    }
  }

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

  it.each(byLevel)('a %s flow (%s) ends on its result, accessible, with local times', async (level, id, title) => {
    const { report } = vignette(id);
    server.setNow(report.reportedAt);
    await inContext({}, async (page, problems) => {
      await completeFlow(page, server.base, report);
      expect(page.url()).toBe(`${server.base}/check/result`);
      await expect(heading(page)).resolves.toBe(title);
      await expect(page.getByText('not a diagnosis').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByRole('img', { name: 'Your pain against the usual course after a massage' }).count()).resolves.toBe(1);
      // A reload shows the same result: the answers and the report's time live in the draft.
      await page.reload();
      await expect(heading(page)).resolves.toBe(title);
      await expectAccessible(page, `result ${level}`);
      expect(await overflowsSideways(page)).toBe(false);
      await screenshot(page, `result-${level}`);
      expect(problems).toEqual([]);
    });
  });

  it('the watch list is grouped, emergency signs first, and brown urine is never called toxins', async () => {
    const { report } = vignette('v2-percussion-gun-tea-urine');
    server.setNow(report.reportedAt);
    await inContext({}, async (page) => {
      await completeFlow(page, server.base, report);
      const groups = await page
        .getByRole('region', { name: 'Get help sooner if you notice' })
        .getByRole('heading', { level: 3 })
        .allInnerTexts();
      expect(groups[0]).toBe('Call the emergency number now if you get');
      expect(groups).toContain('Get medical advice the same day if you get');
      const text = await page.getByRole('main').innerText();
      expect(text).toContain('urine test and a blood test for muscle damage and kidney function');
      expect(text).not.toMatch(/toxin/i);
    });
  });

  it('the chart of the usual course is readable on a 360 px phone: no label under 12 px', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({ viewport: { width: 360, height: 740 } }, async (page) => {
      await completeFlow(page, server.base, report);
      const sizes = await page
        .getByRole('img', { name: 'Your pain against the usual course after a massage' })
        .evaluate((svg) =>
          Array.from(svg.querySelectorAll('text')).map((text) => text.getScreenCTM()!.a * parseFloat(getComputedStyle(text).fontSize)),
        );
      expect(sizes.length).toBeGreaterThan(5);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      await screenshot(page, 'chart-360');
    });
  });

  it('the self-care result plans no hard exercise until 48 h after the massage, in local time', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({ timezoneId: 'UTC' }, async (page) => {
      await completeFlow(page, server.base, report);
      const until = new Date(Date.parse(report.massage.endedAt) + 48 * 3_600_000);
      const day = until.toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).replace(',', '');
      await expect(page.getByRole('region', { name: 'Your plan' }).innerText()).resolves.toContain(
        `Until ${day}, ${until.toISOString().slice(11, 16)}`,
      );
    });
  });

  it('a result starts a recovery diary; the diary and the check-in pages are accessible', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({}, async (page, problems) => {
      await completeFlow(page, server.base, report);
      await Promise.all([page.waitForURL('**/diary/*'), page.getByRole('button', { name: 'Track my recovery' }).click()]);
      await expect(heading(page)).resolves.toBe('Your recovery diary');
      await expectAccessible(page, 'diary');
      expect(await overflowsSideways(page)).toBe(false);
      await screenshot(page, 'diary');
      // The next check-in opens two minutes after the first.
      server.setNow(new Date(Date.parse(report.reportedAt) + 3 * 60_000));
      await page.reload();
      await Promise.all([page.waitForURL('**/check-in'), page.getByRole('link', { name: 'Check in now' }).click()]);
      await expectAccessible(page, 'check-in');
      // The check-in asks its own tick-list: every sign, since the last check-in.
      await expect(page.getByRole('group', { name: 'Since your last check-in, have you had any of these?' }).count()).resolves.toBe(1);
      // The trend follows the score as it is chosen: 5 before, 1 now is better.
      await page.check('input[name="pain.severity"][value="1"]');
      await expect(page.isChecked('input[name="pain.trend"][value="better"]')).resolves.toBe(true);
      await screenshot(page, 'check-in');
      expect(problems).toEqual([]);
    });
  });

  it("level badges on a client's page break between words, never inside one, on a 390 px phone", async () => {
    server.setNow('2026-03-03T09:00:00Z');
    // The clinic and its client over HTTP; only the client's page is looked at in the browser.
    const clinic = new HttpBrowser();
    await clinic.request(server.base, '/clinic/sign-up');
    await clinic.request(server.base, '/clinic/sign-up', {
      clinicName: 'Narrow',
      name: 'Ann',
      email: 'narrow@example.com',
      timeZone: 'UTC',
    });
    const token = /\/clinic\/reset\/([A-Za-z0-9_-]{43})/.exec(
      (await server.mail()).filter((m) => m.to === 'narrow@example.com').at(-1)!.text,
    )![1]!;
    await clinic.request(server.base, `/clinic/reset/${token}`);
    await clinic.request(server.base, `/clinic/reset/${token}`, { password: 'correct horse battery' });
    await clinic.request(server.base, '/clinic/sessions/new');
    const recorded = await clinic.request(server.base, '/clinic/sessions', { clientRef: 'Client N', endedAt: '2026-03-02T17:00' });
    const link = /\/follow-up\/([A-Za-z0-9_-]{43})/.exec((await clinic.request(server.base, recorded.location!)).text)![1]!;
    const client = new HttpBrowser();
    await client.request(server.base, `/follow-up/${link}`);
    const diary = (await client.request(server.base, `/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes' })).location!;
    // The first check-in is the whole questionnaire (urgent: a fever, on a blood thinner); the later ones are short
    // (a bruise, with the blood thinner carried: see a clinician; then nothing: self-care).
    for (const [at, form] of [
      ['2026-03-03T09:00:00Z', { ...calm, ...pain, 'general.fever': 'yes', alsoUnwell: 'none', bleedingRisk: 'general.bloodThinners' }],
      ['2026-03-03T09:10:00Z', shortCheckIn(['localSigns.bruising'])],
      ['2026-03-03T09:20:00Z', shortCheckIn()],
    ] as const) {
      server.setNow(at);
      await client.request(server.base, diary);
      expect((await client.request(server.base, diary, form)).status).toBe(303);
    }
    await inContext({ viewport: { width: 390, height: 844 } }, async (page, problems, context) => {
      await context.addCookies(Object.entries(clinic.cookies).map(([name, value]) => ({ name, value, url: server.base })));
      await page.goto(`${server.base}${recorded.location!}`);
      const tags = page.locator('.checkins .level-tag');
      expect(await tags.count()).toBe(3);
      // Each word of a badge, laid out on one line in the badge's own font, fits inside the badge.
      const broken = await tags.evaluateAll((all) =>
        all.flatMap((tag) => {
          const style = getComputedStyle(tag);
          const room = tag.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const probe = document.createElement('span');
          probe.style.font = style.font;
          probe.style.whiteSpace = 'nowrap';
          document.body.append(probe);
          const words = (tag.textContent ?? '').split(' ').filter((word) => {
            probe.textContent = word;
            return probe.getBoundingClientRect().width > room + 0.5;
          });
          probe.remove();
          return words;
        }),
      );
      expect(broken).toEqual([]);
      await expectAccessible(page, "a client's page with check-ins, at 390 px");
      await screenshot(page, 'clinic-client-390');
      expect(problems).toEqual([]);
    });
  });

  it('an emergency answer on the red-flag screen goes straight to the emergency page, with a call button', async () => {
    await inContext({}, async (page, problems) => {
      await page.goto(`${server.base}/check/red-flags`);
      // A click, not check(): the page navigates away at once, so there is no box left to see ticked.
      await Promise.all([
        page.waitForURL('**/emergency'),
        page.locator('input[name="bladderBowel.bladderControlLoss"][value="yes"]').click(),
      ]);
      // The browser speaks en-GB: the UK's number.
      await expect(page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).resolves.toBe('tel:999');
      await expect(page.getByRole('region', { name: 'What to say' }).innerText()).resolves.toMatch(
        /^What to say\s+Tell them: "I had a massage/,
      );
      await expect(page.getByText('Do not drive yourself').count()).resolves.toBeGreaterThan(0);
      await expectAccessible(page, 'emergency');
      await screenshot(page, 'emergency');
      expect(problems).toEqual([]);
    });
  });

  it.each([
    [
      'short of breath or chest pain, ticked',
      async (page: Page) => page.getByLabel('Shortness of breath, pain in your chest, or coughing up blood').click(),
      'including my legs',
    ],
  ])('%s, goes straight to the emergency page', async (_name, act, says) => {
    await inContext({}, async (page, problems) => {
      await page.goto(`${server.base}/check/red-flags`);
      await Promise.all([page.waitForURL('**/emergency'), act(page)]);
      await expect(page.getByRole('region', { name: 'What to say' }).innerText()).resolves.toContain(says);
      await expectAccessible(page, 'emergency, breathless');
      await screenshot(page, 'emergency-breathless');
      expect(problems).toEqual([]);
    });
  });

  it('pain down both legs (a follow-up appearing on the pain step) goes straight to the emergency page', async () => {
    const { report } = vignette('v2-bilateral-sciatica');
    server.setNow(report.reportedAt);
    await inContext({}, async (page, problems) => {
      await page.goto(`${server.base}/check/red-flags`);
      for (const section of steps.slice(0, 3)) {
        await fillStep(page, fieldsFor(section, report));
        await send(page);
      }
      const bothLegs = page.getByRole('group', { name: 'Is this in one leg, or in both legs?' });
      await expect(bothLegs.isHidden()).resolves.toBe(true);
      await page.check('input[name="pain.radiation"][value="below-knee"]');
      await bothLegs.waitFor({ state: 'visible' });
      await expectAccessible(page, 'pain with a follow-up shown');
      await screenshot(page, 'follow-up-shown');
      await Promise.all([page.waitForURL('**/emergency'), bothLegs.getByLabel('Both legs').click()]);
      await expect(page.getByRole('region', { name: 'Why this is an emergency' }).innerText()).resolves.toContain('in both legs');
      expect(problems).toEqual([]);
    });
  });

  it('on a blood thinner, a weak leg is an emergency as soon as both answers are given', async () => {
    await inContext({}, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      await fillStep(page, {
        'bladderBowel.bladderControlLoss': 'no',
        'bladderBowel.bowelControlLoss': 'no',
        'bladderBowel.difficultyUrinating': 'no',
        'nerve.saddleNumbness': 'no',
        'nerve.legWeakness': 'one-leg',
        sinceMassage: ['none'],
      });
      await send(page);
      await fillStep(page, {
        'nerve.numbness': 'none',
        'nerve.tingling': 'none',
        'general.fever': 'no',
        'general.recentFallOrInjury': 'no',
      });
      // A click, not check(): with the weak leg already given, the page leaves for the emergency page at once.
      await Promise.all([page.waitForURL('**/emergency'), page.getByLabel('A blood-thinning medicine').click()]);
      expect(new URL(page.url()).pathname).toBe('/emergency');
    });
  });

  it('the tick-list\'s "None of these" clears the others, and ticking another clears it (with scripts)', async () => {
    await inContext({}, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      const list = page.getByRole('group', { name: 'Since the massage, have you had any of these?' });
      await list.getByLabel('Pee that is red or pink').check();
      await list.getByLabel('None of these').check();
      await expect(list.getByLabel('Pee that is red or pink').isChecked()).resolves.toBe(false);
      await list.getByLabel('Pee that is red or pink').check();
      await expect(list.getByLabel('None of these').isChecked()).resolves.toBe(false);
      await expectAccessible(page, 'tick-list');
    });
  });

  it('without scripts, the tick-list refuses "None of these" with a sign, and an empty list, naming it', async () => {
    await inContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      const calm = {
        'bladderBowel.bladderControlLoss': 'no',
        'bladderBowel.bowelControlLoss': 'no',
        'bladderBowel.difficultyUrinating': 'no',
        'nerve.saddleNumbness': 'no',
        'nerve.legWeakness': 'none',
      };
      await fillStep(page, calm);
      await send(page);
      await expect(page.getByRole('alert').innerText()).resolves.toContain('Tick the ones you have had, or None of these');
      await fillStep(page, { ...calm, sinceMassage: ['none', 'bladderBowel.bloodInUrine'] });
      await send(page);
      await expect(page.getByRole('alert').innerText()).resolves.toContain('untick one');
      // (axe needs scripts: the same error summary is checked with them, in the test of missing answers.)
    });
  });

  it.each([
    ['en-US', 'America/Chicago', '911'],
    ['en-GB', 'Europe/London', '999'],
    ['en-AU', 'Australia/Sydney', '000'],
    ['de-DE', 'Europe/Berlin', '112'],
    // Where the phone is, not how it is set up: the time zone before the language.
    ['en-US', 'Europe/London', '999'],
    ['en-GB', 'America/New_York', '911'],
  ])('the call button follows where the browser is: %s, in %s, dials %s', async (locale, timezoneId, number) => {
    await inContext({ locale, timezoneId }, async (page) => {
      for (const path of ['/', '/emergency']) {
        await page.goto(`${server.base}${path}`);
        // The first page may show the language's number and reload itself once it has told the server the zone.
        await page.waitForFunction((href) => document.querySelector('a.call-button')?.getAttribute('href') === href, `tel:${number}`);
        await page.waitForLoadState('load');
        // The page is in the browser's language (de-DE: German), so the button is found by what it is, not its words.
        await expect(page.locator('a.call-button[href^="tel:"]').first().getAttribute('href')).resolves.toBe(`tel:${number}`);
      }
    });
  });

  it('a browser whose language names no country gets the number of its time zone, after one reload, and can change it', async () => {
    await inContext({ locale: 'en', timezoneId: 'Asia/Tokyo' }, async (page) => {
      await page.goto(`${server.base}/`);
      await page.waitForFunction(() => document.querySelector('a.call-button')?.getAttribute('href') === 'tel:119');
      await page.getByRole('link', { name: 'Not in Japan?' }).click();
      await page.waitForURL('**/country?back=%2F');
      await expectAccessible(page, 'choosing the country');
      await page.getByLabel('Country').selectOption('NZ');
      await send(page, 'Use this country');
      expect(new URL(page.url()).pathname).toBe('/');
      await expect(
        page
          .getByRole('link', { name: /^Call / })
          .first()
          .getAttribute('href'),
      ).resolves.toBe('tel:111');
    });
  });

  /** Where an element ends, from the top of the document, in CSS pixels. */
  const bottomOf = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
  const phone = { width: 360, height: 780 };

  it('on a 360 × 780 phone, "Start now" and the call button are both on the first screen', async () => {
    await inContext({ viewport: phone }, async (page) => {
      await page.goto(`${server.base}/`);
      await expect(bottomOf(page.getByRole('link', { name: 'Start now' }))).resolves.toBeLessThanOrEqual(phone.height);
      await expect(bottomOf(page.getByRole('link', { name: /^Call / }))).resolves.toBeLessThanOrEqual(phone.height);
      await expect(page.getByRole('link', { name: 'Start now' }).isVisible()).resolves.toBe(true);
      await screenshot(page, 'start-360');
    });
  });

  it('without scripts, the red-flag page fits its answers and "Continue" within 2½ screens of a 360 × 780 phone', async () => {
    await inContext({ viewport: phone, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      const answers = page.locator('.step-form input[type=radio], .step-form input[type=checkbox]');
      // Policy 2's 16, policy 3's two new tick-list lines, and the red-pee follow-up's two answers (hidden until asked).
      await expect(answers.count()).resolves.toBe(20);
      // Policy 3's two tick-list lines, worded as TRIAGE.md has them, put "Continue" past two screens (measured
      // 1,790 px of 1,560): held to half a screen more until their words or the layout are made shorter.
      const most = 2.5 * phone.height;
      for (const answer of await answers.all()) await expect(bottomOf(answer)).resolves.toBeLessThanOrEqual(most);
      await expect(bottomOf(page.getByRole('button', { name: 'Continue' }))).resolves.toBeLessThanOrEqual(most);
    });
  });

  it('the areas are asked once, on the pain page beside a numbered body map, and both answers reach the report', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({ viewport: phone }, async (page, problems) => {
      await page.goto(`${server.base}/check/massage`);
      await expect(page.locator('input[name="massage.areasWorked"], input[name="pain.regions"]').count()).resolves.toBe(0);
      await page.goto(`${server.base}/check/pain`);
      const areas = page.getByRole('group', { name: 'Where is it sore, and where did the therapist work?' });
      // The four areas, each named once, each with both ticks.
      const names = await areas.locator('.area-name').allInnerTexts();
      expect(names.map((name) => name.slice(0, 1))).toEqual(['1', '2', '3', '4']);
      expect(names[2]).toContain('Along either side of the spine');
      await expect(areas.getByRole('checkbox', { name: 'Sore now' }).count()).resolves.toBe(4);
      await expect(areas.getByRole('checkbox', { name: 'Massaged here' }).count()).resolves.toBe(4);
      // The map names its areas, and each is at least 44 px each way to tap; tapping one ticks "Sore now".
      const map = areas.getByRole('img', { name: 'The four areas of the lower back, numbered as in the list' });
      await expect(map.locator('.region-number').allTextContents()).resolves.toEqual(['1', '1', '2', '3', '4']);
      for (const box of await map.locator('.region-area').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()))) {
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      // A tap near the edge of the area, away from the drawn muscle, still counts.
      await map.locator('.region-erector-spinae .region-area').click({ position: { x: 4, y: 4 } });
      await expect(
        areas
          .getByRole('group', { name: /Along either side of the spine/ })
          .getByLabel('Sore now')
          .isChecked(),
      ).resolves.toBe(true);
      await areas
        .getByRole('group', { name: /Deep at the front of the hip/ })
        .getByLabel('Massaged here')
        .check();
      await expectAccessible(page, 'pain, the areas asked once');
      await screenshot(page, 'pain-areas');
      // The rest of the questionnaire, then the report holds both answers.
      await completeFlow(page, server.base, report);
      await page.goto(`${server.base}/check/pain`);
      await page
        .getByRole('group', { name: /Along either side of the spine/ })
        .getByLabel('Sore now')
        .check();
      await page
        .getByRole('group', { name: /Deep at the front of the hip/ })
        .getByLabel('Massaged here')
        .check();
      await send(page);
      const saved = (await (await page.request.get(`${server.base}/check/result.json`)).json()) as { report: Report3 };
      expect(saved.report.pain.regions).toEqual(['erector-spinae']);
      expect(saved.report.massage.areasWorked).toEqual(['psoas']);
      expect(problems).toEqual([]);
    });
  });

  it.each(steps.map((section) => [section.id]))(
    'on the %s step every answer is at least 44 px tall to tap, and every yes/no lists No before Yes',
    async (id) => {
      await inContext({ viewport: phone }, async (page) => {
        await page.goto(`${server.base}/check/${id}`);
        const heights = await page
          .locator('.step-form .option label')
          .evaluateAll((labels) => labels.filter((l) => l.getClientRects().length > 0).map((l) => l.getBoundingClientRect().height));
        expect(heights.length).toBeGreaterThan(4);
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
        // Every input of an answer is inside its label's box, so a tap on either answers.
        const outside = await page.locator('.step-form .option').evaluateAll(
          (options) =>
            options
              .filter((o) => o.getClientRects().length > 0)
              .filter((o) => {
                const input = o.querySelector('input')!.getBoundingClientRect();
                const label = o.querySelector('label')!.getBoundingClientRect();
                return input.top < label.top || input.bottom > label.bottom || input.left < label.left || input.right > label.right;
              }).length,
        );
        expect(outside).toBe(0);
        const orders = await page
          .locator('.step-form .options')
          .evaluateAll((groups) =>
            groups
              .map((g) => Array.from(g.querySelectorAll('input')).map((i) => i.value))
              .filter((values) => values.includes('yes') && values.includes('no')),
          );
        for (const order of orders) expect(order).toEqual(['no', 'yes']);
      });
    },
  );

  it.each(byLevel)(
    'a %s result on a 360 × 780 phone: level, what to do now and "Track my recovery" on the first screen, the plan next, the sources at the foot',
    async (_level, id, title) => {
      const { report } = vignette(id);
      server.setNow(report.reportedAt);
      await inContext({ viewport: phone }, async (page) => {
        await completeFlow(page, server.base, report);
        await expect(heading(page)).resolves.toBe(title);
        const banner = page.getByRole('status').filter({ has: page.getByRole('heading', { level: 1 }) });
        await expect(bottomOf(banner)).resolves.toBeLessThanOrEqual(phone.height);
        const track = page.getByRole('button', { name: 'Track my recovery' });
        await expect(bottomOf(track)).resolves.toBeLessThanOrEqual(phone.height);
        // In order: the next step, the plan, what to expect, and at the foot where the advice comes from.
        const order = await page
          .getByRole('main')
          .locator('h2')
          .evaluateAll((headings) => headings.map((h) => h.textContent));
        expect(order.slice(0, 3)).toEqual(['Next step', 'Your plan', 'What to expect']);
        expect(order.at(-1)).toBe('Where this advice comes from');
        const sources = await page.getByRole('region', { name: 'Where this advice comes from' }).innerText();
        expect(sources).toContain('Advice last reviewed on 25 November 2026.');
        expect(sources).not.toMatch(/TRIAGE\.md|policy/i);
        // The expected course is one sentence, and says no date twice.
        const course = await page.getByRole('region', { name: 'What to expect' }).locator('p.course').innerText();
        expect(course.split(/[.!?](\s|$)/).filter((part) => part.trim().length > 1)).toHaveLength(1);
        const days = course.match(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ \w+/g) ?? [];
        expect(days.length).toBeGreaterThan(0);
        expect(new Set(days).size).toBe(days.length);
        await screenshot(page, `result-360-${_level}`);
      });
    },
  );

  it("people's pages use no developer words, and each says once that it is not a diagnosis", async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({ timezoneId: 'Europe/London' }, async (page) => {
      const seen: string[] = [];
      const check = async (name: string) => {
        const text = await page.locator('body').innerText();
        expect(text, name).not.toMatch(/JSON|FHIR|policy \d|IANA|Europe\/|America\//);
        expect(text.match(/not a diagnosis/gi) ?? [], name).toHaveLength(1);
        seen.push(name);
      };
      await page.goto(`${server.base}/`);
      await check('start');
      await page.goto(`${server.base}/check/red-flags`);
      for (const section of steps) {
        await check(section.id);
        await fillStep(page, fieldsFor(section, report));
        await send(page);
      }
      await check('result');
      await Promise.all([page.waitForURL('**/diary/*'), page.getByRole('button', { name: 'Track my recovery' }).click()]);
      await check('diary');
      await expect(page.getByRole('link', { name: 'Export for a health record system' }).count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: 'Save a copy of everything in this diary' }).count()).resolves.toBe(1);
      await page.goto(`${server.base}/emergency`);
      await check('emergency');
      await page.goto(`${server.base}/country`);
      await check('country');
      expect(seen).toHaveLength(9);
    });
  });

  it("when the massage ended: a recent day and a time, in the browser's zone said as a city, changed only on request", async () => {
    server.setNow('2026-03-03T09:00:00Z');
    await inContext({ viewport: phone, locale: 'en-GB', timezoneId: 'Europe/London' }, async (page, problems) => {
      await page.goto(`${server.base}/check/massage`);
      const when = page.getByRole('group', { name: 'When did the massage end?' });
      await expect(
        when.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels![0]!.textContent)),
      ).resolves.toEqual(['Today', 'Yesterday', '2 days ago', 'Another day']);
      await expect(when.locator('.zone-line').innerText()).resolves.toBe('Times are London time.');
      // The list is behind "Change time zone", the country's cities first, and never a zone's raw name.
      const zones = when.getByLabel('Time zone (nearest city)');
      await expect(zones.isVisible()).resolves.toBe(false);
      await expect(zones.locator('optgroup').first().getAttribute('label')).resolves.toBe('In United Kingdom');
      await expect(zones.locator('optgroup').first().locator('option').allTextContents()).resolves.toEqual(['London']);
      const labels = await zones.locator('option').allTextContents();
      expect(labels.length).toBeGreaterThan(300);
      expect(labels.filter((label) => /[/_]/.test(label))).toEqual([]);
      // The date picker is the fallback, for another day.
      const picker = when.getByLabel('Another day: the date and time');
      await expect(picker.isVisible()).resolves.toBe(false);
      await when.getByLabel('Another day', { exact: true }).check();
      await expect(picker.isVisible()).resolves.toBe(true);
      await when.getByLabel('Yesterday').check();
      await expect(picker.isVisible()).resolves.toBe(false);
      await when.getByLabel('Time it ended').fill('17:00');
      await page.getByText('Change time zone').click();
      await zones.selectOption({ label: 'New York, United States' });
      await expect(when.locator('.zone-line').innerText()).resolves.toBe('Times are New York time.');
      await expectAccessible(page, 'massage, the time zone list open');
      await page.getByRole('group', { name: 'Did you feel sharp pain during the massage?' }).getByLabel('No').check();
      await send(page);
      expect(new URL(page.url()).pathname).toBe('/check/pain');
      // Back on the step: yesterday at 17:00, New York time, as it was given.
      await page.goto(`${server.base}/check/massage`);
      await expect(when.getByLabel('Yesterday').isChecked()).resolves.toBe(true);
      await expect(when.getByLabel('Time it ended').inputValue()).resolves.toBe('17:00');
      await expect(when.locator('.zone-line').innerText()).resolves.toBe('Times are New York time.');
      expect(problems).toEqual([]);
    });
  });

  it('when the massage ended, without scripts: the day, the time and the picker side by side, and a missing time named', async () => {
    server.setNow('2026-03-03T09:00:00Z');
    await inContext({ javaScriptEnabled: false, locale: 'en-US', timezoneId: 'America/New_York' }, async (page) => {
      await page.goto(`${server.base}/check/massage`);
      const when = page.getByRole('group', { name: 'When did the massage end?' });
      await expect(when.getByLabel('Another day: the date and time').isVisible()).resolves.toBe(true);
      await expect(when.getByLabel('Time it ended').isVisible()).resolves.toBe(true);
      // No script to say the browser's zone: the country's cities come first (from the language, United States).
      await expect(when.getByLabel('Time zone (nearest city)').locator('optgroup').first().getAttribute('label')).resolves.toBe(
        'In United States',
      );
      await when.getByLabel('Yesterday').check();
      await page.getByRole('group', { name: 'Did you feel sharp pain during the massage?' }).getByLabel('No').check();
      await send(page);
      expect(new URL(page.url()).pathname).toBe('/check/massage');
      await expect(page.getByRole('alert').innerText()).resolves.toContain('Enter the time the massage ended');
      await expect(page.getByRole('alert').getByRole('link').getAttribute('href')).resolves.toBe('#q-massage-endedAt');
      await expect(when.getByLabel('Yesterday').isChecked()).resolves.toBe(true);
      await when.getByLabel('Time it ended').fill('17:00');
      await send(page);
      expect(new URL(page.url()).pathname).toBe('/check/pain');
    });
  });

  it('the diary link is something to keep: the full address, Copy link, the share sheet and Add to home screen where they apply', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({ viewport: phone }, async (page, problems, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
      // A browser with a share sheet: what the page hands to it is recorded.
      await page.addInitScript(() => {
        (window as unknown as { shared: unknown[] }).shared = [];
        Object.defineProperty(navigator, 'share', {
          value: (data: unknown) => {
            (window as unknown as { shared: unknown[] }).shared.push(data);
            return Promise.resolve();
          },
        });
      });
      await completeFlow(page, server.base, report);
      await Promise.all([page.waitForURL('**/diary/*'), page.getByRole('button', { name: 'Track my recovery' }).click()]);
      const address = page.url();
      const keep = page.getByRole('region', { name: "Keep your diary's link" });
      await expect(keep.getByRole('link', { name: address }).count()).resolves.toBe(1);
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/diary\/[A-Za-z0-9_-]{43}$/);
      await keep.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => keep.getByRole('status').innerText()).toContain('Link copied');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(address);
      await keep.getByRole('button', { name: 'Share' }).click();
      await expect(page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).resolves.toEqual([
        { title: 'My recovery diary', url: address },
      ]);
      // "Add to home screen" appears only when the browser offers to install the app.
      const install = keep.getByRole('button', { name: 'Add to home screen' });
      await expect(install.isVisible()).resolves.toBe(false);
      await page.evaluate(() => {
        const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => void };
        offer.prompt = () => document.body.setAttribute('data-prompted', 'yes');
        window.dispatchEvent(offer);
      });
      await install.click();
      await expect(page.locator('body').getAttribute('data-prompted')).resolves.toBe('yes');
      await expectAccessible(page, 'diary, keeping its link');
      await screenshot(page, 'diary-keep-link');
      expect(problems).toEqual([]);
    });
  });

  it('without scripts, the diary shows its full address as text, and no buttons that could not work', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({ javaScriptEnabled: false }, async (page) => {
      await completeFlow(page, server.base, report);
      await Promise.all([page.waitForURL('**/diary/*'), page.getByRole('button', { name: 'Track my recovery' }).click()]);
      const keep = page.getByRole('region', { name: "Keep your diary's link" });
      await expect(keep.innerText()).resolves.toContain(page.url());
      await expect(keep.getByRole('button').count()).resolves.toBe(0);
    });
  });

  /**
   * The cost of the path for ordinary soreness, measured after issue 20 and kept as upper bounds: a change that adds
   * an answer, a tap or a screen of scrolling fails here. Before issue 20: 20 answers, 25 taps (the massage's end was
   * one fill of the date picker), and 3, 3, 3, 3, 4 and 6 screens.
   */
  const mostAnswers = 20;
  const mostTaps = 26;
  const mostScreens: Readonly<Record<string, number>> = {
    start: 3,
    'red-flags': 3,
    // Policy 3's bleeding question, worded as TRIAGE.md has it, is longer than policy 2's blood-thinner question.
    'other-signs': 3,
    massage: 2,
    pain: 4,
    // Policy 3's watch list for ordinary soreness is two signs longer (TRIAGE.md, Watch for: 16 → 18).
    result: 6,
  };

  it(`ordinary soreness from the start page to the self-care result: at most ${mostAnswers} answers (policy 1 asked 19) and ${mostTaps} taps, and no page longer than measured at 360 × 780`, async () => {
    // Policy 1 asked every question that is neither optional nor a follow-up: the same count, from its own rows.
    const required = (q: typeof questionnaire1) =>
      q.flatMap((section) => section.questions).filter((x) => !x.optional && !x.followUp).length;
    expect(required(questionnaire1)).toBe(19);
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({ viewport: phone }, async (page) => {
      let answers = 0;
      let taps = 0;
      const screens: Record<string, number> = {};
      const measure = async (name: string) => {
        screens[name] = Math.ceil((await page.evaluate(() => document.documentElement.scrollHeight)) / phone.height);
      };
      await page.goto(`${server.base}/`);
      await measure('start');
      await Promise.all([page.waitForURL('**/check/red-flags'), page.getByRole('link', { name: 'Start now' }).click()]);
      taps++;
      for (const section of steps) {
        await measure(section.id);
        // The fewest answers that reach advice: no optional question, one quality of pain; with scripts the time
        // zone is the browser's own, so nothing to choose.
        const optional = new Set(section.questions.filter((q) => q.optional).map((q) => q.path));
        const fields = Object.fromEntries(
          Object.entries(fieldsFor(section, report))
            .filter(([name]) => name !== 'timeZone' && !optional.has(name))
            .map(([name, value]) => [name, Array.isArray(value) ? value.slice(0, 1) : value]),
        );
        // An answer per question (the day and the time the massage ended are one answer); a tap per tick, choice or fill.
        answers += new Set(Object.keys(fields).map((name) => name.split(':')[0])).size;
        taps += Object.values(fields).flat().length;
        await fillStep(page, fields);
        await send(page);
        taps++;
        expect(new URL(page.url()).pathname, 'no step is asked twice').not.toBe(`/check/${section.id}`);
      }
      await expect(heading(page)).resolves.toBe('This sounds like normal soreness after a massage');
      await measure('result');
      expect(answers).toBe(required(questionnaire1) + 1);
      expect(answers).toBeLessThanOrEqual(mostAnswers);
      expect(taps).toBeLessThanOrEqual(mostTaps);
      expect(Object.keys(screens)).toEqual(Object.keys(mostScreens));
      for (const [name, most] of Object.entries(mostScreens)) expect(screens[name], `screens on ${name}`).toBeLessThanOrEqual(most);
      console.log(`ordinary soreness: ${answers} answers, ${taps} taps; screens at 360 × 780: ${JSON.stringify(screens)}`);
    });
  });

  it('without scripts, follow-ups are asked after the step that makes them matter, and going back drops them', async () => {
    const { report } = vignette('v2-thigh-one-side');
    server.setNow(report.reportedAt);
    await inContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      for (const section of steps.slice(0, 3)) {
        await fillStep(page, fieldsFor(section, report));
        await send(page);
      }
      await fillStep(page, fieldsFor(steps[3]!, report), { followUps: false });
      await send(page);
      expect(new URL(page.url()).pathname).toBe('/check/pain');
      await expect(page.getByRole('status').innerText()).resolves.toContain('a few more questions');
      await expect(page.getByRole('group', { name: 'Is this in one leg, or in both legs?' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('group', { name: 'Have you ever had cancer?' }).isVisible()).resolves.toBe(true);
      await fillStep(page, fieldsFor(steps[3]!, report));
      await send(page);
      expect(new URL(page.url()).pathname).toBe('/check/result');
      // Back on the pain step, pain that stays in the back: the follow-ups are not asked, and no longer kept.
      await page.goto(`${server.base}/check/pain`);
      await page.check('input[name="pain.radiation"][value="none"]');
      await send(page);
      expect(new URL(page.url()).pathname).toBe('/check/result');
      await page.goto(`${server.base}/check/pain`);
      await expect(page.getByRole('group', { name: 'Is this in one leg, or in both legs?' }).isHidden()).resolves.toBe(true);
    });
  });

  it('with JavaScript off, the whole flow works and an emergency answer still short-cuts', async () => {
    const { report } = vignette('v2-fracture-steroids-sharp');
    server.setNow(report.reportedAt);
    await inContext({ javaScriptEnabled: false }, async (page) => {
      await completeFlow(page, server.base, report);
      await expect(heading(page)).resolves.toBe('Book a check with a doctor or physiotherapist');
      await screenshot(page, 'result-no-js');
      await page.goto(`${server.base}/check/red-flags`);
      await fillStep(page, { 'bladderBowel.bladderControlLoss': 'no', 'nerve.saddleNumbness': 'yes' });
      await send(page);
      expect(page.url()).toBe(`${server.base}/emergency`);
    });
  });

  it('without scripts, the cold-pack advice gives the times to stop', async () => {
    const { report } = vignette('v2-rivaroxaban-swelling');
    server.setNow(report.reportedAt);
    await inContext({ javaScriptEnabled: false }, async (page) => {
      await completeFlow(page, server.base, report);
      const text = await page.getByRole('heading', { name: 'Cold pack timer' }).locator('xpath=..').innerText();
      const at = (minutes: number) => new Date(Date.parse(report.reportedAt) + minutes * 60_000).toISOString().slice(11, 16);
      expect(text).toContain(at(15));
      expect(text).toContain(at(20));
    });
  });

  it('with scripts, the cold-pack timer starts and announces itself', async () => {
    const { report } = vignette('v2-rivaroxaban-swelling');
    server.setNow(report.reportedAt);
    await inContext({}, async (page) => {
      await completeFlow(page, server.base, report);
      await page.getByRole('button', { name: 'Start a 15-minute timer' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Timer started' }).count()).resolves.toBe(1);
    });
  });

  /** The person's choice of language on this device, as the chooser keeps it. */
  const choose = (context: BrowserContext, language: string) =>
    context.addCookies([{ name: languageCookie, value: language, url: server.base }]);

  it('in Spanish, the cold-pack timer speaks Spanish: the script takes its words from the page', async () => {
    const { report } = vignette('v2-rivaroxaban-swelling');
    server.setNow(report.reportedAt);
    const t = translator('es');
    await inContext({ viewport: phone }, async (page, problems, context) => {
      await completeFlow(page, server.base, report);
      await choose(context, 'es');
      await page.reload();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      await page.getByRole('button', { name: t('pages.script.timerStart', { min: 15 }) }).click();
      const started = t('pages.script.timerStarted', { min: 15, max: 20 });
      await expect(page.getByRole('status').filter({ hasText: started }).count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: t('pages.script.timerStop') }).isVisible()).resolves.toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it('in French and German, the longest, the public pages fit a 360 px phone and pass axe', async () => {
    const { report } = vignette('v2-rivaroxaban-swelling');
    server.setNow(report.reportedAt);
    await inContext({ viewport: phone }, async (page, problems, context) => {
      await completeFlow(page, server.base, report);
      for (const language of ['fr', 'de']) {
        await choose(context, language);
        for (const path of ['/', '/emergency', '/country', '/offline', '/check/result']) {
          await page.goto(`${server.base}${path}`);
          await expect(page.locator('html').getAttribute('lang'), path).resolves.toBe(language);
          expect(await overflowsSideways(page), `${language} ${path}`).toBe(false);
          await expectAccessible(page, `${language} ${path}`);
        }
        await screenshot(page, `result-360-${language}`);
      }
      expect(problems).toEqual([]);
    });
    // Ten pages with axe on each: longer than one flow.
  }, 120_000);

  it('missing answers are listed in an error summary that links to each field, and kept answers stay', async () => {
    await inContext({}, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      await page.check('input[name="bladderBowel.bladderControlLoss"][value="no"]');
      await send(page);
      const summary = page.getByRole('alert');
      const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        '#q-bladderBowel-bowelControlLoss',
        '#q-bladderBowel-difficultyUrinating',
        '#q-nerve-saddleNumbness',
        '#q-nerve-legWeakness',
        '#q-sinceMassage',
      ]);
      for (const href of links) await expect(page.locator(href!).getAttribute('aria-describedby')).resolves.toContain('-error');
      await expect(page.isChecked('input[name="bladderBowel.bladderControlLoss"][value="no"]')).resolves.toBe(true);
      // Focus moves to the summary, the element with role="alert", so it is read out.
      await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('alert');
      await expectAccessible(page, 'red-flags with errors');
      await screenshot(page, 'red-flags-errors');
    });
  });

  it('answers survive a reload and the back button', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({}, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      await fillStep(page, fieldsFor(steps[0]!, report));
      await send(page);
      // Typed but not sent: kept in the tab across a reload.
      await page.check('input[name="nerve.numbness"][value="comes-and-goes"]');
      await page.reload();
      await expect(page.isChecked('input[name="nerve.numbness"][value="comes-and-goes"]')).resolves.toBe(true);
      // Sent: kept when going back.
      await page.goBack();
      await expect(page.isChecked('input[name="nerve.saddleNumbness"][value="no"]')).resolves.toBe(true);
    });
  });

  it('the whole flow completes by keyboard alone', async () => {
    const { report } = vignette('v2-doms-day1-all-clear');
    server.setNow(report.reportedAt);
    await inContext({}, async (page) => {
      await page.goto(`${server.base}/check/red-flags`);
      for (const section of steps) {
        await fillByKeyboard(page, fieldsFor(section, report));
        await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), page.keyboard.press('Enter')]);
        await page.waitForLoadState('load');
      }
      expect(page.url()).toBe(`${server.base}/check/result`);
      await expect(heading(page)).resolves.toBe('This sounds like normal soreness after a massage');
    });
  });

  it('a therapist signs up, records a session, shows the QR code; the client consents, then stops sharing; all accessible', async () => {
    server.setNow('2026-03-03T09:00:00Z');
    const client = await freshPage(browser);
    await inContext({}, async (page, problems) => {
      try {
        await page.goto(`${server.base}/clinic/sign-up`);
        await expectAccessible(page, 'clinic sign-up');
        await page.getByLabel('Clinic name').fill('Back Care');
        await page.getByLabel('Your name').fill('Ann');
        await page.getByLabel('Email').fill('ann@example.com');
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.getByRole('heading', { name: 'Check your email' }).count()).resolves.toBe(1);
        await expectAccessible(page, 'check your email');
        const signUpLink = /http:\/\/\S+\/clinic\/reset\/[A-Za-z0-9_-]{43}/.exec((await server.mail()).at(-1)!.text)![0];
        await page.goto(signUpLink.replace(/^http:\/\/[^/]+/, server.base));
        await expectAccessible(page, 'choose your password');
        await page.getByLabel('Password').fill('correct horse battery');
        await Promise.all([page.waitForURL('**/clinic'), page.getByRole('button', { name: 'Save the password' }).click()]);
        await expectAccessible(page, 'dashboard');
        await page.goto(`${server.base}/clinic/sessions/new`);
        await expectAccessible(page, 'record a session');
        await page.getByLabel('Client name or reference').fill('Client 1');
        await page.getByLabel('When the session ended').fill('2026-03-02T17:00');
        await page.getByLabel('Psoas').check();
        await Promise.all([
          page.waitForURL('**/clinic/sessions/*'),
          page.getByRole('button', { name: 'Save and get the follow-up link' }).click(),
        ]);
        await expect(page.getByRole('img', { name: 'QR code of the follow-up link' }).count()).resolves.toBe(1);
        await expectAccessible(page, 'follow-up link');
        await screenshot(page, 'clinic-link');
        const link = await page.getByRole('link', { name: /\/follow-up\// }).getAttribute('href');
        await client.page.goto(link!);
        await expectAccessible(client.page, 'consent');
        await client.page.getByRole('group', { name: 'Did you feel sharp pain during the massage?' }).getByLabel('No').check();
        await client.page.getByLabel('I agree to share my check-ins with Back Care').check();
        await Promise.all([client.page.waitForURL('**/check-in'), client.page.getByRole('button', { name: 'Start my diary' }).click()]);
        await expectAccessible(client.page, 'first check-in');
        // The diary has a link of its own, not the follow-up link; it says whom it is shared with, and stopping takes one button.
        const diaryLink = client.page.url().replace(/\/check-in$/, '');
        expect(diaryLink).not.toContain(link!.split('/').at(-1));
        await client.page.goto(diaryLink);
        await expect(client.page.getByRole('heading', { name: 'Shared with Back Care' }).count()).resolves.toBe(1);
        await expectAccessible(client.page, 'shared diary');
        await Promise.all([
          client.page.waitForURL((url) => url.search === '?sharing=stopped'),
          client.page.getByRole('button', { name: 'Stop sharing with Back Care' }).click(),
        ]);
        await expect(client.page.getByRole('status').and(client.page.locator('.callout')).innerText()).resolves.toContain(
          'You stopped sharing',
        );
        await expect(client.page.getByRole('heading', { name: 'Shared with Back Care' }).count()).resolves.toBe(0);
        await expectAccessible(client.page, 'diary after stopping to share');
        await page.goto(`${server.base}/clinic`);
        await Promise.all([page.waitForURL('**/clinic/sessions/*'), page.getByRole('link', { name: 'Client 1', exact: true }).click()]);
        await expect(page.getByRole('main').innerText()).resolves.toContain('The client stopped sharing on');
        await expectAccessible(page, 'a client who stopped sharing');
        expect([...problems, ...client.problems]).toEqual([]);
      } finally {
        await client.context.close();
      }
    });
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
    await inContext({ viewport: { width: 320, height: 640 } }, async (page, problems) => {
      await page.goto(`${server.base}${path}`);
      await expectAccessible(page, name);
      expect(await overflowsSideways(page)).toBe(false);
      await screenshot(page, `state-${name.replace(/\W+/g, '-')}`);
      expect(problems).toEqual([]);
    });
  });

  it('pages stay usable at 200 % zoom (640 px at twice the scale)', async () => {
    await inContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, async (page) => {
      await page.goto(`${server.base}/check/pain`);
      await page.evaluate(() => {
        document.body.style.zoom = '2';
      });
      expect(await overflowsSideways(page)).toBe(false);
    });
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
    // The language chooser's buttons come first on every page; the form's own button ends the step.
    if (el.type === 'submit' && el.name !== 'language') return;
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
    } else if (el.type === 'time') {
      // Hours, then minutes; where Chromium lays the field out with AM/PM, the hour's half of the day last.
      const [hours, minutes] = (want as string).split(':') as [string, string];
      await page.keyboard.type(`${hours}${minutes}`);
      if ((await focused()).value !== want) await page.keyboard.type(Number(hours) >= 12 ? 'P' : 'A');
      expect((await focused()).value).toBe(want);
      typed.add(el.name);
    } else if (el.tag === 'SELECT') {
      await page.keyboard.type(want as string);
      typed.add(el.name);
    }
  }
  throw new Error('never reached the submit button');
}
