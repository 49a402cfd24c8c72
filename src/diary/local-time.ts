// A time zone as a diary's reader says it (its times are present/time.ts's `localTime`, as everywhere else).
import type { Translator } from '../i18n/messages.ts';

/**
 * A time zone as people say it, in the reader's language: its city ("London time", "hora de Londres"), never the
 * zone database's name; UTC stays UTC.
 */
export function zoneWords(timeZone: string, t: Translator): string {
  if (!timeZone.includes('/')) return timeZone;
  return t('pages.time.zone', { city: timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ') });
}
