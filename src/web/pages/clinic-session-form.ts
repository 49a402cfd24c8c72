// The form a therapist fills in after a session (for a client picked, or typed: an existing one or a new one), the
// same form to correct a session, and the page that asks before a session is deleted.
import { regionOrder, regions } from '../../knowledge/regions.ts';
import { optionName } from '../../knowledge/questionnaire.ts';
import { massageStyles, type SessionFormValues } from '../../clinic/session-form.ts';
import type { Client, MassageSession } from '../../store/clinics.ts';
import { attr, html } from '../html.ts';
import { message } from '../message.ts';
import { clinicPage, clinicTime, csrfField, errorSummary, input, type FormError, type SignedInView } from './clinic-frame.ts';

/** The fields a session has, whether it is new or corrected. */
function sessionFields(view: SignedInView, errors: readonly FormError[], values: SessionFormValues) {
  const { t } = view.shell;
  const value = (k: 'endedAt' | 'style' | 'pressure' | 'notes') => values[k];
  const areas = values.areasWorked;
  const select = (
    name: 'style' | 'pressure',
    label: string,
    options: [string, string][],
  ) => html`<div class="question"><label class="question-label" for="f-${name}">${label}</label>
  <select id="f-${name}" name="${name}"><option value="">${t('clinic.session.notRecorded')}</option>${options.map(([v, l]) => html`<option value="${v}"${attr('selected', value(name) === v)}>${l}</option>`)}</select></div>`;
  const notesError = errors.find((e) => e.field === 'notes');
  return html`${input(t, 'endedAt', t('clinic.session.endedAt'), { type: 'datetime-local', value: value('endedAt'), errors, hint: t('clinic.session.endedAtHint', { zone: view.member.timeZone }) })}
  ${select(
    'style',
    t('clinic.session.style'),
    massageStyles.map((style): [string, string] => [style, optionName('massage.style', style, t)]),
  )}
  ${select('pressure', t('clinic.session.pressure'), [
    ['light', t('questionnaire.pressure.light')],
    ['moderate', t('questionnaire.pressure.moderate')],
    ['firm', t('questionnaire.pressure.firm')],
  ])}
  <fieldset class="question"><legend class="question-label">${t('clinic.session.areas')}</legend><div class="options">
  ${regionOrder.map((r, k) => html`<div class="option"><input type="checkbox" id="f-area-${k}" name="areasWorked" value="${r}"${attr('checked', areas.includes(r))}><label for="f-area-${k}">${t(regions[r].name)}</label></div>`)}
  </div></fieldset>
  <div class="question${notesError ? ' has-error' : ''}"><label class="question-label" for="f-notes">${t('clinic.session.notes')}</label>${notesError ? html`<p class="error-message" id="f-notes-error"><span class="visually-hidden">${t('questionnaire.step.error-prefix')}</span> ${notesError.message}</p>` : ''}<textarea id="f-notes" name="notes" rows="3" maxlength="2000"${notesError ? html` aria-describedby="f-notes-error" aria-invalid="true"` : ''}>${value('notes')}</textarea></div>`;
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
  const { shell, member, csrf } = view;
  const { t } = shell;
  const { picked } = clients;
  return clinicPage(
    shell,
    t('clinic.session.record'),
    html`${errorSummary(errors, t)}<h1>${t('clinic.session.record')}</h1>
<form method="post" action="/clinic/sessions" novalidate>${csrfField(csrf)}
  ${
    picked
      ? html`<input type="hidden" name="clientId" value="${picked.id}"><p class="picked-client">${message(t, 'clinic.session.client', { client: picked.reference, strong: (words) => html`<strong>${words}</strong>` })} <a href="/clinic/sessions/new">${t('clinic.session.anotherClient')}</a></p>`
      : html`${input(t, 'clientRef', t('clinic.session.clientRef'), { value: values.clientRef, errors, maxLength: 100, autocomplete: 'off', list: 'clients', hint: t('clinic.session.clientRefHint') })}
  <datalist id="clients">${clients.known.map((c) => html`<option value="${c.reference}"></option>`)}</datalist>`
  }
  ${sessionFields(view, errors, values)}
  ${input(t, 'clientEmail', t('clinic.session.clientEmail'), { type: 'email', value: values.clientEmail, errors, maxLength: 254, autocomplete: 'off', hint: t('clinic.session.clientEmailHint') })}
  <div class="actions"><button class="button" type="submit">${t('clinic.session.saveAndLink')}</button></div>
</form>`,
    { member, csrf },
  );
}

/** Correcting a recorded session: its client and its follow-up stay as they are. */
export function editSessionPage(view: SignedInView, session: MassageSession, errors: readonly FormError[], values: SessionFormValues) {
  const { t } = view.shell;
  return clinicPage(
    view.shell,
    t('clinic.session.correctTitle'),
    html`${errorSummary(errors, t)}<h1>${t('clinic.session.correctHeading')}</h1>
<p>${message(t, 'clinic.session.clientWith', { client: session.clientRef, name: session.therapistName, strong: (words) => html`<strong>${words}</strong>` })}</p>
<form method="post" action="/clinic/sessions/${session.id}/edit" novalidate>${csrfField(view.csrf)}
  ${sessionFields(view, errors, values)}
  <div class="actions"><button class="button" type="submit">${t('clinic.session.saveChanges')}</button> <a href="/clinic/sessions/${session.id}">${t('clinic.invitations.cancel')}</a></div>
</form>
<p><a href="/clinic/sessions/${session.id}/delete">${t('clinic.session.deleteLink')}</a></p>`,
    view,
  );
}

/** Asks before deleting a session, and says what happens to the client's diary. */
export function deleteSessionPage(view: SignedInView, session: MassageSession) {
  const { t } = view.shell;
  const zone = view.member.timeZone;
  return clinicPage(
    view.shell,
    t('clinic.session.deleteTitle'),
    html`<h1>${t('clinic.session.deleteHeading')}</h1>
<p>${message(t, 'clinic.session.deleteWhat', { client: session.clientRef, when: clinicTime(t, session.endedAt, zone), zone, strong: (words) => html`<strong>${words}</strong>` })}</p>
${
  session.sharingStoppedAt
    ? html`<p>${t('clinic.session.deleteStopped')}</p>`
    : session.diaryId
      ? html`<p>${t('clinic.session.deleteDiary')}</p>`
      : html`<p>${t('clinic.session.deleteLinkStops')}</p>`
}
<form method="post" action="/clinic/sessions/${session.id}/delete" novalidate>${csrfField(view.csrf)}
  <div class="actions"><button class="button button-danger" type="submit">${t('clinic.session.deleteButton')}</button> <a href="/clinic/sessions/${session.id}">${t('diary.delete.keep')}</a></div>
</form>`,
    view,
  );
}
