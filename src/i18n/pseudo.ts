// The pseudo-locale: English with every letter accented and each message 40 % longer, placeholders and tags left as
// they are. Rendered on every page in the browser tests, it shows at a glance any English left outside the
// catalogues (it has no accents) and any layout that breaks when a translation runs longer than English.
//
// It is for tests only: an app built with `pseudoLocale: true` (never from the environment) answers in it when the
// device's language cookie says `en-XA`; any other app treats that value as unknown, as it does every other.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type Catalogue, type MessageId } from './catalogues/en.ts';
import { translatorOf, type Translator } from './messages.ts';

/** The pseudo-locale's tag: a private-use region of English that CLDR keeps for pseudo-localisation. */
export const pseudoLocaleTag = 'en-XA';

const accented: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((letter, index) => [letter, [...'àƀçđéĝĥîķĺñöŕšţüŵýžÀƁÇĐÉĜĤÎĶĹÑÖŔŠŢÜŴÝŽ'][index]!]),
);

const accent = (text: string) => text.replace(/[A-Za-z]/g, (letter) => accented[letter] ?? letter);

/** The message's literal words accented, the rest of its syntax (arguments, plurals, tags) kept. */
function pseudoElements(elements: readonly MessageFormatElement[]): string {
  return elements.map(pseudoElement).join('');
}

function pseudoElement(element: MessageFormatElement): string {
  switch (element.type) {
    case TYPE.literal:
      return accent(element.value).replace(/[{}']/g, (c) => `'${c}'`);
    case TYPE.argument:
      return `{${element.value}}`;
    case TYPE.number:
    case TYPE.date:
    case TYPE.time:
      return `{${element.value}, ${['', '', 'number', 'date', 'time'][element.type]}}`;
    case TYPE.pound:
      return '#';
    case TYPE.tag:
      return `<${element.value}>${pseudoElements(element.children)}</${element.value}>`;
    case TYPE.plural:
    case TYPE.select: {
      const kind = element.type === TYPE.select ? 'select' : element.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
      const options = Object.entries(element.options).map(([key, option]) => `${key} {${pseudoElements(option.value)}}`);
      return `{${element.value}, ${kind}, ${options.join(' ')}}`;
    }
    default:
      return '';
  }
}

/** One English message in the pseudo-locale: accented, and padded to 140 % of its length. */
export function pseudoMessage(message: string): string {
  const body = pseudoElements(new IntlMessageFormat(message, 'en').getAst());
  // The padding comes in words of five, so a long message wraps as a translation's words would, never as one
  // unbreakable run no real language has.
  const padding = ' ·····'.repeat(Math.ceil((message.length * 0.4) / 6));
  return `[${body}${padding}]`;
}

let catalogue: Catalogue | undefined;

/** Every English message in the pseudo-locale. Made on first use, so that a server without it never pays for it. */
export function pseudoCatalogue(): Catalogue {
  return (catalogue ??= Object.fromEntries((Object.keys(en) as MessageId[]).map((id) => [id, pseudoMessage(en[id])])) as Catalogue);
}

let made: Translator | undefined;

/**
 * The pseudo-locale's translator. Its language is English (plurals, numbers and dates follow English rules, so that
 * whatever a page picks by language still has a value); its tag is `en-XA`, which the page declares.
 */
export function pseudoTranslator(): Translator {
  return (made ??= translatorOf('en', pseudoCatalogue(), pseudoLocaleTag));
}
