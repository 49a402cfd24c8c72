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

  it("words the world's zones once per language: a second list in it names only its own country", () => {
    zoneSelect(translator('es'), 'zone', 'Europe/Madrid', 'ES');
    const named = vi.spyOn(Intl.DisplayNames.prototype, 'of');
    const list = zoneSelect(translator('es'), 'zone', 'Australia/Sydney', 'AU').text;
    expect(named.mock.calls.map(([region]) => region)).toEqual(['AU']);
    // Still this country's list: its zones first, by city, and nowhere else; Spain's back among the rest.
    const [ownGroup, ...rest] = [...list.matchAll(/<optgroup label="([^"]*)">(.*?)<\/optgroup>/gs)];
    expect(ownGroup![1]).toContain('Australia');
    expect(ownGroup![2]).toContain('value="Australia/Sydney"');
    expect(rest.map((group) => group[2]).join('')).not.toContain('value="Australia/Sydney"');
    expect(rest.map((group) => group[2]).join('')).toContain('value="Europe/Madrid"');
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
