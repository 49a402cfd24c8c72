// The parts of a client's page that follow the client: how to reach them, and marking that a member contacted them.
import { contactHref, contactNoteMax, type ClientContact } from '../../clinic/reaching.ts';
import { localTime } from '../../present/time.ts';
import { isHandled, type MassageSession } from '../../store/clinics.ts';
import { attr, html, type Markup } from '../html.ts';
import type { FormError } from './clinic.ts';

/** The one way to reach the client they chose to leave, as a link that calls or writes. */
export const reachSection = (contact: ClientContact | null): Markup | string =>
  contact
    ? html`<p><strong>The client agreed to be contacted about this follow-up:</strong> <a href="${contactHref(contact)}">${contact.kind === 'phone' ? 'Call' : 'Email'} ${contact.value}</a></p>`
    : '';

/** Who marked the client contacted, when and with what note; and the form to mark it, with its error and note kept. */
export function contactedSection(
  session: MassageSession,
  zone: string,
  csrf: string,
  errors: readonly FormError[] = [],
  note = '',
): Markup {
  const handled = session.handled;
  const error = errors.find((e) => e.field === 'note');
  const describedBy = `f-note-hint${error ? ' f-note-error' : ''}`;
  return html`<section aria-labelledby="contacted"><h2 id="contacted">Contact with the client</h2>
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
<form method="post" action="/clinic/sessions/${session.id}/contacted" novalidate><input type="hidden" name="_csrf" value="${csrf}">
  <div class="question${error ? ' has-error' : ''}"><label class="question-label" for="f-note">What was said</label>
  <p class="hint" id="f-note-hint">A short note, at most ${contactNoteMax} characters, for example "Called, resting, will see GP today".</p>
  ${error ? html`<p class="error-message" id="f-note-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
  <textarea id="f-note" name="note" rows="2" maxlength="${contactNoteMax}" aria-describedby="${describedBy}"${attr('aria-invalid="true"', Boolean(error))}>${note}</textarea></div>
  <div class="actions"><button class="button button-secondary" type="submit">Mark as contacted</button></div>
</form>
</section>`;
}
