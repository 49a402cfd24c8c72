// The message layer: every sentence a person reads is a message in a catalogue, one per language, keyed by a message
// id and written in ICU MessageFormat (plurals, selects, numbers and dates through Intl). English is the source: its
// catalogue defines the ids, and the type system holds every other catalogue to exactly the same ids. The runtime
// test (messages.test.ts) also holds each message's placeholders equal to English.
//
// Messages are compiled once per language, each on its first use, and kept for the life of the process: a message
// without placeholders as its text, one whose placeholders are only plain `{name}`s as its text between them, the
// others (plurals, selects, numbers, dates, tags) as intl-messageformat formats with Intl formatters shared by the
// whole language. Every message is read by FormatJS's ICU parser.
import { isArgumentElement, isLiteralElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type Formatters, type PrimitiveType } from 'intl-messageformat';
import { de } from './catalogues/de.ts';
import { en, type Catalogue, type MessageId } from './catalogues/en.ts';
import { es } from './catalogues/es.ts';
import { fr } from './catalogues/fr.ts';
import { fallbackLanguage, languageTags, type Language } from './languages.ts';

export type { Catalogue, MessageId } from './catalogues/en.ts';

export const catalogues: Readonly<Record<Language, Catalogue>> = { en, es, fr, de };

/**
 * The values a message's placeholders take: text and numbers (dates come in already formatted, in the person's time
 * zone), and for a tag such as `<link>…</link>` a function that wraps the tag's words.
 */
export type MessageValues = Readonly<Record<string, PrimitiveType | ((words: string[]) => string)>>;

export interface Translator {
  readonly language: Language;
  /** The message `id` in this language, its placeholders filled from `values`. */
  (id: MessageId, values?: MessageValues): string;
  /**
   * The message as parts, for markup: its text (words and placeholder values, not escaped) and what each tag's
   * function made of its words. A page escapes the text and keeps the tags' markup (web/message.ts).
   */
  parts<T>(id: MessageId, values: Readonly<Record<string, PrimitiveType | ((chunks: (string | T)[]) => T)>>): (string | T)[];
}

/**
 * The Intl formatters every message of one language shares, each made on its first use. A message's number and date
 * styles are objects of its parsed form (or the library's named styles), so they are the same object on every call
 * and key the formatters as they are: no key is built per call. Plural rules differ only by their type.
 */
function sharedFormatters(): Formatters {
  const numbers = new Map<unknown, Intl.NumberFormat>();
  const dates = new Map<unknown, Intl.DateTimeFormat>();
  const plurals = new Map<unknown, Intl.PluralRules>();
  return {
    getNumberFormat: (locales, style) => {
      let format = numbers.get(style);
      // The library's options type is a superset of Intl's (a scale, which it applies itself).
      if (!format) numbers.set(style, (format = new Intl.NumberFormat(locales, style as Intl.NumberFormatOptions)));
      return format;
    },
    getDateTimeFormat: (locales, style) => {
      let format = dates.get(style);
      if (!format) dates.set(style, (format = new Intl.DateTimeFormat(locales, style)));
      return format;
    },
    getPluralRules: (locales, options) => {
      let rules = plurals.get(options?.type);
      if (!rules) plurals.set(options?.type, (rules = new Intl.PluralRules(locales, options)));
      return rules;
    },
  };
}

/**
 * A message ready to say: its text when it has no placeholders or tags; its text between plain placeholders as
 * `[text, name, text, name, …, text]` when those are all it has; else its compiled format.
 */
type Compiled = string | Spliced | IntlMessageFormat;

/** Text and placeholder names taking turns, text first and last: `'You are {age}.'` is `['You are ', 'age', '.']`. */
type Spliced = readonly string[];

const isPlain = (element: MessageFormatElement) => isLiteralElement(element) || isArgumentElement(element);

function compile(message: string, language: Language, formatters: Formatters): Compiled {
  const elements = parse(message);
  if (!elements.every(isPlain)) return new IntlMessageFormat(message, language, undefined, { formatters });
  // The parser gives neighbouring words as one literal, so text and names already take turns but for the ends.
  const spliced: string[] = [''];
  for (const element of elements) {
    if (isLiteralElement(element)) spliced[spliced.length - 1] += element.value;
    else spliced.push(element.value, '');
  }
  return spliced.length === 1 ? spliced[0]! : spliced;
}

/**
 * A plain placeholder's text, exactly as intl-messageformat writes it: text as it is, a number in digits (`String`,
 * not the language's number format: a placeholder asks for that with `{n, number}`), nothing for an absent value. A
 * missing name is an error, as there; so is any other value (a tag's function has no place in a plain placeholder).
 */
function plainValue(values: Readonly<Record<string, unknown>> | undefined, name: string, id: MessageId, tag: string): string {
  if (!values || !(name in values)) throw new Error(`message ${id} (${tag}) has no value for {${name}}`);
  const value = values[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value === undefined || value === null || value === false) return '';
  throw new TypeError(`message ${id} (${tag}) did not format to text`);
}

function splice(spliced: Spliced, values: Readonly<Record<string, unknown>> | undefined, id: MessageId, tag: string): string {
  let text = spliced[0]!;
  for (let k = 1; k < spliced.length; k += 2) text += plainValue(values, spliced[k]!, id, tag) + spliced[k + 1]!;
  return text;
}

/**
 * A translator over one catalogue. Each message is compiled on its first use and kept for the life of the translator
 * (that is, of the process: translators are made once). `language` gives the plural rules and number formats.
 */
export function translatorOf(language: Language, catalogue: Catalogue, tag: string): Translator {
  const compiled = new Map<MessageId, Compiled>();
  const formatters = sharedFormatters();
  const compiledOf = (id: MessageId) => {
    let format = compiled.get(id);
    if (format === undefined) compiled.set(id, (format = compile(catalogue[id], language, formatters)));
    return format;
  };
  const translate = (id: MessageId, values?: MessageValues): string => {
    const format = compiledOf(id);
    if (typeof format === 'string') return format;
    if (Array.isArray(format)) return splice(format, values, id, tag);
    const text = (format as IntlMessageFormat).format(values);
    if (typeof text !== 'string') throw new TypeError(`message ${id} (${tag}) did not format to text`);
    return text;
  };
  const parts = <T>(id: MessageId, values: Readonly<Record<string, PrimitiveType | ((chunks: (string | T)[]) => T)>>) => {
    const format = compiledOf(id);
    if (typeof format === 'string') return [format];
    if (Array.isArray(format)) return [splice(format, values, id, tag)];
    const made = (format as IntlMessageFormat).format<T>(values);
    return Array.isArray(made) ? made : [made];
  };
  const made: Translator = Object.assign(translate, { language, parts });
  tags.set(made, tag);
  return made;
}

const tags = new WeakMap<Translator, string>();

/**
 * The tag a page in a translator's words declares in `<html lang>` and `Content-Language`: its language's own
 * (languageTags), or the pseudo-locale's in the tests (pseudo.ts).
 */
export const tagOf = (t: Translator): string => tags.get(t) ?? languageTags[t.language];

/** One translator per language, made once: a request takes its language's, at no cost. */
const translators = new Map<Language, Translator>();

/** The translator for one language. A message that does not come out as text (a bad catalogue) is a bug: it throws. */
export function translator(language: Language = fallbackLanguage): Translator {
  let found = translators.get(language);
  if (!found) translators.set(language, (found = translatorOf(language, catalogues[language], languageTags[language])));
  return found;
}
