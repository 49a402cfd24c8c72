// The clinic's pages before signing in (sign-up, sign-in, passwords) and a used follow-up link. The dashboard, the
// session form, a client's record, the consent page and the admin's pages are in the files beside this one.
import type { AccountLink } from '../../store/clinics.ts';
import { html } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { message } from '../message.ts';
import { timeZoneSelect } from './step.ts';
import { clinicPage, csrfField, errorSummary, input, type FormError } from './clinic-frame.ts';

export type { FormError, SignedInView } from './clinic-frame.ts';
export { dashboardPage } from './clinic-dashboard.ts';
export { deleteSessionPage, editSessionPage, newSessionPage } from './clinic-session-form.ts';
export { clientPage, clientsPage } from './clinic-clients.ts';
export type { NewFollowUpLink } from './clinic-follow-up-link.ts';
export { alertsPage, deliveriesPage, membersPage } from './clinic-members.ts';
export { auditPage } from './clinic-audit.ts';
export { printPage, sessionPage, type ClientReaching, type SessionPageExtras } from './client-record.ts';
export { consentPage, type ConsentAnswers } from './consent.ts';

export function signUpPage(
  shell: Shell,
  csrf: string,
  errors: readonly FormError[],
  defaultZone: string,
  values: Record<string, string> = {},
) {
  const { t } = shell;
  return clinicPage(
    shell,
    t('clinic.signUp.title'),
    html`${errorSummary(errors, t)}
<h1>${t('clinic.signUp.title')}</h1>
<p class="lead">${t('clinic.signUp.lead')}</p>
<form method="post" action="/clinic/sign-up" novalidate>${csrfField(csrf)}
  ${input(t, 'clinicName', t('clinic.signUp.clinicName'), { value: values.clinicName, errors, autocomplete: 'organization', maxLength: 120 })}
  ${input(t, 'name', t('clinic.signUp.name'), { value: values.name, errors, autocomplete: 'name', maxLength: 100 })}
  ${input(t, 'email', t('clinic.field.email'), { type: 'email', value: values.email, errors, autocomplete: 'email', maxLength: 254, hint: t('clinic.signUp.emailHint') })}
  <div class="question">${timeZoneSelect(t, 'f-timeZone', values.timeZone ?? defaultZone, t('clinic.signUp.timeZone'))}</div>
  <div class="actions"><button class="button" type="submit">${t('questionnaire.step.continue')}</button> <a href="/clinic/sign-in">${t('clinic.signUp.haveAccount')}</a></div>
</form>`,
  );
}

export function signInPage(shell: Shell, csrf: string, errors: readonly FormError[], email = '', notice = '') {
  const { t } = shell;
  return clinicPage(
    shell,
    t('clinic.signIn.title'),
    html`${errorSummary(errors, t)}${notice ? html`<p class="callout" role="status">${notice}</p>` : ''}
<h1>${t('clinic.signIn.heading')}</h1>
<form method="post" action="/clinic/sign-in" novalidate>${csrfField(csrf)}
  ${input(t, 'email', t('clinic.field.email'), { type: 'email', value: email, errors, autocomplete: 'username', maxLength: 254 })}
  ${input(t, 'password', t('clinic.field.password'), { type: 'password', errors, autocomplete: 'current-password', maxLength: 256 })}
  <div class="actions"><button class="button" type="submit">${t('clinic.signIn.title')}</button> <a href="/clinic/reset">${t('clinic.signIn.forgot')}</a> <a href="/clinic/sign-up">${t('clinic.signUp.title')}</a></div>
</form>`,
  );
}

export function resetRequestPage(shell: Shell, csrf: string, sent: boolean) {
  const { t } = shell;
  return clinicPage(
    shell,
    t('clinic.reset.title'),
    html`<h1>${t('clinic.reset.title')}</h1>
${
  sent
    ? html`<p role="status">${t('clinic.reset.sent')}</p>`
    : html`<form method="post" action="/clinic/reset" novalidate>${csrfField(csrf)}
  ${input(t, 'email', t('clinic.field.email'), { type: 'email', errors: [], autocomplete: 'username', maxLength: 254 })}
  <div class="actions"><button class="button" type="submit">${t('clinic.reset.send')}</button></div>
</form>`
}`,
  );
}

/** The page a one-time link opens: choose a new password, or the first one (finishing a sign-up or an invitation). */
export function choosePasswordPage(shell: Shell, csrf: string, token: string, link: AccountLink | undefined, errors: readonly FormError[]) {
  const { t } = shell;
  const first = link?.purpose === 'sign-up' || link?.purpose === 'invitation';
  const heading = first ? t('clinic.password.first') : t('clinic.password.new');
  const lead =
    link?.purpose === 'sign-up'
      ? html`<p class="lead">${t('clinic.password.signUpLead', { clinic: link.clinicName ?? '' })}</p>`
      : link?.purpose === 'invitation'
        ? html`<p class="lead">${t('clinic.password.invitationLead', { clinic: link.clinicName ?? '' })}</p>`
        : '';
  return clinicPage(
    shell,
    heading,
    html`${errorSummary(errors, t)}<h1>${heading}</h1>${lead}
<form method="post" action="/clinic/reset/${token}" novalidate>${csrfField(csrf)}
  ${input(t, 'password', first ? t('clinic.field.password') : t('clinic.password.newLabel'), { type: 'password', errors, autocomplete: 'new-password', maxLength: 256, hint: first ? t('clinic.password.hint') : t('clinic.password.resetHint') })}
  <div class="actions"><button class="button" type="submit">${t('clinic.password.save')}</button></div>
</form>`,
  );
}

/** Said after a sign-up, whatever the address: what to do next is in the mail. */
export function checkEmailPage(shell: Shell, email: string) {
  const { t } = shell;
  return clinicPage(
    shell,
    t('clinic.checkEmail.title'),
    html`<h1>${t('clinic.checkEmail.title')}</h1>
<p role="status">${email ? message(t, 'clinic.checkEmail.sentTo', { email, strong: (words) => html`<strong>${words}</strong>` }) : t('clinic.checkEmail.sent')}</p>
<p class="hint">${message(t, 'clinic.checkEmail.nothing', { link: (words) => html`<a href="/clinic/sign-up">${words}</a>` })}</p>`,
  );
}

/** A follow-up link that asks for nothing any more: it was used to start a diary, or replaced by a newer one. */
export function followUpUsedPage(shell: Shell) {
  const { t } = shell;
  return page({
    shell,
    title: t('clinic.usedLink.title'),
    body: html`<h1>${t('clinic.usedLink.heading')}</h1>
<p>${message(t, 'clinic.usedLink.text', { diaries: (words) => html`<a href="/diaries">${words}</a>`, start: (words) => html`<a href="/">${words}</a>` })}</p>`,
  });
}
