// The emergency number a page gives follows the person's country: chosen on the device, else the browser's time
// zone, else its language; an operator's number overrides; the choice is a plain form that is remembered.
import { afterAll, describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { ruleByCode } from '../knowledge/policy.ts';
import { buildApp } from '../server/app.ts';
import { regionName as countryName, regionsByName as countriesByName } from '../present/emergency.ts';

const app = buildApp({ web: { now: () => new Date('2026-03-03T09:00:00Z'), defaultTimeZone: 'Europe/London' } });
const withOperator = buildApp({ web: { now: () => new Date(), defaultTimeZone: 'Europe/London', emergencyNumber: '999' } });
afterAll(async () => {
  await app.close();
  await withOperator.close();
});

const callOn = async (url: string, headers: Record<string, string> = {}, on = app) => {
  const page = (await on.inject({ url, headers })).body;
  return {
    number: /<a class="call-button" href="tel:([^"]+)"/.exec(page)?.[1],
    source: /data-emergency-from="([^"]+)"/.exec(page)?.[1],
    page,
  };
};

describe('the emergency number on the pages', () => {
  it.each([
    ['en-US,en;q=0.9', '911'],
    ['en-GB', '999'],
    ['en-AU', '000'],
    ['de-DE,de;q=0.9,en;q=0.8', '112'],
    ['ja-JP', '119'],
    ['fr-FR', '15'],
  ])('a browser that speaks %s is given %s, on the start page and the emergency page', async (language, number) => {
    for (const url of ['/', '/emergency']) {
      const call = await callOn(url, { 'accept-language': language });
      expect(call.number, url).toBe(number);
      expect(call.source).toBe('language');
    }
  });

  it.each([
    ['en-US', 'Europe/London', '999'],
    ['en-GB', 'America/New_York', '911'],
    ['en-AU', 'Europe/Berlin', '112'],
  ])('the time zone says where the phone is, before its language: %s in %s is given %s', async (language, zone, number) => {
    const call = await callOn('/', { 'accept-language': language, cookie: `aftercare_zone=${encodeURIComponent(zone)}` });
    expect(call).toMatchObject({ number, source: 'zone' });
  });

  it("without a region in the language, the time zone the script stored decides; without either, the operator's zone", async () => {
    expect(await callOn('/', { 'accept-language': 'en', cookie: 'aftercare_zone=America%2FNew_York' })).toMatchObject({
      number: '911',
      source: 'zone',
    });
    const guessed = await callOn('/', { 'accept-language': 'en' });
    expect(guessed).toMatchObject({ number: '999', source: 'default' });
    // The script learns the zone and shows the page again once: it is told the cookie's name.
    expect(guessed.page).toContain('data-zone-cookie="aftercare_zone"');
  });

  it('a country chosen on the device wins over the time zone and the language, and the page says whose number it is, with a way to change it', async () => {
    const call = await callOn('/emergency', {
      'accept-language': 'en-US',
      cookie: 'aftercare_country=AU; aftercare_zone=America%2FChicago',
    });
    expect(call).toMatchObject({ number: '000', source: 'chosen' });
    expect(call.page).toContain('The number for an ambulance in Australia.');
    expect(call.page).toContain('<a href="/country?back=%2Femergency">Not in Australia?</a>');
  });

  it('says to ask for an ambulance where the number reaches every service or an unknown one', async () => {
    const call = await callOn('/', { cookie: 'aftercare_country=CM' });
    expect(call.page).toContain('Call 113 and ask for an ambulance');
  });

  it("an operator's number overrides every country, and then there is nothing to change", async () => {
    const call = await callOn('/', { 'accept-language': 'en-US' }, withOperator);
    expect(call).toMatchObject({ number: '999', source: 'operator' });
    expect(call.page).not.toContain('/country?back=');
  });
});

describe('choosing the country', () => {
  const post = (body: string) =>
    app.inject({ method: 'POST', url: '/country', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body });

  it('lists every country by name, the current one chosen', async () => {
    const page = (await app.inject({ url: '/country?back=/emergency', headers: { 'accept-language': 'en-NZ' } })).body;
    expect(page.match(/<option /g)!.length).toBeGreaterThanOrEqual(245);
    expect(page).toContain('<option value="NZ" selected>New Zealand</option>');
    expect(page).toContain('name="back" value="/emergency"');
  });

  it('remembers the choice on the device for a year and goes back to the page it came from', async () => {
    const chosen = await post('country=JP&back=%2Femergency');
    expect(chosen.statusCode).toBe(303);
    expect(chosen.headers.location).toBe('/emergency');
    expect(String(chosen.headers['set-cookie'])).toMatch(/^aftercare_country=JP; Path=\/; HttpOnly; SameSite=Lax; Max-Age=31536000/);
  });

  it('goes back only to a page of this site', async () => {
    for (const back of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)'])
      expect((await post(`country=JP&back=${encodeURIComponent(back)}`)).headers.location).toBe('/');
  });

  it('refuses a country that is not on the list, naming the field, and keeps what was saved', async () => {
    const refused = await post('country=XX&back=%2F');
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('href="#country"');
    expect(refused.body).toContain('Choose a country from the list');
    expect(refused.headers['set-cookie']).toBeUndefined();
  });

  it('is refused from another site', async () => {
    const forged = await app.inject({
      method: 'POST',
      url: '/country',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      payload: 'country=US&back=%2F',
    });
    expect(forged.statusCode).toBe(403);
  });
});

describe('what to say on the emergency page', () => {
  it("is the signs' own words after an emergency answer, with the person's number and no list of other countries'", async () => {
    const answered = await app.inject({
      method: 'POST',
      url: '/check/red-flags',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'bladderBowel.bladderControlLoss=yes',
    });
    expect(answered.headers.location).toBe('/emergency');
    const cookie = String(answered.headers['set-cookie']).split(';')[0]!;
    const page = (await app.inject({ url: '/emergency', headers: { 'accept-language': 'en-AU', cookie } })).body;
    expect(page).toContain('Call 000 now');
    expect(page).toContain(
      `Tell them: &quot;I had a massage and now I have low back pain. ${translator('en')(ruleByCode.get('bladder-bowel-control-loss')!.told)}`,
    );
    expect(page).not.toContain('911 in the US');
  });
});

describe('countries in the reader’s language', () => {
  it('are named in it, and sorted by its alphabet', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('DE', 'es')).toBe('Alemania');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('ES', 'de')).toBe('Spanien');
    // German puts Ä with A, not after Z; every language lists the same countries.
    const german = countriesByName('de').map((c) => c.name);
    expect(german.indexOf('Ägypten')).toBeLessThan(german.indexOf('Belgien'));
    expect(new Set(countriesByName('fr').map((c) => c.region))).toEqual(new Set(countriesByName('en').map((c) => c.region)));
  });
});
