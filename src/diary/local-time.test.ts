import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { localTime, zoneName } from '../present/time.ts';
import { localTimeIn, zoneWords } from './local-time.ts';

const instants = ['2026-03-04T17:00:00Z', '2026-07-31T23:30:00Z', '2026-10-25T00:59:00Z'];
const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC'];

describe('times on the diary pages', () => {
  it('read in English exactly as present/time.ts writes them', () => {
    for (const instant of instants)
      for (const zone of zones) expect(localTimeIn(instant, zone, 'en'), `${instant} ${zone}`).toBe(localTime(instant, zone));
  });

  it('are written the way each language writes a date, in the diary’s zone', () => {
    const at = '2026-03-04T17:00:00Z';
    expect(localTimeIn(at, 'Europe/Madrid', 'es')).toBe('mié, 4 mar, 18:00');
    expect(localTimeIn(at, 'Europe/Paris', 'fr')).toBe('mer. 4 mars, 18:00');
    expect(localTimeIn(at, 'Europe/Berlin', 'de')).toBe('Mi., 4. März, 18:00');
  });

  it('name the zone by its city in the reader’s language; UTC stays UTC', () => {
    for (const zone of zones) expect(zoneWords(zone, translator('en'))).toBe(zoneName(zone));
    expect(zoneWords('America/New_York', translator('es'))).toBe('hora de New York');
    expect(zoneWords('Europe/Paris', translator('fr'))).toBe('heure de Paris');
    expect(zoneWords('Europe/Berlin', translator('de'))).toBe('Ortszeit Berlin');
    expect(zoneWords('UTC', translator('de'))).toBe('UTC');
  });
});
