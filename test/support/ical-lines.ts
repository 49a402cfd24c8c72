// A strict reading of an iCalendar file's lines against RFC 5545 (and RFC 5546 for PUBLISH), stricter than the
// parsers: CRLF only, lines of at most 75 octets folded with one space, names and parameters by the grammar,
// components balanced, each with the properties it must have exactly once, and date-times in UTC form.

const name = /^(?:[A-Za-z0-9-]+)$/;
/** Whether text holds a control character other than a tab (RFC 5545's CONTROL). */
const hasControl = (text: string) => [...text].some((c) => (c < ' ' && c !== '\t') || c === '\x7f');
// param-value: paramtext (no DQUOTE, ";", ":", ",") or a quoted-string; control characters are checked apart.
const param = /^[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*$/;
const utcDateTime = /^\d{8}T\d{6}Z$/;

/** What each component must carry exactly once (RFC 5545 3.6, and ORGANIZER for METHOD:PUBLISH per RFC 5546). */
const requiredOnce: Record<string, readonly string[]> = {
  VCALENDAR: ['PRODID', 'VERSION'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART', 'ORGANIZER'],
  VJOURNAL: ['UID', 'DTSTAMP', 'ORGANIZER'],
  VALARM: ['ACTION', 'TRIGGER', 'DESCRIPTION'],
};
const atMostOnce = new Set(['UID', 'DTSTAMP', 'DTSTART', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'URL', 'ORGANIZER', 'METHOD', 'CALSCALE']);
const dateTimes = new Set(['DTSTAMP', 'DTSTART']);

/** Where a content line's name and parameters end (its first colon outside a quoted parameter value), or -1. */
function nameEnd(line: string): number {
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    if (line[k] === '"') quoted = !quoted;
    else if (line[k] === ':' && !quoted) return k;
  }
  return -1;
}

/** Every departure from the RFCs; empty when the file is clean. */
export function icalProblems(file: string): string[] {
  const problems: string[] = [];
  if (!file.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/[^\r]\n|\r[^\n]/.test(file)) problems.push('a line break that is not CRLF');
  const physical = file.replace(/\r\n$/, '').split('\r\n');
  physical.forEach((line, k) => {
    if (Buffer.byteLength(line, 'utf8') > 75) problems.push(`line ${k + 1} is ${Buffer.byteLength(line, 'utf8')} octets`);
    if (hasControl(line)) problems.push(`line ${k + 1} holds a control character`);
  });
  // Unfold: a CRLF followed by one space or tab continues the line.
  const lines = file
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
  const stack: { component: string; seen: Map<string, number> }[] = [];
  let components = 0;
  for (const [k, line] of lines.entries()) {
    const colon = nameEnd(line);
    if (colon <= 0) {
      problems.push(`content line ${k + 1} has no name and value: ${line.slice(0, 40)}`);
      continue;
    }
    const [propertyName, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (!name.test(propertyName!)) problems.push(`content line ${k + 1}: "${propertyName}" is not a property name`);
    for (const p of params)
      if (!param.test(p) || hasControl(p)) problems.push(`content line ${k + 1}: parameter "${p}" breaks the grammar`);
    const property = propertyName!.toUpperCase();
    if (property === 'BEGIN') {
      if (stack.length === 0 && value !== 'VCALENDAR') problems.push(`${value} outside VCALENDAR`);
      if (stack.length === 1) components++;
      stack.push({ component: value, seen: new Map() });
      continue;
    }
    if (property === 'END') {
      const open = stack.pop();
      if (open?.component !== value) {
        problems.push(`END:${value} closes ${open?.component ?? 'nothing'}`);
        continue;
      }
      for (const needed of requiredOnce[value] ?? [])
        if ((open.seen.get(needed) ?? 0) !== 1) problems.push(`${value} has ${open.seen.get(needed) ?? 0} ${needed}, needs exactly one`);
      for (const [seen, count] of open.seen) if (atMostOnce.has(seen) && count > 1) problems.push(`${value} has ${count} ${seen}`);
      continue;
    }
    const current = stack.at(-1);
    if (!current) {
      problems.push(`content line ${k + 1} outside any component`);
      continue;
    }
    current.seen.set(property, (current.seen.get(property) ?? 0) + 1);
    if (dateTimes.has(property) && !utcDateTime.test(value)) problems.push(`${property}:${value} is not a UTC date-time`);
    if (property === 'ORGANIZER' && !/^mailto:[^@\s]+@[^@\s]+$/i.test(value)) problems.push(`ORGANIZER ${value} is not a mailto address`);
    if (property === 'URL' && !URL.canParse(value)) problems.push(`URL ${value} is not a URI`);
  }
  if (stack.length > 0) problems.push(`${stack.map((s) => s.component).join(', ')} not closed`);
  if (components === 0) problems.push('VCALENDAR holds no component (RFC 5545 asks for at least one)');
  return problems;
}
