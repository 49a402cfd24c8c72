// Every language in Debian's Chromium: policy 3's public vignettes walked through the web questionnaire in Spanish,
// French and German (each vignette in one of them, in turn) to the level each expects, the emergency short-cut
// included; axe on the start, a step, the results and the emergency page of each language; each language's pages
// weighed against English's; and the pseudo-locale (i18n/pseudo.ts) on every page state of the journey at 360 px,
// which fails on English left outside the catalogues and on sideways overflow.
//
// Nothing here reads a word of the page to find its way: the questionnaire is walked by field names and values,
// the level read off the banner's class, so the same walk works in any language.
import { emergencyNumbers } from '../../src/knowledge/emergency-numbers.ts';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contract/types.ts';
import { languageTags, type Language } from '../../src/i18n/languages.ts';
import { pseudoLocaleTag } from '../../src/i18n/pseudo.ts';
import { languageCookie } from '../../src/i18n/request.ts';
import { draftCookie, steps } from '../../src/web/draft.ts';
import { vignettes3 } from '../support/vignettes.ts';
import { fieldsFor, type StepFields } from './answers.ts';
import { browserMissing, expectAccessible, freshPage, launch, overflowsSideways, screenshot, startServer } from './harness.ts';

const missing = browserMissing();
if (missing && process.env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${missing}`);
if (missing) console.log(`SKIPPED browser language tests: ${missing}`);

const translated = ['es', 'fr', 'de'] as const satisfies readonly Language[];
/** The browser's own language for each, so that Accept-Language (not a cookie) chooses it, as for a new visitor. */
const browserLocale: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', de: 'de-DE' };

/** Policy 3's vignettes that end in a level (the two that leave an answer out are the API's to refuse). */
const walkable = vignettes3.filter((v) => v.expect.level !== undefined);
/** Each vignette in one language, in turn: every language walks a third of them, emergencies among them. */
const rotation = walkable.map((v, index) => [v.id, translated[index % translated.length]!, v.expect.level!, v.input as Report] as const);

const vignette = (id: string) => {
  const found = vignettes3.find((v) => v.id === id);
  if (!found) throw new Error(`no vignette ${id}`);
  return found.input as Report;
};
/** One story per level below an emergency, and one emergency reached from the answers. */
const byLevel = [
  ['self-care', 'v3-doms-none-of-these'],
  ['see-clinician', 'v3-low-platelets-bruise-day3'],
  ['urgent', 'v3-fever-well-otherwise'],
  ['emergency', 'v3-sudden-side-pain-vomiting'],
] as const;

const pathOf = (page: Page) => new URL(page.url()).pathname;
const langOf = (page: Page) => page.locator('html').getAttribute('lang');

/**
 * Waits until the page has no request in flight and none has started for a moment, then for its load. The script
 * asks the server which follow-ups to show, and sends the form at once on an emergency answer: a walk that went on
 * in between would answer a page that is already leaving.
 */
function settler(page: Page): () => Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  page.on('request', () => {
    inFlight++;
    last = Date.now();
  });
  const finished = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return async () => {
    const until = Date.now() + 10_000;
    while ((inFlight > 0 || Date.now() - last < 200) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    await page.waitForLoadState('load');
  };
}

/** The paths of the follow-ups: answered once the answers before them have made them appear. */
const followUpPaths = new Set(steps.flatMap((section) => section.questions.filter((q) => q.followUp).map((q) => q.path)));

/** Gives a step's answers by field name and value; stops as soon as the page leaves (an emergency answer). */
async function answer(page: Page, fields: StepFields, settle: () => Promise<void>): Promise<void> {
  const here = pathOf(page);
  const entries = Object.entries(fields);
  for (const followUps of [false, true]) {
    if (followUps) await settle();
    for (const [name, value] of entries) {
      if (followUpPaths.has(name) !== followUps || pathOf(page) !== here) continue;
      if (name === 'timeZone') {
        await page.locator('select[name="timeZone"]').evaluate((select: HTMLSelectElement, zone) => {
          if (select.value === zone) return;
          select.value = zone as string;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
      } else if (name === 'massage.endedAt' || name === 'massage.endedAt:time') await page.fill(`input[name="${name}"]`, value as string);
      else {
        for (const v of Array.isArray(value) ? value : [value]) {
          const input = page.locator(`input[name="${name}"][value="${v}"]`);
          // A follow-up not on screen is not asked yet: the server asks it when the step is sent.
          if ((await input.count()) === 0 || !(await input.isVisible()) || (await input.isChecked())) continue;
          const alarming = (await input.getAttribute('data-emergency')) !== null;
          // A click, not check(): an emergency answer sends the form at once, so the box is gone before check()
          // could see it ticked.
          await input.click();
          if (alarming) await settle();
          if (pathOf(page) !== here) return;
        }
      }
    }
  }
  await settle();
}

/** Sends a step's form with its button, and waits for the page it leads to. */
async function sendStep(page: Page, settle: () => Promise<void>): Promise<void> {
  await Promise.all([
    page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
    page.locator('form.step-form button[type="submit"]').click(),
  ]);
  await settle();
}

/** A calm story through every step (it asks each one), each looked at before it is answered; ends on the result. */
async function throughEveryStep(
  page: Page,
  base: string,
  report: Report,
  settle: () => Promise<void>,
  look: (section: (typeof steps)[number]) => Promise<void>,
): Promise<void> {
  await startAfresh(page, base);
  for (const section of steps) {
    expect(pathOf(page)).toBe(`/check/${section.id}`);
    await look(section);
    await answer(page, fieldsFor(section, report), settle);
    await sendStep(page, settle);
  }
  expect(pathOf(page)).toBe('/check/result');
}

/** The first step with no answers kept from an earlier walk (they live in the draft cookie). */
async function startAfresh(page: Page, base: string): Promise<void> {
  await page.context().clearCookies({ name: draftCookie });
  await page.goto(`${base}/check/red-flags`);
}

/**
 * Walks the questionnaire for a report, as a person would with scripts on, to where it ends: the result, or the
 * emergency page as soon as the answers are an emergency. Returns the level the page shows, and the language each
 * page of the walk declared (`<html lang>`), one entry per tag.
 */
async function walk(page: Page, base: string, report: Report, settle: () => Promise<void>): Promise<{ level: string; langs: string[] }> {
  const langs = new Set<string>();
  await startAfresh(page, base);
  for (const section of steps) {
    langs.add((await langOf(page)) ?? '(none)');
    const fields = fieldsFor(section, report);
    // Without the script's answer in time, a step that asks follow-ups comes back with them shown: answered again.
    for (let sent = 0; sent < 4 && pathOf(page) === `/check/${section.id}`; sent++) {
      await answer(page, fields, settle);
      if (pathOf(page) !== `/check/${section.id}`) break;
      await sendStep(page, settle);
    }
    if (pathOf(page) === '/emergency') break;
  }
  const where = pathOf(page);
  if (where !== '/check/result' && where !== '/emergency') throw new Error(`the walk stopped on ${where}`);
  langs.add((await langOf(page)) ?? '(none)');
  const banner = await page.locator('.banner').getAttribute('class');
  return { level: /\blevel-([a-z-]+)/.exec(banner ?? '')?.[1] ?? `no level on ${where}`, langs: [...langs] };
}

describe.skipIf(missing !== null)('every language in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  // The embedded database's template and Chromium take their time on a shared machine: a hook's minute is not enough.
  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startServer()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function inLanguage(language: Language, test: (page: Page, settle: () => Promise<void>, context: BrowserContext) => Promise<void>) {
    const { page, context, problems } = await freshPage(browser, { locale: browserLocale[language] });
    try {
      await test(page, settler(page), context);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }

  it.each(rotation)(
    '%s, walked in %s, ends on its level (%s)',
    async (_id, language, level, report) => {
      server.setNow(report.reportedAt);
      await inLanguage(language, async (page, settle) => {
        const walked = await walk(page, server.base, report, settle);
        expect(walked.level).toBe(level);
        expect(pathOf(page)).toBe(level === 'emergency' ? '/emergency' : '/check/result');
        // Every page of the walk in the person's language: a walk in English would prove nothing.
        expect(walked.langs).toEqual([languageTags[language]]);
      });
    },
    60_000,
  );

  it('the rotation gives every language a walk, and an emergency among them', () => {
    for (const language of translated) {
      const walks = rotation.filter(([, walked]) => walked === language);
      expect(walks.length, language).toBeGreaterThan(0);
      expect(
        walks.some(([, , level]) => level === 'emergency'),
        language,
      ).toBe(true);
    }
  });

  it.each(translated)(
    '%s: axe finds nothing on the start, each step, a result of each level and the emergency pages',
    async (language) => {
      await inLanguage(language, async (page, settle) => {
        await page.goto(`${server.base}/`);
        await expect(langOf(page)).resolves.toBe(languageTags[language]);
        await expectAccessible(page, `${language} start`);
        await page.goto(`${server.base}/emergency`);
        await expectAccessible(page, `${language} emergency (no answers)`);
        for (const [level, id] of byLevel) {
          const report = vignette(id);
          server.setNow(report.reportedAt);
          if (level === 'self-care')
            await throughEveryStep(page, server.base, report, settle, (section) =>
              expectAccessible(page, `${language} step ${section.id}`),
            );
          else expect((await walk(page, server.base, report, settle)).level).toBe(level);
          await expectAccessible(page, `${language} ${level}`);
          await screenshot(page, `language-${language}-${level}`);
        }
      });
    },
    300_000,
  );

  it('each language’s start, step and result pages weigh within 5 % of English’s (HTML, CSS and scripts, gzipped)', async () => {
    const report = vignette('v3-doms-none-of-these');
    server.setNow(report.reportedAt);
    const weights: Record<string, Record<string, number>> = {};
    const notInLanguage: string[] = [];
    await inLanguage('en', async (page, settle, context) => {
      // The answers live in the draft cookie: one walk, then each page read in each language.
      expect((await walk(page, server.base, report, settle)).level).toBe('self-care');
      for (const language of ['en', ...translated] as const) {
        await context.addCookies([{ name: languageCookie, value: language, url: server.base }]);
        weights[language] = {};
        for (const [name, path] of [
          ['start', '/'],
          ['step', '/check/red-flags'],
          ['result', '/check/result'],
        ] as const) {
          const html = await (await context.request.get(`${server.base}${path}`)).text();
          // A page not in the language weighs what English weighs: said after the figures, which are wanted anyway.
          if (!html.includes(`<html lang="${languageTags[language]}">`)) notInLanguage.push(`${language} ${path}`);
          const assets = [...html.matchAll(/<(?:link rel="stylesheet" href|script src)="([^"]+)"/g)].map((m) => m[1]!);
          expect(assets.length, path).toBeGreaterThanOrEqual(2);
          let bytes = gzipSync(html).length;
          for (const asset of assets) bytes += gzipSync(await (await context.request.get(`${server.base}${asset}`)).body()).length;
          weights[language][name] = bytes;
        }
      }
    });
    console.log(`page weights, gzipped bytes: ${JSON.stringify(weights)}`);
    expect(notInLanguage).toEqual([]);
    for (const language of translated)
      for (const [name, bytes] of Object.entries(weights[language]!)) {
        const english = weights.en![name]!;
        expect(Math.abs(bytes - english) / english, `${language} ${name}: ${bytes} bytes against English's ${english}`).toBeLessThanOrEqual(
          0.05,
        );
      }
  }, 120_000);
});

// The pseudo-locale formats dates by English's rules: its month and day names are English by design, not left over.
const dateWords = new Set(
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].flatMap((k) =>
    (['long', 'short'] as const).flatMap((width) => [
      new Date(Date.UTC(2026, k, 1)).toLocaleDateString('en-GB', { month: width, timeZone: 'UTC' }),
      // Twelve days in a row: every weekday.
      new Date(Date.UTC(2026, 0, 1 + k)).toLocaleDateString('en-GB', { weekday: width, timeZone: 'UTC' }),
    ]),
  ),
);

// Country names come from Intl in the page's language; in the pseudo-locale that is English's, by design.
const countryNames = new Set(
  [...emergencyNumbers.keys()].map((region) => new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(region) ?? region),
);

/**
 * Runs of English words in a text: words of plain letters (the pseudo-locale accents nearly every letter), with the
 * brand, short capital codes (UTC, PDF), English date words, e-mail and web addresses and IANA zone names left out.
 */
export function englishRuns(text: string): string[] {
  const cleaned = text
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\b[A-Z][A-Za-z_]+(?:\/[A-Za-z_+-]+)+\b/g, ' ');
  const runs: string[] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length && /^[A-Za-z]$/.test(run.at(-1)!)) run.pop();
    if (run.length) runs.push(run.join(' '));
    run = [];
  };
  for (const token of cleaned.split(/[^\p{L}\p{M}'’-]+/u)) {
    const word = token.replace(/^['’-]+|['’-]+$/g, '');
    const english =
      /^[A-Za-z][A-Za-z'’-]*[A-Za-z]$/.test(word) && word !== 'Aftercare' && !/^[A-Z]{2,4}$/.test(word) && !dateWords.has(word);
    if (english) run.push(word);
    // "a" and "I" carry on a run of English, but are no English on their own (a code, an initial).
    else if (/^[A-Za-z]$/.test(word)) {
      if (run.length) run.push(word);
    } else if (word !== '') close();
  }
  close();
  return runs.filter((found) => !countryNames.has(found));
}

describe('the English-run finder', () => {
  it('finds English left in pseudo-locale text, and nothing in what is meant to stay', () => {
    expect(englishRuns('[Šķîp ţö màîñ çöñţéñţ·····] Call 999 now · Aftercare')).toEqual(['Call now']);
    expect(englishRuns('[Ýöüŕ ŕéçövéŕý đîàŕý··] Thu 5 Mar, 09:00 (Europe/London) help@clinic.example UTC PDF')).toEqual([]);
    expect(englishRuns('Track my recovery')).toEqual(['Track my recovery']);
    expect(englishRuns('Answer a few questions · A')).toEqual(['Answer a few questions']);
    expect(englishRuns('[Ñöŵ: ] United Kingdom, 999 · Fri 6 Mar · Sun')).toEqual([]);
  });
});

describe.skipIf(missing !== null)('the pseudo-locale on every page state of the journey, at 360 px', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startServer({ pseudoLocale: true })]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leaves no English and no sideways scrolling on any of them', async () => {
    const { page, context } = await freshPage(browser, { viewport: { width: 360, height: 740 } });
    await context.addCookies([{ name: languageCookie, value: pseudoLocaleTag, url: server.base }]);
    const settle = settler(page);
    /** Per page state, the English left and whether it scrolls sideways. */
    const found: Record<string, string[]> = {};
    const seen: string[] = [];
    const check = async (state: string) => {
      seen.push(state);
      // What a person reads or hears: the visible words, the title, and the names given to controls and pictures.
      const text = await page.evaluate(() => {
        const words: string[] = [document.title];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          // The chooser names each language in its own words, and a part marked with a language of its own (an English
          // source's title) is in it, on purpose.
          if (!parent || parent.closest('.language-chooser, script, style, [hidden]') || !parent.checkVisibility()) continue;
          if (parent.closest('[lang]') !== document.documentElement) continue;
          words.push(node.textContent ?? '');
        }
        for (const element of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]'))
          if (!element.closest('.language-chooser') && element.checkVisibility())
            for (const name of ['aria-label', 'alt', 'title', 'placeholder']) words.push(element.getAttribute(name) ?? '');
        return words.join('\n');
      });
      const problems = [...new Set(englishRuns(text))];
      // A page that does not declare the pseudo-locale was not made in the request's language at all.
      const lang = await langOf(page);
      if (lang !== pseudoLocaleTag) problems.unshift(`(<html lang="${lang}">)`);
      if (await overflowsSideways(page)) problems.push('(scrolls sideways at 360 px)');
      if (problems.length) found[state] = problems;
      await screenshot(page, `pseudo-${state.replace(/[^a-z0-9]+/gi, '-')}`);
    };
    try {
      await page.goto(`${server.base}/`);
      await check('start');
      await page.goto(`${server.base}/country`);
      await check('country');
      await page.goto(`${server.base}/offline`);
      await check('offline');
      await page.goto(`${server.base}/emergency`);
      await check('emergency (no answers)');
      await page.goto(`${server.base}/clinic/sign-in`);
      await check('clinic sign-in');

      for (const [level, id] of byLevel) {
        const report = vignette(id);
        server.setNow(report.reportedAt);
        if (level === 'self-care') await throughEveryStep(page, server.base, report, settle, (section) => check(`step ${section.id}`));
        else expect((await walk(page, server.base, report, settle)).level).toBe(level);
        await check(`result ${level}`);
        if (level === 'self-care') {
          await Promise.all([page.waitForURL('**/diary/*'), page.locator('form[action="/diaries"] button').click()]);
          await settle();
          const diary = page.url();
          await check('diary');
          server.setNow(new Date(Date.parse(report.reportedAt) + 24 * 3_600_000));
          await page.goto(`${diary}/check-in`);
          await check('check-in');
        }
      }
    } finally {
      await context.close();
    }
    console.log(`pseudo-locale, English left per page state: ${JSON.stringify(found, null, 1)}`);
    // Five pages reached directly, each step, a result of each level, the diary and a check-in.
    expect(seen).toHaveLength(5 + steps.length + byLevel.length + 2);
    expect(found).toEqual({});
  }, 300_000);
});
