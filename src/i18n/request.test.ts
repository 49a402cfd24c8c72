// Choosing the language over HTTP: the browser's Accept-Language, the chooser on every page, and bad input.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { en } from './catalogues/en.ts';
import { translator } from './messages.ts';
import { pseudoLocaleTag, pseudoMessage } from './pseudo.ts';
import { backPath, languageCookie } from './request.ts';

const app = buildApp({ web: { now: () => new Date('2026-03-03T09:00:00Z'), defaultTimeZone: 'UTC' } });
afterAll(() => app.close());

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const langOf = (body: string) => /<html lang="([^"]+)">/.exec(body)?.[1];

describe('the language of a page', () => {
  it('is the best of the browser’s languages, said in <html lang> and Content-Language', async () => {
    for (const [header, tag] of [
      ['es-MX,es;q=0.9,en;q=0.5', 'es'],
      ['pt-BR, fr;q=0.8', 'fr'],
      ['de-CH', 'de'],
      ['ja, zh;q=0.5', 'en-GB'],
      [undefined, 'en-GB'],
    ] as const) {
      const response = await app.inject({ url: '/', headers: header ? { 'accept-language': header } : {} });
      expect(langOf(response.body), header).toBe(tag);
      expect(response.headers['content-language'], header).toBe(tag);
    }
  });

  it('a malformed or overlong header is ignored and never echoed', async () => {
    for (const header of [`es,${'x'.repeat(250)}`, 'es\u0001fr']) {
      const response = await app.inject({ url: '/', headers: { 'accept-language': header } });
      expect(langOf(response.body)).toBe('en-GB');
      expect(response.body).not.toContain('x'.repeat(50));
    }
  });

  it('every page offers the other languages in their own names, one tap each, and comes back to the same page', async () => {
    const page = (await app.inject({ url: '/emergency', headers: { 'accept-language': 'fr' } })).body;
    expect(page).toContain('<input type="hidden" name="back" value="/emergency">');
    for (const [value, name] of [
      ['en', 'English'],
      ['es', 'Español'],
      ['de', 'Deutsch'],
    ])
      expect(page).toContain(`name="language" value="${value}" lang="${value === 'en' ? 'en-GB' : value}">${name}</button>`);
    expect(page).toContain('aria-current="true">Français</span>');
  });
});

describe('the chooser', () => {
  it('keeps the choice on this device for a year, over the browser’s language, and goes back', async () => {
    const chosen = await app.inject({ method: 'POST', url: '/language', headers: form, payload: 'language=de&back=/check/red-flags' });
    expect(chosen.statusCode).toBe(303);
    expect(chosen.headers.location).toBe('/check/red-flags');
    const cookie = String(chosen.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^${languageCookie}=de; .*Max-Age=31536000`));
    const after = await app.inject({ url: '/', headers: { cookie: cookie.split(';')[0]!, 'accept-language': 'es' } });
    expect(langOf(after.body)).toBe('de');
  });

  it('an unknown choice is no error: it is forgotten, and the browser’s language is used again', async () => {
    const chosen = await app.inject({ method: 'POST', url: '/language', headers: form, payload: 'language=xx-<script>&back=/' });
    expect(chosen.statusCode).toBe(303);
    expect(String(chosen.headers['set-cookie'])).toMatch(new RegExp(`^${languageCookie}=; .*Max-Age=0`));
    const page = await app.inject({ url: '/', headers: { cookie: `${languageCookie}=xx-<script>`, 'accept-language': 'fr' } });
    expect(langOf(page.body)).toBe('fr');
    expect(page.body).not.toContain('xx-<script>');
  });

  it('goes back only to a path on this site, never to another site or with a query', () => {
    expect(backPath('/diary/abc_DEF-123')).toBe('/diary/abc_DEF-123');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      '/check?x=1',
      '/a//b',
      'x',
      undefined,
      `/${'a'.repeat(300)}`,
    ])
      expect(backPath(bad), String(bad)).toBe('/');
  });

  it('cannot be posted from another site', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/language',
      headers: { ...form, 'sec-fetch-site': 'cross-site' },
      payload: 'language=de&back=/',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['set-cookie']).toBeUndefined();
  });
});

describe('the pseudo-locale (tests only)', () => {
  const pseudoApp = buildApp({ web: { now: () => new Date('2026-03-03T09:00:00Z'), defaultTimeZone: 'UTC' }, pseudoLocale: true });
  afterAll(() => pseudoApp.close());
  const pseudoCookie = `${languageCookie}=${pseudoLocaleTag}`;

  it('an app built for it renders a page in it when the device chose en-XA: accented words, <html lang="en-XA">', async () => {
    const response = await pseudoApp.inject({ url: '/emergency', headers: { cookie: pseudoCookie, 'accept-language': 'de' } });
    expect(langOf(response.body)).toBe('en-XA');
    expect(response.headers['content-language']).toBe('en-XA');
    // The skip link's message has no placeholder or quote: its pseudo-locale text is the page's text as it is.
    expect(response.body).toContain(`>${pseudoMessage(en['shell.skipLink'])}</a>`);
    expect(response.body).not.toContain('Skip to main content');
  });

  it('can be chosen with the chooser there, and is no pseudo-locale without the cookie', async () => {
    const chosen = await pseudoApp.inject({
      method: 'POST',
      url: '/language',
      headers: form,
      payload: `language=${pseudoLocaleTag}&back=/`,
    });
    expect(String(chosen.headers['set-cookie'])).toMatch(new RegExp(`^${pseudoCookie}; `));
    const plain = await pseudoApp.inject({ url: '/', headers: { 'accept-language': 'fr' } });
    expect(langOf(plain.body)).toBe('fr');
  });

  it('any other app treats en-XA as an unknown choice: the browser’s language, and the choice is not kept', async () => {
    const page = await app.inject({ url: '/', headers: { cookie: pseudoCookie, 'accept-language': 'es' } });
    expect(langOf(page.body)).toBe('es');
    expect(page.body).toContain(translator('es')('shell.skipLink'));
    const chosen = await app.inject({ method: 'POST', url: '/language', headers: form, payload: `language=${pseudoLocaleTag}&back=/` });
    expect(String(chosen.headers['set-cookie'])).toMatch(new RegExp(`^${languageCookie}=; .*Max-Age=0`));
  });
});
