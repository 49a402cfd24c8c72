import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar } from './reminders.ts';

const reminder = (at: string, extra = '') => ({
  uid: `diary-1-${at}@aftercare`,
  at: Date.parse(at),
  summary: 'Aftercare: how is your back?',
  description: `Check in, please; it takes a minute.\nNot easing: book a clinician. ${extra}`,
  url: 'https://aftercare.example/diary/abc/check-in',
});

describe('reminders as iCalendar (RFC 5545)', () => {
  const text = calendar(
    [reminder('2026-03-05T17:00:00Z'), reminder('2026-03-06T09:00:00Z', 'Ünïcødé 😀 '.repeat(8))],
    Date.parse('2026-03-03T09:00:00Z'),
  );

  it('parses with a real iCalendar parser, one event per recheck time', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    const events = component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-03-05T17:00:00.000Z', '2026-03-06T09:00:00.000Z']);
    expect(events[0]!.summary).toBe('Aftercare: how is your back?');
    expect(events[0]!.description).toBe('Check in, please; it takes a minute.\nNot easing: book a clinician. ');
    expect(events[1]!.description).toContain('Ünïcødé 😀');
    expect(events[0]!.uid).toBe('diary-1-2026-03-05T17:00:00Z@aftercare');
    expect(component.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('uses CRLF and folds every line to at most 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('carries the fields calendar apps require', () => {
    for (const field of ['VERSION:2.0', 'PRODID:', 'DTSTAMP:20260303T090000Z', 'DTSTART:20260305T170000Z']) expect(text).toContain(field);
  });
});
