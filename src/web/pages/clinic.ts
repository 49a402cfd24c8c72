// The clinic's pages before signing in (sign-up, sign-in, passwords) and a used follow-up link. The dashboard, the
// session form, a client's record, the consent page and the admin's pages are in the files beside this one.
import type { AccountLink } from '../../store/clinics.ts';
import { html } from '../html.ts';
import { page, englishShell } from '../layout.ts';
import { timeZoneSelect } from './step.ts';
import { clinicPage, csrfField, errorSummary, input, type FormError } from './clinic-frame.ts';

export type { FormError, SignedInView } from './clinic-frame.ts';
export { dashboardPage } from './clinic-dashboard.ts';
export { deleteSessionPage, editSessionPage, newSessionPage } from './clinic-session-form.ts';
export { clientPage, clientsPage } from './clinic-clients.ts';
export type { NewFollowUpLink } from './clinic-follow-up-link.ts';
export { alertsPage, auditPage, deliveriesPage, membersPage } from './clinic-members.ts';
export { printPage, sessionPage, type ClientReaching, type SessionPageExtras } from './client-record.ts';
export { consentPage, type ConsentAnswers } from './consent.ts';

export function signUpPage(csrf: string, errors: readonly FormError[], defaultZone: string, values: Record<string, string> = {}) {
  return clinicPage(
    'Create a clinic account',
    html`${errorSummary(errors)}
<h1>Create a clinic account</h1>
<p class="lead">Send aftercare to your clients after each session, and see who needs attention.</p>
<form method="post" action="/clinic/sign-up" novalidate>${csrfField(csrf)}
  ${input('clinicName', 'Clinic name', { value: values.clinicName, errors, autocomplete: 'organization', maxLength: 120 })}
  ${input('name', 'Your name', { value: values.name, errors, autocomplete: 'name', maxLength: 100 })}
  ${input('email', 'Email', { type: 'email', value: values.email, errors, autocomplete: 'email', maxLength: 254, hint: 'We send a link there to choose your password and finish.' })}
  <div class="question">${timeZoneSelect('f-timeZone', values.timeZone ?? defaultZone, "The clinic's time zone (its pages show times in it)")}</div>
  <div class="actions"><button class="button" type="submit">Continue</button> <a href="/clinic/sign-in">I have an account</a></div>
</form>`,
  );
}

export function signInPage(csrf: string, errors: readonly FormError[], email = '', notice = '') {
  return clinicPage(
    'Sign in',
    html`${errorSummary(errors)}${notice ? html`<p class="callout" role="status">${notice}</p>` : ''}
<h1>Sign in to your clinic</h1>
<form method="post" action="/clinic/sign-in" novalidate>${csrfField(csrf)}
  ${input('email', 'Email', { type: 'email', value: email, errors, autocomplete: 'username', maxLength: 254 })}
  ${input('password', 'Password', { type: 'password', errors, autocomplete: 'current-password', maxLength: 256 })}
  <div class="actions"><button class="button" type="submit">Sign in</button> <a href="/clinic/reset">Forgot the password?</a> <a href="/clinic/sign-up">Create a clinic account</a></div>
</form>`,
  );
}

export function resetRequestPage(csrf: string, sent: boolean) {
  return clinicPage(
    'Reset the password',
    html`<h1>Reset the password</h1>
${
  sent
    ? html`<p role="status">If an account has that email, a link to set a new password is on its way. It works once, for an hour.</p>`
    : html`<form method="post" action="/clinic/reset" novalidate>${csrfField(csrf)}
  ${input('email', 'Email', { type: 'email', errors: [], autocomplete: 'username', maxLength: 254 })}
  <div class="actions"><button class="button" type="submit">Send me a link</button></div>
</form>`
}`,
  );
}

/** The page a one-time link opens: choose a new password, or the first one (finishing a sign-up or an invitation). */
export function choosePasswordPage(csrf: string, token: string, link: AccountLink | undefined, errors: readonly FormError[]) {
  const first = link?.purpose === 'sign-up' || link?.purpose === 'invitation';
  const heading = first ? 'Choose your password' : 'Choose a new password';
  const lead =
    link?.purpose === 'sign-up'
      ? html`<p class="lead">This finishes creating the account for ${link.clinicName}.</p>`
      : link?.purpose === 'invitation'
        ? html`<p class="lead">This finishes joining ${link.clinicName}.</p>`
        : '';
  return clinicPage(
    heading,
    html`${errorSummary(errors)}<h1>${heading}</h1>${lead}
<form method="post" action="/clinic/reset/${token}" novalidate>${csrfField(csrf)}
  ${input('password', first ? 'Password' : 'New password', { type: 'password', errors, autocomplete: 'new-password', maxLength: 256, hint: first ? 'At least 10 characters.' : 'At least 10 characters. Every device signed in will be signed out.' })}
  <div class="actions"><button class="button" type="submit">Save the password</button></div>
</form>`,
  );
}

/** Said after a sign-up, whatever the address: what to do next is in the mail. */
export function checkEmailPage(email: string, purpose: string) {
  return clinicPage(
    'Check your email',
    html`<h1>Check your email</h1>
<p role="status">We sent a message to ${email ? html`<strong>${email}</strong>` : 'the address you gave'}. Open the link in it to ${purpose}. It works for a day.</p>
<p class="hint">Nothing there after a few minutes? Look in the spam folder, or <a href="/clinic/sign-up">start again</a>.</p>`,
  );
}

/** A follow-up link that asks for nothing any more: it was used to start a diary, or replaced by a newer one. */
export function followUpUsedPage() {
  return page({
    shell: englishShell,
    title: 'This link was used',
    body: html`<h1>This link does not open anything now</h1>
<p>A follow-up link starts one diary, once. If you started yours on this device, it is in <a href="/diaries">your diaries</a>. Otherwise, ask your therapist for a new link, or <a href="/">check your back without it</a>.</p>`,
  });
}
