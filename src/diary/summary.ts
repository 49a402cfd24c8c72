// The one-page summary for a clinician, as data: the print page and the PDF both render this.
import type { FullAssessment } from '../engine/assess.ts';
import { currentPolicy, signOf } from '../knowledge/policy.ts';
import { regions } from '../knowledge/regions.ts';
import { languageTags, type Language } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import { localTime } from '../present/time.ts';
import { severityOf, type CheckIn, type Diary } from '../store/diaries.ts';

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
  /** The language its words are in (the page's, or the diary's for the PDF). */
  readonly language: Language;
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

/** A code as an ICU select key (which takes no hyphen): `deep-tissue` → `deepTissue`. */
const selectKey = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The massage in one sentence: when it ended, and what the person said of it. */
function massageLine(massage: Diary['massage'], timeZone: string, t: Translator): string {
  const areas = (massage.areasWorked ?? []).map((r) => t(regions[r].name)).join(', ');
  const first = t('diary.summary.massageEnded', { when: localTime(massage.endedAt, timeZone, t.language) });
  const style = massage.style ? t('diary.summary.style', { style: selectKey(massage.style) }) : undefined;
  const pressure = massage.pressure ? t('diary.summary.pressure', { pressure: massage.pressure }) : undefined;
  const kind = [style, pressure].filter(Boolean).join(', ');
  const parts = [
    // The pressure alone follows the time as the style would: "…, firm pressure".
    style ? first : [first, pressure].filter(Boolean).join(', '),
    style ? kind : undefined,
    areas ? t('diary.summary.areas', { areas }) : undefined,
    massage.sharpPainDuring ? t('diary.summary.sharpPain') : undefined,
  ];
  return `${parts.filter(Boolean).join(t('diary.summary.separator'))}.`;
}

/** Which policy assessed which check-ins: "Check-in 1 under policy 1; check-ins 2 to 4 under policy 2." */
function policyLine(checkIns: readonly CheckIn[], policies: readonly string[], t: Translator): string {
  const parts = policies.map((policy, k) => {
    const seqs = checkIns.filter((c) => c.assessment.policyVersion === policy).map((c) => c.seq);
    const values = { count: seqs.length, numbers: listOfNumbers(seqs, t), policy };
    return t(k === 0 ? 'diary.summary.policyFirst' : 'diary.summary.policyNext', values);
  });
  return `${parts.join(t('diary.summary.separator'))}.`;
}

/** The summary in the reader's language (its times in the diary's zone). */
export function clinicianSummary(diary: Diary, checkIns: readonly CheckIn[], timeZone: string, t: Translator): ClinicianSummary {
  const latest = checkIns.at(-1)?.assessment;
  const signs = new Set<string>();
  for (const checkIn of checkIns)
    for (const reason of checkIn.assessment.reasons) if (reason.level !== 'self-care') signs.add(signOf(reason.code, t));
  const policies = [...new Set(checkIns.map((c) => c.assessment.policyVersion))].sort();
  return {
    language: t.language,
    title: t('diary.summary.title'),
    massage: massageLine(diary.massage, timeZone, t),
    rows: checkIns.map((c) => ({
      seq: c.seq,
      when: localTime(c.reportedAt, timeZone, t.language),
      hours: Math.round(c.assessment.hoursSinceMassage),
      severity: severityOf(c),
      level: c.assessment.level,
      reasons: c.assessment.reasons.map((r) => r.code).join(', '),
      policy: c.assessment.policyVersion,
    })),
    latest,
    signs: [...signs],
    timeZone,
    policyNote: policies.length > 1 ? policyLine(checkIns, policies, t) : null,
    disclaimer: t('diary.summary.disclaimer', {
      policies: new Intl.ListFormat(languageTags[t.language], { type: 'conjunction' }).format(
        policies.length ? policies : [currentPolicy.version],
      ),
    }),
  };
}

/** "1, 2 and 5", or "1 to 9" for a run of three or more, in the reader's language. */
export function listOfNumbers(numbers: readonly number[], t: Translator): string {
  const items: string[] = [];
  for (let k = 0; k < numbers.length;) {
    let end = k;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++;
    if (end - k >= 2) items.push(t('diary.summary.numbersRun', { from: numbers[k]!, to: numbers[end]! }));
    else items.push(...numbers.slice(k, end + 1).map(String));
    k = end + 1;
  }
  return new Intl.ListFormat(languageTags[t.language], { type: 'conjunction' }).format(items);
}
