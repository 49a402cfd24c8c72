// The public pages in each language, over HTTP in-process: the start, emergency, country, offline, error and result
// pages say their words from the language's catalogue, in <html lang>, with no sentence of the English left; the
// script's words travel in the page, in its language; country and language stay separate choices.
import { afterAll, describe, expect, it } from 'vitest';
import { calm, pain } from '../../test/support/forms.ts';
import { en, type MessageId } from '../i18n/catalogues/en.ts';
import { languageTags, type Language } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { escapeText } from '../web/html.ts';
import { localTimes } from '../web/local-time.ts';
import { buildApp } from './app.ts';

const now = new Date('2026-03-03T09:00:00Z');
const app = buildApp({ web: { now: () => now, defaultTimeZone: 'Europe/Madrid' } });
afterAll(() => app.close());

const others = ['es', 'fr', 'de'] as const satisfies readonly Language[];
const langOf = (body: string) => /<html lang="([^"]+)">/.exec(body)?.[1];
/** A message as the page shows it: formatted, then escaped like every text on a page. */
const shown = (language: Language, id: MessageId, values?: Record<string, string | number>) => escapeText(translator(language)(id, values));

/** The pages section's English sentences with no placeholder or tag: none may be left on a page in another language. */
const englishSentences = (Object.keys(en) as MessageId[])
  .filter((id) => id.startsWith('pages.') && !/[{<]/.test(en[id]) && en[id].includes(' '))
  .map((id) => escapeText(en[id]));
const englishLeft = (body: string) => englishSentences.filter((sentence) => body.includes(sentence));

const get = (url: string, language: string, cookie = '') =>
  app.inject({ url, headers: { 'accept-language': language, ...(cookie ? { cookie } : {}) } });

type Jar = { cookie: string };
async function postForm(path: string, form: Record<string, string>, jar: Jar) {
  const response = await app.inject({
    method: 'POST',
    url: path,
    payload: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.cookie },
  });
  const set = response.headers['set-cookie'];
  if (typeof set === 'string') jar.cookie = set.split(';')[0]!;
  return response;
}

/** A calm questionnaire, all of it sent, for a massage that ended yesterday at 17:00 Madrid time; a swelling, so a cold pack. */
async function answered(): Promise<Jar> {
  const jar = { cookie: '' };
  await postForm('/check/red-flags', calm, jar);
  await postForm('/check/other-signs', calm, jar);
  await postForm(
    '/check/massage',
    { 'massage.endedAt:day': 'yesterday', 'massage.endedAt:time': '17:00', timeZone: 'Europe/Madrid', 'massage.sharpPainDuring': 'no' },
    jar,
  );
  const last = await postForm('/check/pain', { ...pain, 'pain.regions': 'quadratus-lumborum', 'localSigns.swelling': 'yes' }, jar);
  expect(last.headers.location).toBe('/check/result');
  return jar;
}

/** The script's words the page carries, if any. */
const scriptWordsOf = (body: string): Record<string, string> | null => {
  const block = /<script type="application\/json" id="script-words">([^<]*)<\/script>/.exec(body);
  return block ? (JSON.parse(block[1]!) as Record<string, string>) : null;
};

describe.each(others)('the public pages in %s', (language) => {
  it('the start page: its words, the call button and the page language', async () => {
    const response = await get('/', language);
    expect(response.headers['content-language']).toBe(languageTags[language]);
    expect(langOf(response.body)).toBe(languageTags[language]);
    for (const id of ['pages.start.heading', 'pages.start.lead', 'pages.start.begin', 'pages.start.youGet.plan'] as const)
      expect(response.body, id).toContain(shown(language, id));
    // Madrid's zone by default: Spain's 112, for every emergency service; with no country known, 112 to ask for an ambulance.
    expect(response.body).toContain(shown(language, 'pages.start.emergencyHeading', { number: '112' }));
    expect(response.body).toContain(`>${shown(language, 'pages.call.button', { number: '112', kind: 'other' })}</a>`);
    expect(response.body).not.toContain(`>${shown(language, 'pages.call.button', { number: '112', kind: 'ask' })}</a>`);
    expect(response.body).toContain(`<title>${shown(language, 'pages.start.title')} – Aftercare</title>`);
    expect(englishLeft(response.body)).toEqual([]);
  });

  it('the emergency page: the call, what to say, and while you wait', async () => {
    const body = (await get('/emergency', language)).body;
    expect(langOf(body)).toBe(languageTags[language]);
    for (const id of ['pages.emergency.sayGeneric', 'pages.emergency.wait.drive', 'pages.emergency.otherCauses'] as const)
      expect(body, id).toContain(shown(language, id));
    expect(body).toContain(`<h1>${shown(language, 'pages.emergency.heading', { number: '112' })}</h1>`);
    expect(englishLeft(body)).toEqual([]);
  });

  it('the country page: countries named and sorted in the language, and its error in the language too', async () => {
    const body = (await get('/country', language)).body;
    const names = [...body.matchAll(/<option value="[A-Z]{2}"[^>]*>([^<]+)<\/option>/g)].map((m) => m[1]!);
    const spain = new Intl.DisplayNames([language], { type: 'region' }).of('ES')!;
    expect(names).toContain(spain);
    expect(names).not.toContain('Spain');
    expect(names).toEqual([...names].sort(new Intl.Collator(language).compare));
    expect(body).toContain(shown(language, 'pages.country.now', { country: spain, number: '112' }));
    expect(englishLeft(body)).toEqual([]);

    const refused = await app.inject({
      method: 'POST',
      url: '/country',
      payload: 'country=XX&back=/',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': language },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(shown(language, 'pages.country.required'));
    expect(refused.body).toContain(
      `<title>${shown(language, 'pages.country.errorTitle', { heading: translator(language)('pages.country.heading') })}`,
    );
  });

  it('the offline page: its words, and the kept form’s button and the script’s resend words in the language', async () => {
    const body = (await get('/offline', language)).body;
    expect(body).toContain(`<h1>${shown(language, 'pages.offline.title')}</h1>`);
    expect(body).toContain(`data-send-label="${shown(language, 'pages.offline.send')}"`);
    expect(scriptWordsOf(body)).toMatchObject({
      resendWaiting: translator(language)('pages.script.resendWaiting'),
      'offline.send': translator(language)('pages.offline.send'),
    });
    expect(englishLeft(body)).toEqual([]);
  });

  it('the error page: a page not found says so in the language', async () => {
    const response = await get('/no-such-page', language);
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain(`<h1>${shown(language, 'pages.error.heading.not-found')}</h1>`);
    expect(response.body).toContain(shown(language, 'pages.error.advice.not-found'));
    expect(englishLeft(response.body)).toEqual([]);
  });

  it('the result page: its headings, plan, chart and body map in the language, its times in the language’s own form', async () => {
    const jar = await answered();
    const body = (await get('/check/result', language, jar.cookie)).body;
    expect(langOf(body)).toBe(languageTags[language]);
    for (const id of [
      'pages.result.plan',
      'pages.result.expect',
      'pages.result.why',
      'pages.result.watch',
      'pages.result.sources',
    ] as const)
      expect(body, id).toContain(shown(language, id));
    expect(body).toContain(shown(language, 'pages.result.planHint', { zone: translator(language)('pages.time.zone', { city: 'Madrid' }) }));
    expect(body).toContain(`${shown(language, 'pages.chart.title', { whose: 'own' })}</title>`);
    expect(body).toContain(`>${shown(language, 'pages.chart.days')}</text>`);
    expect(body).toContain(`<h3>${shown(language, 'pages.result.coldTimer')}</h3>`);
    expect(body).toContain(`${shown(language, 'pages.bodyMap.description', { areas: '' }).slice(0, -1)}`);
    // Monday 2 March 2026, 17:00 in Madrid: the massage; the usual peak from a day later, said in the language.
    const peakFrom = localTimes(translator(language), 'Europe/Madrid').at('2026-03-03T16:00:00Z');
    expect(body).toContain(escapeText(peakFrom));
    expect(body).not.toMatch(/\b(?:Mon|Tue|Wed|Thu|Fri) \d+ Mar\b/);
    const level = /<p class="banner-level">([^<]+)<\/p>/.exec(body)![1]!;
    expect(body).toContain(`<title>${shown(language, 'pages.result.title', { level })} – Aftercare</title>`);
    expect(englishLeft(body)).toEqual([]);
  });

  it('the installed app’s manifest: its name and description in the language', async () => {
    const response = await get('/manifest.webmanifest', language);
    expect(response.headers['content-language']).toBe(languageTags[language]);
    expect(response.json()).toMatchObject({
      name: translator(language)('pages.manifest.name'),
      description: translator(language)('shell.description'),
      lang: languageTags[language],
    });
  });

  it('Spanish in the US is still 911: the language and the country are separate', async () => {
    const body = (await get('/', `${language}-US`)).body;
    expect(langOf(body)).toBe(languageTags[language]);
    expect(body).toContain(`href="tel:911"`);
    expect(body).toContain(
      shown(language, 'pages.call.region', { country: new Intl.DisplayNames([language], { type: 'region' }).of('US')! }),
    );
  });
});

describe('the script’s words', () => {
  it('travel only with a page that has something the script says, as data the page never runs', async () => {
    expect(scriptWordsOf((await get('/', 'fr')).body)).toBeNull();
    const jar = await answered();
    const result = (await get('/check/result', 'de', jar.cookie)).body;
    expect(result).toContain('data-cold-timer');
    // The only script without a src is the data block: a type the browser never runs, so CSP's script-src 'self' holds.
    expect([...result.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script type="application/json" id="script-words">',
    ]);
    // The minutes are the script's to fill in: the placeholder is kept for it.
    expect(scriptWordsOf(result)).toEqual({
      timerStart: 'Timer für {min} Minuten starten',
      timerStop: 'Timer anhalten',
      timerStopped: 'Timer angehalten.',
      timerStarted: 'Timer läuft. Nehmen Sie das Kühlpack nach {min} bis {max} Minuten ab.',
      timerDone: '{min} Minuten sind um: Nehmen Sie das Kühlpack jetzt ab, spätestens nach {max} Minuten.',
    });
  });

  it('in English, the words the script said before', async () => {
    const words = scriptWordsOf((await get('/offline', 'en')).body);
    expect(words).toMatchObject({
      resendFailed: 'Your answers could not be sent. Press "{send}" to try again.',
      'offline.send': 'Send my answers now',
    });
  });
});

describe('the error page for an address that cannot be read', () => {
  it('is a 400 in English, never a crash, when the URL is refused before the request has a language', async () => {
    for (const url of ['/%C0%80', '/diary/%E0%A4%A']) {
      const response = await get(url, 'fr');
      expect(response.statusCode, url).toBe(400);
      expect(langOf(response.body), url).toBe('en-GB');
    }
  });
});
