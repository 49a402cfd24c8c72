// Instants shown in a person's own time zone and language, and wall-clock times in a zone turned back into instants.
import { languageTags, type Language } from '../i18n/languages.ts';

/** What a local time shows: the weekday, the day, the month and the 24-hour time (web/local-time.ts splits it in two). */
export const localTimeFields: Readonly<Intl.DateTimeFormatOptions> = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, language: Language): Intl.DateTimeFormat {
  const key = `${language} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTags[language], { timeZone, ...localTimeFields });
    formatters.set(key, format);
  }
  return format;
}

/**
 * "Wed 4 Mar, 17:00" in the given IANA time zone, in the reader's language ("mié, 4 mar, 17:00", "Mi., 4. März,
 * 17:00"): the one way every surface (pages, diary, summary, clinic, terminal) writes a local time.
 */
export function localTime(instant: string | number | Date, timeZone: string, language: Language): string {
  return formatter(timeZone, language).format(new Date(instant));
}

/** The day ("Wed 4 Mar", "Mi., 4. März") and the time ("17:00") of an instant, as the language writes them. */
function dayAndTime(instant: string | number | Date, timeZone: string, language: Language): { day: string; time: string } {
  const parts = formatter(timeZone, language).formatToParts(new Date(instant));
  const hour = parts.findIndex((p) => p.type === 'hour');
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Everything before the hour but the separator just before it: the language's own order and punctuation.
  const day = parts
    .slice(0, Math.max(0, hour - 1))
    .map((p) => p.value)
    .join('');
  return { day, time: `${part('hour')}:${part('minute')}` };
}

/**
 * A time zone as people say it: its city ("London time" for Europe/London, "New York time" for America/New_York),
 * never the zone database's name; UTC stays UTC.
 */
export function zoneName(timeZone: string): string {
  if (!timeZone.includes('/')) return timeZone;
  return `${timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ')} time`;
}

/** A span of local times in English, saying the date once when both ends fall on the same day. */
export function localSpan(from: string, until: string, timeZone: string): string {
  const start = dayAndTime(from, timeZone, 'en');
  const end = dayAndTime(until, timeZone, 'en');
  return start.day === end.day ? `${start.day}, ${start.time} to ${end.time}` : `${start.day}, ${start.time} to ${end.day}, ${end.time}`;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone a person chose when it is a real one; otherwise the fallback (a form's field may hold anything). */
export const timeZoneOr = (name: string | null | undefined, fallback: string): string => (name && isTimeZone(name) ? name : fallback);

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** Whether the wall-clock time exists on a calendar (no 30 February, no hour 24), whatever the zone. */
export function isRealWallTime({ year, month, day, hour, minute }: WallTime): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour <= 23 && minute <= 59;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetMinutes(instant: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const day = 86_400_000;

/**
 * The instant a wall clock in that zone shows this time. Where clocks go back and the time happens twice, the first
 * of the two; where clocks go forward and it never happens, the instant the skipped time names under the offset in
 * force before the change (01:30 on the night London's clocks go forward is 02:30 BST). That is how JavaScript's
 * Temporal resolves them by default ("compatible").
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // A zone changes its offset at most once in two days: the offsets a day either side are the only candidates.
  const before = offsetMinutes(naive - day, timeZone);
  const after = offsetMinutes(naive + day, timeZone);
  const shows = [before, after]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => offsetMinutes(instant, timeZone) * 60_000 === naive - instant)
    .sort((a, b) => a - b);
  return new Date(shows[0] ?? naive - before * 60_000);
}

/** RFC 3339 with the zone's own offset, e.g. 2026-03-02T17:00:00+01:00, so the person's zone travels with the time. */
export function withOffset(instant: Date, timeZone: string): string {
  const offset = offsetMinutes(instant.getTime(), timeZone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock time an instant shows in a zone, as a form's date-and-time field holds it: 2026-03-02T17:00. */
export const wallTimeOf = (instant: Date, timeZone: string): string => withOffset(instant, timeZone).slice(0, 16);
