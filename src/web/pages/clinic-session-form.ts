// The form a therapist fills in after a session (for a client picked, or typed: an existing one or a new one), the
// same form to correct a session, and the page that asks before a session is deleted.
import { regionOrder, regions } from '../../knowledge/regions.ts';
import { optionName } from '../../knowledge/questionnaire.ts';
import { massageStyles, type SessionFormValues } from '../../clinic/session-form.ts';
import { localTime } from '../../present/time.ts';
import type { Client, MassageSession } from '../../store/clinics.ts';
import { attr, html } from '../html.ts';
import { clinicPage, csrfField, errorSummary, input, type FormError, type SignedInView } from './clinic-frame.ts';
import { translator } from '../../i18n/messages.ts';

/** The fields a session has, whether it is new or corrected. */
function sessionFields(view: SignedInView, errors: readonly FormError[], values: SessionFormValues) {
  const value = (k: 'endedAt' | 'style' | 'pressure' | 'notes') => values[k];
  const areas = values.areasWorked;
  const select = (
    name: 'style' | 'pressure',
    label: string,
    options: [string, string][],
  ) => html`<div class="question"><label class="question-label" for="f-${name}">${label}</label>
  <select id="f-${name}" name="${name}"><option value="">Not recorded</option>${options.map(([v, l]) => html`<option value="${v}"${attr('selected', value(name) === v)}>${l}</option>`)}</select></div>`;
  const notesError = errors.find((e) => e.field === 'notes');
  return html`${input('endedAt', 'When the session ended', { type: 'datetime-local', value: value('endedAt'), errors, hint: `In the clinic's time zone, ${view.member.timeZone}. Filled in with the time now.` })}
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
  ${regionOrder.map((r, k) => html`<div class="option"><input type="checkbox" id="f-area-${k}" name="areasWorked" value="${r}"${attr('checked', areas.includes(r))}><label for="f-area-${k}">${translator('en')(regions[r].name)}</label></div>`)}
  </div></fieldset>
  <div class="question${notesError ? ' has-error' : ''}"><label class="question-label" for="f-notes">Notes</label>${notesError ? html`<p class="error-message" id="f-notes-error"><span class="visually-hidden">Error:</span> ${notesError.message}</p>` : ''}<textarea id="f-notes" name="notes" rows="3" maxlength="2000"${notesError ? html` aria-describedby="f-notes-error" aria-invalid="true"` : ''}>${value('notes')}</textarea></div>`;
}

/**
 * A new session: for the client picked (their page's "Record a session"), or for the client typed, whom the list of
 * the member's clients suggests; a reference the clinic knows picks that client, any other adds one.
 */
export function newSessionPage(
  view: SignedInView,
  errors: readonly FormError[],
  values: SessionFormValues,
  clients: { picked?: Client | undefined; known: readonly Client[] },
) {
  const { member, csrf } = view;
  const { picked } = clients;
  return clinicPage(
    'Record a session',
    html`${errorSummary(errors)}<h1>Record a session</h1>
<form method="post" action="/clinic/sessions" novalidate>${csrfField(csrf)}
  ${
    picked
      ? html`<input type="hidden" name="clientId" value="${picked.id}"><p class="picked-client">Client: <strong>${picked.reference}</strong> <a href="/clinic/sessions/new">Another client</a></p>`
      : html`${input('clientRef', 'Client name or reference', { value: values.clientRef, errors, maxLength: 100, autocomplete: 'off', list: 'clients', hint: 'Type a client you have seen to pick them, or a new name to add one. Shown only to your clinic.' })}
  <datalist id="clients">${clients.known.map((c) => html`<option value="${c.reference}"></option>`)}</datalist>`
  }
  ${sessionFields(view, errors, values)}
  ${input('clientEmail', "Client's email (optional)", { type: 'email', value: values.clientEmail, errors, maxLength: 254, autocomplete: 'off', hint: 'To send the follow-up link by email as well. Used once to send it, and not kept.' })}
  <div class="actions"><button class="button" type="submit">Save and get the follow-up link</button></div>
</form>`,
    { member, csrf },
  );
}

/** Correcting a recorded session: its client and its follow-up stay as they are. */
export function editSessionPage(view: SignedInView, session: MassageSession, errors: readonly FormError[], values: SessionFormValues) {
  return clinicPage(
    'Correct a session',
    html`${errorSummary(errors)}<h1>Correct the session</h1>
<p>Client: <strong>${session.clientRef}</strong>. Session with ${session.therapistName}.</p>
<form method="post" action="/clinic/sessions/${session.id}/edit" novalidate>${csrfField(view.csrf)}
  ${sessionFields(view, errors, values)}
  <div class="actions"><button class="button" type="submit">Save the changes</button> <a href="/clinic/sessions/${session.id}">Cancel</a></div>
</form>
<p><a href="/clinic/sessions/${session.id}/delete">Delete this session</a></p>`,
    view,
  );
}

/** Asks before deleting a session, and says what happens to the client's diary. */
export function deleteSessionPage(view: SignedInView, session: MassageSession) {
  const zone = view.member.timeZone;
  return clinicPage(
    'Delete a session',
    html`<h1>Delete this session?</h1>
<p>The session of <strong>${session.clientRef}</strong> that ended ${localTime(session.endedAt, zone)} (${zone}) will be deleted. The audit log keeps a line saying you deleted it.</p>
${
  session.sharingStoppedAt
    ? html`<p>The client already stopped sharing their diary: your clinic has nothing of it.</p>`
    : session.diaryId
      ? html`<p>The client's recovery diary is not deleted: it stays theirs. It is no longer shared with your clinic, as if they had stopped sharing, and you will not see their check-ins any more.</p>`
      : html`<p>Its follow-up link stops working. If the client starts a diary later, it will not be shared with your clinic.</p>`
}
<form method="post" action="/clinic/sessions/${session.id}/delete" novalidate>${csrfField(view.csrf)}
  <div class="actions"><button class="button button-danger" type="submit">Delete the session</button> <a href="/clinic/sessions/${session.id}">Keep it</a></div>
</form>`,
    view,
  );
}
