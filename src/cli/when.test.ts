import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { readWhen } from './when.ts';

const now = new Date('2026-03-29T12:00:00Z'); // the day the UK moves to summer time
const read = (text: string, zone = 'Europe/London', language: 'en' | 'es' | 'fr' | 'de' = 'en') =>
  readWhen(text, now, zone, translator(language));

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
    expect(read('17')).toHaveProperty('problem');
  });
});

// The same forms in each language, and English's beside them (issue 17). In UTC, at noon on 29 March.
describe.each<{ language: 'es' | 'fr' | 'de'; forms: [text: string, instant: string][] }>([
  {
    language: 'es',
    forms: [
      ['hoy 09:30', '2026-03-29T09:30:00+00:00'],
      ['hoy a las 9:30', '2026-03-29T09:30:00+00:00'],
      ['ayer 17:00', '2026-03-28T17:00:00+00:00'],
      ['Ayer a las 17:00 h', '2026-03-28T17:00:00+00:00'],
      ['hace 20 horas', '2026-03-28T16:00:00+00:00'],
      ['hace 2 días', '2026-03-27T12:00:00+00:00'],
      ['hace 1,5 h', '2026-03-29T10:30:00+00:00'],
      ['hace 30 minutos', '2026-03-29T11:30:00+00:00'],
      ['ahora mismo', '2026-03-29T12:00:00+00:00'],
    ],
  },
  {
    language: 'fr',
    forms: [
      ["aujourd'hui 09:30", '2026-03-29T09:30:00+00:00'],
      ['Aujourd’hui à 9h30', '2026-03-29T09:30:00+00:00'],
      ['hier 17:00', '2026-03-28T17:00:00+00:00'],
      ['hier à 17 h', '2026-03-28T17:00:00+00:00'],
      ['il y a 20 heures', '2026-03-28T16:00:00+00:00'],
      ['il y a 2 jours', '2026-03-27T12:00:00+00:00'],
      ['il y a 45 min', '2026-03-29T11:15:00+00:00'],
      ["à l'instant", '2026-03-29T12:00:00+00:00'],
    ],
  },
  {
    language: 'de',
    forms: [
      ['heute 09:30', '2026-03-29T09:30:00+00:00'],
      ['heute um 9.30 Uhr', '2026-03-29T09:30:00+00:00'],
      ['gestern 17:00', '2026-03-28T17:00:00+00:00'],
      ['Gestern um 17 Uhr', '2026-03-28T17:00:00+00:00'],
      ['vor 20 Stunden', '2026-03-28T16:00:00+00:00'],
      ['vor 2 Tagen', '2026-03-27T12:00:00+00:00'],
      ['vor 1,5 Std.', '2026-03-29T10:30:00+00:00'],
      ['vor 30 Minuten', '2026-03-29T11:30:00+00:00'],
      ['gerade eben', '2026-03-29T12:00:00+00:00'],
    ],
  },
])('reading the time in $language', ({ language, forms }) => {
  const t = translator(language);
  it.each(forms)('reads "%s"', (text, instant) => {
    expect(readWhen(text, now, 'UTC', t)).toEqual({ instant });
  });

  it('reads English too, and a bare time or a date as everywhere', () => {
    expect(readWhen('yesterday 17:00', now, 'UTC', t)).toEqual({ instant: '2026-03-28T17:00:00+00:00' });
    expect(readWhen('18:00', now, 'UTC', t)).toEqual({ instant: '2026-03-28T18:00:00+00:00' });
    expect(readWhen('2026-03-02 17:00', now, 'UTC', t)).toEqual({ instant: '2026-03-02T17:00:00+00:00' });
  });

  it('reads each example the question and its "could not read" message offer', () => {
    const examplesIn = (text: string) => [...text.matchAll(/[«„"]\s*([^«»„“"]+?)\s*[»“"]/gu)].map((m) => m[1]!);
    const examples = [...examplesIn(t('questionnaire.ended-at.hint')), ...examplesIn(t('cli.when.unreadable'))];
    expect(examples).toHaveLength(7);
    for (const example of examples) expect(readWhen(example, now, 'UTC', t), example).toHaveProperty('instant');
  });

  it('says what is wrong in its own words', () => {
    expect(readWhen('25:00', now, 'UTC', t)).toEqual({ problem: t('cli.when.not-a-time', { time: '25:00' }) });
    expect(readWhen('2026-04-01 10:00', now, 'UTC', t)).toEqual({ problem: t('cli.when.future') });
    expect(readWhen('mardi dernier, peut-être', now, 'UTC', t)).toEqual({ problem: t('cli.when.unreadable') });
    const impossible = readWhen('2026-02-30 10:00', now, 'UTC', t);
    expect(impossible).toEqual({
      problem: expect.stringContaining(t('questionnaire.api.instant.day', { month: '2', year: '2026', day: '30' })),
    });
    for (const said of Object.values(impossible)) expect(said).not.toMatch(/is not a real date|That date/);
  });
});
