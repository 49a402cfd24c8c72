// The start page: what Aftercare is for and what it is not, and the emergency signs before any question.
import { emergencySigns } from '../../knowledge/policy.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { html } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { callButton } from './call.ts';

export function startPage(shell: Shell, call: PersonalNumber): string {
  const { t } = shell;
  // "Start now" and the call button both on the first screen of a phone (360 × 780): the way in, and the way out.
  const body = html`
<h1>${t('pages.start.heading')}</h1>
<p class="lead">${t('pages.start.lead')}</p>
<p><a class="button button-start" href="/check/red-flags">${t('pages.start.begin')}</a></p>
<div class="emergency-box" role="region" aria-labelledby="emergency-title">
  <h2 id="emergency-title">${t('pages.start.emergencyHeading', { number: call.emergency.number })}</h2>
  ${callButton(t, call, '/')}
  <ul>${emergencySigns(t).map((sign) => html`<li>${sign}</li>`)}</ul>
</div>
<h2>${t('pages.start.youGet')}</h2>
<ul>
  <li>${t('pages.start.youGet.level')}</li>
  <li>${t('pages.start.youGet.muscles')}</li>
  <li>${t('pages.start.youGet.plan')}</li>
</ul>`;
  return page({ shell, title: t('pages.start.title'), body, emergencyLine: false, bodyClass: 'page-start' });
}
