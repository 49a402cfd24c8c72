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

  it("writes each zone's option once per language: a second list escapes and words none of the world's zones", () => {
    zoneSelect(translator('fr'), 'zone', 'Europe/Paris', 'US');
    const replace = vi.spyOn(String.prototype, 'replace');
    const list = zoneSelect(translator('fr'), 'zone', 'America/Chicago', 'US').text;
    // Writing every option again would replace about four times for each of the hundreds of zones.
    expect(replace.mock.calls.length).toBeLessThan(zones.size / 10);
    expect(list.match(/<option /g)!.length).toBe(zones.size);
  });

  it('marks the zone asked for as selected, once, in every list of a language however many came before', () => {
    const selectedIn = (list: string) => [...list.matchAll(/<option value="([^"]+)"[^>]*\bselected\b/g)].map((match) => match[1]);
    const t = translator('de');
    expect(selectedIn(zoneSelect(t, 'zone', 'Europe/Berlin', 'DE').text)).toEqual(['Europe/Berlin']);
    // The options are written once per language: the next list selects its own zone and no longer Berlin's.
    const next = zoneSelect(t, 'zone', 'America/Argentina/La_Rioja', null).text;
    expect(selectedIn(next)).toEqual(['America/Argentina/La_Rioja']);
    expect(next).toContain(
      '<option value="America/Argentina/La_Rioja" data-zone-name="La Rioja time" selected>La Rioja, Argentinien</option>',
    );
    expect(next).toContain('<option value="Europe/Berlin" data-zone-name="Berlin time">Berlin, Deutschland</option>');
    // In its country's own group a zone is its city alone.
    expect(zoneSelect(t, 'zone', 'Europe/Busingen', 'DE').text).toContain(
      '<option value="Europe/Berlin" data-zone-name="Berlin time">Berlin</option>',
    );
    expect(selectedIn(zoneSelect(t, 'zone', 'UTC', 'DE').text)).toEqual(['UTC']);
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
