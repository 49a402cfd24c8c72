// Policy 3's emergency items in Debian's Chromium: each one reaches the emergency page with its call button and the
// sign in the caller's own words, with scripts (the page goes there as soon as the answers are an emergency) and
// without (the server asks each follow-up after the step that makes it matter); axe on every new state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillStep, send, type StepFields } from './answers.ts';
import { browserMissing, freshPage, launch, screenshot, startServer, expectAccessible } from './harness.ts';

const missing = browserMissing();
if (missing && process.env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${missing}`);
if (missing) console.log(`SKIPPED browser tests: ${missing}`);

const calmRedFlags: StepFields = {
  'bladderBowel.bladderControlLoss': 'no',
  'bladderBowel.bowelControlLoss': 'no',
  'bladderBowel.difficultyUrinating': 'no',
  'nerve.saddleNumbness': 'no',
  'nerve.legWeakness': 'none',
};
const calmOtherSigns: StepFields = {
  'nerve.numbness': 'none',
  'nerve.tingling': 'none',
  'general.fever': 'no',
  'general.recentFallOrInjury': 'no',
  bleedingRisk: 'none',
};

const redPeeQuestion = 'Did the red or pink pee start within 2 days after a massage that pressed firmly on your back or sides?';
const accidentQuestion = 'Was it a serious accident, for example a road accident or a fall from a height such as a ladder?';

/** A follow-up question on screen, by its words. */
const question = (page: Page, name: string) => page.getByRole('group', { name });

/**
 * One emergency item: the steps before it (sent whole), then what the person does on the step that holds it. With
 * scripts, `act` reaches the emergency page by itself; without, `fill` gives the whole step, and each follow-up the
 * server shows is answered with `then` and the step sent again.
 */
interface Item {
  readonly name: string;
  readonly before: readonly StepFields[];
  readonly act: (page: Page) => Promise<unknown>;
  /** A follow-up asked because of an earlier step's answer, on screen from the start: checked by axe as a new state. */
  readonly shownFirst?: string;
  readonly fill: StepFields;
  readonly then?: (page: Page) => Promise<unknown>;
  /** What the caller says, in the words of the emergency page's script. */
  readonly says: string;
}

const items: readonly Item[] = [
  {
    name: 'sudden side or belly pain',
    before: [],
    act: (page) => page.getByLabel('A sudden, very bad pain in your side, belly or groin').click(),
    fill: { ...calmRedFlags, sinceMassage: ['general.suddenSidePain'] },
    says: 'I have a sudden, very bad pain in my side, belly or groin',
  },
  {
    name: 'red pee after pressure',
    before: [],
    act: async (page) => {
      await page.getByLabel('Pee that is red or pink').check();
      const asked = question(
        page,
        'Did the red or pink pee start within 2 days after a massage that pressed firmly on your back or sides?',
      );
      await asked.waitFor({ state: 'visible' });
      return asked.getByLabel('Yes', { exact: true }).click();
    },
    fill: { ...calmRedFlags, sinceMassage: ['bladderBowel.bloodInUrine'] },
    then: (page) => page.check('input[name="bladderBowel.redUrineAfterPressure"][value="yes"]'),
    says: 'My pee turned red after a massage that pressed hard on my back or sides',
  },
  {
    name: 'faint with a bleeding risk',
    before: [{ ...calmRedFlags, sinceMassage: ['general.faintOrPale'] }],
    act: (page) => page.getByLabel('A condition that makes me bleed easily').click(),
    fill: { ...calmOtherSigns, bleedingRisk: ['general.bleedingTendency'] },
    says: 'I fainted, or I feel faint or look very pale, since a massage',
  },
  {
    name: 'brown pee with the "also" list',
    before: [{ ...calmRedFlags, sinceMassage: ['bladderBowel.brownUrine'] }],
    act: (page) => page.getByLabel('Much less pee than usual today, or none at all').click(),
    shownFirst: 'Do you also have any of these?',
    fill: { ...calmOtherSigns, alsoUnwell: ['bladderBowel.littleOrNoUrine'] },
    says: 'My pee is brown and I feel very unwell',
  },
  {
    name: 'fever with the "also" list',
    before: [{ ...calmRedFlags, sinceMassage: ['none'] }],
    act: async (page) => {
      await page.check('input[name="general.fever"][value="yes"]');
      await question(page, 'Do you also have any of these?').waitFor({ state: 'visible' });
      return page.getByLabel('Being sick again and again').click();
    },
    fill: { ...calmOtherSigns, 'general.fever': 'yes' },
    then: (page) => page.check('input[name="alsoUnwell"][value="general.veryUnwell"]'),
    says: 'I have a fever and I feel very unwell',
  },
  {
    name: 'a serious accident',
    before: [{ ...calmRedFlags, sinceMassage: ['none'] }],
    act: async (page) => {
      await page.check('input[name="general.recentFallOrInjury"][value="yes"]');
      const asked = question(page, accidentQuestion);
      await asked.waitFor({ state: 'visible' });
      return asked.getByLabel('Yes', { exact: true }).click();
    },
    fill: { ...calmOtherSigns, 'general.recentFallOrInjury': 'yes' },
    then: (page) => page.check('input[name="general.seriousAccident"][value="yes"]'),
    says: 'I had a serious accident and my back hurts',
  },
];

describe.skipIf(missing !== null)("policy 3's emergency items in a browser", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startServer()]);
    server.setNow('2026-03-03T09:00:00Z');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The emergency page as each item reaches it: the call button first, then the sign in the caller's words. */
  async function expectEmergency(page: Page, item: Item) {
    expect(new URL(page.url()).pathname).toBe('/emergency');
    await expect(page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).resolves.toBe('tel:999');
    await expect(page.getByRole('region', { name: 'What to say' }).innerText()).resolves.toContain(item.says);
  }

  /** Sends the steps before the item's, whole. */
  async function stepsBefore(page: Page, item: Item) {
    await page.goto(`${server.base}/check/red-flags`);
    for (const fields of item.before) {
      await fillStep(page, fields);
      await send(page);
    }
  }

  it.each(items.map((item) => [item.name, item] as const))('with scripts: %s goes to the emergency page', async (_name, item) => {
    const { page, problems, context } = await freshPage(browser);
    try {
      await stepsBefore(page, item);
      if (item.shownFirst) {
        // Asked because of an answer on an earlier step: shown from the start, worked out on the server.
        await expect(question(page, item.shownFirst).isVisible()).resolves.toBe(true);
        await expectAccessible(page, `${item.name}: follow-up shown`);
      }
      await Promise.all([page.waitForURL('**/emergency'), item.act(page)]);
      await expectEmergency(page, item);
      await expectAccessible(page, `emergency, ${item.name}`);
      await screenshot(page, `emergency-${item.name.replace(/\W+/g, '-')}`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(items.map((item) => [item.name, item] as const))('without scripts: %s goes to the emergency page', async (_name, item) => {
    const { page, context } = await freshPage(browser, { javaScriptEnabled: false });
    try {
      await stepsBefore(page, item);
      await fillStep(page, item.fill);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForLoadState('domcontentloaded');
      if (item.then) {
        // The follow-up the answer makes matter, asked on the same step.
        await expect(page.getByRole('status').innerText()).resolves.toContain('a few more questions');
        await item.then(page);
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.waitForLoadState('domcontentloaded');
      }
      await expectEmergency(page, item);
    } finally {
      await context.close();
    }
  });

  it('with scripts, the follow-ups asked on the same step are accessible when they appear', async () => {
    const { page, context } = await freshPage(browser);
    try {
      await page.goto(`${server.base}/check/red-flags`);
      await page.getByLabel('Pee that is red or pink').check();
      await question(page, redPeeQuestion).waitFor({ state: 'visible' });
      await expectAccessible(page, 'red pee: its follow-up shown');
      await page.getByLabel('None of these').first().check();
      await question(page, redPeeQuestion).waitFor({ state: 'hidden' });
      await fillStep(page, { ...calmRedFlags, sinceMassage: ['none'] });
      await send(page);
      await page.check('input[name="general.fever"][value="yes"]');
      await question(page, 'Do you also have any of these?').waitFor({ state: 'visible' });
      await page.check('input[name="general.recentFallOrInjury"][value="yes"]');
      await question(page, accidentQuestion).waitFor({ state: 'visible' });
      await expectAccessible(page, 'the "also" list and the serious-accident question shown');
      await screenshot(page, 'other-signs-policy-3-follow-ups');
    } finally {
      await context.close();
    }
  });
});
