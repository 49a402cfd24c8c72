// The one-page summary for a clinician, as data: the print page and the PDF both render this.
import type { FullAssessment } from '../engine/assess.ts';
import { regions } from '../knowledge/regions.ts';
import { localTime } from '../present/time.ts';
import type { CheckIn, Diary } from '../store/diaries.ts';

export interface SummaryRow {
  readonly when: string;
  readonly hours: number;
  readonly severity: number;
  readonly level: FullAssessment['level'];
  readonly reasons: string;
}

export interface ClinicianSummary {
  readonly title: string;
  readonly massage: string;
  readonly rows: readonly SummaryRow[];
  readonly latest: FullAssessment | undefined;
  readonly signs: readonly string[];
  readonly timeZone: string;
  readonly disclaimer: string;
}

const styleName: Record<string, string> = {
  'deep-tissue': 'deep tissue',
  sports: 'sports',
  swedish: 'Swedish',
  'trigger-point': 'trigger point',
  myofascial: 'myofascial release',
  other: 'other',
};

export function clinicianSummary(diary: Diary, checkIns: readonly CheckIn[], timeZone: string): ClinicianSummary {
  const massage = diary.massage;
  const areas = (massage.areasWorked ?? []).map((r) => regions[r].name).join(', ');
  const latest = checkIns.at(-1)?.assessment;
  const signs = new Set<string>();
  for (const checkIn of checkIns)
    for (const reason of checkIn.assessment.reasons)
      if (reason.code !== 'expected-soreness')
        signs.add(
          reason.explanation
            .split('. ')[0]!
            .replace(/^You said /, '')
            .replace(/\.$/, ''),
        );
  return {
    title: 'Aftercare recovery summary: lower back pain after a massage',
    massage:
      `Massage ended ${localTime(massage.endedAt, timeZone)}` +
      (massage.style ? `; ${styleName[massage.style]}` : '') +
      (massage.pressure ? `, ${massage.pressure} pressure` : '') +
      (areas ? `; areas worked: ${areas}` : '') +
      (massage.sharpPainDuring ? '; sharp pain during the massage' : '') +
      '.',
    rows: checkIns.map((c) => ({
      when: localTime(c.reportedAt, timeZone),
      hours: Math.round(c.assessment.hoursSinceMassage),
      severity: c.report.pain.severity,
      level: c.assessment.level,
      reasons: c.assessment.reasons.map((r) => r.code).join(', '),
    })),
    latest,
    signs: [...signs],
    timeZone,
    disclaimer: "Made by Aftercare from the person's own answers. It is not a diagnosis; the triage follows Aftercare policy 1.",
  };
}
