// Reaching a client and being reached: the way to reach them a client chose to leave on the consent page, a member
// noting that they contacted the client, and the clinic's contact line. Every text is checked here, naming its field.
import { AppError } from '../contract/errors.ts';
import { isEmailAddress, readText } from '../contract/text.ts';
import { translator, type Translator } from '../i18n/messages.ts';

export const clientContactMax = 254;
export const contactNoteMax = 300;
export const contactLineMax = 200;

/** A way to reach a client: an email address, or a phone number (digits with the usual + ( ) - . and spaces). */
export type ClientContact = { readonly kind: 'email' | 'phone'; readonly value: string };

const refuse = (path: string, message: string) => new AppError('invalid-input', message, [{ path, message }]);

function isPhoneNumber(text: string): boolean {
  let digits = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c >= '0' && c <= '9') digits++;
    else if (!' +()-.'.includes(c) || (c === '+' && k !== 0)) return false;
  }
  return digits >= 6 && digits <= 15;
}

/**
 * What the consent page's optional tick and field give: a way to reach the client, or none; refused naming the field,
 * in the client's language (`t`).
 */
export function readClientContact(agreed: boolean, value: string | null | undefined, t: Translator = translator()): string | null {
  const text = readText(value, { path: 'clientContact', label: { id: 'clinic.label.clientContact' }, max: clientContactMax });
  if (!agreed) {
    if (text) throw refuse('contactAgree', t('clinic.error.contactAgree'));
    return null;
  }
  if (!text) throw refuse('clientContact', t('clinic.error.contactMissing'));
  if (!isEmailAddress(text) && !isPhoneNumber(text)) throw refuse('clientContact', t('clinic.error.contactFormat'));
  return text;
}

/** How to show a kept contact: which kind it is, for a tel: or mailto: link. */
export const contactOf = (value: string): ClientContact => ({ kind: isEmailAddress(value) ? 'email' : 'phone', value });

/** The link that dials or writes to a contact; a phone number keeps only its digits and a leading +. */
export const contactHref = (contact: ClientContact): string =>
  contact.kind === 'email' ? `mailto:${contact.value}` : `tel:${contact.value.replace(/[^0-9+]/g, '')}`;

export const readContactNote = (value: string | null | undefined): string =>
  readText(value, { path: 'note', label: { id: 'clinic.label.contactNote' }, max: contactNoteMax, required: true, multiline: true });

export const readContactLine = (value: string | null | undefined): string =>
  readText(value, { path: 'contactLine', label: { id: 'clinic.label.contactLine' }, max: contactLineMax });
