import { describe, expect, it } from 'vitest';
import { acceptedTags, acceptLanguageLimit, chosenLanguage, languageFor, negotiateLanguage } from './languages.ts';

describe('choosing the language from Accept-Language', () => {
  it('takes the best match among the four, by q-value then order', () => {
    expect(negotiateLanguage('es-ES,es;q=0.9,en;q=0.8')).toBe('es');
    expect(negotiateLanguage('fr-CA')).toBe('fr');
    expect(negotiateLanguage('de-AT;q=0.5, fr;q=0.7')).toBe('fr');
    expect(negotiateLanguage('it, de;q=0.3')).toBe('de');
    expect(negotiateLanguage('en-US, es')).toBe('en');
    expect(negotiateLanguage('ES')).toBe('es');
  });

  it('falls back to English for what it does not speak, with no error', () => {
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage('')).toBe('en');
    expect(negotiateLanguage('ja, zh-CN;q=0.9')).toBe('en');
    expect(negotiateLanguage('*')).toBe('en');
    expect(negotiateLanguage('es;q=0, fr;q=0')).toBe('en');
  });

  it('ignores a malformed header: too long, control characters, broken tags', () => {
    expect(negotiateLanguage(`es,${'x'.repeat(acceptLanguageLimit)}`)).toBe('en');
    expect(acceptedTags('es\u0000')).toEqual([]);
    expect(acceptedTags('fr\r\nSet-Cookie: a=b')).toEqual([]);
    expect(acceptedTags('<script>, de')).toEqual(['de']);
    expect(acceptedTags('es;q=2, fr;q=abc, de')).toEqual(['es', 'fr', 'de']);
  });
});

describe('the language chosen on this device', () => {
  it('is kept only when it is one of the four', () => {
    expect(chosenLanguage('de')).toBe('de');
    expect(chosenLanguage('it')).toBeUndefined();
    expect(chosenLanguage('EN')).toBeUndefined();
    expect(chosenLanguage('"><img>')).toBeUndefined();
    expect(chosenLanguage(undefined)).toBeUndefined();
  });

  it('wins over the browser, and an unknown choice falls back to the browser', () => {
    expect(languageFor('fr', 'es-ES')).toBe('fr');
    expect(languageFor('xx', 'es-ES')).toBe('es');
    expect(languageFor(undefined, undefined)).toBe('en');
  });
});
