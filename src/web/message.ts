// A message as markup: its words escaped like any other text on a page, and each tag (`<link>…</link>`) made into
// the element the page gives for it. A placeholder's value is text (a clinic's name, a date): it is escaped too, so a
// value can never add markup, and a translation can only use the tags its English message has.
import type { MessageId, Translator } from '../i18n/messages.ts';
import { escapeText, html, raw, type Markup } from './html.ts';

type Tag = (words: Markup) => Markup;

export function message(t: Translator, id: MessageId, values: Readonly<Record<string, string | number | Tag>> = {}): Markup {
  const wrapped = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'function' ? (chunks: (string | Markup)[]) => value(html`${chunks}`) : value,
    ]),
  );
  return raw(
    t
      .parts<Markup>(id, wrapped)
      .map((part) => (typeof part === 'string' ? escapeText(part) : part.text))
      .join(''),
  );
}
