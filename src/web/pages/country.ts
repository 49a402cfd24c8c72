// Choosing the country whose emergency number the pages give. Without scripts it is a plain form; it is remembered
// on this device. Countries are named and sorted in the reader's language.
import { regionName, regionsByName } from '../../present/emergency.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { attr, html } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { errorSummary } from './error-summary.ts';

/** `failed`: the choice sent was not a country on the list. */
export function countryPage(shell: Shell, { emergency, source }: PersonalNumber, back: string, failed = false): string {
  const { t } = shell;
  const current = emergency.region;
  const error = failed ? t('pages.country.required') : null;
  const heading = t('pages.country.heading');
  const body = html`
${error ? errorSummary([{ href: '#country', message: error }], t) : ''}
<h1>${heading}</h1>
<p class="lead">${t('pages.country.lead')}${current ? ` ${t('pages.country.now', { country: regionName(current, t.language), number: emergency.number })}` : ''}</p>
${source === 'operator' ? html`<p class="callout">${t('pages.country.operator', { number: emergency.number })}</p>` : ''}
<form method="post" action="/country" novalidate>
  <input type="hidden" name="back" value="${back}">
  <div class="question${error ? ' has-error' : ''}">
    <label for="country">${t('pages.country.label')}</label>
    ${error ? html`<p class="error-message" id="country-error"><span class="visually-hidden">${t('questionnaire.step.error-prefix')}</span> ${error}</p>` : ''}
    <select id="country" name="country"${error ? html` aria-describedby="country-error" aria-invalid="true"` : ''}>
      ${regionsByName(t.language).map(({ region, name }) => html`<option value="${region}"${attr('selected', region === current)}>${name}</option>`)}
    </select>
  </div>
  <p><button class="button" type="submit">${t('pages.country.use')}</button> <a class="link-back" href="${back}">${t('pages.country.back')}</a></p>
</form>
<p class="hint">${t('pages.country.kept')}</p>`;
  return page({ shell, title: error ? t('pages.country.errorTitle', { heading }) : heading, body });
}
