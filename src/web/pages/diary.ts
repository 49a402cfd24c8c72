// The diary pages: pain over time against the usual course, each check-in's advice, what changed, what next.
import { levelName } from '../../knowledge/levels.ts';
import { currentPolicy } from '../../knowledge/policy.ts';
import { adviceChange } from '../../diary/advice-change.ts';
import { confirmationMailsPerDay } from '../../diary/reminder-jobs.ts';
import { nextCheckIn, type OpenDiary } from '../../diary/service.ts';
import type { ReminderEmail } from '../../store/reminders.ts';
import type { ClinicianSummary } from '../../diary/summary.ts';
import { localTime, zoneName } from '../../present/time.ts';
import { html, type Markup } from '../html.ts';
import { page, englishShell } from '../layout.ts';
import type { DiarySharing as DiarySharedWith } from '../../store/clinics.ts';
import { errorSummary } from './error-summary.ts';
import { painCell, painPoints, timelineChart } from '../svg/timeline-chart.ts';
import { translator } from '../../i18n/messages.ts';

/** The clinic a diary is shared with, if any, and a notice to show once (after the person stopped sharing). */
export interface DiarySharing {
  readonly sharedWith?: DiarySharedWith;
  readonly stopped?: boolean;
}

/** Said under a diary's check-ins when some were assessed under an earlier policy. */
export const olderPolicyNote =
  'Check-ins made before Aftercare last changed its questions keep the advice they were given then. It now asks a few ' +
  'more questions, about signs that are rare but serious, so a new check-in may ask what an earlier one did not.';

/** Beside each such check-in's advice: which check-ins the note is about (the policy's number is for clinicians). */
export const olderPolicyMark = 'earlier questions';

/** A device with reminders on, as its owner sees it: its browser in plain words and when it was added. */
export interface DiaryDevice {
  readonly id: string;
  readonly browser: string;
  readonly addedAt: Date;
}

/** The diary's reminders, when the server can send them: the address given, the devices, and a notice after a change. */
export interface DiaryReminders {
  readonly email: ReminderEmail | null;
  readonly devices: readonly DiaryDevice[];
  readonly notice?: ReminderNotice;
}

/** The devices that get this diary's reminders, each with a button to remove it (its owner may not know it is there). */
function devicesList(base: string, devices: readonly DiaryDevice[], zone: string): Markup {
  if (devices.length === 0) return html``;
  return html`<h3 id="reminder-devices">Devices that get reminders</h3>
<ul class="devices" aria-labelledby="reminder-devices">${devices.map(
    (d) => html`<li><form method="post" action="${base}/reminders/devices/${d.id}/remove">${d.browser}, added ${localTime(d.addedAt, zone)}
  <button class="button button-secondary" type="submit">Remove<span class="visually-hidden"> ${d.browser}, added ${localTime(d.addedAt, zone)}</span></button></form></li>`,
  )}</ul>
<p class="hint">Remove any device you do not know: each reminder carries a link to this diary.</p>`;
}

export const reminderNotices = ['email-off', 'confirm-sent', 'confirm-limit', 'suppressed', 'device-removed'] as const;
export type ReminderNotice = (typeof reminderNotices)[number];

/** Why an address that stopped reminders from a mail's link cannot be given again: asking it to confirm is a mail too. */
export const suppressedAddress =
  'This address asked Aftercare to stop all reminder emails, so Aftercare will not email it again, from any diary. ' +
  'Use another address, or the reminders on this device.';

const noticeText: Record<ReminderNotice, string> = {
  'email-off': 'Email reminders are off. Aftercare no longer keeps your address.',
  'confirm-sent': 'We sent you an email. Open the link in it to start the reminders.',
  'confirm-limit': `Aftercare has sent ${confirmationMailsPerDay} emails to this address today, the most it sends in a day. Try again tomorrow.`,
  suppressed: suppressedAddress,
  'device-removed': 'The device was removed. It gets no more reminders from this diary.',
};

/** The form that turns email reminders on: on the diary, and again with its error when an address is refused. */
function reminderEmailForm(base: string, value = '', error?: string): Markup {
  const describedBy = error ? 'reminder-email-hint reminder-email-error' : 'reminder-email-hint';
  return html`<form method="post" action="${base}/reminders/email" novalidate>
  <div class="question${error ? ' has-error' : ''}"><label class="question-label" for="reminder-email">Email me reminders instead (optional)</label>
  <p class="hint" id="reminder-email-hint">Only for these reminders. We first send one email with a link to confirm the address is yours. The address is deleted with the diary, or when you stop them.</p>
  ${error ? html`<p class="error-message" id="reminder-email-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
  <input class="input-text" id="reminder-email" name="email" type="email" autocomplete="email" maxlength="254" value="${value}" aria-describedby="${describedBy}"${error ? html` aria-invalid="true"` : ''}></div>
  <p><button class="button button-secondary" type="submit">Email me reminders</button></p></form>`;
}

/** The address was refused: the form again, with what was typed and why. */
export function reminderEmailPage(base: string, value: string, error: string): string {
  return page({
    shell: englishShell,
    title: 'Error: Email reminders',
    body: html`${errorSummary([{ href: '#reminder-email', message: error }])}
<h1>Email reminders</h1>
${reminderEmailForm(base, value, error)}
<p><a class="link-back" href="${base}">Back to the diary</a></p>`,
  });
}

function remindersSection(base: string, { email, devices, notice }: DiaryReminders, zone: string) {
  return html`<section aria-labelledby="reminders" id="reminders-section"><h2 id="reminders">Reminders</h2>
<p>Aftercare can remind you when your next check-in is due, and once more a day later if you have not checked in.</p>
${notice ? html`<p class="callout" role="status">${noticeText[notice]}</p>` : ''}
${devicesList(base, devices, zone)}
<div class="push-reminders" data-push-reminders="${base}/reminders/push" hidden>
  <p><button class="button button-secondary" type="button" data-push-on>Remind me on this device</button>
  <button class="button button-secondary" type="button" data-push-off hidden>Stop reminders on this device</button></p>
  <p class="hint" data-push-status role="status"></p>
</div>
${email ? emailState(base, email) : reminderEmailForm(base)}
</section>`;
}

/** The address given: reminders going to it, or waiting for it to confirm (nothing is mailed to it until then). */
function emailState(base: string, { address, confirmed }: ReminderEmail): Markup {
  if (confirmed)
    return html`<form method="post" action="${base}/reminders/email"><p>Email reminders go to <strong>${address}</strong>.</p>
  <p><button class="button button-secondary" type="submit" name="stop" value="1">Stop email reminders</button></p></form>`;
  return html`<form method="post" action="${base}/reminders/email"><p><strong>Waiting for you to confirm.</strong> We sent an email to <strong>${address}</strong> with a link. Open it to start the email reminders. Until then, Aftercare sends nothing else to that address.</p>
  <p class="hint">No email? Look in your junk folder, or send it again (at most ${confirmationMailsPerDay} a day).</p>
  <p><button class="button button-secondary" type="submit" name="again" value="1">Send the email again</button>
  <button class="button button-secondary" type="submit" name="stop" value="1">Use another address, or stop</button></p></form>`;
}

/**
 * The diary's link as something to keep: the full address as text (all there is without scripts), and where the
 * browser has them, "Copy link", its share sheet, and "Add to home screen" (the script shows each that applies).
 */
function keepLink(address: string): Markup {
  return html`<section aria-labelledby="keep-link" class="keep-link private-link no-print">
  <h2 id="keep-link">Keep your diary&#39;s link</h2>
  <p>Come back to this diary from any device with this address. Anyone who has it can see the diary.</p>
  <p class="diary-address"><a href="${address}">${address}</a></p>
  <p class="actions" data-keep-link="${address}" hidden>
    <button class="button button-secondary" type="button" data-copy-link>Copy link</button>
    <button class="button button-secondary" type="button" data-share-link hidden>Share</button>
    <button class="button button-secondary" type="button" data-install hidden>Add to home screen</button>
  </p>
  <p class="hint" role="status" data-keep-link-status></p>
</section>`;
}

export function diaryPage(
  open: OpenDiary,
  base: string,
  now: Date,
  sharing: DiarySharing = {},
  newLink = false,
  reminders?: DiaryReminders,
  /** The diary's full address, built from the configured public address (never from the request). */
  address = base,
  /** When the next check-in opens, while the diary's pause after the last one lasts. */
  opensAt: Date | null = null,
  /** The link came from another site's page: offer to remember the diary here instead of doing it unasked. */
  askToRemember = false,
): string {
  const { diary, checkIns } = open;
  const zone = diary.timeZone;
  const latest = checkIns.at(-1);
  const change = latest ? adviceChange(checkIns.at(-2)?.assessment, latest.assessment) : null;
  const next = nextCheckIn(open);
  const body = html`
<h1>Your recovery diary</h1>
<p class="lead">Massage ended ${localTime(diary.massage.endedAt, zone)}. Times are ${zoneName(zone)}.</p>
${sharing.stopped ? html`<p class="callout" role="status">You stopped sharing this diary. The clinic no longer sees it or any new check-in.</p>` : ''}
${
  open.byReminder
    ? html`<p class="hint private-link">You opened this diary from a reminder: that link works for a week after it was sent. To come back later, use your diary&#39;s own link, the one you kept when you started it.</p>`
    : keepLink(address)
}
${open.retentionDays ? html`<p class="hint">${englishShell.t('diary.retention.kept', { days: open.retentionDays })}</p>` : ''}
${
  askToRemember
    ? html`<form class="callout" method="post" action="${base}/remember"><p>Is this your diary? This device has not kept it yet.</p>
<p><button class="button button-secondary" type="submit">Remember this diary on this device</button></p></form>`
    : ''
}
${newLink ? html`<p class="callout" role="status">This diary has a new private link: the old one no longer opens it. This device remembers the new one. No device gets reminders any more: turn them on again on yours.</p>` : ''}
${
  diary.linkKnownToClinic && !open.byReminder
    ? html`<div class="callout"><p>This diary's link was made by your clinic, so they could open it with it. Get a private link that only you have: the old one stops working.</p>
<form method="post" action="${base}/new-link"><button class="button button-secondary" type="submit">Get a new private link</button></form></div>`
    : ''
}
${
  change
    ? html`<div class="banner ${change.direction === 'less-urgent' ? 'level-self-care' : `level-${latest!.assessment.level}`}" role="alert">
  <p class="banner-level">The advice changed</p>
  <p class="banner-do"><strong>${change.headline}</strong></p>
  ${change.details.length ? html`<ul>${change.details.map((d) => html`<li>${d}</li>`)}</ul>` : ''}
</div>`
    : ''
}
${!latest ? html`<p class="actions"><a class="button" href="${base}/check-in">Make your first check-in</a></p>` : ''}
${
  latest
    ? html`<section aria-labelledby="now"><h2 id="now">Now: ${levelName(latest.assessment.level, translator('en'))}</h2>
  <p><strong>${latest.assessment.summary.title}.</strong> ${latest.assessment.summary.doNow}</p>
  ${latest.assessment.level === 'emergency' ? html`<p><a class="call-button" href="/emergency">What to do now</a></p>` : ''}
  <p>${next ? html`Next check-in: <strong>${localTime(next, zone)}</strong>${Date.parse(next) <= now.getTime() ? ' (due now)' : ''}.` : 'No check-in is planned: get the care the advice says first.'}</p>
  <p class="actions">${
    opensAt
      ? html`<span class="check-in-closed">You checked in a moment ago. You can check in again from <strong>${localTime(opensAt, zone)}</strong>.</span>`
      : html`<a class="button" href="${base}/check-in">Check in now</a>`
  }
  ${open.byReminder ? '' : html`<a class="button button-secondary" href="${base}/reminders.ics" download="aftercare-reminders.ics">Add reminders to my calendar</a>`}</p>
</section>`
    : ''
}
${latest && reminders && !open.byReminder ? remindersSection(base, reminders, zone) : ''}
<section aria-labelledby="course"><h2 id="course">Pain over time</h2>
${timelineChart(englishShell.t, {
  id: 'chart-diary',
  endedAt: diary.massage.endedAt,
  points: painPoints(englishShell.t, checkIns),
  now: now.toISOString(),
  recheckAt: next,
  timeZone: zone,
})}
</section>
<section aria-labelledby="checkins"><h2 id="checkins">Check-ins</h2>
<table class="checkins">
  <caption class="visually-hidden">Each check-in with its pain score and its advice</caption>
  <thead><tr><th scope="col">When</th><th scope="col">Pain</th><th scope="col">Advice</th></tr></thead>
  <tbody>${checkIns.map(
    (c) =>
      html`<tr><td>${localTime(c.report.reportedAt, zone)}</td><td>${painCell(englishShell.t, c)}</td><td><span class="level-tag tag-${c.assessment.level}">${levelName(c.assessment.level, translator('en'))}</span>${c.assessment.policyVersion !== currentPolicy.version ? html` <span class="hint">(${olderPolicyMark})</span>` : ''}</td></tr>`,
  )}</tbody>
</table>
${checkIns.some((c) => c.assessment.policyVersion !== currentPolicy.version) ? html`<p class="hint">${olderPolicyNote}</p>` : ''}
</section>
${open.byReminder ? '' : ownerSections(base, zone, sharing)}`;
  return page({ shell: englishShell, title: 'Your recovery diary', body, bodyClass: 'page-diary' });
}

/** What only the diary's own link opens: the summaries and exports, sharing, the data. Never from a reminder's link. */
function ownerSections(base: string, zone: string, sharing: DiarySharing): Markup {
  return html`<section aria-labelledby="share" class="no-print"><h2 id="share">For your doctor or physiotherapist</h2>
<ul>
  <li><a href="${base}/report">One-page summary to print</a> or <a href="${base}/report.pdf">as a PDF</a></li>
  <li><a href="${base}/fhir.json" download="aftercare-diary-fhir.json">Export for a health record system</a></li>
</ul>
</section>
${
  sharing.sharedWith
    ? html`<section aria-labelledby="clinic" class="no-print"><h2 id="clinic">Shared with ${sharing.sharedWith.clinicName}</h2>
<p>You agreed on ${localTime(sharing.sharedWith.since, zone)} to share your check-ins with ${sharing.sharedWith.clinicName}. You can stop at any time: they will no longer see this diary, and the diary stays yours.</p>
${sharing.sharedWith.contactLine ? html`<p>To reach ${sharing.sharedWith.clinicName}: ${sharing.sharedWith.contactLine}</p>` : ''}
${sharing.sharedWith.toldAt ? html`<p>${sharing.sharedWith.clinicName} was told on ${localTime(sharing.sharedWith.toldAt, zone)} that a check-in of yours needs their attention. If you need care now, do not wait for them: follow the advice above.</p>` : ''}
<form method="post" action="${base}/stop-sharing"><button class="button button-secondary" type="submit">Stop sharing with ${sharing.sharedWith.clinicName}</button></form>
</section>`
    : ''
}
<section aria-labelledby="data" class="no-print"><h2 id="data">Your data</h2>
<ul>
  <li><a href="${base}/export.json" download="aftercare-diary.json">Save a copy of everything in this diary</a></li>
  <li><a href="${base}/delete">Delete this diary</a></li>
</ul>
</section>`;
}

export function summaryPage(summary: ClinicianSummary, base: string): string {
  const body = html`
<h1>${summary.title}</h1>
<p>${summary.massage} Times are in ${summary.timeZone}.</p>
${summary.latest ? html`<h2>Latest advice: ${levelName(summary.latest.level, translator('en'))}</h2><p>${summary.latest.summary.title}.</p><ul>${summary.latest.reasons.map((r) => html`<li>${r.explanation}</li>`)}</ul>` : ''}
<h2>Check-ins</h2>
<table class="checkins">
  <thead><tr><th scope="col">When</th><th scope="col">Hours after</th><th scope="col">Pain</th><th scope="col">Level</th><th scope="col">Reasons</th></tr></thead>
  <tbody>${summary.rows.map((r) => html`<tr><td>${r.seq}. ${r.when}</td><td>${r.hours}</td><td>${r.severity === undefined ? 'Not asked' : `${r.severity}/10`}</td><td>${levelName(r.level, translator('en'))}</td><td>${r.reasons}</td></tr>`)}</tbody>
</table>
${summary.policyNote ? html`<p>${summary.policyNote}</p>` : ''}
${summary.signs.length ? html`<h2>Signs reported</h2><ul>${summary.signs.map((s) => html`<li>${s}</li>`)}</ul>` : ''}
<p class="disclaimer">${summary.disclaimer}</p>
<p class="no-print"><a href="${base}">Back to the diary</a> · <a href="${base}/report.pdf">PDF</a> · <button class="link-button" type="button" data-print hidden>Print</button></p>`;
  // Its disclaimer says "not a diagnosis" with the policy a clinician needs: the footer does not say it again.
  return page({
    shell: englishShell,
    title: 'Summary for a clinician',
    body,
    bodyClass: 'page-summary',
    emergencyLine: false,
    diagnosisNote: false,
  });
}

export function deletePage(base: string): string {
  const body = html`
<h1>Delete this diary?</h1>
<p>This removes the diary and every check-in in it, for good. It cannot be undone. If a clinic follows this diary, it stops seeing it. You may want to <a href="${base}/export.json" download="aftercare-diary.json">download a copy</a> first.</p>
<form method="post" action="${base}/delete"><button class="button button-danger" type="submit">Delete the diary</button> <a class="link-back" href="${base}">Keep it</a></form>`;
  return page({ shell: englishShell, title: 'Delete this diary?', body });
}

export function diariesPage(links: readonly { href: string; label: string }[]): string {
  const body: Markup = html`
<h1>Your diaries on this device</h1>
${
  links.length
    ? html`<ul>${links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul>`
    : html`<p>No diary is saved on this device. Start one from a result page with "Track my recovery".</p>`
}
<p><a href="/check/red-flags">Start a new check</a></p>`;
  return page({ shell: englishShell, title: 'Your diaries', body });
}
