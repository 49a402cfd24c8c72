// The triage engine: one validated report in, one assessment out. Pure: `reportedAt` is its only clock.
import { ContractError } from '../contract/errors.ts';
import type { Action, Assessment, Level, ReasonCode, Region, Report } from '../contract/types.ts';
import { actionRules, type PlanContext } from '../knowledge/actions.ts';
import { levelGuidance, mostUrgent, notADiagnosis } from '../knowledge/levels.ts';
import { expectedSoreness, reasonRules, type Evidence, type Situation } from '../knowledge/reasons.ts';
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
export function hoursSinceMassage(report: Report): number {
  const hours = (Date.parse(report.reportedAt) - Date.parse(report.massage.endedAt)) / hour;
  if (hours < 0) {
    throw new ContractError('report-before-massage', 'reportedAt is earlier than massage.endedAt: a report must come after the massage.');
  }
  if (hours > scopeHours) {
    throw new ContractError(
      'out-of-scope',
      `This report is ${Math.floor(hours / 24)} days after the massage. Aftercare covers the 30 days (720 hours) after a massage; for pain after that, see a doctor or physiotherapist.`,
    );
  }
  return hours;
}

export function firedReasons(situation: Situation): FiredReason[] {
  const fired: FiredReason[] = [];
  for (const rule of reasonRules) {
    const answers = rule.match(situation);
    if (answers) fired.push({ code: rule.code, level: rule.level, explanation: rule.explain(answers), source: rule.source, answers });
  }
  if (fired.length > 0) return fired;
  return [{ code: 'expected-soreness', level: 'self-care', explanation: expectedSoreness.explain({}), source: expectedSoreness.source, answers: {} }];
}

function planFor(context: PlanContext): Action[] {
  return actionRules
    .filter((rule) => rule.present(context))
    .map((rule) => ({ code: rule.code, text: rule.text(context), ...rule.details?.(context), source: rule.source }));
}

function contributorsOf(report: Report): Assessment['contributors'] {
  const listed = new Set<Region>(report.pain.regions ?? []);
  for (const region of [...listed]) {
    const helper = compensatedBy[region];
    if (helper) listed.add(helper);
  }
  return regionOrder
    .filter((region) => listed.has(region))
    .map((region) => ({ region, name: regions[region].name, explanation: regions[region].explanation, source: regions[region].source }));
}

function timelineOf(report: Report, level: Level, hours: number): Assessment['timeline'] {
  const ended = Date.parse(report.massage.endedAt);
  const reported = Date.parse(report.reportedAt);
  const at = (ms: number) => new Date(ms).toISOString();
  const recheck =
    level === 'self-care' ? (hours < 72 ? ended + 72 * hour : reported + 24 * hour)
    : level === 'see-clinician' ? reported + 24 * hour
    : null;
  return {
    peakFrom: at(ended + 24 * hour),
    peakUntil: at(ended + 72 * hour),
    shouldEaseBy: at(ended + 72 * hour),
    strenuousExerciseFrom: at(ended + 48 * hour),
    recheckAt: recheck === null ? null : at(recheck),
  };
}

/** Emergency and urgent signs that did not fire, plus the two see-clinician signs people most need to know. */
function watchForOf(level: Level, fired: ReadonlySet<ReasonCode>): ReasonCode[] {
  if (level === 'emergency') return [];
  return reasonRules
    .filter((rule) => rule.level === 'emergency' || rule.level === 'urgent' || rule.code === 'sharp-pain' || rule.code === 'pain-down-leg')
    .map((rule) => rule.code)
    .filter((code) => !fired.has(code));
}

/** The contract's assessment, with the words a person reads first. */
export type FullAssessment = Assessment & {
  summary: { title: string; doNow: string };
  disclaimer: string;
};

export function assess(report: Report): FullAssessment {
  const hours = hoursSinceMassage(report);
  const reasons = firedReasons({ report, hours });
  const level = mostUrgent(reasons.map((reason) => reason.level));
  const codes = reasons.map((reason) => reason.code);
  return {
    policyVersion,
    hoursSinceMassage: hours,
    level,
    summary: levelGuidance[level],
    reasons,
    plan: { actions: planFor({ report, hours, level, reasons: codes }) },
    timeline: timelineOf(report, level, hours),
    contributors: contributorsOf(report),
    watchFor: watchForOf(level, new Set(codes)),
    disclaimer: notADiagnosis,
  };
}
