// A sentence said without a language: a message id and the values of its placeholders. Validation, the engine and
// the forms say what is wrong in sentences; the answer is worded in the reader's language only when it is sent.
import type { MessageId, Translator } from '../i18n/messages.ts';

/** A value of a placeholder: text or a number as it is, or another sentence, worded in the same language first. */
export type SentenceValue = string | number | Worded;
export type SentenceValues = Readonly<Record<string, SentenceValue>>;

/** A sentence with its id spelled out: told apart at a glance from text already worded. */
export interface Worded {
  readonly id: MessageId;
  readonly values?: SentenceValues;
  /** Worded with a capital first letter: a field's name ("the notes") at the start of a sentence. */
  readonly capitalised?: boolean;
}

/** A message id alone, or with its placeholders' values. */
export type Sentence = MessageId | Worded;

/** The sentence in `t`'s language. */
export function say(t: Translator, sentence: Sentence): string {
  if (typeof sentence === 'string') return t(sentence);
  const values = Object.fromEntries(
    Object.entries(sentence.values ?? {}).map(([name, value]) => [name, typeof value === 'object' ? say(t, value) : value]),
  );
  const text = t(sentence.id, values);
  return sentence.capitalised ? capitalise(text) : text;
}

/** The text with its first letter upper-case, in the language's own rules. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A form's message: a sentence to word in the reader's language, or text a caller has already worded. */
export const wordedIn = (t: Translator, message: Worded | string): string => (typeof message === 'string' ? message : say(t, message));
