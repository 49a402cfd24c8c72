// Choosing a time zone by its city, the zones of the person's country first: the list the browser's zone is chosen
// from, shown only when the person asks to change it.
import type { Language } from '../../i18n/languages.ts';
import { zoneRegions } from '../../knowledge/zone-regions.ts';
import { regionName } from '../../present/emergency.ts';
import { zoneName } from '../../present/time.ts';
import type { Translator } from '../../i18n/messages.ts';
import { attr, html, raw, type Markup } from '../html.ts';
import { message } from '../message.ts';

const zones = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])];

/** A zone's city as people write it: "Buenos Aires" for America/Argentina/Buenos_Aires. */
const cityOf = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');

/** The words of a zone where the list mixes countries: its city and its country (its city alone for UTC). */
function labelOf(zone: string, language: Language): string {
  const region = zoneRegions.get(zone);
  return region ? `${cityOf(zone)}, ${regionName(region, language)}` : cityOf(zone);
}

/** The continents of the zone database, named in words by one message (`questionnaire.time-zone.area`). */
const areas = ['Africa', 'America', 'Antarctica', 'Arctic', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific'] as const;

/** A zone's option, written once per language: its markup before `selected`, and after it with either words. */
interface Option {
  /** `<option value="…" data-zone-name="…"`. */
  readonly head: string;
  /** `>Berlin, Allemagne</option>`: where the list mixes countries. */
  readonly withCountry: string;
  /** `>Berlin</option>`: in the country's own group, and for the zones of no country. */
  readonly cityOnly: string;
}

/** The world's zones in one language: the same for every list in it, whichever country comes first. */
interface World {
  /** Each zone's option. */
  readonly options: ReadonlyMap<string, Option>;
  /** The zones of each continent, in `areas`' order, sorted by their words in the language. */
  readonly byArea: readonly (readonly string[])[];
  /** The zones of no continent (UTC), in the database's order. */
  readonly others: readonly string[];
}

const worlds = new Map<Language, World>();

/**
 * The world's zones worded, sorted and written in a language, once per language: naming every zone's country and
 * sorting by the words was most of a question page's time under load, and then writing each zone's option was (issue
 * 18). None of it depends on the page: a page only says which zone is selected.
 */
function worldIn(language: Language): World {
  let world = worlds.get(language);
  if (!world) {
    const labels = new Map(zones.map((zone) => [zone, labelOf(zone, language)]));
    const byWords = new Intl.Collator(language);
    const options = new Map(
      zones.map((zone) => [
        zone,
        {
          head: html`<option value="${zone}" data-zone-name="${zoneName(zone)}"`.text,
          withCountry: html`>${labels.get(zone)}</option>`.text,
          cityOnly: html`>${cityOf(zone)}</option>`.text,
        },
      ]),
    );
    world = {
      options,
      byArea: areas.map((prefix) =>
        zones.filter((zone) => zone.startsWith(`${prefix}/`)).sort((a, b) => byWords.compare(labels.get(a)!, labels.get(b)!)),
      ),
      others: zones.filter((zone) => !areas.some((prefix) => zone.startsWith(`${prefix}/`))),
    };
    worlds.set(language, world);
  }
  return world;
}

/** The zones of each country (by region code), by city: made once, on first use, from the zone database. */
let byCountry: ReadonlyMap<string, readonly string[]> | undefined;

function zonesByCountry(): ReadonlyMap<string, readonly string[]> {
  if (!byCountry) {
    const grouped = new Map<string, string[]>();
    for (const zone of zones) {
      const region = zoneRegions.get(zone);
      if (!region) continue;
      const own = grouped.get(region);
      if (own) own.push(zone);
      else grouped.set(region, [zone]);
    }
    for (const own of grouped.values()) own.sort((a, b) => cityOf(a).localeCompare(cityOf(b)));
    byCountry = grouped;
  }
  return byCountry;
}

/** The zones of a country (by its region code), by city. */
export const zonesOf = (country: string | null | undefined): readonly string[] => (country && zonesByCountry().get(country)) || [];

/**
 * A select named `timeZone` that lists cities, never zone names: the country's own first, then the rest of the
 * world by continent. `followBrowser`: the script sets it to the browser's zone (unless a zone was saved). The
 * groups are named in `t`'s language (English for the callers that do not pass their reader's translator yet).
 */
export function zoneSelect(t: Translator, id: string, selected: string, country?: string | null, followBrowser = true): Markup {
  const own = zonesOf(country);
  const notOwn = (zone: string) => !own.includes(zone);
  const world = worldIn(t.language);
  const option = (zone: string, withCountry: boolean) => {
    const { head, withCountry: countryWords, cityOnly } = world.options.get(zone)!;
    return raw(`${head}${zone === selected ? ' selected' : ''}${withCountry ? countryWords : cityOnly}`);
  };
  const groups = areas.map((prefix, k) => ({
    name: t('questionnaire.time-zone.area', { area: prefix }),
    zones: world.byArea[k]!.filter(notOwn),
  }));
  const others = world.others.filter(notOwn);
  return html`<select id="${id}" name="timeZone"${attr('data-default-zone', followBrowser)}>
    ${own.length ? html`<optgroup label="${t('questionnaire.time-zone.in-country', { country: regionName(country!, t.language) })}">${own.map((zone) => option(zone, false))}</optgroup>` : ''}
    ${groups.filter((group) => group.zones.length).map((group) => html`<optgroup label="${group.name}">${group.zones.map((zone) => option(zone, true))}</optgroup>`)}
    ${others.length ? html`<optgroup label="${t('questionnaire.time-zone.other')}">${others.map((zone) => option(zone, false))}</optgroup>` : ''}
  </select>`;
}

/**
 * The zone times are read in, said as a city, with the list behind "Change" (a disclosure that works without
 * scripts). The script keeps the city in step with the list, and sets the list to the browser's zone.
 */
export function zoneLine(id: string, selected: string, country: string | null | undefined, t: Translator): Markup {
  const zone = (words: Markup) => html`<strong data-zone-shown>${words}</strong>`;
  return html`<p class="zone-line" id="${id}-line">${message(t, 'questionnaire.time-zone.times-are', { zone, name: zoneName(selected) })}</p>
  <details class="zone-change">
    <summary>${t('questionnaire.time-zone.change')}</summary>
    <label class="small-label" for="${id}">${t('questionnaire.time-zone.nearest-city')}</label>
    ${zoneSelect(t, id, selected, country, true)}
  </details>`;
}
