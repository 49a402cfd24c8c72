import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { zoneName } from '../present/time.ts';
import { zoneWords } from './local-time.ts';

const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC'];

describe('time zones on the diary pages', () => {
  it('name the zone by its city in the reader’s language; UTC stays UTC', () => {
    for (const zone of zones) expect(zoneWords(zone, translator('en'))).toBe(zoneName(zone));
    expect(zoneWords('America/New_York', translator('es'))).toBe('hora de New York');
    expect(zoneWords('Europe/Paris', translator('fr'))).toBe('heure de Paris');
    expect(zoneWords('Europe/Berlin', translator('de'))).toBe('Ortszeit Berlin');
    expect(zoneWords('UTC', translator('de'))).toBe('UTC');
  });
});
