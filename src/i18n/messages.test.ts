import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from './catalogues/en.ts';
import { languages } from './languages.ts';
import { catalogues, tagOf, translator, translatorOf } from './messages.ts';
import { pseudoCatalogue, pseudoLocaleTag, pseudoMessage, pseudoTranslator } from './pseudo.ts';

/** A message's placeholders and tags, with their kinds: what a translation must keep exactly. */
function placeholdersOf(message: string, language: string): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found.add(`${TYPE[element.type]}:${element.value}`);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, language).getAst());
  return [...found].sort();
}

const ids = Object.keys(en) as MessageId[];

/** A value for each of a message's placeholders, of its kind: enough to format any message. */
function sampleValues(message: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const placeholder of placeholdersOf(message, 'en')) {
    const [kind, name = ''] = placeholder.split(':');
    values[name] =
      kind === 'tag'
        ? (chunks: string[]) => chunks.join('')
        : kind === 'number' || kind === 'plural'
          ? 3
          : kind === 'date' || kind === 'time'
            ? new Date('2026-03-03T09:00:00Z')
            : kind === 'select'
              ? 'other'
              : 'x';
  }
  return values;
}

/**
 * Messages that are rightly the same word as in English, each checked by a reader of the language: a word both
 * languages share, never an untranslated sentence.
 */
const sameWord: Partial<Record<(typeof languages)[number], readonly MessageId[]>> = {
  // lang17: « Urgent », as French says a matter is urgent; the level above it is « Urgence », an emergency.
  fr: ['engine.level.urgent.name', 'clinic.dashboard.count.urgent'],
};

describe('catalogues: nothing missing, ever', () => {
  for (const language of languages) {
    const catalogue = catalogues[language];
    it(`${language}: exactly English's message ids, none missing, none extra, none empty`, () => {
      expect(Object.keys(catalogue).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(catalogue[id].trim(), `${language} ${id}`).not.toBe('');
    });
    it(`${language}: every message parses and keeps English's placeholders and tags`, () => {
      for (const id of ids) expect(placeholdersOf(catalogue[id], language), `${language} ${id}`).toEqual(placeholdersOf(en[id], 'en'));
    });
  }

  it('each English sentence has one message id: it is translated once, and reads the same everywhere', () => {
    const idsOf = new Map<string, string[]>();
    for (const id of ids) idsOf.set(en[id], [...(idsOf.get(en[id]) ?? []), id]);
    expect([...idsOf.values()].filter((same) => same.length > 1)).toEqual([]);
  });

  it('the placeholder check can fail: a dropped or renamed placeholder is seen', () => {
    expect(placeholdersOf('{count, plural, one {# check-in} other {# check-ins}}', 'en')).not.toEqual(placeholdersOf('# check-ins', 'en'));
    expect(placeholdersOf('<link>which number</link>', 'en')).not.toEqual(placeholdersOf('<a>which number</a>', 'en'));
  });

  it('a language other than English says each message in its own words (no English message left untranslated)', () => {
    const sameAsEnglish = (language: (typeof languages)[number]) =>
      ids.filter((id) => catalogues[language][id] === en[id] && /[a-z]{3}/i.test(en[id]) && !sameWord[language]?.includes(id));
    for (const language of languages.filter((l) => l !== 'en')) expect(sameAsEnglish(language), language).toEqual([]);
  });
});

describe('translator', () => {
  it('fills placeholders and plurals by the language’s own rules', () => {
    expect(translator('en')('diary.checkInCount', { count: 1 })).toBe('1 check-in');
    expect(translator('en')('diary.checkInCount', { count: 2 })).toBe('2 check-ins');
    // French counts 0 as singular, English as plural.
    expect(translator('fr')('diary.checkInCount', { count: 0 })).toBe('0 bilan');
    expect(translator('en')('diary.checkInCount', { count: 0 })).toBe('0 check-ins');
    expect(translator('de')('diary.checkInCount', { count: 1200 })).toBe('1.200 Einträge');
  });

  it('wraps a tag’s words with the function given for it', () => {
    const link = (words: string[]) => `[${words.join('')}]`;
    expect(translator('es')('shell.whichNumber', { link })).toBe('En una emergencia, pide ayuda: [a qué número llamar].');
  });

  it('says every message in every language exactly as ICU formats it (a message without placeholders kept as its text)', () => {
    for (const language of languages) {
      const t = translator(language);
      for (const id of ids) {
        const values = sampleValues(en[id]) as Parameters<typeof t>[1];
        const icu = new IntlMessageFormat(catalogues[language][id], language).format(values);
        // Twice: the second call takes what the first compiled.
        expect(t(id, values), `${language} ${id}`).toBe(icu);
        expect(t(id, values), `${language} ${id}`).toBe(icu);
      }
    }
  });

  it('keeps a message without placeholders as ICU reads it, quotes and all', () => {
    const t = translatorOf('en', { ...en, 'engine.words.one-leg-weak': "It''s '{'literally'}' so" }, 'en');
    expect(t('engine.words.one-leg-weak')).toBe("It's {literally} so");
    expect(t.parts('engine.words.one-leg-weak', {})).toEqual(["It's {literally} so"]);
  });

  it('fills plain placeholders exactly as intl-messageformat does: text, digits, nothing for an absent value', () => {
    const message = "{a} and {b}, '{'c'}' {a}";
    const t = translatorOf('en', { ...en, 'engine.words.one-leg-weak': message }, 'en');
    const say = (values: Record<string, PrimitiveType>) => t('engine.words.one-leg-weak', values);
    for (const values of [
      { a: 'x', b: 'y' },
      { a: 0, b: 1234.5 },
      { a: '', b: undefined },
      { a: null, b: false },
      { a: 'x', b: 2n },
    ]) {
      const icu = new IntlMessageFormat(message, 'en').format(values);
      expect(
        say(values),
        JSON.stringify(values, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
      ).toBe(icu);
    }
    expect(say({ a: 0, b: 1234.5 })).toBe('0 and 1234.5, {c} 0');
    expect(() => say({ a: 'x' })).toThrow(/no value for \{b\}/);
    expect(() => say({ a: 'x', b: true })).toThrow(/did not format to text/);
    expect(t.parts('engine.words.one-leg-weak', { a: 'x', b: 'y' })).toEqual(['x and y, {c} x']);
  });

  it('says which language it speaks', () => {
    expect(translator('de').language).toBe('de');
    expect(translator().language).toBe('en');
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter and runs 40 % longer, keeping placeholders and tags', () => {
    const message = 'In an emergency, call for help: <link>which number to call</link>.';
    const pseudo = pseudoMessage(message);
    expect(pseudo.length).toBeGreaterThanOrEqual(message.length * 1.4);
    expect(placeholdersOf(pseudo, 'en')).toEqual(placeholdersOf(message, 'en'));
    expect(pseudo.replace(/<\/?link>/g, '')).not.toMatch(/[a-z]{2}/i);
  });

  it('covers every English message, and each still formats', () => {
    expect(Object.keys(pseudoCatalogue()).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const text = new IntlMessageFormat(pseudoCatalogue()[id], 'en').format(sampleValues(en[id]));
      expect(typeof text, id).toBe('string');
      expect(text, id).toMatch(/^\[.*·\]$/s);
    }
    expect(new IntlMessageFormat(pseudoCatalogue()['diary.checkInCount'], 'en').format({ count: 3 })).toMatch(/^\[3 çĥéçķ-îñš( ·····)+\]$/);
  });

  it('is made only when asked for, once', () => {
    expect(pseudoCatalogue()).toBe(pseudoCatalogue());
    expect(pseudoTranslator()).toBe(pseudoTranslator());
  });

  it('its translator speaks English’s rules and declares en-XA', () => {
    const t = pseudoTranslator();
    expect(t.language).toBe('en');
    expect(tagOf(t)).toBe(pseudoLocaleTag);
    expect(tagOf(translator('fr'))).toBe('fr');
    expect(tagOf(translator('en'))).toBe('en-GB');
    expect(t('diary.checkInCount', { count: 1 })).toMatch(/^\[1 çĥéçķ-îñ( ·····)+\]$/);
  });
});
