import { describe, expect, it } from 'vitest';
import { isEmergency } from '../engine/assess.ts';
import { questionnaire } from './draft.ts';
import { wordedIn } from '../contract/sentence.ts';
import { translator } from '../i18n/messages.ts';
import { followUpsOf, readStep, type FieldError } from './form.ts';

/** A field's error as an English page shows it. */
const english = (error: FieldError | undefined) => (error ? wordedIn(translator('en'), error.message) : undefined);

const section = (id: string) => questionnaire.find((s) => s.id === id)!;
const now = new Date('2026-03-03T09:00:00Z');

describe('reading a step', () => {
  it('reads yes/no, choices and several boxes', () => {
    const form = new URLSearchParams(
      'pain.severity=4&pain.qualities=dull-ache&pain.qualities=stiffness&pain.qualities=bogus&pain.extent=widespread&pain.radiation=none&pain.trend=same&localSigns.swelling=no&localSigns.bruising=yes',
    );
    const reading = readStep(section('pain'), form, 'UTC', now);
    expect(reading.errors).toEqual([]);
    expect(reading.values).toEqual({
      'pain.severity': 4,
      'pain.qualities': ['dull-ache', 'stiffness'],
      'pain.extent': 'widespread',
      'pain.regions': [],
      'pain.radiation': 'none',
      'pain.trend': 'same',
      'localSigns.swelling': false,
      'localSigns.bruising': true,
    });
  });
  it('names every missing answer, the tick-list included', () => {
    const reading = readStep(section('red-flags'), new URLSearchParams('nerve.legWeakness=none'), 'UTC', now);
    expect(reading.errors.map((e) => e.path)).toEqual([
      'bladderBowel.bladderControlLoss',
      'bladderBowel.bowelControlLoss',
      'bladderBowel.difficultyUrinating',
      'nerve.saddleNumbness',
      'sinceMassage',
    ]);
  });
  it('reads the tick-list: each item ticked or not; "None of these" alone; both together asked again', () => {
    const read = (query: string) => readStep(section('red-flags'), new URLSearchParams(query), 'UTC', now);
    expect(read('sinceMassage=none').values).toMatchObject({
      'general.breathlessOrChestPain': false,
      'bladderBowel.brownUrine': false,
      'bladderBowel.bloodInUrine': false,
      'general.oneLegSwollen': false,
    });
    expect(read('sinceMassage=bladderBowel.brownUrine').values).toMatchObject({
      'bladderBowel.brownUrine': true,
      'bladderBowel.bloodInUrine': false,
    });
    expect(english(read('sinceMassage=none&sinceMassage=bladderBowel.brownUrine').errors.find((e) => e.path === 'sinceMassage'))).toContain(
      'untick one',
    );
    expect(read('sinceMassage=bogus').errors.map((e) => e.path)).toContain('sinceMassage');
  });
  it('reads the massage time in the chosen zone, with its offset', () => {
    const reading = readStep(
      section('massage'),
      new URLSearchParams('massage.endedAt=2026-03-02T17:00&timeZone=America/New_York&massage.sharpPainDuring=no'),
      'UTC',
      new Date('2026-03-03T09:00:00Z'),
    );
    expect(reading.values['massage.endedAt']).toBe('2026-03-02T17:00:00-05:00');
    expect(reading.timeZone).toBe('America/New_York');
  });
  it.each([
    ['2026-02-30T10:00', 'does not exist'],
    ['2026-03-04T10:00', 'in the past'],
    ['2026-01-01T10:00', '30 days'],
    ['tomorrow', 'Enter the date and time'],
  ])('refuses %s and keeps what was typed', (typed, message) => {
    const reading = readStep(
      section('massage'),
      new URLSearchParams({ 'massage.endedAt': typed, 'massage.sharpPainDuring': 'no' }),
      'UTC',
      now,
    );
    expect(english(reading.errors[0])).toContain(message);
    expect(reading.values['massage.endedAt:typed']).toBe(typed);
  });
});

describe('follow-ups on the web', () => {
  const at = '2026-03-03T09:00:00Z';
  const pain = {
    'massage.endedAt': '2026-03-02T17:00:00Z',
    'massage.sharpPainDuring': false,
    'pain.radiation': 'thigh',
    'nerve.numbness': 'none',
    'nerve.tingling': 'none',
  };
  it('are asked when their condition holds: shown ones left blank are errors, others are shown first', () => {
    const state = followUpsOf(pain, at, ['nerve.bothLegs']);
    expect(state.asked.map((q) => q.path)).toEqual(['nerve.bothLegs', 'history.cancer']);
    expect(state.errors.map((e) => e.path)).toEqual(['nerve.bothLegs']);
    expect(state.toShow.map((q) => q.path)).toEqual(['history.cancer']);
  });
  it('going back and changing an answer drops the follow-ups that no longer apply, one after another', () => {
    const answered = { ...pain, 'nerve.bothLegs': false, 'history.cancer': true, 'pain.nightPainPreventsSleep': true };
    const state = followUpsOf({ ...answered, 'pain.radiation': 'none' }, at, []);
    expect(state.asked).toEqual([]);
    expect(state.answers).not.toHaveProperty('nerve.bothLegs');
    expect(state.answers).not.toHaveProperty('history.cancer');
    expect(state.answers).not.toHaveProperty('pain.nightPainPreventsSleep');
  });
});

describe('the emergency short-cut', () => {
  it('is decided by the engine for each red-flag answer', () => {
    expect(isEmergency({ 'nerve.legWeakness': 'both-legs' })).toBe(true);
    expect(isEmergency({ 'nerve.legWeakness': 'one-leg' })).toBe(false);
    expect(isEmergency({ 'bladderBowel.difficultyUrinating': true, 'massage.endedAt': '2030-01-01T00:00:00Z' })).toBe(true);
    expect(isEmergency({})).toBe(false);
  });
});

describe('when the massage ended, as a day and a time', () => {
  const at = new Date('2026-03-03T09:00:00Z');
  const read = (fields: Record<string, string>, zone = 'UTC') =>
    readStep(section('massage'), new URLSearchParams({ 'massage.sharpPainDuring': 'no', ...fields }), zone, at);

  it.each([
    ['today', '07:30', '2026-03-03T07:30:00Z'],
    ['yesterday', '17:00', '2026-03-02T17:00:00Z'],
    ['2-days-ago', '9:05', '2026-03-01T09:05:00Z'],
  ])('reads %s at %s in the person’s zone', (day, time, instant) => {
    const reading = read({ 'massage.endedAt:day': day, 'massage.endedAt:time': time });
    expect(reading.errors).toEqual([]);
    expect(Date.parse(reading.values['massage.endedAt'] as string)).toBe(Date.parse(instant));
  });

  it('counts the days from today where the person is, not where the server is', () => {
    // 09:00 UTC is already the next day in Auckland (22:00, 3 March): "yesterday" there is 2 March.
    const reading = read({ 'massage.endedAt:day': 'yesterday', 'massage.endedAt:time': '17:00', timeZone: 'Pacific/Auckland' });
    expect(reading.values['massage.endedAt']).toBe('2026-03-02T17:00:00+13:00');
  });

  it.each([
    [{ 'massage.endedAt:day': 'yesterday' }, 'Enter the time the massage ended'],
    [{ 'massage.endedAt:day': 'today', 'massage.endedAt:time': '25:00' }, 'Enter the time the massage ended'],
    [{ 'massage.endedAt:day': 'today', 'massage.endedAt:time': '23:00' }, 'must be in the past'],
    [{ 'massage.endedAt:day': 'other' }, 'Enter the date and time the massage ended'],
    [{ 'massage.endedAt:time': '17:00' }, 'Choose the day the massage ended'],
    [{ 'massage.endedAt:day': 'today', 'massage.endedAt:time': '1'.repeat(41) }, 'Enter the time the massage ended'],
  ] as [Record<string, string>, string][])('refuses %j, naming the field, and keeps the day and time chosen', (fields, message) => {
    const reading = read(fields);
    expect(reading.errors).toHaveLength(1);
    expect(reading.errors[0]).toMatchObject({ path: 'massage.endedAt' });
    expect(english(reading.errors[0])).toContain(message);
    expect(reading.values['massage.endedAt:day'] ?? '').toBe(fields['massage.endedAt:day'] ?? '');
  });

  it('takes a date and time from the picker ("Another day", or without scripts)', () => {
    const reading = read({ 'massage.endedAt:day': 'other', 'massage.endedAt': '2026-02-25T18:00' });
    expect(reading.values['massage.endedAt']).toBe('2026-02-25T18:00:00+00:00');
  });
});
