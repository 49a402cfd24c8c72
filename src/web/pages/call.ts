// The call button, with whose number it is and a way to change the country: the same on every page that has it.
import type { Translator } from '../../i18n/messages.ts';
import { regionName } from '../../present/emergency.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { attr, html, type Markup } from '../html.ts';

/** "Call 000", "Call 112 and ask for an ambulance": where the number is not an ambulance's own, say to ask for one. */
export const callNowWords = (t: Translator, { number, kind }: PersonalNumber['emergency']) =>
  t('pages.call.button', { number, kind: kind === 'ask-for-ambulance' || kind === 'mobile-112' ? 'ask' : 'other' });

/** `back`: the page to return to after choosing a country. */
export function callButton(t: Translator, { emergency, source, zoneCookie, secure }: PersonalNumber, back: string): Markup {
  const where = emergency.region ? regionName(emergency.region, t.language) : null;
  const whose =
    source === 'operator' ? t('pages.call.operator') : where ? t('pages.call.region', { country: where }) : t('pages.call.noRegion');
  return html`<p><a class="call-button" href="tel:${emergency.number}" data-emergency-from="${source}" data-zone-cookie="${zoneCookie}"${attr('data-secure', secure)}>${callNowWords(t, emergency)}</a></p>
<p class="hint country-line">${whose}${source === 'operator' ? '' : html` <a href="/country?back=${encodeURIComponent(back)}">${where ? t('pages.call.notIn', { country: where }) : t('pages.call.choose')}</a>`}</p>`;
}
