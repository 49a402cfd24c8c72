// The clinic's pages before signing in (sign-up, sign-in, passwords), a client's session record, and the client's side
// of a follow-up link. The dashboard, the session form and the admin's pages are in clinic-*.ts beside this one.
import { levelName } from '../../knowledge/levels.ts';
import type { AccountLink, MassageSession } from '../../store/clinics.ts';
import type { CheckIn } from '../../store/diaries.ts';
import { localTime } from '../../present/time.ts';
import { optionName } from '../../knowledge/questionnaire.ts';
import { attr, html } from '../html.ts';
import { page } from '../layout.ts';
import { painCell, painPoints, timelineChart } from '../svg/timeline-chart.ts';
import { timeZoneSelect } from './step.ts';
import { clinicPage, csrfField, errorSummary, input, type FormError, type SignedInView } from './clinic-frame.ts';
import { flagsOf } from './clinic-dashboard.ts';
import { followUpLinkSection, renewLinkForm, type NewFollowUpLink } from './clinic-follow-up-link.ts';

export type { FormError, SignedInView } from './clinic-frame.ts';
export { dashboardPage } from './clinic-dashboard.ts';
export { deleteSessionPage, editSessionPage, newSessionPage } from './clinic-session-form.ts';
export { clientPage, clientsPage } from './clinic-clients.ts';
export type { NewFollowUpLink } from './clinic-follow-up-link.ts';
export { alertsPage, auditPage, deliveriesPage, membersPage } from './clinic-members.ts';

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
    title: 'This link was used',
    body: html`<h1>This link does not open anything now</h1>
<p>A follow-up link starts one diary, once. If you started yours on this device, it is in <a href="/diaries">your diaries</a>. Otherwise, ask your therapist for a new link, or <a href="/">check your back without it</a>.</p>`,
  });
}

export function sessionPage(
  view: SignedInView,
  session: MassageSession,
  checkIns: readonly CheckIn[],
  now: Date,
  newLink?: NewFollowUpLink & { minutes: number },
  linkForm: { errors: readonly FormError[]; email: string } = { errors: [], email: '' },
) {
  const { member, csrf } = view;
  const zone = member.timeZone;
  // The client's name stays out of the title: titles end up in browser history, tab lists and screenshots.
  return clinicPage(
    'Client record',
    html`${errorSummary(linkForm.errors)}<h1>${session.clientRef}</h1>
<p>Session with ${session.therapistName}, ended ${localTime(session.endedAt, zone)}. Times are in ${zone}.</p>
${session.massage.style || session.massage.pressure ? html`<p>${session.massage.style ? `Style: ${optionName('massage.style', session.massage.style)}. ` : ''}${session.massage.pressure ? `Pressure: ${optionName('massage.pressure', session.massage.pressure)}.` : ''}</p>` : ''}
${session.notes ? html`<p><strong>Notes:</strong> ${session.notes}</p>` : ''}
<p class="flags">${flagsOf(session)}</p>
${
  session.diaryId
    ? html`<p>The client agreed to share on ${localTime(session.consentedAt!, zone)}.</p>
${
  checkIns.length
    ? html`${timelineChart({ id: 'chart-client', endedAt: session.endedAt.toISOString(), points: painPoints(checkIns), now: now.toISOString(), recheckAt: checkIns.at(-1)!.assessment.timeline.recheckAt, timeZone: zone, whose: 'client' })}
<table class="checkins"><thead><tr><th scope="col">When</th><th scope="col">Pain</th><th scope="col">Advice</th><th scope="col">Why</th><th scope="col">Rules</th></tr></thead>
<tbody>${checkIns.map((c) => html`<tr><td>${localTime(c.report.reportedAt, zone)}</td><td>${painCell(c)}</td><td><span class="level-tag tag-${c.assessment.level}">${levelName[c.assessment.level]}</span></td><td>${c.assessment.reasons.map((r) => r.code).join(', ')}</td><td>policy ${c.assessment.policyVersion}</td></tr>`)}</tbody></table>`
    : html`<p>No check-in yet.</p>`
}`
    : session.sharingStoppedAt
      ? html`<p>The client stopped sharing on ${localTime(session.sharingStoppedAt, zone)}. Their diary and check-ins are no longer shown here.</p>`
      : html`<p>The client has not opened the follow-up link yet.</p>
${newLink ? followUpLinkSection(newLink, newLink.minutes) : ''}
${renewLinkForm(session.id, csrf, linkForm.errors, linkForm.email)}`
}
<ul class="record-actions">
  ${session.clientId ? html`<li><a href="/clinic/clients/${session.clientId}">Every session of ${session.clientRef}</a></li>` : ''}
  <li><a href="/clinic/sessions/${session.id}/edit">Correct this session</a></li>
  <li><a href="/clinic/sessions/${session.id}/delete">Delete this session</a></li>
  <li><a href="/clinic">Back to the dashboard</a></li>
</ul>`,
    view,
  );
}

/** What a client answered on the consent page, shown again when the page comes back with errors. */
export interface ConsentAnswers {
  readonly sharpPainDuring?: 'yes' | 'no';
  readonly consent?: boolean;
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
  <div class="question">${timeZoneSelect('f-timeZone', timeZone, 'Your time zone (your diary shows its times in it)')}</div>
  <div class="actions"><button class="button" type="submit">Start my diary</button> <a href="/">No thanks: check my back without sharing</a></div>
</form>`,
  });
}
