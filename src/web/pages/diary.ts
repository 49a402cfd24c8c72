// The diary pages: pain over time against the usual course, each check-in's advice, what changed, what next. Every
// word is the reader's language's (the `diary` messages); times are in the diary's zone, written the reader's way.
import { levelName } from '../../knowledge/levels.ts';
import { currentPolicy } from '../../knowledge/policy.ts';
import { adviceChange, adviceChangeHeadline } from '../../diary/advice-change.ts';
import { zoneWords } from '../../diary/local-time.ts';
import { localTime } from '../../present/time.ts';
import type { BrowserCode } from '../../diary/push-endpoint.ts';
import { confirmationMailsPerDay } from '../../diary/reminder-jobs.ts';
import { latestWhole, nextCheckIn, type OpenDiaryAtAGlance } from '../../diary/service.ts';
import type { MessageId } from '../../i18n/messages.ts';
import type { ReminderEmail } from '../../store/reminders.ts';
import type { ClinicianSummary } from '../../diary/summary.ts';
import { html, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { message } from '../message.ts';
import type { DiarySharing as DiarySharedWith } from '../../store/clinics.ts';
import { errorSummary } from './error-summary.ts';
import { painCell, painPoints, timelineChart } from '../svg/timeline-chart.ts';

/** The clinic a diary is shared with, if any, and a notice to show once (after the person stopped sharing). */
export interface DiarySharing {
  readonly sharedWith?: DiarySharedWith;
  readonly stopped?: boolean;
}

/** A device with reminders on, as its owner sees it: its browser and when it was added. */
export interface DiaryDevice {
  readonly id: string;
  readonly browser: BrowserCode;
  readonly addedAt: Date;
}

/** The diary's reminders, when the server can send them: the address given, the devices, and a notice after a change. */
export interface DiaryReminders {
  readonly email: ReminderEmail | null;
  readonly devices: readonly DiaryDevice[];
  readonly notice?: ReminderNotice;
}

const strong = (words: Markup) => html`<strong>${words}</strong>`;

/** The devices that get this diary's reminders, each with a button to remove it (its owner may not know it is there). */
function devicesList({ t }: Shell, base: string, devices: readonly DiaryDevice[], zone: string): Markup {
  if (devices.length === 0) return html``;
  const named = (d: DiaryDevice) => t('diary.devices.device', { browser: d.browser, when: localTime(d.addedAt, zone, t.language) });
  return html`<h3 id="reminder-devices">${t('diary.devices.heading')}</h3>
<ul class="devices" aria-labelledby="reminder-devices">${devices.map(
    (d) => html`<li><form method="post" action="${base}/reminders/devices/${d.id}/remove">${named(d)}
  <button class="button button-secondary" type="submit">${t('diary.devices.remove')}<span class="visually-hidden"> ${named(d)}</span></button></form></li>`,
  )}</ul>
<p class="hint">${t('diary.devices.hint')}</p>`;
}

export const reminderNotices = ['email-off', 'confirm-sent', 'confirm-limit', 'suppressed', 'device-removed'] as const;
export type ReminderNotice = (typeof reminderNotices)[number];

const noticeMessage: Record<ReminderNotice, MessageId> = {
  'email-off': 'diary.notice.emailOff',
  'confirm-sent': 'diary.notice.confirmSent',
  'confirm-limit': 'diary.notice.confirmLimit',
  suppressed: 'diary.notice.suppressed',
  'device-removed': 'diary.notice.deviceRemoved',
};

/** The form that turns email reminders on: on the diary, and again with its error when an address is refused. */
function reminderEmailForm({ t }: Shell, base: string, value = '', error?: string): Markup {
  const describedBy = error ? 'reminder-email-hint reminder-email-error' : 'reminder-email-hint';
  return html`<form method="post" action="${base}/reminders/email" novalidate>
  <div class="question${error ? ' has-error' : ''}"><label class="question-label" for="reminder-email">${t('diary.email.label')}</label>
  <p class="hint" id="reminder-email-hint">${t('diary.email.hint')}</p>
  ${error ? html`<p class="error-message" id="reminder-email-error"><span class="visually-hidden">${t('questionnaire.step.error-prefix')}</span> ${error}</p>` : ''}
  <input class="input-text" id="reminder-email" name="email" type="email" autocomplete="email" maxlength="254" value="${value}" aria-describedby="${describedBy}"${error ? html` aria-invalid="true"` : ''}></div>
  <p><button class="button button-secondary" type="submit">${t('diary.email.start')}</button></p></form>`;
}

/** The address was refused: the form again, with what was typed and why. */
export function reminderEmailPage(shell: Shell, base: string, value: string, error: string): string {
  const { t } = shell;
  return page({
    shell,
    title: t('questionnaire.step.error-title', { title: t('diary.email.heading') }),
    body: html`${errorSummary([{ href: '#reminder-email', message: error }], t)}
<h1>${t('diary.email.heading')}</h1>
${reminderEmailForm(shell, base, value, error)}
<p><a class="link-back" href="${base}">${t('diary.backToDiary')}</a></p>`,
  });
}

function remindersSection(shell: Shell, base: string, { email, devices, notice }: DiaryReminders, zone: string) {
  const { t } = shell;
  return html`<section aria-labelledby="reminders" id="reminders-section"><h2 id="reminders">${t('diary.reminders.heading')}</h2>
<p>${t('diary.reminders.intro')}</p>
${notice ? html`<p class="callout" role="status">${t(noticeMessage[notice], { count: confirmationMailsPerDay })}</p>` : ''}
${devicesList(shell, base, devices, zone)}
<div class="push-reminders" data-push-reminders="${base}/reminders/push" hidden>
  <p><button class="button button-secondary" type="button" data-push-on>${t('diary.reminders.pushOn')}</button>
  <button class="button button-secondary" type="button" data-push-off hidden>${t('diary.reminders.pushOff')}</button></p>
  <p class="hint" data-push-status role="status"></p>
</div>
${email ? emailState(shell, base, email) : reminderEmailForm(shell, base)}
</section>`;
}

/** The address given: reminders going to it, or waiting for it to confirm (nothing is mailed to it until then). */
function emailState({ t }: Shell, base: string, { address, confirmed }: ReminderEmail): Markup {
  if (confirmed)
    return html`<form method="post" action="${base}/reminders/email"><p>${message(t, 'diary.email.goesTo', { address, strong })}</p>
  <p><button class="button button-secondary" type="submit" name="stop" value="1">${t('diary.email.stop')}</button></p></form>`;
  return html`<form method="post" action="${base}/reminders/email"><p>${message(t, 'diary.email.waiting', { address, strong })}</p>
  <p class="hint">${t('diary.email.noEmail', { count: confirmationMailsPerDay })}</p>
  <p><button class="button button-secondary" type="submit" name="again" value="1">${t('diary.email.again')}</button>
  <button class="button button-secondary" type="submit" name="stop" value="1">${t('diary.email.another')}</button></p></form>`;
}

/**
 * The diary's link as something to keep: the full address as text (all there is without scripts), and where the
 * browser has them, "Copy link", its share sheet, and "Add to home screen" (the script shows each that applies).
 */
function keepLink({ t }: Shell, address: string): Markup {
  return html`<section aria-labelledby="keep-link" class="keep-link private-link no-print">
  <h2 id="keep-link">${t('diary.keepLink.heading')}</h2>
  <p>${t('diary.keepLink.intro')}</p>
  <p class="diary-address"><a href="${address}">${address}</a></p>
  <p class="actions" data-keep-link="${address}" hidden>
    <button class="button button-secondary" type="button" data-copy-link>${t('diary.keepLink.copy')}</button>
    <button class="button button-secondary" type="button" data-share-link hidden>${t('diary.keepLink.share')}</button>
    <button class="button button-secondary" type="button" data-install hidden>${t('diary.keepLink.install')}</button>
  </p>
  <p class="hint" role="status" data-keep-link-status></p>
</section>`;
}

/** The check-ins a diary's page reads whole: the latest, whose advice it words, and the one before, to compare with. */
export const shownWhole = 2;

export function diaryPage(
  shell: Shell,
  /** Read with `shownWhole` check-ins whole (or every one, when it has fewer). */
  open: OpenDiaryAtAGlance,
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
  const { t } = shell;
  const { diary, checkIns } = open;
  const zone = diary.timeZone;
  const when = (instant: string | number | Date) => localTime(instant, zone, t.language);
  if (open.latest.length < Math.min(shownWhole, checkIns.length))
    throw new Error(`the diary page needs ${shownWhole} check-ins read whole`);
  const latest = latestWhole(open);
  const change = latest ? adviceChange(open.latest.at(-2)?.assessment, latest.assessment) : null;
  const next = nextCheckIn(open);
  const olderPolicy = (c: (typeof checkIns)[number]) => c.assessment.policyVersion !== currentPolicy.version;
  const body = html`
<h1>${t('diary.title')}</h1>
<p class="lead">${t('diary.lead', { when: when(diary.massage.endedAt), zone: zoneWords(zone, t) })}</p>
${sharing.stopped ? html`<p class="callout" role="status">${t('diary.sharing.stopped')}</p>` : ''}
${open.byReminder ? html`<p class="hint private-link">${t('diary.byReminder')}</p>` : keepLink(shell, address)}
${open.retentionDays ? html`<p class="hint">${t('diary.retention.kept', { days: open.retentionDays })}</p>` : ''}
${
  askToRemember
    ? html`<form class="callout" method="post" action="${base}/remember"><p>${t('diary.remember.ask')}</p>
<p><button class="button button-secondary" type="submit">${t('diary.remember.button')}</button></p></form>`
    : ''
}
${newLink ? html`<p class="callout" role="status">${t('diary.link.new')}</p>` : ''}
${
  diary.linkKnownToClinic && !open.byReminder
    ? html`<div class="callout"><p>${t('diary.link.knownToClinic')}</p>
<form method="post" action="${base}/new-link"><button class="button button-secondary" type="submit">${t('diary.link.getNew')}</button></form></div>`
    : ''
}
${
  change
    ? html`<div class="banner ${change.direction === 'less-urgent' ? 'level-self-care' : `level-${latest!.assessment.level}`}" role="alert">
  <p class="banner-level">${t('diary.change.heading')}</p>
  <p class="banner-do"><strong>${adviceChangeHeadline(change, latest!.assessment, t)}</strong></p>
  ${change.added.length ? html`<ul>${change.added.map((r) => html`<li>${r.explanation}</li>`)}</ul>` : ''}
</div>`
    : ''
}
${!latest ? html`<p class="actions"><a class="button" href="${base}/check-in">${t('diary.firstCheckIn')}</a></p>` : ''}
${
  latest
    ? html`<section aria-labelledby="now"><h2 id="now">${t('diary.now.heading', { level: levelName(latest.assessment.level, t) })}</h2>
  <p><strong>${latest.assessment.summary.title}.</strong> ${latest.assessment.summary.doNow}</p>
  ${latest.assessment.level === 'emergency' ? html`<p><a class="call-button" href="/emergency">${t('diary.now.emergency')}</a></p>` : ''}
  <p>${
    next
      ? message(t, Date.parse(next) <= now.getTime() ? 'diary.now.nextDue' : 'diary.now.next', { when: when(next), strong })
      : t('diary.now.nonePlanned')
  }</p>
  <p class="actions">${
    opensAt
      ? html`<span class="check-in-closed">${message(t, 'diary.now.closed', { when: when(opensAt), strong })}</span>`
      : html`<a class="button" href="${base}/check-in">${t('diary.now.checkIn')}</a>`
  }
  ${open.byReminder ? '' : html`<a class="button button-secondary" href="${base}/reminders.ics" download="aftercare-reminders.ics">${t('diary.now.calendar')}</a>`}</p>
</section>`
    : ''
}
${latest && reminders && !open.byReminder ? remindersSection(shell, base, reminders, zone) : ''}
<section aria-labelledby="course"><h2 id="course">${t('diary.course.heading')}</h2>
${timelineChart(t, {
  id: 'chart-diary',
  endedAt: diary.massage.endedAt,
  points: painPoints(t, checkIns),
  now: now.toISOString(),
  recheckAt: next,
  timeZone: zone,
})}
</section>
<section aria-labelledby="checkins"><h2 id="checkins">${t('diary.checkIns.heading')}</h2>
<table class="checkins">
  <caption class="visually-hidden">${t('diary.checkIns.caption')}</caption>
  <thead><tr><th scope="col">${t('diary.checkIns.when')}</th><th scope="col">${t('pages.chart.pain')}</th><th scope="col">${t('diary.checkIns.advice')}</th></tr></thead>
  <tbody>${checkIns.map(
    (c) =>
      html`<tr><td>${when(c.reportedAt)}</td><td>${painCell(t, c)}</td><td><span class="level-tag tag-${c.assessment.level}">${levelName(c.assessment.level, t)}</span>${olderPolicy(c) ? html` <span class="hint">(${t('diary.checkIns.olderPolicyMark')})</span>` : ''}</td></tr>`,
  )}</tbody>
</table>
${checkIns.some(olderPolicy) ? html`<p class="hint">${t('diary.checkIns.olderPolicyNote')}</p>` : ''}
</section>
${open.byReminder ? '' : ownerSections(shell, base, zone, sharing)}`;
  return page({ shell, title: t('diary.title'), body, bodyClass: 'page-diary' });
}

/** What only the diary's own link opens: the summaries and exports, sharing, the data. Never from a reminder's link. */
function ownerSections({ t }: Shell, base: string, zone: string, sharing: DiarySharing): Markup {
  const shared = sharing.sharedWith;
  const clinic = shared?.clinicName ?? '';
  return html`<section aria-labelledby="share" class="no-print"><h2 id="share">${t('diary.share.heading')}</h2>
<ul>
  <li>${message(t, 'diary.share.summary', {
    print: (words) => html`<a href="${base}/report">${words}</a>`,
    pdf: (words) => html`<a href="${base}/report.pdf">${words}</a>`,
  })}</li>
  <li><a href="${base}/fhir.json" download="aftercare-diary-fhir.json">${t('diary.share.fhir')}</a></li>
</ul>
</section>
${
  shared
    ? html`<section aria-labelledby="clinic" class="no-print"><h2 id="clinic">${t('diary.clinic.heading', { clinic })}</h2>
<p>${t('diary.clinic.agreed', { when: localTime(shared.since, zone, t.language), clinic })}</p>
${shared.contactLine ? html`<p>${t('diary.clinic.contact', { clinic, contact: shared.contactLine })}</p>` : ''}
${shared.toldAt ? html`<p>${t('diary.clinic.told', { clinic, when: localTime(shared.toldAt, zone, t.language) })}</p>` : ''}
<form method="post" action="${base}/stop-sharing"><button class="button button-secondary" type="submit">${t('diary.clinic.stop', { clinic })}</button></form>
</section>`
    : ''
}
<section aria-labelledby="data" class="no-print"><h2 id="data">${t('diary.data.heading')}</h2>
<ul>
  <li><a href="${base}/export.json" download="aftercare-diary.json">${t('diary.data.export')}</a></li>
  <li><a href="${base}/delete">${t('diary.data.delete')}</a></li>
</ul>
</section>`;
}

export function summaryPage(shell: Shell, summary: ClinicianSummary, base: string): string {
  const { t } = shell;
  const body = html`
<h1>${summary.title}</h1>
<p>${summary.massage} ${t('diary.summary.zone', { zone: summary.timeZone })}</p>
${summary.latest ? html`<h2>${t('diary.summary.latest', { level: levelName(summary.latest.level, t) })}</h2><p>${summary.latest.summary.title}.</p><ul>${summary.latest.reasons.map((r) => html`<li>${r.explanation}</li>`)}</ul>` : ''}
<h2>${t('diary.checkIns.heading')}</h2>
<table class="checkins">
  <thead><tr><th scope="col">${t('diary.checkIns.when')}</th><th scope="col">${t('diary.summary.hoursAfter')}</th><th scope="col">${t('pages.chart.pain')}</th><th scope="col">${t('diary.summary.level')}</th><th scope="col">${t('diary.summary.reasons')}</th></tr></thead>
  <tbody>${summary.rows.map((r) => html`<tr><td>${r.seq}. ${r.when}</td><td>${r.hours}</td><td>${r.severity === undefined ? t('diary.summary.notAsked') : `${r.severity}/10`}</td><td>${levelName(r.level, t)}</td><td>${r.reasons}</td></tr>`)}</tbody>
</table>
${summary.policyNote ? html`<p>${summary.policyNote}</p>` : ''}
${summary.signs.length ? html`<h2>${t('diary.summary.signs')}</h2><ul>${summary.signs.map((s) => html`<li>${s}</li>`)}</ul>` : ''}
<p class="disclaimer">${summary.disclaimer}</p>
<p class="no-print"><a href="${base}">${t('diary.backToDiary')}</a> · <a href="${base}/report.pdf">PDF</a> · <button class="link-button" type="button" data-print hidden>${t('pages.result.print')}</button></p>`;
  // Its disclaimer says "not a diagnosis" with the policy a clinician needs: the footer does not say it again.
  return page({
    shell,
    title: t('diary.summary.pageTitle'),
    body,
    bodyClass: 'page-summary',
    emergencyLine: false,
    diagnosisNote: false,
  });
}

export function deletePage(shell: Shell, base: string): string {
  const { t } = shell;
  const body = html`
<h1>${t('diary.delete.title')}</h1>
<p>${message(t, 'diary.delete.text', { download: (words) => html`<a href="${base}/export.json" download="aftercare-diary.json">${words}</a>` })}</p>
<form method="post" action="${base}/delete"><button class="button button-danger" type="submit">${t('diary.delete.button')}</button> <a class="link-back" href="${base}">${t('diary.delete.keep')}</a></form>`;
  return page({ shell, title: t('diary.delete.title'), body });
}

/** The diaries this device remembers, each by its massage's time and how many check-ins it has. */
export function diariesPage(shell: Shell, links: readonly { href: string; endedAt: string; timeZone: string; checkIns: number }[]): string {
  const { t } = shell;
  const label = (l: (typeof links)[number]) =>
    t('diary.diaries.entry', {
      when: localTime(l.endedAt, l.timeZone, t.language),
      checkIns: t('diary.checkInCount', { count: l.checkIns }),
    });
  const body: Markup = html`
<h1>${t('diary.diaries.heading')}</h1>
${links.length ? html`<ul>${links.map((l) => html`<li><a href="${l.href}">${label(l)}</a></li>`)}</ul>` : html`<p>${t('diary.diaries.none')}</p>`}
<p><a href="/check/red-flags">${t('diary.startNewCheck')}</a></p>`;
  return page({ shell, title: t('diary.diaries.title'), body });
}
