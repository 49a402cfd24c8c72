// Local times across the changes of offset: London and New York (an hour, on different dates), Adelaide (a
// half-hour zone with summer time), Lord Howe Island (summer time of half an hour) and Kolkata (half an hour, none).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { localTimes } from '../web/local-time.ts';
import { instantOfWallTime, localSpan, localTime, offsetMinutes, withOffset, zoneName, type WallTime } from './time.ts';

const wall = (text: string): WallTime => {
  const [year, month, day, hour, minute] = text.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return { year, month, day, hour, minute };
};
const at = (text: string, zone: string) => instantOfWallTime(wall(text), zone).toISOString();

describe('offsets either side of a change', () => {
  it.each([
    ['Europe/London', '2026-03-29T00:59:00Z', 0, '2026-03-29T01:00:00Z', 60],
    ['Europe/London', '2026-10-25T00:59:00Z', 60, '2026-10-25T01:00:00Z', 0],
    ['America/New_York', '2026-03-08T06:59:00Z', -300, '2026-03-08T07:00:00Z', -240],
    ['America/New_York', '2026-11-01T05:59:00Z', -240, '2026-11-01T06:00:00Z', -300],
    ['Australia/Adelaide', '2026-04-04T16:29:00Z', 630, '2026-04-04T16:30:00Z', 570],
    ['Australia/Adelaide', '2026-10-03T16:29:00Z', 570, '2026-10-03T16:30:00Z', 630],
    ['Australia/Lord_Howe', '2026-04-04T14:59:00Z', 660, '2026-04-04T15:00:00Z', 630],
    ['Asia/Kolkata', '2026-03-29T01:00:00Z', 330, '2026-10-25T01:00:00Z', 330],
  ])('%s: %s is %i minutes, %s is %i', (zone, first, firstOffset, second, secondOffset) => {
    expect(offsetMinutes(Date.parse(first), zone)).toBe(firstOffset);
    expect(offsetMinutes(Date.parse(second), zone)).toBe(secondOffset);
  });
});

describe('a wall-clock time turned into an instant', () => {
  it('is exact on ordinary days in every zone', () => {
    expect(at('2026-03-02T17:00', 'Europe/London')).toBe('2026-03-02T17:00:00.000Z');
    expect(at('2026-07-02T17:00', 'Europe/London')).toBe('2026-07-02T16:00:00.000Z');
    expect(at('2026-07-02T17:00', 'America/New_York')).toBe('2026-07-02T21:00:00.000Z');
    expect(at('2026-07-02T17:00', 'Asia/Kolkata')).toBe('2026-07-02T11:30:00.000Z');
    expect(at('2026-07-02T17:00', 'Australia/Adelaide')).toBe('2026-07-02T07:30:00.000Z');
    expect(at('2026-01-02T17:00', 'Australia/Adelaide')).toBe('2026-01-02T06:30:00.000Z');
  });

  it('on the hour either side of a change is the instant that shows it', () => {
    expect(at('2026-03-29T00:59', 'Europe/London')).toBe('2026-03-29T00:59:00.000Z');
    expect(at('2026-03-29T02:00', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('2026-03-08T01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
    expect(at('2026-03-08T03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
  });

  it('that clocks skip is read with the offset before the change: the same length of time after the last minute before it', () => {
    expect(at('2026-03-29T01:30', 'Europe/London')).toBe('2026-03-29T01:30:00.000Z'); // shows 02:30 BST
    expect(at('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z'); // shows 03:30 EDT
    expect(at('2026-10-04T02:15', 'Australia/Adelaide')).toBe('2026-10-03T16:45:00.000Z'); // shows 03:15 ACDT
    expect(at('2026-10-04T02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:45:00.000Z'); // shows 02:45 +11
  });

  it('that happens twice is the first time, in every zone alike', () => {
    expect(at('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z'); // 01:30 BST, not GMT
    expect(at('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT, not EST
    expect(at('2026-04-05T02:30', 'Australia/Adelaide')).toBe('2026-04-04T16:00:00.000Z'); // 02:30 ACDT
    expect(at('2026-04-05T01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z'); // 01:45 +11
  });

  it('round-trips through the local time it shows, whenever that time exists exactly once', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Adelaide', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham'];
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 365 * 24 * 4 }), (zone, quarterHours) => {
        const instant = start + quarterHours * 15 * 60_000;
        const shown = withOffset(new Date(instant), zone);
        const back = instantOfWallTime(wall(shown.slice(0, 16)), zone).getTime();
        const twice = offsetMinutes(instant - 86_400_000, zone) !== offsetMinutes(instant + 86_400_000, zone);
        // A time that happens twice comes back as the first of the two, which is this one or an hour (or half) before.
        if (twice) expect(back <= instant && instant - back <= 3_600_000).toBe(true);
        else expect(back).toBe(instant);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('shown to a person', () => {
  it('says the local time and the offset in force, each side of a change', () => {
    expect(localTime('2026-03-29T00:30:00Z', 'Europe/London', 'en')).toBe('Sun 29 Mar, 00:30');
    expect(localTime('2026-03-29T01:30:00Z', 'Europe/London', 'en')).toBe('Sun 29 Mar, 02:30');
    expect(withOffset(new Date('2026-10-25T00:30:00Z'), 'Europe/London')).toBe('2026-10-25T01:30:00+01:00');
    expect(withOffset(new Date('2026-10-25T01:30:00Z'), 'Europe/London')).toBe('2026-10-25T01:30:00+00:00');
    expect(withOffset(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-05:00');
    expect(withOffset(new Date('2026-07-02T11:30:00Z'), 'Asia/Kolkata')).toBe('2026-07-02T17:00:00+05:30');
    expect(withOffset(new Date('2026-01-02T06:30:00Z'), 'Australia/Adelaide')).toBe('2026-01-02T17:00:00+10:30');
    expect(withOffset(new Date('2026-07-02T05:15:00Z'), 'Pacific/Chatham')).toBe('2026-07-02T18:00:00+12:45');
  });
});

describe('times as people read them', () => {
  it('names a zone by its city, never by the zone database name', () => {
    expect(zoneName('Europe/London')).toBe('London time');
    expect(zoneName('America/Argentina/Buenos_Aires')).toBe('Buenos Aires time');
    expect(zoneName('UTC')).toBe('UTC');
  });

  it('says a date once when a span starts and ends on the same day', () => {
    expect(localSpan('2026-03-03T09:00:00Z', '2026-03-03T17:00:00Z', 'UTC')).toBe('Tue 3 Mar, 09:00 to 17:00');
    expect(localSpan('2026-03-03T09:00:00Z', '2026-03-05T17:00:00Z', 'UTC')).toBe('Tue 3 Mar, 09:00 to Thu 5 Mar, 17:00');
  });
});

// One way to write a local time in every language (issue 17): the pages, the diary, its summary and the terminal all
// say an instant as `localTime` does, in London, New York, Kolkata (half an hour) and Chatham (three-quarters of an
// hour, past the date line).
const instants = ['2026-03-04T17:00:00Z', '2026-12-31T23:59:00Z'] as const;

/** What each language writes for those two instants in each zone, as the three formatters wrote it before they were one. */
const written = {
  en: {
    'Europe/London': ['Wed 4 Mar, 17:00', 'Thu 31 Dec, 23:59'],
    'America/New_York': ['Wed 4 Mar, 12:00', 'Thu 31 Dec, 18:59'],
    'Asia/Kolkata': ['Wed 4 Mar, 22:30', 'Fri 1 Jan, 05:29'],
    'Pacific/Chatham': ['Thu 5 Mar, 06:45', 'Fri 1 Jan, 13:44'],
  },
  es: {
    'Europe/London': ['mié, 4 mar, 17:00', 'jue, 31 dic, 23:59'],
    'America/New_York': ['mié, 4 mar, 12:00', 'jue, 31 dic, 18:59'],
    'Asia/Kolkata': ['mié, 4 mar, 22:30', 'vie, 1 ene, 05:29'],
    'Pacific/Chatham': ['jue, 5 mar, 06:45', 'vie, 1 ene, 13:44'],
  },
  fr: {
    'Europe/London': ['mer. 4 mars, 17:00', 'jeu. 31 déc., 23:59'],
    'America/New_York': ['mer. 4 mars, 12:00', 'jeu. 31 déc., 18:59'],
    'Asia/Kolkata': ['mer. 4 mars, 22:30', 'ven. 1 janv., 05:29'],
    'Pacific/Chatham': ['jeu. 5 mars, 06:45', 'ven. 1 janv., 13:44'],
  },
  de: {
    'Europe/London': ['Mi., 4. März, 17:00', 'Do., 31. Dez., 23:59'],
    'America/New_York': ['Mi., 4. März, 12:00', 'Do., 31. Dez., 18:59'],
    'Asia/Kolkata': ['Mi., 4. März, 22:30', 'Fr., 1. Jan., 05:29'],
    'Pacific/Chatham': ['Do., 5. März, 06:45', 'Fr., 1. Jan., 13:44'],
  },
} as const;

describe('a local time, written once for every surface', () => {
  for (const [language, zones] of Object.entries(written) as [keyof typeof written, Record<string, readonly string[]>][])
    for (const [zone, texts] of Object.entries(zones))
      it(`${language} in ${zone}: the terminal's, the diary's and the public pages' words are the same, as they were`, () => {
        const said = instants.map((instant) => [localTime(instant, zone, language), localTimes(translator(language), zone).at(instant)]);
        expect(said).toEqual(texts.map((text) => [text, text]));
      });
});
