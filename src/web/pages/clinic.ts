// The clinic's pages: sign-up and sign-in, the dashboard of who needs attention, recording sessions, members, alerts,
// A client's own record is in client-record.ts; the client's consent page in consent.ts.
import { levelName } from '../../knowledge/levels.ts';
import { digestHour } from '../../clinic/alerts.ts';
import type { FailedJob } from '../../jobs/queue.ts';
import type {
  AccountLink,
  AlertSettings,
  AuditEntry,
  DashboardCounts,
  Invitation,
  MassageSession,
  Member,
  TherapistShare,
} from '../../store/clinics.ts';
import { isHandled } from '../../store/clinics.ts';
import { localTime } from '../../present/time.ts';
import { regionOrder, regions } from '../../knowledge/regions.ts';
import { optionName } from '../../knowledge/questionnaire.ts';
import { checkInCount } from '../../present/count.ts';
import { massageStyles } from '../../clinic/session-form.ts';
import { contactLineMax } from '../../clinic/reaching.ts';
import { sessionColumns } from '../../clinic/sessions-csv.ts';
import { attr, html, type Markup } from '../html.ts';
import { page } from '../layout.ts';
import { timeZoneSelect } from './step.ts';
import { errorSummary as summaryOf } from './error-summary.ts';
import type { SessionFormValues } from '../../clinic/session-form.ts';

export interface FormError {
  readonly field: string;
  readonly message: string;
}

/** A signed-in member and the session's form token: what every signed-in page needs. */
export interface SignedInView {
  readonly member: Member;
  readonly csrf: string;
  /** What the form just sent did, said once on the page its answer redirected to. */
  readonly notice?: string;
}

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

export const errorSummary = (errors: readonly FormError[]): Markup =>
  summaryOf(errors.map((e) => ({ href: `#f-${e.field}`, message: e.message })));

export function input(
  name: string,
  label: string,
  options: { type?: string; value?: string; errors: readonly FormError[]; autocomplete?: string; hint?: string; maxLength?: number },
): Markup {
  const error = options.errors.find((e) => e.field === name);
  const describedBy = [options.hint ? `f-${name}-hint` : '', error ? `f-${name}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="question${error ? ' has-error' : ''}">
  <label class="question-label" for="f-${name}">${label}</label>
  ${options.hint ? html`<p class="hint" id="f-${name}-hint">${options.hint}</p>` : ''}
  ${error ? html`<p class="error-message" id="f-${name}-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
  <input class="input-text" id="f-${name}" name="${name}" type="${options.type ?? 'text'}" value="${options.value ?? ''}"${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${attr('aria-invalid="true"', Boolean(error))}>
</div>`;
}

function clinicNav(member: Member, csrf: string): Markup {
  return html`<nav class="clinic-nav" aria-label="Clinic">
  <p>${member.name} (${member.role}), ${member.clinicName}</p>
  <ul>
    <li><a href="/clinic">Dashboard</a></li>
    <li><a href="/clinic/sessions/new">Record a session</a></li>
    <li><a href="/clinic/alerts">Alerts</a></li>
    ${member.role === 'admin' ? html`<li><a href="/clinic/members">Members</a></li><li><a href="/clinic/audit">Audit log</a></li><li><a href="/clinic/deliveries">Undelivered emails</a></li>` : ''}
  </ul>
  <form method="post" action="/clinic/sign-out">${csrfField(csrf)}<button class="link-button" type="submit">Sign out</button></form>
  <form method="post" action="/clinic/sign-out-everywhere">${csrfField(csrf)}<button class="link-button" type="submit">Sign out everywhere</button></form>
</nav>`;
}

export const clinicPage = (title: string, body: Markup, signedIn?: SignedInView) =>
  page({
    title,
    body: html`${signedIn ? clinicNav(signedIn.member, signedIn.csrf) : ''}${signedIn?.notice ? html`<p class="callout" role="status">${signedIn.notice}</p>` : ''}${body}`,
    bodyClass: 'page-clinic',
    emergencyLine: false,
  });

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

export const flagsOf = (s: MassageSession) => [
  isHandled(s) ? html`<span class="flag flag-quiet">Contacted by ${s.handled!.by}</span>` : '',
  s.latestLevel && s.latestLevel !== 'self-care'
    ? html`<span class="level-tag tag-${s.latestLevel}">${levelName[s.latestLevel]}</span>`
    : '',
  s.pressureFlag ? html`<span class="flag">Pressure may have been too much</span>` : '',
  s.notEasingFlag ? html`<span class="flag">Not easing after 72 h</span>` : '',
  s.sharingStoppedAt
    ? html`<span class="flag flag-quiet">Stopped sharing</span>`
    : !s.diaryId
      ? html`<span class="flag flag-quiet">Waiting for the client</span>`
      : '',
];

export function dashboardPage(
  view: SignedInView & {
    sessions: readonly MassageSession[];
    counts: DashboardCounts;
    shares: readonly TherapistShare[];
    page: number;
    hasMore: boolean;
  },
) {
  const { member, counts } = view;
  const zone = member.timeZone;
  return clinicPage(
    'Dashboard',
    html`<h1>Who needs attention</h1>
<ul class="counts">
  <li><strong>${counts.emergency ?? 0}</strong> emergency</li>
  <li><strong>${counts.urgent ?? 0}</strong> urgent</li>
  <li><strong>${counts.seeClinician ?? 0}</strong> see a clinician</li>
  <li><strong>${counts.pressure ?? 0}</strong> pressure may have been too much</li>
  <li><strong>${counts.notEasing ?? 0}</strong> not easing after 72 h</li>
  <li><strong>${counts.waiting ?? 0}</strong> waiting for the client</li>
  <li><strong>${counts.stopped ?? 0}</strong> stopped sharing</li>
</ul>
<table class="checkins dashboard">
  <caption class="visually-hidden">Clients, most urgent first</caption>
  <thead><tr><th scope="col">Client</th>${member.role === 'admin' ? html`<th scope="col">Therapist</th>` : ''}<th scope="col">Session</th><th scope="col">Latest</th><th scope="col">Flags</th></tr></thead>
  <tbody>${view.sessions.map(
    (s) => html`<tr>
    <td><a href="/clinic/sessions/${s.id}">${s.clientRef}</a></td>
    ${member.role === 'admin' ? html`<td>${s.therapistName}</td>` : ''}
    <td>${localTime(s.endedAt, zone)}</td>
    <td>${s.latestAt ? html`${levelName[s.latestLevel!]}, ${localTime(s.latestAt, zone)} (${checkInCount(s.checkIns)})` : 'no check-in yet'}</td>
    <td class="flags">${flagsOf(s)}</td>
  </tr>`,
  )}</tbody>
</table>
<p>${view.page > 0 ? html`<a href="/clinic?page=${view.page - 1}">Previous page</a> ` : ''}${view.hasMore ? html`<a href="/clinic?page=${view.page + 1}">Next page</a>` : ''}</p>
<h2>Sessions followed by local signs</h2>
<p class="hint">Swelling, bruising or strong pain in one spot after a session can mean the pressure was too much. Times are in ${zone}.</p>
<table class="checkins">
  <thead><tr><th scope="col">Therapist</th><th scope="col">Sessions</th><th scope="col">Followed up</th><th scope="col">With local signs</th></tr></thead>
  <tbody>${view.shares.map((t) => html`<tr><td>${t.name}</td><td>${t.sessions}</td><td>${t.followed}</td><td>${t.followed ? `${Math.round((100 * t.withLocalSigns) / t.followed)} % (${t.withLocalSigns})` : '–'}</td></tr>`)}</tbody>
</table>`,
    { member, csrf: view.csrf },
  );
}

export function newSessionPage({ member, csrf }: SignedInView, errors: readonly FormError[], values?: SessionFormValues) {
  const value = (k: 'clientRef' | 'endedAt' | 'style' | 'pressure' | 'notes' | 'clientEmail') => values?.[k] ?? '';
  const areas = values?.areasWorked ?? [];
  const select = (
    name: 'style' | 'pressure',
    label: string,
    options: [string, string][],
  ) => html`<div class="question"><label class="question-label" for="f-${name}">${label}</label>
  <select id="f-${name}" name="${name}"><option value="">Not recorded</option>${options.map(([v, l]) => html`<option value="${v}"${attr('selected', value(name) === v)}>${l}</option>`)}</select></div>`;
  return clinicPage(
    'Record a session',
    html`${errorSummary(errors)}<h1>Record a session</h1>
<form method="post" action="/clinic/sessions" novalidate>${csrfField(csrf)}
  ${input('clientRef', 'Client name or reference', { value: value('clientRef'), errors, maxLength: 100, hint: 'What you use to recognise the client. Shown only to your clinic.' })}
  ${input('endedAt', 'When the session ended', { type: 'datetime-local', value: value('endedAt'), errors, hint: `In the clinic's time zone, ${member.timeZone}.` })}
  ${select(
    'style',
    'Style',
    massageStyles.map((style): [string, string] => [style, optionName('massage.style', style)]),
  )}
  ${select('pressure', 'Pressure', [
    ['light', 'Light'],
    ['moderate', 'Moderate'],
    ['firm', 'Firm'],
  ])}
  <fieldset class="question"><legend class="question-label">Areas worked</legend><div class="options">
  ${regionOrder.map((r, k) => html`<div class="option"><input type="checkbox" id="f-area-${k}" name="areasWorked" value="${r}"${attr('checked', areas.includes(r))}><label for="f-area-${k}">${regions[r].name}</label></div>`)}
  </div></fieldset>
  <div class="question"><label class="question-label" for="f-notes">Notes</label><textarea id="f-notes" name="notes" rows="3" maxlength="2000">${value('notes')}</textarea></div>
  ${input('clientEmail', "Client's email (optional)", { type: 'email', value: value('clientEmail'), errors, maxLength: 254, autocomplete: 'off', hint: 'To send the follow-up link by email as well as by QR code. Used once to send it, and not kept.' })}
  <div class="actions"><button class="button" type="submit">Save and get the follow-up link</button></div>
</form>`,
    { member, csrf },
  );
}

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
${invitations.length ? html`<h2>Invitations not yet accepted</h2><ul>${invitations.map((i) => html`<li>${i.name} (${i.email}), ${i.role}, until ${localTime(i.expiresAt, member.timeZone)}</li>`)}</ul>` : ''}
<h2>The clinic's time zone</h2>
<p class="hint">The dashboard, each client's page and the audit log show times in it, and the time a session ended is read in it.</p>
<form method="post" action="/clinic/settings" novalidate>${csrfField(csrf)}
  <div class="question${errors.some((e) => e.field === 'timeZone') ? ' has-error' : ''}">${timeZoneSelect('f-timeZone', member.timeZone, 'Time zone', false)}</div>
  <div class="actions"><button class="button button-secondary" type="submit">Save the time zone</button></div>
</form>
<h2>Sessions and outcomes</h2>
<p><a href="/clinic/export/sessions.csv" download>Download every session and its outcome (CSV)</a></p>
<p class="hint">One row per session: ${sessionColumns.join(', ')}. Levels are only there while the client shares the diary. Each download is in the audit log.</p>
<h2>How clients reach the clinic</h2>
<p class="hint">Shown in the diary of every client who shares it with the clinic, beside the time the clinic was told a check-in needs attention.</p>
<form method="post" action="/clinic/contact-line" novalidate>${csrfField(csrf)}
  ${input('contactLine', 'Contact line', { value: contactLine, errors, maxLength: contactLineMax, hint: `For example "Call 01632 960 123, Monday to Friday 9:00 to 18:00". At most ${contactLineMax} characters; leave it empty to show none.` })}
  <div class="actions"><button class="button button-secondary" type="submit">Save the contact line</button></div>
</form>
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

export function deliveriesPage({ member, csrf }: SignedInView, failed: readonly FailedJob[]) {
  return clinicPage(
    'Undelivered emails',
    html`<h1>Undelivered emails</h1>
<p class="lead">Alerts and summaries that could not be sent after every retry (about 15 minutes of them). Check the address, or the mail server's settings. Times are in ${member.timeZone}.</p>
${
  failed.length
    ? html`<table class="checkins"><thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">To</th><th scope="col">Tries</th><th scope="col">Why</th></tr></thead>
<tbody>${failed.map((f) => html`<tr><td>${localTime(f.failedAt, member.timeZone)}</td><td>${f.kind}</td><td>${f.to ?? ''}</td><td>${f.attempts}</td><td>${f.error.slice(0, 200)}</td></tr>`)}</tbody></table>`
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
