// The one-page summary for a clinician, as data: the print page and the PDF both render this.
import type { FullAssessment } from '../engine/assess.ts';
import { currentPolicy, signOf } from '../knowledge/policy.ts';
import { regions } from '../knowledge/regions.ts';
import { localTime } from '../present/time.ts';
import { severityOf, type CheckIn, type Diary } from '../store/diaries.ts';
import { translator } from '../i18n/messages.ts';

export interface SummaryRow {
  /** The check-in's number in the diary, from 1. */
  readonly seq: number;
  readonly when: string;
  readonly hours: number;
  /** The pain score; absent when the check-in stopped at an emergency answer before the pain was asked. */
  readonly severity: number | undefined;
  readonly level: FullAssessment['level'];
  readonly reasons: string;
  /** The triage policy the check-in was assessed under (a stored check-in keeps its own). */
  readonly policy: FullAssessment['policyVersion'];
}

export interface ClinicianSummary {
  readonly title: string;
  readonly massage: string;
  readonly rows: readonly SummaryRow[];
  readonly latest: FullAssessment | undefined;
  /** Each sign that made a check-in's advice more than self-care, once, in the policy's words. */
  readonly signs: readonly string[];
  readonly timeZone: string;
  /** Which policy assessed which check-ins, when more than one did. */
  readonly policyNote: string | null;
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
  const areas = (massage.areasWorked ?? []).map((r) => translator('en')(regions[r].name)).join(', ');
  const latest = checkIns.at(-1)?.assessment;
  const signs = new Set<string>();
  for (const checkIn of checkIns)
    for (const reason of checkIn.assessment.reasons) if (reason.level !== 'self-care') signs.add(signOf(reason.code, translator('en')));
  const policies = [...new Set(checkIns.map((c) => c.assessment.policyVersion))].sort();
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
      seq: c.seq,
      when: localTime(c.reportedAt, timeZone),
      hours: Math.round(c.assessment.hoursSinceMassage),
      severity: severityOf(c),
      level: c.assessment.level,
      reasons: c.assessment.reasons.map((r) => r.code).join(', '),
      policy: c.assessment.policyVersion,
    })),
    latest,
    signs: [...signs],
    timeZone,
    policyNote:
      policies.length > 1
        ? policies
            .map((policy) => {
              const seqs = checkIns.filter((c) => c.assessment.policyVersion === policy).map((c) => c.seq);
              return `check-in${seqs.length > 1 ? 's' : ''} ${listOfNumbers(seqs)} under policy ${policy}`;
            })
            .join('; ')
            .replace(/^c/, 'C') + '.'
        : null,
    disclaimer: `Made by Aftercare from the person's own answers. It is not a diagnosis; the triage follows Aftercare's policy ${policies.join(' and ') || currentPolicy.version}.`,
  };
}

/** "1, 2 and 5", or "1 to 9" for a run. */
export function listOfNumbers(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let k = 0; k < numbers.length;) {
    let end = k;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++;
    runs.push(end - k >= 2 ? `${numbers[k]} to ${numbers[end]}` : numbers.slice(k, end + 1).join(', '));
    k = end + 1;
  }
  const joined = runs.join(', ');
  const last = joined.lastIndexOf(', ');
  return last === -1 ? joined : `${joined.slice(0, last)} and ${joined.slice(last + 2)}`;
}
