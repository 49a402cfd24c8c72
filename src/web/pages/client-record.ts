// A client's record: the session, the follow-up link while the client has not used it, each check-in's answers in
// words with the advice and why, how to reach the client and marking them contacted; and its print page.
import { contactHref, contactNoteMax, type ClientContact } from '../../clinic/reaching.ts';
import { labelled } from '../../clinic/follow-up-pdf.ts';
import type { CheckInRecord, FollowUpRecord } from '../../clinic/follow-up-record.ts';
import type { Translator } from '../../i18n/messages.ts';
import { isHandled, type MassageSession } from '../../store/clinics.ts';
import type { CheckIn } from '../../store/diaries.ts';
import { attr, html, raw, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { message } from '../message.ts';
import { painCell, painPoints, timelineChart } from '../svg/timeline-chart.ts';
import { clinicPage, clinicTime, csrfField, errorSummary, levelMessage, type FormError, type SignedInView } from './clinic-frame.ts';
import { flagsOf } from './clinic-dashboard.ts';
import { followUpLinkSection, renewLinkForm, type NewFollowUpLink } from './clinic-follow-up-link.ts';

/** What a client's page shows of reaching them: the contact they left, and the "contacted" form's errors and note. */
export interface ClientReaching {
  readonly contact?: ClientContact | null;
  readonly errors?: readonly FormError[];
  readonly note?: string;
}

/** The one way to reach the client they chose to leave, as a link that calls or writes. */
const reachSection = (t: Translator, contact: ClientContact | null): Markup | string =>
  contact
    ? html`<p><strong>${t('clinic.reach.agreed')}</strong> <a href="${contactHref(contact)}">${t('clinic.reach.how', { kind: contact.kind, value: contact.value })}</a></p>`
    : '';

/** Who marked the client contacted, when and with what note; and the form to mark it, with its error and note kept. */
function contactedSection(
  t: Translator,
  session: MassageSession,
  zone: string,
  csrf: string,
  errors: readonly FormError[] = [],
  note = '',
): Markup {
  const handled = session.handled;
  const error = errors.find((e) => e.field === 'note');
  const describedBy = `f-note-hint${error ? ' f-note-error' : ''}`;
  return html`<section aria-labelledby="contacted" class="no-print"><h2 id="contacted">${t('clinic.contacted.heading')}</h2>
${
  handled
    ? html`<p>${t('clinic.contacted.by', { name: handled.by, when: clinicTime(t, handled.at, zone), note: handled.note })}</p>${
        isHandled(session)
          ? ''
          : html`<p class="flag">${t('clinic.contacted.again', { when: clinicTime(t, session.attentionAt!, zone) })}</p>`
      }`
    : session.attentionAt
      ? html`<p>${t('clinic.contacted.nobody', { when: clinicTime(t, session.attentionAt, zone) })}</p>`
      : ''
}
<form method="post" action="/clinic/sessions/${session.id}/contacted" novalidate>${csrfField(csrf)}
  <div class="question${error ? ' has-error' : ''}"><label class="question-label" for="f-note">${t('clinic.contacted.note')}</label>
  <p class="hint" id="f-note-hint">${t('clinic.contacted.noteHint', { max: contactNoteMax })}</p>
  ${error ? html`<p class="error-message" id="f-note-error"><span class="visually-hidden">${t('questionnaire.step.error-prefix')}</span> ${error.message}</p>` : ''}
  <textarea id="f-note" name="note" rows="2" maxlength="${contactNoteMax}" aria-describedby="${describedBy}"${attr('aria-invalid="true"', Boolean(error))}>${note}</textarea></div>
  <div class="actions"><button class="button button-secondary" type="submit">${t('clinic.contacted.mark')}</button></div>
</form>
</section>`;
}

/** One check-in in words: the answers given, the advice, and why, each sign with the flag it raised. */
const checkInSection = (t: Translator, c: CheckInRecord, level: number) => {
  const heading = level === 2 ? 'h2' : 'h3';
  const tag = (words: Markup) => html`<span class="level-tag tag-${c.level}">${words}</span>`;
  const strong = (words: Markup) => html`<strong>${words}</strong>`;
  return html`<section class="check-in-record" aria-labelledby="check-in-${c.seq}">
<${raw(heading)} id="check-in-${c.seq}">${message(t, 'clinic.record.checkInTagged', { seq: c.seq, when: c.when, level: c.levelName, tag })}</${raw(heading)}>
${c.stopped ? html`<p class="hint">${t('clinic.record.stopped')}</p>` : ''}
<dl class="answers"><dt>${t('clinic.record.painScore')}</dt><dd>${c.pain}</dd>${c.answers.map((a) => html`<dt>${a.question}</dt><dd>${a.answer}</dd>`)}</dl>
<p><strong>${labelled(t, 'clinic.record.advice')}</strong> ${c.advice}</p>
${c.flags.length ? html`<p><strong>${labelled(t, 'clinic.record.flagsRaised')}</strong></p><ul class="reasons">${c.flags.map((f) => html`<li>${message(t, 'clinic.record.becauseTagged', { flag: f.flag, because: f.because, strong })}</li>`)}</ul>` : ''}
${c.actions.length ? html`<ul>${c.actions.map((action) => html`<li>${action}</li>`)}</ul>` : ''}
${
  c.reasons.length
    ? html`<p><strong>${labelled(t, 'clinic.deliveries.column.why')}</strong></p><ul class="reasons">${c.reasons.map((r) => html`<li>${r.flag ? message(t, 'clinic.record.reasonFlagged', { sign: r.sign, flag: r.flag, why: r.why, strong }) : html`<strong>${r.sign}</strong>${t('engine.text.colon')} ${r.why}`}</li>`)}</ul>`
    : ''
}
</section>`;
};

/** The session as filed: therapist, when, style and pressure, the areas worked, the notes. */
const sessionFacts = (t: Translator, record: FollowUpRecord) =>
  html`<dl class="answers"><dt>${t('clinic.column.therapist')}</dt><dd>${record.therapist}</dd><dt>${t('clinic.column.session')}</dt><dd>${record.session}</dd><dt>${t('clinic.session.areas')}</dt><dd>${record.areasWorked}</dd>${record.notes ? html`<dt>${t('clinic.session.notes')}</dt><dd>${record.notes}</dd>` : ''}</dl>`;

/** What a client's page shows besides the record: the link just made, and the forms' errors and what was typed. */
export interface SessionPageExtras {
  readonly newLink?: (NewFollowUpLink & { minutes: number }) | undefined;
  readonly linkForm?: { readonly errors: readonly FormError[]; readonly email: string } | undefined;
  readonly reaching?: ClientReaching | undefined;
}

export function sessionPage(
  view: SignedInView,
  session: MassageSession,
  checkIns: readonly CheckIn[],
  record: FollowUpRecord,
  now: Date,
  { newLink, linkForm = { errors: [], email: '' }, reaching = {} }: SessionPageExtras = {},
) {
  const { shell, member, csrf } = view;
  const { t } = shell;
  const zone = member.timeZone;
  // The client's name stays out of the title: titles end up in browser history, tab lists and screenshots.
  return clinicPage(
    shell,
    t('clinic.record.title'),
    html`${errorSummary([...linkForm.errors, ...(reaching.errors ?? [])], t)}<h1>${session.clientRef}</h1>
<p class="hint">${t('diary.summary.zone', { zone })}</p>
${sessionFacts(t, record)}
<p class="flags">${flagsOf(t, session)}</p>
${
  session.diaryId
    ? html`<p>${t('clinic.record.agreed', { when: clinicTime(t, session.consentedAt!, zone) })}</p>
${reachSection(t, reaching.contact ?? null)}
${contactedSection(t, session, zone, csrf, reaching.errors, reaching.note)}
${
  checkIns.length
    ? html`<h2>${t('diary.checkIns.heading')}</h2>
${timelineChart(t, { id: 'chart-client', endedAt: session.endedAt.toISOString(), points: painPoints(t, checkIns), now: now.toISOString(), recheckAt: checkIns.at(-1)!.assessment.timeline.recheckAt, timeZone: zone, whose: 'client' })}
<table class="checkins"><caption class="visually-hidden">${t('clinic.record.caption')}</caption><thead><tr><th scope="col">${t('diary.checkIns.when')}</th><th scope="col">${t('pages.chart.pain')}</th><th scope="col">${t('diary.checkIns.advice')}</th></tr></thead>
<tbody>${checkIns.map((c) => html`<tr><td><a href="#check-in-${c.seq}">${clinicTime(t, c.report.reportedAt, zone)}</a></td><td>${painCell(t, c)}</td><td><span class="level-tag tag-${c.assessment.level}">${t(levelMessage[c.assessment.level])}</span></td></tr>`)}</tbody></table>
<h2>${t('clinic.record.each')}</h2>
${[...record.checkIns].reverse().map((c) => checkInSection(t, c, 3))}
<p class="no-print">${message(t, 'clinic.record.printOrPdf', { print: (words) => html`<a href="/clinic/sessions/${session.id}/print">${words}</a>`, pdf: (words) => html`<a href="/clinic/sessions/${session.id}/follow-up.pdf">${words}</a>` })}</p>`
    : html`<p>${t('clinic.record.noCheckInYet')}</p>`
}`
    : session.sharingStoppedAt
      ? html`<p>${t('clinic.record.stoppedSharing', { when: clinicTime(t, session.sharingStoppedAt, zone) })}</p>`
      : html`<p>${t('clinic.record.notOpened')}</p>
${newLink ? followUpLinkSection(t, newLink, newLink.minutes) : ''}
${renewLinkForm(t, session.id, csrf, linkForm.errors, linkForm.email)}`
}
<ul class="record-actions">
  ${session.clientId ? html`<li><a href="/clinic/clients/${session.clientId}">${t('clinic.record.everySession', { client: session.clientRef })}</a></li>` : ''}
  <li><a href="/clinic/sessions/${session.id}/edit">${t('clinic.record.correct')}</a></li>
  <li><a href="/clinic/sessions/${session.id}/delete">${t('clinic.session.deleteLink')}</a></li>
  <li><a href="/clinic">${t('clinic.backToDashboard')}</a></li>
</ul>`,
    view,
  );
}

/** One client's follow-up to print: the session, every check-in in order with its answers and advice. No navigation. */
export function printPage(shell: Shell, record: FollowUpRecord, sessionId: string) {
  const { t } = shell;
  return page({
    shell,
    title: t('clinic.print.title'),
    bodyClass: 'page-clinic page-print',
    emergencyLine: false,
    body: html`<h1>${t('clinic.record.heading', { client: record.clientRef })}</h1>
<p class="hint">${t('diary.summary.zone', { zone: record.timeZone })} ${t('clinic.print.keep')}</p>
${sessionFacts(t, record)}
${record.checkIns.length ? record.checkIns.map((c) => checkInSection(t, c, 2)) : html`<p>${t('clinic.record.noCheckIn')}</p>`}
<p class="no-print">${t('clinic.print.how')} <a href="/clinic/sessions/${sessionId}">${t('clinic.print.back')}</a></p>`,
  });
}
