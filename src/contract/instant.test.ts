import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs, instantProblem, isoAt } from './instant.ts';

const offset = fc.record({
  sign: fc.constantFrom('+', '-'),
  hours: fc.integer({ min: 0, max: 23 }),
  minutes: fc.integer({ min: 0, max: 59 }),
});

describe('RFC 3339 instants', () => {
  it('every offset from -23:59 to +23:59 is read to the same instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        offset,
        fc.boolean(),
        (date, o, fraction) => {
          const minutes = (o.sign === '-' ? -1 : 1) * (o.hours * 60 + o.minutes);
          const local = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, fraction ? 23 : 19);
          const text = `${local}${o.sign}${String(o.hours).padStart(2, '0')}:${String(o.minutes).padStart(2, '0')}`;
          expect(instantProblem(text)).toBeNull();
          expect(instantMs(text)).toBe(fraction ? date.getTime() : Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('reads lower-case t and z, and cuts long fractions to the millisecond', () => {
    expect(instantMs('2026-03-02t17:00:00.5z')).toBe(Date.parse('2026-03-02T17:00:00.500Z'));
    expect(instantMs('2026-03-02T17:00:00.123456Z')).toBe(Date.parse('2026-03-02T17:00:00.123Z'));
  });
  it('says precisely what is wrong', () => {
    expect(instantProblem('2026-02-30T10:00:00Z')).toBe('is not a real date: month 2 of 2026 has no day 30');
    expect(instantProblem('2024-02-29T10:00:00Z')).toBeNull();
    expect(instantProblem('2100-02-29T10:00:00Z')).toBe('is not a real date: month 2 of 2100 has no day 29');
    expect(instantProblem('2026-13-01T10:00:00Z')).toBe('has no month 13');
    expect(instantProblem('2026-03-02T24:00:00Z')).toBe('has no hour 24');
    expect(instantProblem('2026-03-02T23:60:00Z')).toBe('has no minute 60');
    expect(instantProblem('2026-12-31T23:59:60Z')).toBe('has no second 60 (leap seconds are not supported)');
    expect(instantProblem('2026-03-02T10:00:00+24:00')).toBe('has an offset that does not exist (+24:00)');
    expect(instantProblem('2026-03-02T10:00:00')).toMatch(/must be an RFC 3339 date-time with an offset/);
  });
  it('is NaN exactly when the grammar refuses, for near-valid and random text', () => {
    const nearValid = fc
      .tuple(
        fc.date({ noInvalidDate: true, min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') }),
        fc.nat({ max: 30 }),
        fc.string({ maxLength: 2 }),
        fc.nat({ max: 40 }),
      )
      .map(([date, cut, insert, at]) => {
        const text = date
          .toISOString()
          .replace('Z', ['Z', '+05:30', '-12:00', 'z', '+24:00', '+05:60', '.5Z', ''][cut % 8]!)
          .replace(/^(\d{4}-\d\d-\d\d)T/, cut % 3 === 0 ? '$1t' : '$1T');
        return text.slice(0, at) + insert + text.slice(at + (cut % 2));
      });
    fc.assert(
      fc.property(fc.oneof(nearValid, fc.string()), (text) => {
        const ms = instantMs(text);
        expect(Number.isNaN(ms)).toBe(instantProblem(text) !== null);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('isoAt', () => {
  const same = (ms: number) => {
    expect(isoAt(ms), String(ms)).toBe(new Date(ms).toISOString());
  };
  /** The values of `values` that isoAt writes otherwise than toISOString: asserted once, as one list. */
  const differing = (values: Iterable<number>) => {
    const found: number[] = [];
    for (const ms of values) if (isoAt(ms) !== new Date(ms).toISOString()) found.push(ms);
    return found;
  };

  it('writes every time value as toISOString does, across the whole range a Date holds', () => {
    // Whole milliseconds anywhere in the range, and with a fraction (which the time value drops).
    const anywhere = fc.tuple(
      fc.integer({ min: -8.64e15 + 1, max: 8.64e15 - 1 }),
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    );
    fc.assert(
      fc.property(anywhere, ([whole, fraction]) => differing([whole, whole + fraction, -whole - fraction]).length === 0),
      { numRuns: 20000 },
    );
    // Every seventh day from year -221 to 10183, at a time that moves through the day.
    const days = function* () {
      for (let day = -800_000; day <= 3_000_000; day += 7) yield day * 86_400_000 + (day % 86_400) * 1000 + (day % 1000);
    };
    expect(differing(days())).toEqual([]);
  });

  it('at the edges: the epoch, fractions and -0, leap days, four-digit and expanded years, the last instants', () => {
    for (const ms of [0, -0, 1, -1, 0.9, -0.9, 999.5, -999.5, 8.64e15, -8.64e15]) same(ms);
    for (const text of [
      '2024-02-29T23:59:59.999Z',
      '2000-02-29T00:00:00Z',
      '1900-03-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
    ])
      same(Date.parse(text));
    expect(isoAt(Date.parse('0000-01-01T00:00:00Z') - 1)).toBe('-000001-12-31T23:59:59.999Z');
    expect(isoAt(Date.parse('9999-12-31T23:59:59.999Z') + 1)).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoAt(Date.parse('2026-03-02T17:00:00Z') + 72 * 3_600_000)).toBe('2026-03-05T17:00:00.000Z');
  });

  it('refuses what toISOString refuses, with the same error', () => {
    for (const ms of [Number.NaN, Infinity, -Infinity, 8.64e15 + 1, -8.64e15 - 1]) {
      expect(() => new Date(ms).toISOString()).toThrow(RangeError);
      expect(() => isoAt(ms)).toThrow(new RangeError('Invalid time value'));
    }
  });
});
