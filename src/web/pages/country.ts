// Choosing the country whose emergency number the pages give. Without scripts it is a plain form; it is remembered
// on this device.
import { regionName, regionsByName } from '../../present/emergency.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { attr, html } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { errorSummary } from './error-summary.ts';

export function countryPage(shell: Shell, { emergency, source }: PersonalNumber, back: string, error?: string): string {
  const current = emergency.region;
  const body = html`
${error ? errorSummary([{ href: '#country', message: error }]) : ''}
<h1>Which country are you in?</h1>
<p class="lead">Aftercare gives the emergency number of the country you are in.${current ? ` Now: ${regionName(current, shell.t.language)}, ${emergency.number}.` : ''}</p>
${source === 'operator' ? html`<p class="callout">This service gives one emergency number everywhere: ${emergency.number}.</p>` : ''}
<form method="post" action="/country" novalidate>
  <input type="hidden" name="back" value="${back}">
  <div class="question${error ? ' has-error' : ''}">
    <label for="country">Country</label>
    ${error ? html`<p class="error-message" id="country-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
    <select id="country" name="country"${error ? html` aria-describedby="country-error" aria-invalid="true"` : ''}>
      ${regionsByName(shell.t.language).map(({ region, name }) => html`<option value="${region}"${attr('selected', region === current)}>${name}</option>`)}
    </select>
  </div>
  <p><button class="button" type="submit">Use this country</button> <a class="link-back" href="${back}">Back</a></p>
</form>
<p class="hint">It is kept on this device only, in a cookie.</p>`;
  return page({ shell, title: error ? 'Error: Which country are you in?' : 'Which country are you in?', body });
}
