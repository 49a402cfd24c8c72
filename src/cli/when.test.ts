import { describe, expect, it } from 'vitest';
import { readWhen } from './when.ts';

const now = new Date('2026-03-29T12:00:00Z'); // the day the UK moves to summer time
const read = (text: string, zone = 'Europe/London') => readWhen(text, now, zone);

describe('reading when the massage ended', () => {
  it('reads a bare clock time as today, with the zone offset', () => {
    expect(read('09:30')).toEqual({ instant: '2026-03-29T09:30:00+01:00' });
  });
  it('reads a bare clock time later than now as yesterday', () => {
    expect(read('18:00')).toEqual({ instant: '2026-03-28T18:00:00+00:00' });
  });
  it('reads "yesterday 17:00" and a full date in the zone', () => {
    expect(read('yesterday 17:00')).toEqual({ instant: '2026-03-28T17:00:00+00:00' });
    expect(read('2026-03-02 17:00', 'America/New_York')).toEqual({ instant: '2026-03-02T17:00:00-05:00' });
  });
  it('reads hours ago', () => {
    expect(read('20 hours ago', 'UTC')).toEqual({ instant: '2026-03-28T16:00:00+00:00' });
  });
  it('keeps an RFC 3339 time as typed', () => {
    expect(read('2026-03-28T17:00:00+02:00')).toEqual({ instant: '2026-03-28T17:00:00+02:00' });
  });
  it('refuses the future, impossible dates and nonsense', () => {
    expect(read('2026-04-01 10:00')).toHaveProperty('problem');
    expect(read('2026-02-30 10:00')).toHaveProperty('problem');
    expect(read('25:00')).toHaveProperty('problem');
    expect(read('last tuesday')).toHaveProperty('problem');
  });
});
