// The calendar file read back by two parsers nobody here wrote (ical.js and node-ical) and by a strict line check.
import ICAL from 'ical.js';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { icalProblems } from '../../test/support/ical-lines.ts';
import { calendar, organizerOf } from './reminders.ts';

const reminder = (at: string, extra = '') => ({
  uid: `diary-1-${at}@aftercare`,
  at: Date.parse(at),
  summary: 'Aftercare: how is your back?',
  description: `Check in, please; it takes a minute.\nNot easing: book a clinician. ${extra}`,
  url: 'https://aftercare.example/diary/abc/check-in',
});
const organizer = 'mailto:no-reply@aftercare.example';
const nothing = {
  uid: 'diary-1-nothing-planned@aftercare',
  at: Date.parse('2026-03-03T09:00:00Z'),
  summary: 'Aftercare: no check-in planned',
  description: 'No check-in is planned: get the care the advice says first. Your diary: https://aftercare.example/diary/abc',
  url: 'https://aftercare.example/diary/abc',
};

describe('reminders as iCalendar (RFC 5545)', () => {
  const text = calendar(
    [reminder('2026-03-05T17:00:00Z'), reminder('2026-03-06T09:00:00Z', 'Ünïcødé 😀 '.repeat(8))],
    Date.parse('2026-03-03T09:00:00Z'),
    organizer,
    nothing,
  );

  it('parses with ical.js, one event per planned check-in', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    const events = component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-03-05T17:00:00.000Z', '2026-03-06T09:00:00.000Z']);
    expect(events[0]!.summary).toBe('Aftercare: how is your back?');
    expect(events[0]!.description).toBe('Check in, please; it takes a minute.\nNot easing: book a clinician. ');
    expect(events[1]!.description).toContain('Ünïcødé 😀');
    expect(events[0]!.uid).toBe('diary-1-2026-03-05T17:00:00Z@aftercare');
    expect(events[0]!.organizer).toBe(organizer);
    expect(component.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')).not.toBeNull();
    expect(component.getAllSubcomponents('vjournal')).toHaveLength(0);
  });

  it('parses with node-ical to the same events', () => {
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    expect(events.map((e) => [e.uid, e.start.toISOString(), e.summary])).toEqual([
      ['diary-1-2026-03-05T17:00:00Z@aftercare', '2026-03-05T17:00:00.000Z', 'Aftercare: how is your back?'],
      ['diary-1-2026-03-06T09:00:00Z@aftercare', '2026-03-06T09:00:00.000Z', 'Aftercare: how is your back?'],
    ]);
    expect(events[1]!.description).toContain('Ünïcødé 😀');
  });

  it('passes the strict line check: CRLF, folded to 75 octets, required properties once, ORGANIZER for PUBLISH', () => {
    expect(icalProblems(text)).toEqual([]);
  });

  it('with nothing planned, holds a note saying why and no event, and is still a valid calendar', () => {
    const empty = calendar([], Date.parse('2026-03-03T09:00:00Z'), organizer, nothing);
    expect(icalProblems(empty)).toEqual([]);
    const component = new ICAL.Component(ICAL.parse(empty));
    expect(component.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(component.getFirstSubcomponent('vjournal')!.getFirstPropertyValue('description')).toContain('No check-in is planned');
    const parsed = Object.values(ical.sync.parseICS(empty));
    expect(parsed.filter((c) => c?.type === 'VEVENT')).toHaveLength(0);
    expect(parsed.filter((c) => c?.type === 'VJOURNAL')).toHaveLength(1);
  });

  it('the strict check catches what it is for', () => {
    expect(icalProblems(text.replace(/\r\n/g, '\n'))).toContain('a line break that is not CRLF');
    expect(icalProblems(text.replace(/ORGANIZER[^\r]*\r\n/g, '')).join()).toContain('VEVENT has 0 ORGANIZER');
    expect(icalProblems(text.replace('DTSTART:20260305T170000Z', 'DTSTART:2026-03-05T17:00:00Z')).join()).toContain('not a UTC date-time');
    expect(icalProblems(text.replace(/\r\n /g, '')).join()).toMatch(/octets/);
  });
});

describe('the organizer', () => {
  it('is no-reply at the public host, or at a reserved name when the host is an address or has no dot', () => {
    expect(organizerOf('https://aftercare.example.org/diary/x')).toBe('mailto:no-reply@aftercare.example.org');
    expect(organizerOf('http://127.0.0.1:3000/diary/x')).toBe('mailto:no-reply@aftercare.invalid');
    expect(organizerOf('http://localhost:3000/diary/x')).toBe('mailto:no-reply@aftercare.invalid');
    expect(organizerOf('http://[::1]:3000/diary/x')).toBe('mailto:no-reply@aftercare.invalid');
  });
});
