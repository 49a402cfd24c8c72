// RFC 3339 date-times with an offset, checked against the real calendar (no 30 February, no hour 25).

const pattern = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a text is not an RFC 3339 date-time with an offset, or null when it is one. */
export function instantProblem(text: string): string | null {
  const parts = pattern.exec(text);
  if (!parts) {
    return 'must be an RFC 3339 date-time with an offset, such as 2026-03-02T17:00:00+01:00 or 2026-03-02T16:00:00Z';
  }
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12) return `has no month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `is not a real date: month ${month} of ${year} has no day ${day}`;
  if (hour > 23) return `has no hour ${hour}`;
  if (minute > 59) return `has no minute ${minute}`;
  // RFC 3339 allows a leap second, but no clock we compute with can place one.
  if (second > 59) return `has no second ${second} (leap seconds are not supported)`;
  if (parts[9] !== undefined && (Number(parts[10]) > 23 || Number(parts[11]) > 59)) {
    return `has an offset that does not exist (${parts[9]}${parts[10]}:${parts[11]})`;
  }
  return null;
}


/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The number `length` decimal digits at `at` make, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let k = 0; k < length; k++) {
    const digit = text.charCodeAt(at + k) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds since the epoch of an RFC 3339 date-time with an offset (fractions cut to the millisecond, as
 * `Date.parse` does), or NaN when the text is not one or names a date or time that does not exist. It reads
 * character codes and allocates nothing: validating and reading the two instants was a fifth of an assessment.
 * `instantProblem` says the same in words, and a test holds the two to the same verdict.
 */
export function instantMs(text: string): number {
  const length = text.length;
  if (length < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  const t = text.charCodeAt(10);
  if (t !== 84 && t !== 116) return Number.NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return Number.NaN;
  }
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    const first = at + 1;
    at = first;
    while (at < length) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      if (at - first < 3) millis = millis * 10 + digit;
      at++;
    }
    if (at === first) return Number.NaN;
    for (let k = at - first; k < 3; k++) millis *= 10;
  }
  let offset = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90 || zone === 122) {
    if (at + 1 !== length) return Number.NaN;
  } else if (zone === 43 || zone === 45) {
    if (at + 6 !== length || text.charCodeAt(at + 3) !== 58) return Number.NaN;
    const offsetHours = digitsAt(text, at + 1, 2);
    const offsetMinutes = digitsAt(text, at + 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
    offset = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  } else return Number.NaN;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offset) * 60_000 + second * 1000 + millis;
}

export const isInstant = (text: string) => !Number.isNaN(instantMs(text));

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** The character code of the decimal digit `d`. */
const digit = (d: number) => 48 + d;

/** `new Date(ms).toISOString()` for years 0 to 9999, without a Date, built as one string (it is in every answer). */
export function isoString(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  // civil_from_days
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const millis = rest - second * 1000;
  if (year < 0 || year > 9999) {
    return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}.${String(millis).padStart(3, '0')}Z`;
  }
  return String.fromCharCode(
    digit(Math.floor(year / 1000)), digit(Math.floor(year / 100) % 10), digit(Math.floor(year / 10) % 10), digit(year % 10), 45,
    digit(Math.floor(month / 10)), digit(month % 10), 45,
    digit(Math.floor(day / 10)), digit(day % 10), 84,
    digit(Math.floor(hour / 10)), digit(hour % 10), 58,
    digit(Math.floor(minute / 10)), digit(minute % 10), 58,
    digit(Math.floor(second / 10)), digit(second % 10), 46,
    digit(Math.floor(millis / 100)), digit(Math.floor(millis / 10) % 10), digit(millis % 10), 90,
  );
}
