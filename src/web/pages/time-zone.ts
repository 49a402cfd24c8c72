// Choosing a time zone by its city, the zones of the person's country first: the list the browser's zone is chosen
// from, shown only when the person asks to change it.
import { zoneRegions } from '../../knowledge/zone-regions.ts';
import { regionName } from '../../present/emergency.ts';
import { zoneName } from '../../present/time.ts';
import { attr, html, type Markup } from '../html.ts';

const zones = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])];

/** A zone's city as people write it: "Buenos Aires" for America/Argentina/Buenos_Aires. */
const cityOf = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');

/** The words of a zone in the list: its city, and its country where the list mixes countries. */
function labelOf(zone: string, withCountry: boolean): string {
  const region = zoneRegions.get(zone);
  return withCountry && region ? `${cityOf(zone)}, ${regionName(region, 'en')}` : cityOf(zone);
}

/** The continents of the zone database, in words. */
const areas: Readonly<Record<string, string>> = {
  Africa: 'Africa',
  America: 'The Americas',
  Antarctica: 'Antarctica',
  Arctic: 'Arctic',
  Asia: 'Asia',
  Atlantic: 'Atlantic islands',
  Australia: 'Australia',
  Europe: 'Europe',
  Indian: 'Indian Ocean',
  Pacific: 'Pacific',
};

/** The zones of a country (by their region code), by city. */
export const zonesOf = (country: string | null | undefined): string[] =>
  country ? zones.filter((zone) => zoneRegions.get(zone) === country).sort((a, b) => cityOf(a).localeCompare(cityOf(b))) : [];

/**
 * A select named `timeZone` that lists cities, never zone names: the country's own first, then the rest of the
 * world by continent. `followBrowser`: the script sets it to the browser's zone (unless a zone was saved).
 */
export function zoneSelect(id: string, selected: string, country?: string | null, followBrowser = true): Markup {
  const own = zonesOf(country);
  const option = (zone: string, withCountry: boolean) =>
    html`<option value="${zone}" data-zone-name="${zoneName(zone)}"${attr('selected', zone === selected)}>${labelOf(zone, withCountry)}</option>`;
  const rest = zones.filter((zone) => !own.includes(zone));
  const groups = Object.entries(areas).map(([prefix, name]) => ({
    name,
    zones: rest.filter((zone) => zone.startsWith(`${prefix}/`)).sort((a, b) => labelOf(a, true).localeCompare(labelOf(b, true))),
  }));
  const others = rest.filter((zone) => !Object.keys(areas).some((prefix) => zone.startsWith(`${prefix}/`)));
  return html`<select id="${id}" name="timeZone"${attr('data-default-zone', followBrowser)}>
    ${own.length ? html`<optgroup label="In ${regionName(country!, 'en')}">${own.map((zone) => option(zone, false))}</optgroup>` : ''}
    ${groups.filter((group) => group.zones.length).map((group) => html`<optgroup label="${group.name}">${group.zones.map((zone) => option(zone, true))}</optgroup>`)}
    ${others.length ? html`<optgroup label="Other">${others.map((zone) => option(zone, false))}</optgroup>` : ''}
  </select>`;
}

/**
 * The zone times are read in, said as a city, with the list behind "Change" (a disclosure that works without
 * scripts). The script keeps the city in step with the list, and sets the list to the browser's zone.
 */
export function zoneLine(id: string, selected: string, country?: string | null): Markup {
  return html`<p class="zone-line" id="${id}-line">Times are <strong data-zone-shown>${zoneName(selected)}</strong>.</p>
  <details class="zone-change">
    <summary>Change time zone</summary>
    <label class="small-label" for="${id}">Time zone (nearest city)</label>
    ${zoneSelect(id, selected, country)}
  </details>`;
}
