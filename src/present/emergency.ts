// The number a person should call, for the country they are in: chosen by them, or worked out from what their
// browser or computer says (a language's region, such as en-AU; else the time zone's), else 112, which mobile
// phones route to the local emergency service in most networks.
import { emergencyNumbers, type EmergencyNumber } from '../knowledge/emergency-numbers.ts';
import { zoneRegions } from '../knowledge/zone-regions.ts';
import { acceptedTags, languageTags, type Language } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import type { Wording } from '../knowledge/wording.ts';

export type { EmergencyNumber } from '../knowledge/emergency-numbers.ts';

/** Where no country is known (or it is one no list covers). */
export const fallbackNumber: EmergencyNumber = { region: '', number: '112', kind: 'mobile-112' };

/** A region code when it is one Aftercare has a number for, else null. */
export function knownRegion(code: string | null | undefined): string | null {
  const upper = code?.toUpperCase();
  return upper && emergencyNumbers.has(upper) ? upper : null;
}

/** The region of the first language in an Accept-Language header (or a list of tags) that names one. */
export function regionOfLanguages(languages: string | readonly string[] | undefined): string | null {
  const tags = typeof languages === 'string' ? acceptedTags(languages) : (languages ?? []);
  for (const tag of tags) {
    try {
      const region = knownRegion(new Intl.Locale(tag).region);
      if (region) return region;
    } catch {
      // not a language tag: the next one may be
    }
  }
  return null;
}

/** The region a time zone is in (Europe/Berlin: DE), or null for one that is not a country's (UTC). */
export const regionOfZone = (zone: string | null | undefined): string | null => knownRegion(zone ? zoneRegions.get(zone) : null);

/** The number for a region, or the fallback; an operator's number (AFTERCARE_EMERGENCY_NUMBER) overrides both. */
export function emergencyNumberFor(region: string | null | undefined, operatorNumber?: string): EmergencyNumber {
  if (operatorNumber) return { region: knownRegion(region) ?? '', number: operatorNumber, kind: 'every-service' };
  const known = knownRegion(region);
  return (known && emergencyNumbers.get(known)) || fallbackNumber;
}

const names = new Map<Language, Intl.DisplayNames>();

/** The country's name in the reader's language, e.g. "Australia", "Australien". */
export function regionName(region: string, language: Language): string {
  let displayNames = names.get(language);
  if (!displayNames)
    names.set(language, (displayNames = new Intl.DisplayNames([languageTags[language]], { type: 'region', fallback: 'code' })));
  return displayNames.of(region) ?? region;
}

/** "Call 000", "Call 112 and ask for an ambulance": what the call button and the first words say. */
export function callNow(emergency: EmergencyNumber, t: Translator): string {
  return t(asksForAmbulance(emergency) ? 'engine.call.number-ask-for-ambulance' : 'engine.call.number', { number: emergency.number });
}

/** The first sentence of the call's words at the terminal: "Call 000 now.", "Call 112 and ask for an ambulance now." */
export const callNowSentence = (emergency: EmergencyNumber): Wording => [
  asksForAmbulance(emergency) ? 'engine.call.number-now-ask-for-ambulance' : 'engine.call.number-now',
  { number: emergency.number },
];

const asksForAmbulance = (emergency: EmergencyNumber) => emergency.kind === 'ask-for-ambulance' || emergency.kind === 'mobile-112';

const collators = new Map<Language, Intl.Collator>();

/** Every region with its name in the reader's language, sorted as that language sorts: for choosing one. */
export function regionsByName(language: Language): { region: string; name: string }[] {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(languageTags[language])));
  return [...emergencyNumbers.keys()]
    .map((region) => ({ region, name: regionName(region, language) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
