// The languages Aftercare speaks, and which one a person gets. Every page, mail and answer is in one of these; the
// first is the fallback for anything unknown. Adding a language is one catalogue file (catalogues/) and its name here.
//
// Language and country are separate choices: Spanish on a phone in the US still gives 911 (web/emergency-number.ts).

export const languages = ['en', 'es', 'fr', 'de'] as const;
export type Language = (typeof languages)[number];
export const fallbackLanguage: Language = 'en';

/** An Accept-Language header longer than this is not a browser's: it is ignored, never read or echoed. */
export const acceptLanguageLimit = 200;

/** Each language's name in its own words, for the chooser: a person who cannot read English must still find theirs. */
export const ownNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch' };

/**
 * The tag a page declares in `<html lang>` and `Content-Language`: the English is British English; the others are
 * written to be read in every country that speaks them.
 */
export const languageTags: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es', fr: 'fr', de: 'de' };

export const isLanguage = (value: unknown): value is Language => (languages as readonly unknown[]).includes(value);

// Tabs are allowed by RFC 9110 between parts of a header; any other control character means the header is not a real one.
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * The language tags of an Accept-Language header, best first (by q-value, then by their order), without the ones
 * refused with q=0. A header that is too long or holds control characters gives none: the caller falls back.
 */
export function acceptedTags(header: string | undefined): string[] {
  if (!header || header.length > acceptLanguageLimit || controlCharacter.test(header)) return [];
  return header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter(({ tag, q }) => q > 0 && /^(?:[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)$/.test(tag))
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map(({ tag }) => tag);
}

/** The language of a tag (`es-MX` → `es`), if Aftercare speaks it. */
export function languageOfTag(tag: string): Language | undefined {
  const primary = tag.split('-')[0]!.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/** The best of Aftercare's languages for a browser's Accept-Language header; English when none of them is wanted. */
export function negotiateLanguage(header: string | undefined): Language {
  for (const tag of acceptedTags(header)) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return fallbackLanguage;
}

/**
 * The language a person chose on this device (kept in a cookie, like the country), if the value is one Aftercare
 * speaks. Anything else — unknown, malformed, too long — is as if nothing was chosen.
 */
export function chosenLanguage(value: string | undefined): Language | undefined {
  return value !== undefined && value.length <= 8 && isLanguage(value) ? value : undefined;
}

/** The language for one request: the person's own choice first, else what their browser asks for. */
export function languageFor(chosen: string | undefined, acceptLanguage: string | undefined): Language {
  return chosenLanguage(chosen) ?? negotiateLanguage(acceptLanguage);
}
