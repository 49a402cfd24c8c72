// Reminders to check in again, as an iCalendar file (RFC 5545) that common calendar apps import.

export interface Reminder {
  readonly uid: string;
  readonly at: number;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
}

/** UTC date-time in iCalendar's basic form: 20260305T170000Z. */
const icalTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT. */
const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 3.1: lines longer than 75 octets are folded, continuing with a space; never inside a UTF-8 character. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back off a continuation byte (10xxxxxx) so a character is never split.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // the leading space of a continuation line counts
  }
  return parts.join('\r\n ');
}

/** When nothing is planned: a note with what the diary page says instead, since a calendar holds at least one thing. */
export interface NothingPlanned {
  readonly uid: string;
  readonly at: number;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
}

/**
 * An iCalendar file of the planned check-ins (RFC 5545), published (RFC 5546: every event names its organizer).
 * With none planned, it holds one journal entry saying why, and no event. `language` is the language tag of the
 * texts, declared on each (RFC 5545 3.2.10), so that a calendar app reads them aloud in the right one.
 */
export function calendar(
  reminders: readonly Reminder[],
  stampedAt: number,
  organizer: string,
  nothingPlanned?: NothingPlanned,
  language?: string,
): string {
  const words = language ? `;LANGUAGE=${language}` : '';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Aftercare//Recovery diary//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const organizerLine = `ORGANIZER;CN=Aftercare:${organizer}`;
  for (const reminder of reminders) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${reminder.uid}`,
      `DTSTAMP:${icalTime(stampedAt)}`,
      organizerLine,
      `DTSTART:${icalTime(reminder.at)}`,
      'DURATION:PT10M',
      `SUMMARY${words}:${text(reminder.summary)}`,
      `DESCRIPTION${words}:${text(reminder.description)}`,
      `URL:${reminder.url}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION${words}:${text(reminder.summary)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  if (reminders.length === 0 && nothingPlanned) {
    lines.push(
      'BEGIN:VJOURNAL',
      `UID:${nothingPlanned.uid}`,
      `DTSTAMP:${icalTime(stampedAt)}`,
      organizerLine,
      `DTSTART:${icalTime(nothingPlanned.at)}`,
      `SUMMARY${words}:${text(nothingPlanned.summary)}`,
      `DESCRIPTION${words}:${text(nothingPlanned.description)}`,
      `URL:${nothingPlanned.url}`,
      'END:VJOURNAL',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * The organizer a published calendar names (RFC 5546 3.2.1): no-reply at the public host, or at a name reserved to
 * accept no mail (RFC 2606) when the host is an address or a name without a dot, such as localhost.
 */
export function organizerOf(publicLink: string): string {
  const host = new URL(publicLink).hostname;
  const isName = /[a-z]/i.test(host) && host.includes('.') && !host.startsWith('[');
  return `mailto:no-reply@${isName ? host : 'aftercare.invalid'}`;
}
