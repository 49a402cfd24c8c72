// The triage engine: one validated report and the policy to apply, one assessment out. Pure: `reportedAt` is its
// only clock. It walks the policy's rows; it knows no rule itself.
import { AppError, invalidInput, type IssueSaid } from '../contract/errors.ts';
import { instantMs, isoAt } from '../contract/instant.ts';
import type { Action, Assessment, Level, Report1, Report2, Report3, StoppedReport } from '../contract/types.ts';
import { strenuousExerciseHours, type ActionRule, type PlanContext } from '../knowledge/actions.ts';
import type { Translator } from '../i18n/messages.ts';
import { mostUrgent } from '../knowledge/levels.ts';
import { currentPolicy, policy1, type Policy } from '../knowledge/policy.ts';
import { answerPaths, neededBecause, type Answers, type Questionnaire } from '../knowledge/questionnaire.ts';
import { expectedSoreness, type Evidence, type ReasonRule, type Situation } from '../knowledge/reasons.ts';
import { compensatedBy, regionOrder, regions } from '../knowledge/regions.ts';
import { answerAt, answerAtKeys, setAnswer } from '../knowledge/questionnaire.ts';
import { wordsFor, type Decision } from './words.ts';

export { policies, policy1, policy2, policy3, currentPolicy, type Policy } from '../knowledge/policy.ts';
export { reword, wordsFor, type Decision } from './words.ts';

const hour = 3_600_000;
/** The tool covers the month after a massage (TRIAGE.md, Time). */
export const scopeHours = 720;

type Question = Questionnaire[number]['questions'][number];

/** Either policy, where only its questions and rules are read (a policy-1 report is a policy-2 report without its new answers). */
type AnyPolicy = Policy<Report1> | Policy<Report2> | Policy<Report3>;

/** The assessment the engine makes: Aftercare's own schema (contract/assessment.ts), for either policy. */
export type FullAssessment = Assessment;
export type FiredReason = Assessment['reasons'][number];

/** Hours from the end of the massage to the report, or the policy's refusal. */
function hoursBetween(endedMs: number, reportedMs: number): number {
  const hours = (reportedMs - endedMs) / hour;
  if (hours < 0) {
    throw new AppError('report-before-massage', { id: 'questionnaire.api.report-before-massage' });
  }
  if (hours > scopeHours) {
    throw new AppError('out-of-scope', { id: 'questionnaire.api.out-of-scope', values: { days: Math.floor(hours / 24) } });
  }
  return hours;
}

function situationOf<R extends Report1>(report: R): Situation<R> {
  const endedMs = instantMs(report.massage.endedAt);
  const reportedMs = instantMs(report.reportedAt);
  return { report, hours: hoursBetween(endedMs, reportedMs), endedMs, reportedMs };
}

/** The rules that fire, each with the answers it used. */
function firing<R extends Report1>(situation: Situation<R>, policy: Policy<R>): { rule: ReasonRule<R>; answers: Evidence }[] {
  const fired: { rule: ReasonRule<R>; answers: Evidence }[] = [];
  for (const rule of policy.rules) {
    const answers = rule.match(situation);
    if (answers) fired.push({ rule, answers });
  }
  return fired;
}

/** A follow-up question with the answer paths it sets, each split into its keys. */
interface FollowUpRow {
  readonly question: Question & { readonly followUp: NonNullable<Question['followUp']> };
  readonly paths: readonly { readonly path: string; readonly keys: readonly string[] }[];
}

/** Each questionnaire's follow-ups, read from its rows once, on first use: not again for every report. */
const followUpRows = new WeakMap<Questionnaire, readonly FollowUpRow[]>();

function followUpsOf(questionnaire: Questionnaire): readonly FollowUpRow[] {
  let rows = followUpRows.get(questionnaire);
  if (!rows) {
    rows = questionnaire.flatMap((section) =>
      section.questions.flatMap((question) =>
        question.followUp
          ? [
              {
                question: question as FollowUpRow['question'],
                paths: answerPaths(question).map((path) => ({ path, keys: path.split('.') })),
              },
            ]
          : [],
      ),
    );
    followUpRows.set(questionnaire, rows);
  }
  return rows;
}

/**
 * The follow-ups the policy needs and the report leaves out: one issue per missing path, saying why it is needed.
 * A missing answer could only raise the level, so absence means "not asked", never "no".
 */
function missingFollowUps<R extends Report1>(situation: Situation<R>, questionnaire: Questionnaire): IssueSaid[] {
  const issues: IssueSaid[] = [];
  for (const { question, paths } of followUpsOf(questionnaire)) {
    // A tick-list follow-up is several answers: each one missing is refused at its own path.
    let needed: boolean | undefined;
    for (const { path, keys } of paths) {
      if (answerAtKeys(situation.report, keys) !== undefined) continue;
      needed ??= question.followUp.when(situation.report as unknown as Report2, situation.hours);
      if (needed) issues.push(neededBecause(path, question.followUp.why));
    }
  }
  return issues;
}

function contributorsOf(report: Report1): Decision['contributors'] {
  const reported = report.pain.regions;
  if (!reported || reported.length === 0) return [];
  const listed = new Set(reported);
  for (const region of reported) {
    const helper = compensatedBy[region];
    if (helper) listed.add(helper);
  }
  return regionOrder.filter((region) => listed.has(region)).map((region) => ({ region, source: regions[region].source }));
}

function timelineOf({ endedMs, reportedMs, hours }: Situation, level: Level): Assessment['timeline'] {
  const recheck =
    level === 'self-care'
      ? hours < 72
        ? endedMs + 72 * hour
        : reportedMs + 24 * hour
      : level === 'see-clinician'
        ? reportedMs + 24 * hour
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

/** An action the policy's row advises, with its details (fixed, or from the plan's context). */
function actionOf<R extends Report1>(rule: ActionRule<R>, context: PlanContext<R>): Omit<Action, 'text'> {
  const details = typeof rule.details === 'function' ? rule.details(context) : rule.details;
  return details ? { code: rule.code, ...details, source: rule.source } : { code: rule.code, source: rule.source };
}

function planOf<R extends Report1>(context: PlanContext<R>, policy: Policy<R>): Omit<Action, 'text'>[] {
  const actions: Omit<Action, 'text'>[] = [];
  for (const rule of policy.actions) if (rule.present(context)) actions.push(actionOf(rule, context));
  return actions;
}

/** What would change the advice: the policy's watched signs that did not fire and can apply to this person. */
function watchForOf<R extends Report1>(
  level: Level,
  report: R,
  fired: readonly ReasonRule<R>[],
  policy: Policy<R>,
): Assessment['watchFor'] {
  const watched: Assessment['watchFor'] = [];
  if (level === 'emergency') return watched;
  for (const rule of policy.rules)
    if (rule.watch !== undefined && !fired.includes(rule) && (rule.watch === true || rule.watch(report))) watched.push(rule.code);
  return watched;
}

function decisionOf<R extends Report1>(
  situation: Situation<R>,
  policy: Policy<R>,
  fired: { rule: ReasonRule<R>; answers: Evidence }[],
): Decision {
  const given: { rule: ReasonRule<R>; answers: Evidence }[] = fired.length > 0 ? fired : [{ rule: expectedSoreness, answers: {} }];
  const reasons: Decision['reasons'][number][] = [];
  const rules: ReasonRule<R>[] = [];
  const levels: Level[] = [];
  for (const { rule, answers } of given) {
    reasons.push({
      code: rule.code,
      level: rule.level,
      source: rule.source,
      answers: answers as Record<string, string | number | boolean | string[]>,
    });
    rules.push(rule);
    levels.push(rule.level);
  }
  const level = mostUrgent(levels);
  const timeline = timelineOf(situation, level);
  const { report, hours, endedMs, reportedMs } = situation;
  return {
    policyVersion: policy.version,
    hoursSinceMassage: hours,
    level,
    reasons,
    plan: { actions: planOf({ report, hours, endedMs, reportedMs, level, fired: rules, timeline }, policy) },
    timeline,
    contributors: contributorsOf(report),
    watchFor: watchForOf(level, report, rules, policy),
  };
}

/**
 * What the policy decides for a report, in no language: the level, the reasons with the answers they used, the
 * actions' codes and details, the timeline and the watch list. A report that leaves out a follow-up the policy
 * needs is refused (`invalid-input`, one issue per missing path), unless its answers are already an emergency.
 */
export function decide(report: Report3, policy: Policy<Report3>): Decision;
export function decide(report: Report2, policy: Policy<Report2>): Decision;
export function decide(report: Report1, policy: Policy<Report1>): Decision;
export function decide<R extends Report1>(report: R, policy: Policy<R>): Decision {
  return decisionFor(report, policy);
}

function decisionFor<R extends Report1>(report: R, policy: Policy<R>): Decision {
  const situation = situationOf(report);
  const fired = firing(situation, policy);
  if (!fired.some(({ rule }) => rule.level === 'emergency')) {
    const missing = missingFollowUps(situation, policy.questionnaire);
    if (missing.length > 0) throw invalidInput(missing);
  }
  return decisionOf(situation, policy, fired);
}

/**
 * Assesses a report under a policy (the current one is policy 3; an earlier policy's report names its policy) and
 * words it in the translator's language: `decide`, then `wordsFor`.
 */
export function assess(report: Report3, policy: Policy<Report3>, t: Translator): Assessment;
export function assess(report: Report2, policy: Policy<Report2>, t: Translator): Assessment;
export function assess(report: Report1, policy: Policy<Report1>, t: Translator): Assessment;
export function assess<R extends Report1>(report: R, policy: Policy<R>, t: Translator): Assessment {
  return wordsFor(decisionFor(report, policy), report, t);
}

/** The answer a question has when nothing alarming is reported: to test red flags before the rest is asked. */
function calmAnswer(question: Questionnaire[number]['questions'][number]): unknown {
  switch (question.kind) {
    case 'yes-no':
      return false;
    case 'choice':
      return question.options?.[0]?.[0];
    case 'choices':
      return [];
    case 'score':
      return 0;
    default:
      return undefined;
  }
}

/**
 * A whole report from the answers given so far, the rest filled with calm answers (nothing is read into a missing
 * answer but "not alarming"), so that the policy's own rules, not a copy of them, can be asked about it. The
 * massage ended at the time given, or at `at`; follow-ups are there only when answered.
 */
export function reportSoFar(answers: Answers, at: string, policy: AnyPolicy = currentPolicy): Report2 {
  const report: Record<string, unknown> = {};
  for (const section of policy.questionnaire) {
    for (const question of section.questions) {
      for (const path of answerPaths(question)) {
        const given = answers[path];
        const calm =
          question.followUp || question.optional
            ? undefined
            : question.kind === 'checklist'
              ? false
              : question.kind === 'instant'
                ? at
                : calmAnswer(question);
        const value = given !== undefined ? given : calm;
        if (value !== undefined) setAnswer(report, path, value);
      }
    }
  }
  setAnswer(report, 'reportedAt', at);
  return report as unknown as Report2;
}

/**
 * A report that stopped at an emergency answer, read as a whole one: each question it did not reach read as "not
 * alarming", as `reportSoFar` does. For reading and assessing only; what is kept is the report as it stopped.
 */
export function readAsWhole(report: StoppedReport, policy: AnyPolicy = currentPolicy): Report2 {
  const answers: Answers = {};
  for (const section of policy.questionnaire)
    for (const question of section.questions)
      for (const path of answerPaths(question)) {
        const value = answerAt(report, path);
        if (value !== undefined) answers[path] = value;
      }
  return reportSoFar(answers, report.reportedAt, policy);
}

/**
 * The assessment of a report that stopped at an emergency answer: the policy's rules on what was given, or null when
 * what was given is no emergency (then the questions must go on).
 */
export function assessStopped(report: StoppedReport, policy: AnyPolicy, t: Translator): Assessment | null {
  const situation = situationOf(readAsWhole(report, policy));
  const asked = policy as Policy<Report2>;
  const fired = firing(situation, asked);
  return fired.some(({ rule }) => rule.level === 'emergency') ? wordsFor(decisionOf(situation, asked, fired), situation.report, t) : null;
}

/** The emergency the answers so far already are, decided by the policy's own rules, or null. */
function emergencyDecision(answers: Answers, policy: AnyPolicy): { decision: Decision; report: Report2 } | null {
  const at = new Date(0).toISOString();
  const situation = situationOf(reportSoFar({ ...answers, 'massage.endedAt': at }, at, policy));
  const asked = policy as Policy<Report2>;
  const fired = firing(situation, asked).filter(({ rule }) => rule.level === 'emergency');
  return fired.length > 0 ? { decision: decisionOf(situation, asked, fired), report: situation.report } : null;
}

/**
 * Whether the answers given so far are already an emergency, decided by the policy's own rules. Its assessment
 * words the emergency advice. Every emergency rule reads only answers, never time.
 */
export function emergencyFrom(answers: Answers, policy: AnyPolicy, t: Translator): Assessment | null {
  const emergency = emergencyDecision(answers, policy);
  return emergency ? wordsFor(emergency.decision, emergency.report, t) : null;
}

/** The follow-ups the answers so far make matter (answered or not), at `at`. */
export function followUpsAsked(answers: Answers, at: string, policy: AnyPolicy = currentPolicy): Question[] {
  const report = reportSoFar(answers, at, policy);
  const hours = (instantMs(at) - instantMs(report.massage.endedAt)) / hour;
  return policy.questionnaire.flatMap((section) => section.questions).filter((question) => question.followUp?.when(report, hours));
}

/** The follow-ups the answers so far make matter and leave unanswered: the ones to ask now. */
export const followUpsDue = (answers: Answers, at: string, policy: AnyPolicy = currentPolicy): Question[] =>
  followUpsAsked(answers, at, policy).filter((question) => answerPaths(question).some((path) => answers[path] === undefined));

export const isEmergency = (answers: Answers, policy: AnyPolicy = currentPolicy): boolean => emergencyDecision(answers, policy) !== null;

/** Policy 1, for its contract's endpoint and the command line's `--policy 1`. */
export const assess1 = (report: Report1, t: Translator): Assessment => assess(report, policy1, t);
