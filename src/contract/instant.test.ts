import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs, instantProblem, isoString } from './instant.ts';

const anyInstant = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
const offset = fc.record({ sign: fc.constantFrom('+', '-'), hours: fc.integer({ min: 0, max: 23 }), minutes: fc.integer({ min: 0, max: 59 }) });

describe('instants without Date', () => {
  it('isoString(ms) equals new Date(ms).toISOString()', () => {
    fc.assert(fc.property(anyInstant, (date) => {
      expect(isoString(date.getTime())).toBe(date.toISOString());
    }), { numRuns: 5000 });
  });
  it('instantMs(text) equals Date.parse(text) for every offset', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), offset, fc.boolean(), (date, o, fraction) => {
      const minutes = (o.sign === '-' ? -1 : 1) * (o.hours * 60 + o.minutes);
      const local = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, fraction ? 23 : 19);
      const text = `${local}${o.sign}${String(o.hours).padStart(2, '0')}:${String(o.minutes).padStart(2, '0')}`;
      expect(instantProblem(text)).toBeNull();
      expect(instantMs(text)).toBe(Date.parse(text));
    }), { numRuns: 5000 });
  });
  it('cuts long fractions to the millisecond, as Date.parse does', () => {
    expect(instantMs('2026-03-02T17:00:00.123456Z')).toBe(Date.parse('2026-03-02T17:00:00.123Z'));
    expect(instantMs('2026-03-02T17:00:00.5z')).toBe(Date.parse('2026-03-02T17:00:00.500Z'));
  });
  it('instantMs and instantProblem always agree on what is a valid instant', () => {
    const nearValid = fc
      .tuple(fc.date({ noInvalidDate: true, min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') }), fc.nat({ max: 30 }), fc.string({ maxLength: 2 }), fc.nat({ max: 40 }))
      .map(([date, cut, insert, at]) => {
        const text = date.toISOString().replace('Z', ['Z', '+05:30', '-12:00', 'z', '+24:00', '+05:60', '.5Z', ''][cut % 8]!).replace(/^(\d{4}-\d\d-\d\d)T/, cut % 3 === 0 ? '$1t' : '$1T');
        return text.slice(0, at) + insert + text.slice(at + (cut % 2));
      });
    fc.assert(fc.property(fc.oneof(nearValid, fc.string()), (text) => {
      expect(Number.isNaN(instantMs(text))).toBe(instantProblem(text) !== null);
    }), { numRuns: 20000 });
  });
  it('refuses what instantProblem refuses: 30 February, hour 24, no offset', () => {
    for (const text of ['2026-02-30T10:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T10:00:00', '2026-03-02T10:00:00.Z', '2026-03-02T10:00:00+0100']) expect(instantMs(text)).toBeNaN();
  });
  it('is NaN for text that is not RFC 3339', () => {
    expect(instantMs('yesterday')).toBeNaN();
  });
});
