// The admin's export of a clinic's sessions and their outcomes as CSV, one row per session, its columns documented
// in docs/clinic-export.md. Every cell is quoted, and a cell a spreadsheet would read as a formula is defused.
import type { Level } from '../contract/types.ts';
import { levelName } from '../knowledge/levels.ts';
import { optionName } from '../knowledge/questionnaire.ts';
import { regions } from '../knowledge/regions.ts';
import { withOffset } from '../present/time.ts';
import type { SessionOutcome } from '../store/clinics.ts';
import { flagName } from './follow-up-record.ts';
import { translator } from '../i18n/messages.ts';

/** The columns, in order, with the words of their header row. */
export const sessionColumns = [
  'Session ended',
  'Therapist',
  'Style',
  'Pressure',
  'Areas worked',
  'Check-ins',
  'First level',
  'Latest level',
  'Flags',
  'Handled',
] as const;

/**
 * A cell as CSV: a text starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before
 * them) is opened by a ' so no spreadsheet runs it (OWASP's advice on CSV injection); every cell is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const csvRow = (cells: readonly string[]) => cells.map(csvCell).join(',');

/** A level in words; a check-in kept at its first emergency answer says it has no pain score. */
const levelOf = (level: Level | null, stopped: boolean) =>
  level ? `${levelName(level, translator('en'))}${stopped ? ', stopped before the pain score' : ''}` : '';

function handledOf(outcome: SessionOutcome, timeZone: string): string {
  if (!outcome.handledAt) return '';
  return `${outcome.handled ? 'Contacted' : 'Contacted before the latest need'} ${withOffset(outcome.handledAt, timeZone)}`;
}

/** The CSV of a clinic's sessions, times in its zone (RFC 3339 with the offset), lines ending CRLF as RFC 4180 says. */
export function sessionsCsv(outcomes: readonly SessionOutcome[], timeZone: string): string {
  const rows = outcomes.map((o) => {
    const flags = [
      o.pressureFlag ? flagName.pressure : '',
      o.notEasingFlag ? flagName['not-easing'] : '',
      o.sharingStopped ? 'Stopped sharing' : '',
    ]
      .filter(Boolean)
      .join('; ');
    return csvRow([
      withOffset(o.endedAt, timeZone),
      o.therapist,
      o.massage.style ? optionName('massage.style', o.massage.style, translator('en')) : '',
      o.massage.pressure ? optionName('massage.pressure', o.massage.pressure, translator('en')) : '',
      (o.massage.areasWorked ?? []).map((region) => translator('en')(regions[region].name)).join('; '),
      String(o.checkIns),
      levelOf(o.firstLevel, o.firstStopped),
      levelOf(o.latestLevel, o.latestStopped),
      flags,
      handledOf(o, timeZone),
    ]);
  });
  return [csvRow(sessionColumns), ...rows].map((line) => `${line}\r\n`).join('');
}
