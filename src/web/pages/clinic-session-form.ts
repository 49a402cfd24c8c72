// The form a therapist fills in after a session.
import { regionOrder, regions } from '../../knowledge/regions.ts';
import { optionName } from '../../knowledge/questionnaire.ts';
import { massageStyles, type SessionFormValues } from '../../clinic/session-form.ts';
import { attr, html } from '../html.ts';
import { clinicPage, csrfField, errorSummary, input, type FormError, type SignedInView } from './clinic-frame.ts';

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
