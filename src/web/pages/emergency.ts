// The emergency page: the call first, in a large button, then what to say and what not to do.
import type { FullAssessment } from '../../engine/assess.ts';
import { callScript } from '../../knowledge/actions.ts';
import { emergencySigns, ruleByCode } from '../../knowledge/policy.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { html, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { callButton } from './call.ts';
import { translator } from '../../i18n/messages.ts';
import { sentences } from '../../engine/words.ts';

export function emergencyBody(assessment: FullAssessment | null, call: PersonalNumber, back = '/emergency'): Markup {
  const fired = (assessment?.reasons ?? []).flatMap((reason) => {
    const rule = ruleByCode.get(reason.code);
    return rule && reason.level === 'emergency' ? [rule] : [];
  });
  return html`
<div class="banner level-emergency" role="alert">
  <p class="banner-level">Emergency</p>
  <h1>Call ${call.emergency.number} now</h1>
  <p class="banner-do">Do not wait to see if it gets better. Do not drive yourself.</p>
</div>
${callButton(call, back)}
<section aria-labelledby="say">
  <h2 id="say">What to say</h2>
  ${
    fired.length
      ? html`<p class="say">${sentences(callScript(fired), translator('en'))}</p>`
      : html`<p class="say">Say: "I had a massage and now I have low back pain with [the sign you have]." Say when the massage was and when the sign started.</p>`
  }
</section>
${
  assessment
    ? html`<section aria-labelledby="why"><h2 id="why">Why this is an emergency</h2><ul>${assessment.reasons
        .filter((r) => r.level === 'emergency')
        .map((r) => html`<li>${r.explanation}</li>`)}</ul></section>`
    : html`<section aria-labelledby="signs"><h2 id="signs">Call now if you have back pain and any of these</h2>
<ul>${emergencySigns(translator('en')).map((sign) => html`<li>${sign}</li>`)}</ul></section>`
}
<section aria-labelledby="wait">
  <h2 id="wait">While you wait</h2>
  <ul>
    <li>Do not drive yourself. If someone is with you, ask them to stay.</li>
    <li>Keep your phone with you and the door unlocked if you can.</li>
  </ul>
</section>
<p class="disclaimer">These signs can have other causes, but they must be checked by a doctor straight away.</p>`;
}

export const emergencyPage = (shell: Shell, assessment: FullAssessment | null, call: PersonalNumber) =>
  page({
    shell,
    title: 'Emergency: call now',
    body: emergencyBody(assessment, call),
    emergencyLine: false,
    bodyClass: 'page-emergency',
  });
