// The emergency number a page shows this person: the country they chose on this device, else the region of their
// time zone (the script stores it in a cookie on the first visit, or it is known from the questionnaire), else their
// browser's language region, else the operator's default time zone's; an operator's own number
// (AFTERCARE_EMERGENCY_NUMBER) overrides them all. The zone comes before the language because it says where the
// phone is: a UK phone set to US English is still in the UK, and must dial 999, not 911.
import type { FastifyRequest } from 'fastify';
import { languageTags, type Language } from '../i18n/languages.ts';
import { emergencyNumbers } from '../knowledge/emergency-numbers.ts';
import { emergencyNumberFor, knownRegion, regionOfLanguages, regionOfZone, type EmergencyNumber } from '../present/emergency.ts';
import type { Cookies } from './cookies.ts';
import { isTimeZone } from '../present/time.ts';

export const countryCookie = 'aftercare_country';
export const zoneCookie = 'aftercare_zone';

/** Where the country came from: what the page says about it, and whether the script may know better. */
export type CountrySource = 'chosen' | 'language' | 'zone' | 'default' | 'operator';

export interface PersonalNumber {
  readonly emergency: EmergencyNumber;
  readonly source: CountrySource;
  /** The cookie the script keeps the browser's time zone in, and whether it must be Secure. */
  readonly zoneCookie: string;
  readonly secure: boolean;
}

/** The browser's time zone, as the script stored it in a cookie (on the first page it ran on), if it is a real zone. */
export function browserZone(request: FastifyRequest, cookies: Cookies): string | undefined {
  const value = cookies.read(request, zoneCookie);
  try {
    const zone = value ? decodeURIComponent(value) : undefined;
    return zone && isTimeZone(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}

export function personalNumber(
  request: FastifyRequest,
  cookies: Cookies,
  {
    operatorNumber,
    defaultTimeZone,
    knownZone,
  }: { operatorNumber?: string | undefined; defaultTimeZone: string; knownZone?: string | undefined },
): PersonalNumber {
  const zoneOfCookie = browserZone(request, cookies);
  const [region, source]: [string | null, CountrySource] = (() => {
    const chosen = knownRegion(cookies.read(request, countryCookie));
    if (chosen) return [chosen, 'chosen'];
    const zoned = regionOfZone(zoneOfCookie) ?? regionOfZone(knownZone);
    if (zoned) return [zoned, 'zone'];
    const spoken = regionOfLanguages(request.headers['accept-language']);
    if (spoken) return [spoken, 'language'];
    return [regionOfZone(defaultTimeZone), 'default'];
  })();
  return {
    emergency: emergencyNumberFor(region, operatorNumber),
    source: operatorNumber ? 'operator' : source,
    zoneCookie: cookies.name(zoneCookie),
    secure: cookies.secure,
  };
}

const displayNames = new Map<Language, Intl.DisplayNames>();

/**
 * A country's name in the reader's language ("Spain", "España", "Espagne", "Spanien"), from Intl, so that no
 * catalogue has to list 245 countries.
 */
export function countryName(region: string, language: Language): string {
  let names = displayNames.get(language);
  if (!names) displayNames.set(language, (names = new Intl.DisplayNames([languageTags[language]], { type: 'region', fallback: 'code' })));
  return names.of(region) ?? region;
}

const sortedCountries = new Map<Language, readonly { region: string; name: string }[]>();

/** Every country Aftercare has a number for, with its name, in the reader's language and its alphabetical order. */
export function countriesByName(language: Language): readonly { region: string; name: string }[] {
  let sorted = sortedCountries.get(language);
  if (!sorted) {
    const collator = new Intl.Collator(languageTags[language]);
    sorted = [...emergencyNumbers.keys()]
      .map((region) => ({ region, name: countryName(region, language) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sortedCountries.set(language, sorted);
  }
  return sorted;
}
