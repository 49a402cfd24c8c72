// A client's record: the session, the follow-up link while the client has not used it, each check-in's answers in
// words with the advice and why, how to reach the client and marking them contacted; and its print page.
import { contactHref, contactNoteMax, type ClientContact } from '../../clinic/reaching.ts';
import type { CheckInRecord, FollowUpRecord } from '../../clinic/follow-up-record.ts';
import { localTime } from '../../present/time.ts';
import { isHandled, type MassageSession } from '../../store/clinics.ts';
import type { CheckIn } from '../../store/diaries.ts';
import { attr, html, raw, type Markup } from '../html.ts';
import { page, englishShell } from '../layout.ts';
import { painCell, painPoints, timelineChart } from '../svg/timeline-chart.ts';
import { levelName } from '../../knowledge/levels.ts';
import { clinicPage, csrfField, errorSummary, type FormError, type SignedInView } from './clinic-frame.ts';
import { flagsOf } from './clinic-dashboard.ts';
import { followUpLinkSection, renewLinkForm, type NewFollowUpLink } from './clinic-follow-up-link.ts';

/** What a client's page shows of reaching them: the contact they left, and the "contacted" form's errors and note. */
export interface ClientReaching {
  readonly contact?: ClientContact | null;
  readonly errors?: readonly FormError[];
  readonly note?: string;
}

/** The one way to reach the client they chose to leave, as a link that calls or writes. */
const reachSection = (contact: ClientContact | null): Markup | string =>
  contact
    ? html`<p><strong>The client agreed to be contacted about this follow-up:</strong> <a href="${contactHref(contact)}">${contact.kind === 'phone' ? 'Call' : 'Email'} ${contact.value}</a></p>`
    : '';

/** Who marked the client contacted, when and with what note; and the form to mark it, with its error and note kept. */
function contactedSection(session: MassageSession, zone: string, csrf: string, errors: readonly FormError[] = [], note = ''): Markup {
  const handled = session.handled;
  const error = errors.find((e) => e.field === 'note');
  const describedBy = `f-note-hint${error ? ' f-note-error' : ''}`;
  return html`<section aria-labelledby="contacted" class="no-print"><h2 id="contacted">Contact with the client</h2>
${
  handled
    ? html`<p>${handled.by} marked the client contacted on ${localTime(handled.at, zone)}: ${handled.note}</p>${
        isHandled(session)
          ? ''
          : html`<p class="flag">A check-in since then needs attention again (the clinic was told on ${localTime(session.attentionAt!, zone)}).</p>`
      }`
    : session.attentionAt
      ? html`<p>Nobody has marked the client contacted yet. The clinic was told on ${localTime(session.attentionAt, zone)}.</p>`
      : ''
}
<form method="post" action="/clinic/sessions/${session.id}/contacted" novalidate>${csrfField(csrf)}
  <div class="question${error ? ' has-error' : ''}"><label class="question-label" for="f-note">What was said</label>
  <p class="hint" id="f-note-hint">A short note, at most ${contactNoteMax} characters, for example "Called, resting, will see GP today".</p>
  ${error ? html`<p class="error-message" id="f-note-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
  <textarea id="f-note" name="note" rows="2" maxlength="${contactNoteMax}" aria-describedby="${describedBy}"${attr('aria-invalid="true"', Boolean(error))}>${note}</textarea></div>
  <div class="actions"><button class="button button-secondary" type="submit">Mark as contacted</button></div>
</form>
</section>`;
}

/** One check-in in words: the answers given, the advice, and why, each sign with the flag it raised. */
const checkInSection = (c: CheckInRecord, level: number) => {
  const heading = level === 2 ? 'h2' : 'h3';
  return html`<section class="check-in-record" aria-labelledby="check-in-${c.seq}">
<${raw(heading)} id="check-in-${c.seq}">Check-in ${c.seq}, ${c.when}: <span class="level-tag tag-${c.level}">${c.levelName}</span></${raw(heading)}>
${c.stopped ? html`<p class="hint">The client stopped at an answer that needs care now: only the answers given up to it are shown.</p>` : ''}
<dl class="answers"><dt>Pain score</dt><dd>${c.pain}</dd>${c.answers.map((a) => html`<dt>${a.question}</dt><dd>${a.answer}</dd>`)}</dl>
<p><strong>Advice given:</strong> ${c.advice}</p>
${c.flags.length ? html`<p><strong>Flags raised:</strong></p><ul class="reasons">${c.flags.map((f) => html`<li><strong>${f.flag}</strong>, because: ${f.because}</li>`)}</ul>` : ''}
${c.actions.length ? html`<ul>${c.actions.map((action) => html`<li>${action}</li>`)}</ul>` : ''}
${
  c.reasons.length
    ? html`<p><strong>Why:</strong></p><ul class="reasons">${c.reasons.map((r) => html`<li><strong>${r.sign}</strong>${r.flag ? html` (raised the flag “${r.flag}”)` : ''}: ${r.why}</li>`)}</ul>`
    : ''
}
</section>`;
};

/** The session as filed: therapist, when, style and pressure, the areas worked, the notes. */
const sessionFacts = (record: FollowUpRecord) =>
  html`<dl class="answers"><dt>Therapist</dt><dd>${record.therapist}</dd><dt>Session</dt><dd>${record.session}</dd><dt>Areas worked</dt><dd>${record.areasWorked}</dd>${record.notes ? html`<dt>Notes</dt><dd>${record.notes}</dd>` : ''}</dl>`;

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
  const { member, csrf } = view;
  const zone = member.timeZone;
  // The client's name stays out of the title: titles end up in browser history, tab lists and screenshots.
  return clinicPage(
    'Client record',
    html`${errorSummary([...linkForm.errors, ...(reaching.errors ?? [])])}<h1>${session.clientRef}</h1>
<p class="hint">Times are in ${zone}.</p>
${sessionFacts(record)}
<p class="flags">${flagsOf(session)}</p>
${
  session.diaryId
    ? html`<p>The client agreed to share on ${localTime(session.consentedAt!, zone)}.</p>
${reachSection(reaching.contact ?? null)}
${contactedSection(session, zone, csrf, reaching.errors, reaching.note)}
${
  checkIns.length
    ? html`<h2>Check-ins</h2>
${timelineChart(englishShell.t, { id: 'chart-client', endedAt: session.endedAt.toISOString(), points: painPoints(englishShell.t, checkIns), now: now.toISOString(), recheckAt: checkIns.at(-1)!.assessment.timeline.recheckAt, timeZone: zone, whose: 'client' })}
<table class="checkins"><caption class="visually-hidden">Check-ins, oldest first</caption><thead><tr><th scope="col">When</th><th scope="col">Pain</th><th scope="col">Advice</th></tr></thead>
<tbody>${checkIns.map((c) => html`<tr><td><a href="#check-in-${c.seq}">${localTime(c.report.reportedAt, zone)}</a></td><td>${painCell(englishShell.t, c)}</td><td><span class="level-tag tag-${c.assessment.level}">${levelName[c.assessment.level]}</span></td></tr>`)}</tbody></table>
<h2>Each check-in, latest first</h2>
${[...record.checkIns].reverse().map((c) => checkInSection(c, 3))}
<p class="no-print"><a href="/clinic/sessions/${session.id}/print">Print this follow-up</a> or <a href="/clinic/sessions/${session.id}/follow-up.pdf">download it as a PDF</a></p>`
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

/** One client's follow-up to print: the session, every check-in in order with its answers and advice. No navigation. */
export function printPage(record: FollowUpRecord, sessionId: string) {
  return page({
    shell: englishShell,
    title: 'Client follow-up',
    bodyClass: 'page-clinic page-print',
    emergencyLine: false,
    body: html`<h1>Follow-up of ${record.clientRef}</h1>
<p class="hint">Times are in ${record.timeZone}. From Aftercare, for the clinic's records: it holds the client's health answers, so keep it as you keep other client records.</p>
${sessionFacts(record)}
${record.checkIns.length ? record.checkIns.map((c) => checkInSection(c, 2)) : html`<p>No check-in.</p>`}
<p class="no-print">Use your browser's print command to print this page. <a href="/clinic/sessions/${sessionId}">Back to the client's record</a></p>`,
  });
}
