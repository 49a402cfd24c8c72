// The start page: what Aftercare is for and what it is not, and the emergency signs before any question.
import { emergencySigns } from '../../knowledge/policy.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { html } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { callButton } from './call.ts';

export function startPage(shell: Shell, call: PersonalNumber): string {
  // "Start now" and the call button both on the first screen of a phone (360 × 780): the way in, and the way out.
  const body = html`
<h1>Lower back sore after a massage?</h1>
<p class="lead">Soreness for a day or two after a massage is common and usually harmless. Answer a few questions (about a minute) to find out what to do.</p>
<p><a class="button button-start" href="/check/red-flags">Start now</a></p>
<div class="emergency-box" role="region" aria-labelledby="emergency-title">
  <h2 id="emergency-title">Call ${call.emergency.number} now if you have back pain and any of these</h2>
  ${callButton(call, '/')}
  <ul>${emergencySigns(shell.t).map((sign) => html`<li>${sign}</li>`)}</ul>
</div>
<h2>What you get</h2>
<ul>
  <li>Whether it sounds like normal soreness, or something to get checked, and how soon.</li>
  <li>Which muscles are likely involved, and why they hurt.</li>
  <li>A care plan with real times: water, gentle movement, heat or cold, when to exercise again.</li>
</ul>`;
  return page({ shell, title: 'Lower back pain after a massage', body, emergencyLine: false, bodyClass: 'page-start' });
}
