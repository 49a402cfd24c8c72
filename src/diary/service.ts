// A recovery diary's use cases: start one from a result, open it by its link, add a check-in, delete it.
import type { Report } from '../contract/types.ts';
import { parseReport } from '../contract/validate.ts';
import { assess, type FullAssessment } from '../engine/assess.ts';
import type { Answers } from '../knowledge/questionnaire.ts';
import { reportFrom, setAnswer } from '../knowledge/questionnaire.ts';
import { withOffset } from '../present/time.ts';
import type { CheckIn, Diary, DiaryStore } from '../store/diaries.ts';
import { hashToken, isToken, newToken } from '../store/tokens.ts';
import { suggestedTrend } from './trend.ts';

export interface DiaryDeps {
  readonly store: DiaryStore;
  readonly now: () => Date;
}

export interface OpenDiary {
  readonly diary: Diary;
  readonly checkIns: readonly CheckIn[];
}

/** Starts a diary with its first check-in: the report just assessed. Returns the link's token, shown once. */
export async function startDiary(deps: DiaryDeps, report: Report, timeZone: string): Promise<{ token: string } & OpenDiary> {
  const assessment = assess(report);
  const token = newToken();
  const diary = await deps.store.createDiary({ tokenHash: hashToken(token), massage: report.massage, timeZone, createdAt: deps.now() });
  const checkIn = await deps.store.addCheckIn(diary.id, report, assessment);
  return { token, diary, checkIns: [checkIn] };
}

/** A diary with no check-in yet, under a token chosen by the caller (a clinic's follow-up link becomes the diary's link). */
export async function startEmptyDiary(deps: DiaryDeps, token: string, massage: Report['massage'], timeZone: string): Promise<Diary> {
  return deps.store.createDiary({ tokenHash: hashToken(token), massage, timeZone, createdAt: deps.now() });
}

export async function openDiary(deps: DiaryDeps, token: string): Promise<OpenDiary | undefined> {
  if (!isToken(token)) return undefined;
  const diary = await deps.store.findDiary(hashToken(token));
  if (!diary) return undefined;
  return { diary, checkIns: await deps.store.checkIns(diary.id) };
}

/**
 * A check-in's report: the diary's massage, the answers given, the time now in the diary's zone, and a trend
 * worked out from the scores when the person left it to us. Throws the contract's error when it is not valid.
 */
export function checkInReport(open: OpenDiary, answers: Answers, reportedAt: Date): Report {
  const given = Object.fromEntries(Object.entries(answers).filter(([path]) => !path.startsWith('massage.')));
  const report = reportFrom(given, withOffset(reportedAt, open.diary.timeZone));
  setAnswer(report, 'massage', open.diary.massage);
  const pain = report.pain as Record<string, unknown> | undefined;
  const previous = open.checkIns.at(-1)?.report.pain.severity;
  const first = open.checkIns[0]?.report.pain.severity;
  if (pain && pain.trend === undefined && typeof pain.severity === 'number' && previous !== undefined && first !== undefined) {
    pain.trend = suggestedTrend(previous, pain.severity, first);
  }
  return parseReport(report);
}

export async function addCheckIn(deps: DiaryDeps, open: OpenDiary, report: Report): Promise<CheckIn> {
  return deps.store.addCheckIn(open.diary.id, report, assess(report));
}

/** The next time to check in: the latest advice's recheck time (null at urgent or emergency: get care instead). */
export const nextCheckIn = (open: OpenDiary): string | null => open.checkIns.at(-1)?.assessment.timeline.recheckAt ?? null;

/** Everything the diary holds, for the person to keep: their data, in one JSON document. */
export function exportDiary(open: OpenDiary) {
  return {
    exportedFrom: 'Aftercare',
    diary: { createdAt: open.diary.createdAt.toISOString(), massage: open.diary.massage, timeZone: open.diary.timeZone },
    checkIns: open.checkIns.map((c) => ({ number: c.seq, reportedAt: c.report.reportedAt, report: c.report, assessment: c.assessment as FullAssessment })),
  };
}
