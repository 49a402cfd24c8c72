// The client's side of a follow-up link: the consent page, asking to share the diary with the clinic, and,
// separately and optionally, for one way to reach the client about this follow-up.
import { clientContactMax } from '../../clinic/reaching.ts';
import { localTime } from '../../present/time.ts';
import type { MassageSession } from '../../store/clinics.ts';
import { attr, html, type Markup } from '../html.ts';
import { page, englishShell } from '../layout.ts';
import { csrfField, errorSummary, input, type FormError } from './clinic-frame.ts';
import { timeZoneSelect } from './step.ts';

/** What a client answered on the consent page, shown again when the page comes back with errors. */
export interface ConsentAnswers {
  readonly sharpPainDuring?: 'yes' | 'no';
  readonly consent?: boolean;
  readonly contactAgree?: boolean;
  readonly clientContact?: string;
}

/** The optional, separate agreement to be contacted, with the one way to reach the client it keeps. */
function clientContactQuestion(clinicName: string, errors: readonly FormError[], answers: ConsentAnswers): Markup {
  const agreeError = errors.find((e) => e.field === 'contactAgree');
  return html`<fieldset class="question${errors.some((e) => e.field === 'contactAgree' || e.field === 'clientContact') ? ' has-error' : ''}" id="f-contactAgree"><legend class="question-label">Can ${clinicName} contact you? (optional)</legend>
  <p class="hint" id="f-contactAgree-hint">If a check-in needs attention, they can call or write to you about this follow-up. They keep it only while you share your diary.</p>
  ${agreeError ? html`<p class="error-message" id="f-contactAgree-error"><span class="visually-hidden">Error:</span> ${agreeError.message}</p>` : ''}
  <div class="options"><div class="option"><input type="checkbox" id="f-contact-yes" name="contactAgree" value="yes"${attr('checked', answers.contactAgree === true)} aria-describedby="f-contactAgree-hint${agreeError ? ' f-contactAgree-error' : ''}"><label for="f-contact-yes">Yes, ${clinicName} may contact me about this follow-up</label></div></div>
  ${input('clientContact', 'Phone number or email', { value: answers.clientContact ?? '', errors, maxLength: clientContactMax, autocomplete: 'off', hint: 'One way to reach you, for example 07700 900123 or name@example.com.' })}
</fieldset>`;
}

export function consentPage(
  csrf: string,
  session: MassageSession & { clinicName: string },
  token: string,
  errors: readonly FormError[],
  timeZone: string,
  answers: ConsentAnswers = {},
) {
  return page({
    shell: englishShell,
    title: 'Your aftercare',
    body: html`${errorSummary(errors)}<h1>Aftercare from ${session.clinicName}</h1>
<p class="lead">Your therapist would like to follow how your back recovers after your session on ${localTime(session.endedAt, timeZone)} (${timeZone}).</p>
<p>If you agree, you get a private recovery diary with the session already filled in, under a link of its own that only you have. Each time you check in, ${session.clinicName} sees your answers and the advice, so they can help and adjust the pressure next time. You can stop sharing, or delete the diary, at any time: then they see none of it.</p>
<form method="post" action="/follow-up/${token}" novalidate>${csrfField(csrf)}
  <fieldset class="question${errors.some((e) => e.field === 'sharpPainDuring') ? ' has-error' : ''}" id="f-sharpPainDuring"><legend class="question-label">Did you feel sharp pain during the massage?</legend><div class="options">
    <div class="option"><input type="radio" id="f-sharp-n" name="sharpPainDuring" value="no"${attr('checked', answers.sharpPainDuring === 'no')}><label for="f-sharp-n">No</label></div>
    <div class="option"><input type="radio" id="f-sharp-y" name="sharpPainDuring" value="yes"${attr('checked', answers.sharpPainDuring === 'yes')}><label for="f-sharp-y">Yes</label></div>
  </div></fieldset>
  <div class="question${errors.some((e) => e.field === 'consent') ? ' has-error' : ''}"><div class="option"><input type="checkbox" id="f-consent" name="consent" value="yes"${attr('checked', answers.consent === true)}><label for="f-consent">I agree to share my check-ins with ${session.clinicName}</label></div></div>
  ${clientContactQuestion(session.clinicName, errors, answers)}
  <div class="question">${timeZoneSelect('f-timeZone', timeZone, 'Your time zone (your diary shows its times in it)')}</div>
  <div class="actions"><button class="button" type="submit">Start my diary</button> <a href="/">No thanks: check my back without sharing</a></div>
</form>`,
  });
}
