// RFC 3339 date-times with an offset: a grammar that says precisely what is wrong, then the platform's own parser.

const pattern = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

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
  if (parts[8] !== undefined && (Number(parts[9]) > 23 || Number(parts[10]) > 59)) {
    return `has an offset that does not exist (${parts[8]}${parts[9]}:${parts[10]})`;
  }
  return null;
}

export const isInstant = (text: string): boolean => instantProblem(text) === null;

/**
 * Milliseconds since the epoch of a text that passed the grammar (fractions cut to the millisecond), or NaN for
 * any other text: the grammar decides what is an instant, the platform reads it.
 */
export const instantMs = (text: string): number => (isInstant(text) ? Date.parse(text) : Number.NaN);
