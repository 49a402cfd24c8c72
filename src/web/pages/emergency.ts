// The emergency page: the call first, in a large button, then what to say and what not to do.
import type { FullAssessment } from '../../engine/assess.ts';
import { callScript } from '../../knowledge/actions.ts';
import { levelName } from '../../knowledge/levels.ts';
import { emergencySigns, ruleByCode } from '../../knowledge/policy.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { html, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { callButton } from './call.ts';
import { sentences } from '../../engine/words.ts';

export function emergencyBody(shell: Shell, assessment: FullAssessment | null, call: PersonalNumber, back = '/emergency'): Markup {
  const { t } = shell;
  const fired = (assessment?.reasons ?? []).flatMap((reason) => {
    const rule = ruleByCode.get(reason.code);
    return rule && reason.level === 'emergency' ? [rule] : [];
  });
  return html`
<div class="banner level-emergency" role="alert">
  <p class="banner-level">${levelName('emergency', t)}</p>
  <h1>${t('pages.emergency.heading', { number: call.emergency.number })}</h1>
  <p class="banner-do">${t('pages.emergency.doNot')}</p>
</div>
${callButton(t, call, back)}
<section aria-labelledby="say">
  <h2 id="say">${t('pages.emergency.say')}</h2>
  ${fired.length ? html`<p class="say">${sentences(callScript(fired), t)}</p>` : html`<p class="say">${t('pages.emergency.sayGeneric')}</p>`}
</section>
${
  assessment
    ? html`<section aria-labelledby="why"><h2 id="why">${t('pages.emergency.why')}</h2><ul>${assessment.reasons
        .filter((r) => r.level === 'emergency')
        .map((r) => html`<li>${r.explanation}</li>`)}</ul></section>`
    : html`<section aria-labelledby="signs"><h2 id="signs">${t('pages.emergency.signs')}</h2>
<ul>${emergencySigns(t).map((sign) => html`<li>${sign}</li>`)}</ul></section>`
}
<section aria-labelledby="wait">
  <h2 id="wait">${t('pages.emergency.wait')}</h2>
  <ul>
    <li>${t('pages.emergency.wait.drive')}</li>
    <li>${t('pages.emergency.wait.phone')}</li>
  </ul>
</section>
<p class="disclaimer">${t('pages.emergency.otherCauses')}</p>`;
}

export const emergencyPage = (shell: Shell, assessment: FullAssessment | null, call: PersonalNumber, back = '/emergency') =>
  page({
    shell,
    title: shell.t('pages.emergency.title'),
    body: emergencyBody(shell, assessment, call, back),
    emergencyLine: false,
    bodyClass: 'page-emergency',
  });
