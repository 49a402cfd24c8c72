// Words in no language yet: a message id and the values for its placeholders. The policy rows say what they mean
// this way, so the engine decides without words and a translator (engine/words.ts) says it in any language later.
import type { MessageId } from '../i18n/messages.ts';

/**
 * A value for a placeholder: text (a code for an ICU `select`), a number, words to list ("a, b and c"), or
 * sentences to put one after the other.
 */
export type WordingValue = string | number | readonly Wording[] | Readonly<{ sentences: readonly Wording[] }>;

/** A message id alone, or with its placeholders' values. */
export type Wording = MessageId | readonly [MessageId, Readonly<Record<string, WordingValue>>];
