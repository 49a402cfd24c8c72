// The list of time zones by city: in the reader's language, by their words, and each zone worded once per list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../i18n/messages.ts';
import { zoneSelect } from './time-zone.ts';

const zones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

afterEach(() => vi.restoreAllMocks());

describe('the time-zone list', () => {
  it('names each country at most once per zone: sorting the list does not word the zones again', () => {
    // The question page of the massage's time shows this list on every request (issue 18: it was the slowest part of
    // the questionnaire under load, a country named about twenty times per zone by the sort).
    const named = vi.spyOn(Intl.DisplayNames.prototype, 'of');
    zoneSelect(translator('de'), 'zone', 'Europe/Berlin', 'DE');
    expect(named.mock.calls.length).toBeGreaterThan(0);
    expect(named.mock.calls.length).toBeLessThanOrEqual(zones.size + 1);
  });

  it('sorts each continent by the words the reader sees, in their language', () => {
    const list = zoneSelect(translator('fr'), 'zone', 'Europe/Paris', null).text;
    const europe = /<optgroup label="[^"]*Europe[^"]*">(.*?)<\/optgroup>/s.exec(list)![1]!;
    const words = [...europe.matchAll(/<option [^>]*>([^<]+)<\/option>/g)].map((match) => match[1]!);
    expect(words.length).toBeGreaterThan(30);
    expect(words).toEqual([...words].sort(new Intl.Collator('fr').compare));
    expect(words).toContain('Berlin, Allemagne');
  });
});
