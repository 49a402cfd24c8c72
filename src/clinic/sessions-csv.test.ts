// The clinic's CSV export: every cell quoted, and no cell a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import type { SessionOutcome } from '../store/clinics.ts';
import { csvCell, sessionColumns, sessionsCsv } from './sessions-csv.ts';

describe('a CSV cell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('defuses %j with a leading apostrophe', (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });

  it('keeps ordinary text, doubling its quotes', () => {
    expect(csvCell('Ann "the hands" Lee, 1=1')).toBe('"Ann ""the hands"" Lee, 1=1"');
    expect(csvCell('')).toBe('""');
  });
});

describe('the sessions CSV', () => {
  it('has the documented header, a row per session in words, times in the zone, CRLF lines', () => {
    const csv = sessionsCsv(
      [
        {
          endedAt: new Date('2026-03-02T17:00:00Z'),
          therapist: '@Sam',
          massage: { endedAt: '2026-03-02T17:00:00Z', style: 'swedish', pressure: 'light', areasWorked: ['psoas', 'sacroiliac-joint'] },
          checkIns: 2,
          firstLevel: 'urgent',
          latestLevel: 'self-care',
          firstStopped: false,
          latestStopped: false,
          pressureFlag: true,
          notEasingFlag: false,
          sharingStopped: false,
          handledAt: new Date('2026-03-03T08:00:00Z'),
          handled: true,
        },
      ],
      'Europe/Berlin',
    );
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(sessionColumns.map((c) => `"${c}"`).join(','));
    expect(row).toBe(
      '"2026-03-02T18:00:00+01:00","\'@Sam","Swedish","Light","Psoas; Sacroiliac (SI) joint","2","Urgent","Self-care","Pressure may have been too much","Contacted 2026-03-03T09:00:00+01:00"',
    );
    expect(end).toBe('');
  });

  it('says a check-in kept at its first emergency answer had no pain score', () => {
    const outcome: SessionOutcome = {
      endedAt: new Date('2026-03-02T17:00:00Z'),
      therapist: 'Sam',
      massage: { endedAt: '2026-03-02T17:00:00Z', areasWorked: [] },
      checkIns: 1,
      firstLevel: 'emergency',
      latestLevel: 'emergency',
      firstStopped: true,
      latestStopped: true,
      pressureFlag: false,
      notEasingFlag: false,
      sharingStopped: false,
      handledAt: null,
      handled: false,
    };
    const [, row] = sessionsCsv([outcome], 'UTC').split('\r\n');
    expect(row).toContain('"1","Emergency, stopped before the pain score","Emergency, stopped before the pain score"');
  });
});
