// Each request's language, and the person's own choice of it. A page, mail or answer takes the request's translator
// (`request.t`); which language that is comes from languageFor (languages.ts): the choice kept on this device, else
// the browser's Accept-Language, else English. Choosing is one tap on a language's own name, on every page.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Cookies } from '../web/cookies.ts';
import { chosenLanguage, languageFor, type Language } from './languages.ts';
import { tagOf, translator, type Translator } from './messages.ts';
import { pseudoLocaleTag, pseudoTranslator } from './pseudo.ts';

/** The cookie that keeps the language chosen on this device, for a year (like the country). */
export const languageCookie = 'aftercare_language';
const keptSeconds = 365 * 24 * 3600;

declare module 'fastify' {
  interface FastifyRequest {
    /** The language this request is answered in. */
    readonly language: Language;
    /** The translator for that language. */
    readonly t: Translator;
  }
}

/**
 * Where the chooser goes back to: a path on this site, never `//host` or `/\\host` (which browsers read as another
 * site), and never a query (which could carry something private into a redirect): else the start page.
 */
export function backPath(value: unknown): string {
  return typeof value === 'string' && /^\/[A-Za-z0-9/_.~-]{0,200}$/.test(value) && !value.includes('//') ? value : '/';
}

/** The path of the page being answered, for the chooser to come back to. */
export const pathOf = (request: FastifyRequest) => backPath(request.url.split('?')[0]);

/** Each request's translator, once worked out (or set by answerIn). */
const translators = new WeakMap<FastifyRequest, Translator>();

/**
 * Answers this request in `language` rather than the device's: a guard that knows better says so before the page is
 * made (a signed-in clinic member's pages are in the member's own language, web/guards.ts).
 */
export const answerIn = (request: FastifyRequest, language: Language): void => {
  translators.set(request, translator(language));
};

export interface LanguageOptions {
  /**
   * Tests only: the device's choice `en-XA` gives the pseudo-locale (i18n/pseudo.ts), to find English left outside
   * the catalogues and layouts that break on longer words. Off, `en-XA` is an unknown choice like any other.
   */
  readonly pseudoLocale?: boolean;
}

export function registerLanguage(app: FastifyInstance, cookies: Cookies, { pseudoLocale = false }: LanguageOptions = {}): void {
  const translatorFor = (request: FastifyRequest): Translator => {
    let found = translators.get(request);
    if (found === undefined) {
      const chosen = cookies.read(request, languageCookie);
      const header = request.headers['accept-language'];
      found =
        pseudoLocale && chosen === pseudoLocaleTag
          ? pseudoTranslator()
          : translator(languageFor(chosen, typeof header === 'string' ? header : undefined));
      translators.set(request, found);
    }
    return found;
  };
  app.decorateRequest('language', {
    getter(this: FastifyRequest) {
      return translatorFor(this).language;
    },
  });
  app.decorateRequest('t', {
    getter(this: FastifyRequest) {
      return translatorFor(this);
    },
  });

  // The chooser: a form of one button per language, so that choosing is one tap and works without scripts. A value
  // Aftercare does not speak is no error: the choice is forgotten, and the browser's language is used again.
  app.post('/language', (request, reply) => {
    const form = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
    const value = form.get('language') ?? undefined;
    const chosen = pseudoLocale && value === pseudoLocaleTag ? value : chosenLanguage(value);
    if (chosen) cookies.set(reply, languageCookie, chosen, { maxAgeSeconds: keptSeconds });
    else cookies.clear(reply, languageCookie);
    return reply.redirect(backPath(form.get('back')), 303);
  });
}

/** `Content-Language` of an answer in the request's language (pages, and API answers with words in them). */
export const contentLanguage = (request: FastifyRequest) => tagOf(translatorOf(request));

/**
 * The request's translator; English for a request Fastify refused before it was routed (an address it cannot decode,
 * /%C0%80), which never gets the app's decorations.
 */
export const translatorOf = (request: FastifyRequest): Translator => request.t ?? translator('en');
