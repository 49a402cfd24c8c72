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

export function calendar(reminders: readonly Reminder[], stampedAt: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Aftercare//Recovery diary//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const reminder of reminders) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${reminder.uid}`,
      `DTSTAMP:${icalTime(stampedAt)}`,
      `DTSTART:${icalTime(reminder.at)}`,
      'DURATION:PT10M',
      `SUMMARY:${text(reminder.summary)}`,
      `DESCRIPTION:${text(reminder.description)}`,
      `URL:${reminder.url}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(reminder.summary)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
