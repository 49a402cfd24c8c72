// The client's side of a follow-up link: the consent page, asking to share the diary with the clinic, and,
// separately and optionally, for one way to reach the client about this follow-up.
import { clientContactMax } from '../../clinic/reaching.ts';
import type { Translator } from '../../i18n/messages.ts';
import type { MassageSession } from '../../store/clinics.ts';
import { attr, html, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { clinicTime, csrfField, errorSummary, input, type FormError } from './clinic-frame.ts';
import { timeZoneSelect } from './step.ts';

/** What a client answered on the consent page, shown again when the page comes back with errors. */
export interface ConsentAnswers {
  readonly sharpPainDuring?: 'yes' | 'no';
  readonly consent?: boolean;
  readonly contactAgree?: boolean;
  readonly clientContact?: string;
}

/** The optional, separate agreement to be contacted, with the one way to reach the client it keeps. */
function clientContactQuestion(t: Translator, clinic: string, errors: readonly FormError[], answers: ConsentAnswers): Markup {
  const agreeError = errors.find((e) => e.field === 'contactAgree');
  return html`<fieldset class="question${errors.some((e) => e.field === 'contactAgree' || e.field === 'clientContact') ? ' has-error' : ''}" id="f-contactAgree"><legend class="question-label">${t('clinic.consent.contact.question', { clinic })}</legend>
  <p class="hint" id="f-contactAgree-hint">${t('clinic.consent.contact.hint')}</p>
  ${agreeError ? html`<p class="error-message" id="f-contactAgree-error"><span class="visually-hidden">${t('questionnaire.step.error-prefix')}</span> ${agreeError.message}</p>` : ''}
  <div class="options"><div class="option"><input type="checkbox" id="f-contact-yes" name="contactAgree" value="yes"${attr('checked', answers.contactAgree === true)} aria-describedby="f-contactAgree-hint${agreeError ? ' f-contactAgree-error' : ''}"><label for="f-contact-yes">${t('clinic.consent.contact.agree', { clinic })}</label></div></div>
  ${input(t, 'clientContact', t('clinic.consent.contact.label'), { value: answers.clientContact ?? '', errors, maxLength: clientContactMax, autocomplete: 'off', hint: t('clinic.consent.contact.example') })}
</fieldset>`;
}

/** The client's page, in the client's own language (the request's), never the clinic's. */
export function consentPage(
  shell: Shell,
  csrf: string,
  session: MassageSession & { clinicName: string },
  token: string,
  errors: readonly FormError[],
  timeZone: string,
  answers: ConsentAnswers = {},
) {
  const { t } = shell;
  const clinic = session.clinicName;
  return page({
    shell,
    title: t('clinic.consent.title'),
    body: html`${errorSummary(errors, t)}<h1>${t('clinic.consent.heading', { clinic })}</h1>
<p class="lead">${t('clinic.consent.lead', { when: clinicTime(t, session.endedAt, timeZone), zone: timeZone })}</p>
<p>${t('clinic.consent.explain', { clinic })}</p>
<form method="post" action="/follow-up/${token}" novalidate>${csrfField(csrf)}
  <fieldset class="question${errors.some((e) => e.field === 'sharpPainDuring') ? ' has-error' : ''}" id="f-sharpPainDuring"><legend class="question-label">${t('questionnaire.sharp-pain-during.prompt')}</legend><div class="options">
    <div class="option"><input type="radio" id="f-sharp-n" name="sharpPainDuring" value="no"${attr('checked', answers.sharpPainDuring === 'no')}><label for="f-sharp-n">${t('questionnaire.answer.no')}</label></div>
    <div class="option"><input type="radio" id="f-sharp-y" name="sharpPainDuring" value="yes"${attr('checked', answers.sharpPainDuring === 'yes')}><label for="f-sharp-y">${t('questionnaire.answer.yes')}</label></div>
  </div></fieldset>
  <div class="question${errors.some((e) => e.field === 'consent') ? ' has-error' : ''}"><div class="option"><input type="checkbox" id="f-consent" name="consent" value="yes"${attr('checked', answers.consent === true)}><label for="f-consent">${t('clinic.consent.agree', { clinic })}</label></div></div>
  ${clientContactQuestion(t, clinic, errors, answers)}
  <div class="question">${timeZoneSelect(t, 'f-timeZone', timeZone, t('clinic.consent.timeZone'))}</div>
  <div class="actions"><button class="button" type="submit">${t('clinic.consent.start')}</button> <a href="/">${t('clinic.consent.decline')}</a></div>
</form>`,
  });
}
