// The triage engine: one validated report in, one assessment out. Pure: `reportedAt` is its only clock.
import { AppError } from '../contract/errors.ts';
import { instantMs } from '../contract/instant.ts';
import type { Action, Assessment, Level, ReasonCode, Region, Report } from '../contract/types.ts';
import { actionRules, strenuousExerciseHours, type ActionRule, type PlanContext } from '../knowledge/actions.ts';
import { levelGuidance, mostUrgent, notADiagnosis } from '../knowledge/levels.ts';
import { expectedSoreness, explanationOf, reasonRules, type Evidence, type ReasonRule, type Situation } from '../knowledge/reasons.ts';
import { compensatedBy, regionOrder, regions } from '../knowledge/regions.ts';

export const policyVersion = '1';

const hour = 3_600_000;
/** The tool covers the month after a massage (TRIAGE.md, Time). */
export const scopeHours = 720;

export type FiredReason = {
  readonly code: ReasonCode;
  readonly level: Level;
  readonly explanation: string;
  readonly source: string;
  /** The answers the rule used, by dotted path. */
  readonly answers: Evidence;
};

/** Hours from the end of the massage to the report, or the policy's refusal. */
function hoursBetween(endedMs: number, reportedMs: number): number {
  const hours = (reportedMs - endedMs) / hour;
  if (hours < 0) {
    throw new AppError('report-before-massage', 'reportedAt is earlier than massage.endedAt: a report must come after the massage.');
  }
  if (hours > scopeHours) {
    throw new AppError(
      'out-of-scope',
      `This report is ${Math.floor(hours / 24)} days after the massage. Aftercare covers the 30 days (720 hours) after a massage; for pain after that, see a doctor or physiotherapist.`,
    );
  }
  return hours;
}

const reasonOf = (rule: ReasonRule, answers: Evidence): FiredReason => ({
  code: rule.code,
  level: rule.level,
  explanation: explanationOf(rule, answers),
  source: rule.source,
  answers,
});

export function firedReasons(situation: Situation): FiredReason[] {
  const fired: FiredReason[] = [];
  for (const rule of reasonRules) {
    const answers = rule.match(situation);
    if (answers) fired.push(reasonOf(rule, answers));
  }
  return fired.length > 0 ? fired : [reasonOf(expectedSoreness, {})];
}

function actionOf(rule: ActionRule, context: PlanContext): Action {
  const details = typeof rule.details === 'function' ? rule.details(context) : rule.details;
  return { code: rule.code, text: typeof rule.text === 'string' ? rule.text : rule.text(context), ...details, source: rule.source };
}

const planFor = (context: PlanContext): Action[] => actionRules.filter((rule) => rule.present(context)).map((rule) => actionOf(rule, context));

function contributorsOf(report: Report): Assessment['contributors'] {
  const reported = report.pain.regions;
  if (!reported || reported.length === 0) return [];
  const listed = new Set<Region>(reported);
  for (const region of reported) {
    const helper = compensatedBy[region];
    if (helper) listed.add(helper);
  }
  return regionOrder
    .filter((region) => listed.has(region))
    .map((region) => ({ region, name: regions[region].name, explanation: regions[region].explanation, source: regions[region].source }));
}

const isoAt = (ms: number) => new Date(ms).toISOString();

function timelineOf({ endedMs, reportedMs, hours }: Situation, level: Level): Assessment['timeline'] {
  const recheck =
    level === 'self-care' ? (hours < 72 ? endedMs + 72 * hour : reportedMs + 24 * hour)
    : level === 'see-clinician' ? reportedMs + 24 * hour
    : null;
  const peakUntil = isoAt(endedMs + 72 * hour);
  return {
    peakFrom: isoAt(endedMs + 24 * hour),
    peakUntil,
    shouldEaseBy: peakUntil,
    strenuousExerciseFrom: isoAt(endedMs + strenuousExerciseHours * hour),
    recheckAt: recheck === null ? null : isoAt(recheck),
  };
}

/** Emergency and urgent signs, plus the two see-clinician signs people most need to know: the watch list's candidates. */
const watchable: readonly ReasonCode[] = reasonRules
  .filter((rule) => rule.level === 'emergency' || rule.level === 'urgent' || rule.code === 'sharp-pain' || rule.code === 'pain-down-leg')
  .map((rule) => rule.code);

function watchForOf(level: Level, reasons: readonly FiredReason[]): ReasonCode[] {
  if (level === 'emergency') return [];
  return watchable.filter((code) => !reasons.some((reason) => reason.code === code));
}

/** The contract's assessment, with the words a person reads first. */
export type FullAssessment = Assessment & {
  summary: { title: string; doNow: string };
  disclaimer: string;
};

export function assess(report: Report): FullAssessment {
  const endedMs = instantMs(report.massage.endedAt);
  const reportedMs = instantMs(report.reportedAt);
  const hours = hoursBetween(endedMs, reportedMs);
  const situation: Situation = { report, hours, endedMs, reportedMs };
  const reasons = firedReasons(situation);
  const level = mostUrgent(reasons.map((reason) => reason.level));
  const timeline = timelineOf(situation, level);
  return {
    policyVersion,
    hoursSinceMassage: hours,
    level,
    summary: levelGuidance[level],
    reasons,
    plan: { actions: planFor({ report, hours, endedMs, reportedMs, level, reasons: reasons.map((reason) => reason.code), timeline }) },
    timeline,
    contributors: contributorsOf(report),
    watchFor: watchForOf(level, reasons),
    disclaimer: notADiagnosis,
  };
}
