// Free text from outside (form fields, names, emails): its length is checked before anything else looks at it,
// control characters are refused, and every check runs in time linear in the text.
import type { MessageId } from '../i18n/messages.ts';
import { AppError, issue, type IssueSaid } from './errors.ts';
import type { SentenceValues, Worded } from './sentence.ts';

export interface TextRule {
  /** The field's path, named in the error. */
  readonly path: string;
  /** How the field is called in a message ("the clinic's name"): a message, worded in the reader's language. */
  readonly label: Worded;
  readonly max: number;
  readonly required?: boolean;
  /** Line breaks and tabs are allowed (notes). */
  readonly multiline?: boolean;
}

/** C0 controls and DEL; in a multiline field tab, line feed and carriage return are allowed. */
function hasControlCharacter(text: string, multiline: boolean): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x7f || (code < 0x20 && !(multiline && (code === 0x09 || code === 0x0a || code === 0x0d)))) return true;
  }
  return false;
}

const refuse = (path: string, id: MessageId, values?: SentenceValues) => {
  const found: IssueSaid = issue(path, id, values);
  return new AppError('invalid-input', found.said, [found]);
};

/** The field's text, trimmed, or an `invalid-input` error that names the field and says why. */
export function readText(value: string | null | undefined, rule: TextRule): string {
  const given = value ?? '';
  if (given.length > rule.max * 4 || given.trim().length > rule.max) {
    throw refuse(rule.path, 'questionnaire.text.too-long', { max: String(rule.max), label: rule.label });
  }
  if (hasControlCharacter(given, rule.multiline ?? false)) {
    throw refuse(rule.path, 'questionnaire.text.control-character', { label: { ...rule.label, capitalised: true } });
  }
  const text = given.trim();
  if (rule.required && text === '') throw refuse(rule.path, 'questionnaire.text.required', { label: rule.label });
  return text;
}

/** RFC 5321's limit on an address. */
export const maxEmailLength = 254;

/**
 * The characters of an address that can only be part of a display name, a group, a comment or a second address
 * (RFC 5322's specials, and quotes): `Name <victim@example.com>` or `a@b.co, c@d.co` would reach another mailbox
 * than the one that was checked and counted.
 */
const notInOneMailbox = new Set('<>()[]\\,;:"'.split(''));

/**
 * Whether the text is one mailbox's address: one @, something before it, and a domain with a dot inside it, no
 * spaces, nothing of a display name or a second address. A single pass over the characters, no pattern to backtrack.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > maxEmailLength) return false;
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@') || at > 64) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.');
  if (dot < 1 || domain.endsWith('.') || domain.includes('..')) return false;
  for (let k = 0; k < text.length; k++)
    if (text.charCodeAt(k) <= 0x20 || text.charCodeAt(k) === 0x7f || notInOneMailbox.has(text[k]!)) return false;
  return true;
}

/** An email address from a form: length first, then its shape; lower-cased. */
export function readEmail(value: string | null | undefined, path = 'email'): string {
  const email = readText(value, { path, label: { id: 'questionnaire.text.email' }, max: maxEmailLength, required: true }).toLowerCase();
  if (!isEmailAddress(email)) throw refuse(path, 'questionnaire.text.email-shape');
  return email;
}
