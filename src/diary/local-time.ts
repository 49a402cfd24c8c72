// Times as a diary's reader reads them: in the diary's time zone, written the way the reader's language writes dates.
import { languageTags, type Language } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import { localTimeFields } from '../present/time.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant in the zone, with the fields present/time.ts's `localTime` shows (weekday, day, month, 24-hour time),
 * in the language's own order and abbreviations: "Wed 4 Mar, 17:00", "mié, 4 mar, 17:00", "Mi., 4. März, 17:00".
 */
export function localTimeIn(instant: string | number | Date, timeZone: string, language: Language): string {
  const key = `${language} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTags[language], { timeZone, ...localTimeFields });
    formatters.set(key, format);
  }
  return format.format(new Date(instant));
}

/**
 * A time zone as people say it, in the reader's language: its city ("London time", "hora de Londres"), never the
 * zone database's name; UTC stays UTC.
 */
export function zoneWords(timeZone: string, t: Translator): string {
  if (!timeZone.includes('/')) return timeZone;
  return t('pages.time.zone', { city: timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ') });
}
