// Times on the public pages in the reader's language and time zone: day and time exactly as present/time.ts's
// `localTime` writes them everywhere ("Wed 4 Mar, 17:00", "mié, 4 mar, 17:00"), the time alone, spans and the zone.
import type { Language } from '../i18n/languages.ts';
import { languageTags } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import { zoneWords } from '../diary/local-time.ts';
import { localTime, localTimeFields } from '../present/time.ts';

export interface LocalTimes {
  /** Day and time: "Wed 4 Mar, 17:00". */
  readonly at: (instant: string | number | Date) => string;
  /** The time of day alone: "17:00". */
  readonly clock: (instant: string | number | Date) => string;
  /** A span, saying the day once when both ends fall on the same day: "Wed 4 Mar, 09:00 to 17:00". */
  readonly span: (from: string, until: string) => string;
  /** The zone as people say it: "London time", "hora de Madrid"; UTC stays UTC. */
  readonly zone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string, part: 'day' | 'clock'): Intl.DateTimeFormat {
  const key = `${language} ${timeZone} ${part}`;
  let format = formatters.get(key);
  if (!format) {
    // The day's fields and the clock's, split out of the one local time's.
    const { weekday, day, month, hour, minute, hourCycle } = localTimeFields;
    const fields = part === 'day' ? { weekday, day, month } : { hour, minute, hourCycle };
    formatters.set(key, (format = new Intl.DateTimeFormat(languageTags[language], { timeZone, ...fields })));
  }
  return format;
}

export function localTimes(t: Translator, timeZone: string): LocalTimes {
  const { language } = t;
  const at = (instant: string | number | Date) => localTime(instant, timeZone, language);
  const clock = (instant: string | number | Date) => formatter(language, timeZone, 'clock').format(new Date(instant));
  const day = (instant: string | number | Date) => formatter(language, timeZone, 'day').format(new Date(instant));
  return {
    at,
    clock,
    span: (from, until) => t('pages.time.span', { from: at(from), until: day(from) === day(until) ? clock(until) : at(until) }),
    zone: zoneWords(timeZone, t),
  };
}
