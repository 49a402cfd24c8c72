import { describe, expect, it } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { assess } from '../engine/assess.ts';
import type { CheckIn, Diary } from '../store/diaries.ts';
import { clinicianSummary } from './summary.ts';
import { summaryPdf } from './summary-pdf.ts';

const diary: Diary = {
  id: 'd1',
  createdAt: new Date('2026-03-02T18:00:00Z'),
  massage: report().massage,
  timeZone: 'Europe/London',
  linkKnownToClinic: false,
};
const checkInsOf = (count: number): CheckIn[] =>
  Array.from({ length: count }, (_, k) => {
    const r = report(
      {
        pain: { severity: (k % 9) + 1, qualities: k % 5 === 0 ? ['sharp'] : ['dull-ache'] },
        history: { cancer: false, aged70OrOver: false, fragileBones: false },
      },
      10 + k * 20,
    );
    return { id: `c${k}`, seq: k + 1, reportedAt: new Date(r.reportedAt), report: r, assessment: assess(r) };
  });

describe('the clinician summary', () => {
  it("lists each check-in with its time, score and level, in the diary's zone", () => {
    const summary = clinicianSummary(diary, checkInsOf(3), 'Europe/London');
    expect(summary.rows.map((r) => r.severity)).toEqual([1, 2, 3]);
    expect(summary.massage).toContain('Massage ended Mon 2 Mar, 17:00; deep tissue, firm pressure.');
    expect(summary.signs.some((s) => s.startsWith('You described the pain as sharp') || s.includes('sharp'))).toBe(true);
  });

  it.each([1, 30])('is a PDF of exactly one page with %i check-ins', async (count) => {
    const pdf = await summaryPdf(clinicianSummary(diary, checkInsOf(count), 'Europe/London'), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
