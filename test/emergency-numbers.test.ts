// The emergency number table against Google's libphonenumber (its short-number metadata, the list Android's dialler
// uses): every region it knows is in the table, and every number the table gives is an emergency number there.
import { PhoneNumberUtil, ShortNumberInfo } from 'google-libphonenumber';
import { describe, expect, it } from 'vitest';
import { emergencyNumbers } from '../src/knowledge/emergency-numbers.ts';
import { zoneRegions } from '../src/knowledge/zone-regions.ts';
import { callNow, emergencyNumberFor, regionOfLanguages, regionOfZone } from '../src/present/emergency.ts';
import { translator } from '../src/i18n/messages.ts';

const english = translator('en');

const shortNumbers = ShortNumberInfo.getInstance();
/** Region codes as plain strings (the package types them as a union of its own). */
const regions: string[] = PhoneNumberUtil.getInstance().getSupportedRegions();

describe('the emergency number table', () => {
  it('covers every region libphonenumber knows (245), and no region it does not', () => {
    expect(regions.length).toBeGreaterThanOrEqual(245);
    expect(regions.filter((region) => !emergencyNumbers.has(region))).toEqual([]);
    expect([...emergencyNumbers.keys()].filter((region) => !regions.includes(region))).toEqual([]);
  });

  it('gives, in every region, a number that is an emergency number there', () => {
    const wrong = [...emergencyNumbers.values()].filter(
      (e) => e.kind !== 'mobile-112' && !shortNumbers.isEmergencyNumber(e.number, e.region as never),
    );
    expect(wrong).toEqual([]);
  });

  it('falls back to 112 only where libphonenumber knows no emergency number at all', () => {
    const probes = [
      ...Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')),
      ...Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0')),
      ...['9999', '1122', '1669', '10111', '10177'],
    ];
    for (const e of emergencyNumbers.values()) {
      const known = probes.some((n) => shortNumbers.isEmergencyNumber(n, e.region as never));
      expect(e.kind === 'mobile-112', `${e.region}: ${e.number} (${e.kind})`).toBe(!known);
    }
  });

  it('has the numbers people know', () => {
    const number = (region: string) => emergencyNumbers.get(region)!.number;
    expect([number('US'), number('GB'), number('AU'), number('DE'), number('JP'), number('FR'), number('NZ'), number('IN')]).toEqual([
      '911',
      '999',
      '000',
      '112',
      '119',
      '15',
      '111',
      '108',
    ]);
  });
});

describe('the country, from what a browser or a computer says', () => {
  it("reads an Accept-Language header's regions in order of preference", () => {
    expect(regionOfLanguages('en-AU,en;q=0.9')).toBe('AU');
    expect(regionOfLanguages('de')).toBeNull();
    expect(regionOfLanguages('fr;q=0.9, en-US;q=0.8, de-CH;q=0.95')).toBe('CH');
    expect(regionOfLanguages('en-GB;q=0, es-MX')).toBe('MX');
    expect(regionOfLanguages('zh-Hant-TW')).toBe('TW');
    expect(regionOfLanguages('not a tag, ***, en-NZ')).toBe('NZ');
    expect(regionOfLanguages(['pt-BR'])).toBe('BR');
    expect(regionOfLanguages('x'.repeat(100_000))).toBeNull();
  });

  it('reads a time zone, old names included, and every zone a country uses maps to a country in the table', () => {
    expect(regionOfZone('Europe/Berlin')).toBe('DE');
    expect(regionOfZone('Asia/Calcutta')).toBe('IN');
    expect(regionOfZone('Australia/Sydney')).toBe('AU');
    expect(regionOfZone('UTC')).toBeNull();
    // Time zones of places libphonenumber has no numbers for (Antarctica's stations, South Georgia, the French
    // Southern Lands, the US Minor Outlying Islands, Pitcairn) give 112.
    expect(new Set([...zoneRegions.values()].filter((region) => !emergencyNumbers.has(region)))).toEqual(
      new Set(['AQ', 'GS', 'TF', 'UM', 'PN']),
    );
    expect(emergencyNumberFor(regionOfZone('Antarctica/Casey')).number).toBe('112');
    // Every zone a browser can report that lies in a country maps to it; the places above have no number of their own.
    const unmapped = Intl.supportedValuesOf('timeZone').filter(
      (zone) => /^(Africa|America|Asia|Australia|Europe|Indian|Pacific|Atlantic)\//.test(zone) && regionOfZone(zone) === null,
    );
    expect(unmapped.map((zone) => zoneRegions.get(zone))).toEqual(unmapped.map(() => expect.stringMatching(/^(AQ|GS|TF|UM|PN)$/)));
  });

  it('says to ask for an ambulance where the number is not an ambulance service of its own', () => {
    expect(callNow(emergencyNumberFor('AU'), english)).toBe('Call 000');
    expect(callNow(emergencyNumberFor('FR'), english)).toBe('Call 15');
    expect(callNow(emergencyNumberFor(null), english)).toBe('Call 112 and ask for an ambulance');
    expect(callNow(emergencyNumberFor('CM'), english)).toBe('Call 113 and ask for an ambulance');
    expect(emergencyNumberFor('AU', '999')).toMatchObject({ number: '999', region: 'AU' });
  });
});
