// A sentence said without a language: a message id and the values of its placeholders. Validation, the engine and
// the forms say what is wrong in sentences; the answer is worded in the reader's language only when it is sent.
import type { MessageId, Translator } from '../i18n/messages.ts';
import { localTime } from '../present/time.ts';

/**
 * A value of a placeholder: text or a number as it is, another sentence worded in the same language first, or an
 * instant written as a local time in that language.
 */
export type SentenceValue = string | number | Worded | TimeInZone;
export type SentenceValues = Readonly<Record<string, SentenceValue>>;

/** A sentence with its id spelled out: told apart at a glance from text already worded. */
export interface Worded {
  readonly id: MessageId;
  readonly values?: SentenceValues;
  /** Worded with a capital first letter: a field's name ("the notes") at the start of a sentence. */
  readonly capitalised?: boolean;
}

/**
 * An instant shown in a time zone: written only when the sentence is worded, so the weekday and month are in the
 * reader's language while the clock is the zone's ("mié, 4 mar, 10:02" for Europe/Madrid, in Spanish).
 */
export interface TimeInZone {
  readonly at: Date;
  readonly timeZone: string;
}

/** A message id alone, or with its placeholders' values. */
export type Sentence = MessageId | Worded;

/** The sentence in `t`'s language. */
export function say(t: Translator, sentence: Sentence): string {
  if (typeof sentence === 'string') return t(sentence);
  const values = Object.fromEntries(Object.entries(sentence.values ?? {}).map(([name, value]) => [name, worded(t, value)]));
  const text = t(sentence.id, values);
  return sentence.capitalised ? capitalise(text) : text;
}

function worded(t: Translator, value: SentenceValue): string | number {
  if (typeof value !== 'object') return value;
  return 'id' in value ? say(t, value) : localTime(value.at, value.timeZone, t.language);
}

/** The text with its first letter upper-case, in the language's own rules. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A form's message: a sentence to word in the reader's language, or text a caller has already worded. */
export const wordedIn = (t: Translator, message: Worded | string): string => (typeof message === 'string' ? message : say(t, message));
