// The admin's pages and each member's alerts: members and invitations, alert settings, undelivered emails, the audit log.
import { digestHour } from '../../clinic/alerts.ts';
import { contactLineMax } from '../../clinic/reaching.ts';
import { sessionColumns } from '../../clinic/sessions-csv.ts';
import type { FailedJob } from '../../jobs/queue.ts';
import type { AlertSettings, AuditEntry, Invitation, Member } from '../../store/clinics.ts';
import { localTime } from '../../present/time.ts';
import { attr, html } from '../html.ts';
import { timeZoneSelect } from './step.ts';
import { clinicPage, csrfField, errorSummary, input, type FormError, type SignedInView } from './clinic-frame.ts';

export function membersPage(
  view: SignedInView,
  members: readonly Member[],
  invitations: readonly Invitation[],
  errors: readonly FormError[],
  contactLine = '',
) {
  const { member, csrf } = view;
  return clinicPage(
    'Members',
    html`${errorSummary(errors)}<h1>Members of ${member.clinicName}</h1>
<table class="checkins members">
  <caption class="visually-hidden">Members of the clinic</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Access</th></tr></thead>
  <tbody>${members.map(
    (m) =>
      html`<tr><td>${m.name}</td><td>${m.email}</td><td>${m.role}</td><td>${
        m.id === member.id
          ? 'You'
          : html`${m.disabled ? 'Disabled ' : ''}<form method="post" action="/clinic/members/${m.id}/${m.disabled ? 'enable' : 'disable'}" class="inline-form">${csrfField(csrf)}<button class="link-button" type="submit">${m.disabled ? 'Enable' : 'Disable'}<span class="visually-hidden"> ${m.name}</span></button></form>`
      }</td></tr>`,
  )}</tbody>
</table>
${
  invitations.length
    ? html`<h2 id="f-invitations">Invitations not yet accepted</h2>
<p class="hint">Sending one again makes a new link: the one sent before stops working. Cancelling stops its link at once.</p>
<ul class="invitations">${invitations.map(
        (i) => html`<li>${i.name} (${i.email}), ${i.role}, until ${localTime(i.expiresAt, member.timeZone)}
  <form method="post" action="/clinic/invitations/resend" class="inline-form">${csrfField(csrf)}<input type="hidden" name="email" value="${i.email}"><button class="link-button" type="submit">Send again<span class="visually-hidden"> to ${i.email}</span></button></form>
  <form method="post" action="/clinic/invitations/cancel" class="inline-form">${csrfField(csrf)}<input type="hidden" name="email" value="${i.email}"><button class="link-button" type="submit">Cancel<span class="visually-hidden"> the invitation of ${i.email}</span></button></form></li>`,
      )}</ul>`
    : ''
}
<h2>The clinic's time zone</h2>
<p class="hint">The dashboard, each client's page and the audit log show times in it, and the time a session ended is read in it.</p>
<form method="post" action="/clinic/settings" novalidate>${csrfField(csrf)}
  <div class="question${errors.some((e) => e.field === 'timeZone') ? ' has-error' : ''}">${timeZoneSelect('f-timeZone', member.timeZone, 'Time zone', false)}</div>
  <div class="actions"><button class="button button-secondary" type="submit">Save the time zone</button></div>
</form>
<h2>How clients reach the clinic</h2>
<p class="hint">Shown in the diary of every client who shares it with the clinic, beside the time the clinic was told a check-in needs attention.</p>
<form method="post" action="/clinic/contact-line" novalidate>${csrfField(csrf)}
  ${input('contactLine', 'Contact line', { value: contactLine, errors, maxLength: contactLineMax, hint: `For example "Call 01632 960 123, Monday to Friday 9:00 to 18:00". At most ${contactLineMax} characters; leave it empty to show none.` })}
  <div class="actions"><button class="button button-secondary" type="submit">Save the contact line</button></div>
</form>
<h2>Sessions and outcomes</h2>
<p><a href="/clinic/export/sessions.csv" download>Download every session and its outcome (CSV)</a></p>
<p class="hint">One row per session: ${sessionColumns.join(', ')}. Levels are only there while the client shares the diary. Each download is in the audit log.</p>
<h2>Invite a member</h2>
<p class="hint">They get a link to choose their password. Disabling a member signs them out everywhere at once.</p>
<form method="post" action="/clinic/members" novalidate>${csrfField(csrf)}
  ${input('name', 'Name', { errors, maxLength: 100 })}
  ${input('email', 'Email', { type: 'email', errors, maxLength: 254 })}
  <fieldset class="question"><legend class="question-label">Role</legend><div class="options">
    <div class="option"><input type="radio" id="f-role-t" name="role" value="therapist" checked><label for="f-role-t">Therapist: sees their own clients</label></div>
    <div class="option"><input type="radio" id="f-role-a" name="role" value="admin"><label for="f-role-a">Admin: sees the whole clinic and the audit log</label></div>
  </div></fieldset>
  <div class="actions"><button class="button" type="submit">Invite the member</button></div>
</form>`,
    view,
  );
}

export function alertsPage(view: SignedInView, settings: AlertSettings) {
  const { member, csrf } = view;
  const box = (name: keyof AlertSettings, label: string, hint: string) =>
    html`<div class="option"><input type="checkbox" id="f-${name}" name="${name}" value="yes"${attr('checked', settings[name])} aria-describedby="f-${name}-hint"><label for="f-${name}">${label}</label><p class="hint" id="f-${name}-hint">${hint}</p></div>`;
  return clinicPage(
    'Alerts',
    html`<h1>Alerts</h1>
<p class="lead">How you hear that a client needs attention: a check-in with the advice to get care now or today, pressure that may have been too much, or pain not easing after 72 hours. The emails say only that someone needs attention, with a link: the details are behind sign-in.</p>
<form method="post" action="/clinic/alerts" novalidate>${csrfField(csrf)}
  <fieldset class="question"><legend class="question-label">Email me</legend><div class="options">
    ${box('instant', 'At once, about my clients', 'One email for each check-in that needs attention.')}
    ${box('digest', 'A daily summary', `At ${String(digestHour).padStart(2, '0')}:00 in ${member.timeZone}, when any client needs attention.`)}
    ${member.role === 'admin' ? box('wholeClinic', 'About every client of the clinic, not only mine', 'For the emails at once.') : ''}
  </div></fieldset>
  <div class="actions"><button class="button" type="submit">Save</button></div>
</form>`,
    view,
  );
}

/** What a clinic's failed job was for, in words: an alert's mail, a summary, or working out whom to alert. */
const deliveryWords: Record<string, string> = { alert: 'Alert', digest: 'Daily summary', attention: 'Alerts about a check-in' };

export function deliveriesPage({ member, csrf }: SignedInView, failed: readonly FailedJob[]) {
  return clinicPage(
    'Undelivered emails',
    html`<h1>Undelivered emails</h1>
<p class="lead">Alerts and summaries that could not be sent: each is tried again for about 15 minutes, then given up. Check the address, or the mail server's settings. Times are in ${member.timeZone}.</p>
${
  failed.length
    ? html`<table class="checkins"><thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">To</th><th scope="col">Tries</th><th scope="col">Why</th></tr></thead>
<tbody>${failed.map((f) => html`<tr><td>${localTime(f.failedAt, member.timeZone)}</td><td>${deliveryWords[f.kind] ?? f.kind}</td><td>${f.to ?? ''}</td><td>${f.attempts}${f.retrying ? ', trying again' : ''}</td><td>${f.error.slice(0, 200)}</td></tr>`)}</tbody></table>`
    : html`<p>None: every email was delivered.</p>`
}`,
    { member, csrf },
  );
}

export function auditPage({ member, csrf }: SignedInView, entries: readonly AuditEntry[]) {
  return clinicPage(
    'Audit log',
    html`<h1>Audit log</h1><p class="hint">Who viewed or changed which client record, newest first. Times are in ${member.timeZone}.</p>
<table class="checkins"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Record</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td>${localTime(e.at, member.timeZone)}</td><td>${e.name ?? 'removed member'}</td><td>${e.action}</td><td>${e.subject}</td></tr>`)}</tbody></table>`,
    { member, csrf },
  );
}
