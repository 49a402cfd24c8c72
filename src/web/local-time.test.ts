// Times on the public pages: English exactly as the rest of Aftercare says them, other languages in Intl's own form.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { localSpan, localTime, zoneName } from '../present/time.ts';
import { localTimes } from './local-time.ts';

const instants = ['2026-03-02T17:00:00Z', '2026-03-29T00:30:00Z', '2026-10-25T01:30:00Z', '2026-12-31T23:59:00Z'];

describe('times in the reader’s language', () => {
  it('English is word for word what present/time.ts says, spans and zone names included', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'UTC', 'Asia/Kolkata']) {
      const times = localTimes(translator('en'), zone);
      for (const instant of instants) expect(times.at(instant)).toBe(localTime(instant, zone, 'en'));
      expect(times.span('2026-03-04T09:00:00Z', '2026-03-04T17:00:00Z')).toBe(
        localSpan('2026-03-04T09:00:00Z', '2026-03-04T17:00:00Z', zone),
      );
      expect(times.span('2026-03-04T09:00:00Z', '2026-03-06T09:00:00Z')).toBe(
        localSpan('2026-03-04T09:00:00Z', '2026-03-06T09:00:00Z', zone),
      );
      expect(times.zone).toBe(zoneName(zone));
    }
  });

  it('Spanish, French and German say the day and month in their own words and order', () => {
    const at = '2026-03-04T16:00:00Z';
    expect(localTimes(translator('es'), 'Europe/Madrid').at(at)).toBe('mié, 4 mar, 17:00');
    expect(localTimes(translator('fr'), 'Europe/Paris').at(at)).toBe('mer. 4 mars, 17:00');
    expect(localTimes(translator('de'), 'Europe/Berlin').at(at)).toBe('Mi., 4. März, 17:00');
    expect(localTimes(translator('de'), 'Europe/Berlin').clock(at)).toBe('17:00');
  });

  it('a span says the day once when both ends fall on it, and the zone by its city', () => {
    const es = localTimes(translator('es'), 'Europe/Madrid');
    expect(es.span('2026-03-04T08:00:00Z', '2026-03-04T16:00:00Z')).toBe('de mié, 4 mar, 09:00 a 17:00');
    expect(es.span('2026-03-04T08:00:00Z', '2026-03-06T08:00:00Z')).toBe('de mié, 4 mar, 09:00 a vie, 6 mar, 09:00');
    expect(es.zone).toBe('hora de Madrid');
    expect(localTimes(translator('de'), 'America/New_York').zone).toBe('Ortszeit New York');
    expect(localTimes(translator('fr'), 'UTC').zone).toBe('UTC');
  });
});
