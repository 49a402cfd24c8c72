// RFC 3339 date-times with an offset: a grammar that says precisely what is wrong, then the platform's own parser.
import { translator } from '../i18n/messages.ts';
import { say, type Worded } from './sentence.ts';

const pattern = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a text is not an RFC 3339 date-time with an offset, as a sentence to word in the reader's language; null when it is one. */
export function instantSentence(text: string): Worded | null {
  const parts = pattern.exec(text);
  if (!parts) return { id: 'questionnaire.api.instant.shape' };
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const hour = Number(parts[4]);
  const minute = Number(parts[5]);
  const second = Number(parts[6]);
  // Numbers as digits, never grouped: "month 13", "year 2026".
  if (month < 1 || month > 12) return { id: 'questionnaire.api.instant.month', values: { month: String(month) } };
  if (day < 1 || day > daysInMonth(year, month))
    return { id: 'questionnaire.api.instant.day', values: { month: String(month), year: String(year), day: String(day) } };
  if (hour > 23) return { id: 'questionnaire.api.instant.hour', values: { hour: String(hour) } };
  if (minute > 59) return { id: 'questionnaire.api.instant.minute', values: { minute: String(minute) } };
  // RFC 3339 allows a leap second, but no clock we compute with can place one.
  if (second > 59) return { id: 'questionnaire.api.instant.second', values: { second: String(second) } };
  if (parts[8] !== undefined && (Number(parts[9]) > 23 || Number(parts[10]) > 59)) {
    return { id: 'questionnaire.api.instant.offset', values: { offset: `${parts[8]}${parts[9]}:${parts[10]}` } };
  }
  return null;
}

/** Why a text is not an RFC 3339 date-time with an offset, in English, or null when it is one. */
export function instantProblem(text: string): string | null {
  const sentence = instantSentence(text);
  return sentence && say(translator('en'), sentence);
}

export const isInstant = (text: string): boolean => instantProblem(text) === null;

/**
 * Milliseconds since the epoch of a text that passed the grammar (fractions cut to the millisecond), or NaN for
 * any other text: the grammar decides what is an instant, the platform reads it.
 */
export const instantMs = (text: string): number => (isInstant(text) ? Date.parse(text) : Number.NaN);
