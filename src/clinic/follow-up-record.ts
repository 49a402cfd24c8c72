// One client's follow-up as a therapist files it, as data: the session, each check-in's answers in words, the advice,
// and why each sign was raised, in the policy's own words (no codes). The client's page, its print page and its PDF
// all render this. A check-in stopped at its first emergency answer shows only the answers it has.
import type { Level, Report, StoppedReport } from '../contract/types.ts';
import { actionFlag } from '../knowledge/flags.ts';
import { levelName } from '../knowledge/levels.ts';
import { ruleByCode } from '../knowledge/policy.ts';
import { optionName } from '../knowledge/questionnaire.ts';
import type { DashboardFlag } from '../knowledge/reasons.ts';
import { regions } from '../knowledge/regions.ts';
import { localTime } from '../present/time.ts';
import type { MassageSession } from '../store/clinics.ts';
import { severityOf, type CheckIn } from '../store/diaries.ts';
import { translator } from '../i18n/messages.ts';

/** How the dashboard names each flag a sign can raise. */
export const flagName: Readonly<Record<DashboardFlag, string>> = {
  pressure: 'Pressure may have been too much',
  'not-easing': 'Not easing after 72 h',
};

export interface Answer {
  readonly question: string;
  readonly answer: string;
}

/** A reason a check-in's advice was given: the sign in the policy's words, what the client was told, the flag it raised. */
export interface ReasonInWords {
  readonly sign: string;
  readonly level: Level;
  readonly why: string;
  readonly flag?: string;
}

export interface CheckInRecord {
  readonly seq: number;
  readonly when: string;
  readonly stopped: boolean;
  readonly level: Level;
  readonly levelName: string;
  readonly pain: string;
  readonly answers: readonly Answer[];
  readonly advice: string;
  readonly actions: readonly string[];
  readonly reasons: readonly ReasonInWords[];
  /** Each dashboard flag the check-in raised, and what raised it: a sign, or the advice that asks the therapist to look. */
  readonly flags: readonly { readonly flag: string; readonly because: string }[];
}

export interface FollowUpRecord {
  readonly clientRef: string;
  readonly therapist: string;
  readonly session: string;
  readonly areasWorked: string;
  readonly notes: string;
  readonly timeZone: string;
  readonly checkIns: readonly CheckInRecord[];
}

/** A check-in kept at its first emergency answer has no pain score: it says why, as the diary's table does. */
export const noPainScore = 'Not asked: stopped at the first emergency answer';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const regionNames = (list: readonly string[] | undefined) =>
  (list ?? []).map((region) => (region in regions ? translator('en')(regions[region as keyof typeof regions].name) : region)).join(', ');

/** What the client answered, in the questionnaire's words; a stopped check-in has only some of them. */
export function answersInWords(report: Report | StoppedReport): Answer[] {
  const answers: Answer[] = [];
  const add = (question: string, answer: string | undefined) => {
    if (answer) answers.push({ question, answer });
  };
  const pain = report.pain;
  add('Where it hurts', pain?.regions?.length ? regionNames(pain.regions) : undefined);
  add('Spread or in one spot', pain?.extent && optionName('pain.extent', pain.extent));
  add('What it feels like', pain?.qualities?.map((q) => optionName('pain.qualities', q)).join(', ') || undefined);
  add('How far it travels', pain?.radiation && optionName('pain.radiation', pain.radiation));
  add('Since it began', pain?.trend && optionName('pain.trend', pain.trend));
  const local = report.localSigns;
  add('Swelling where massaged', local?.swelling === undefined ? undefined : yesNo(local.swelling));
  add('Bruising where massaged', local?.bruising === undefined ? undefined : yesNo(local.bruising));
  add('Sharp pain during the session', report.massage.sharpPainDuring === undefined ? undefined : yesNo(report.massage.sharpPainDuring));
  return answers;
}

/** Why each sign was raised, from the assessment's own reasons: the rule's sign and flag, the explanation the client got. */
export function reasonsInWords(checkIn: CheckIn): ReasonInWords[] {
  return checkIn.assessment.reasons.map((reason) => {
    const rule = ruleByCode.get(reason.code);
    return {
      sign: rule ? translator('en')(rule.sign) : levelName(reason.level, translator('en')),
      level: reason.level,
      why: reason.explanation,
      ...(rule?.dashboardFlag ? { flag: flagName[rule.dashboardFlag] } : {}),
    };
  });
}

/** The flags a check-in raised, read off the rule and action rows as the dashboard reads them (knowledge/flags.ts). */
export function flagsInWords(checkIn: CheckIn): { flag: string; because: string }[] {
  const raised = [
    ...checkIn.assessment.reasons.flatMap((reason) => {
      const rule = ruleByCode.get(reason.code);
      return rule?.dashboardFlag ? [{ flag: flagName[rule.dashboardFlag], because: translator('en')(rule.sign) }] : [];
    }),
    ...checkIn.assessment.plan.actions.flatMap((action) => {
      const flag = actionFlag(action.code);
      return flag ? [{ flag: flagName[flag], because: action.text }] : [];
    }),
  ];
  return raised.filter((one, k) => raised.findIndex((other) => other.flag === one.flag && other.because === one.because) === k);
}

export function checkInRecord(checkIn: CheckIn, timeZone: string): CheckInRecord {
  const severity = severityOf(checkIn);
  return {
    seq: checkIn.seq,
    when: localTime(checkIn.report.reportedAt, timeZone),
    stopped: checkIn.stopped === true,
    level: checkIn.assessment.level,
    levelName: levelName(checkIn.assessment.level, translator('en')),
    pain: severity === undefined ? noPainScore : `${severity}/10`,
    answers: answersInWords(checkIn.report),
    advice: `${checkIn.assessment.summary.title}. ${checkIn.assessment.summary.doNow}`,
    actions: checkIn.assessment.plan.actions.map((action) => action.text),
    reasons: reasonsInWords(checkIn),
    flags: flagsInWords(checkIn),
  };
}

export function followUpRecord(session: MassageSession, checkIns: readonly CheckIn[], timeZone: string): FollowUpRecord {
  const { style, pressure } = session.massage;
  return {
    clientRef: session.clientRef,
    therapist: session.therapistName,
    session:
      `Ended ${localTime(session.endedAt, timeZone)}.` +
      (style ? ` Style: ${optionName('massage.style', style)}.` : '') +
      (pressure ? ` Pressure: ${optionName('massage.pressure', pressure)}.` : ''),
    areasWorked: regionNames(session.massage.areasWorked) || 'Not recorded',
    notes: session.notes,
    timeZone,
    checkIns: checkIns.map((checkIn) => checkInRecord(checkIn, timeZone)),
  };
}
