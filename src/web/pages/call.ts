// The call button, with whose number it is and a way to change the country: the same on every page that has it.
import { callNow, regionName } from '../../present/emergency.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { attr, html, type Markup } from '../html.ts';
import { translator } from '../../i18n/messages.ts';

/** `back`: the page to return to after choosing a country. */
export function callButton({ emergency, source, zoneCookie, secure }: PersonalNumber, back: string): Markup {
  const where = emergency.region ? regionName(emergency.region, 'en') : null;
  const whose =
    source === 'operator'
      ? 'The emergency number this service gives.'
      : where
        ? `The number for an ambulance in ${where}.`
        : 'No country is known: 112 reaches emergency services from most mobile phones.';
  return html`<p><a class="call-button" href="tel:${emergency.number}" data-emergency-from="${source}" data-zone-cookie="${zoneCookie}"${attr('data-secure', secure)}>${callNow(emergency, translator('en'))}</a></p>
<p class="hint country-line">${whose}${source === 'operator' ? '' : html` <a href="/country?back=${encodeURIComponent(back)}">${where ? `Not in ${where}?` : 'Choose your country'}</a>`}</p>`;
}
