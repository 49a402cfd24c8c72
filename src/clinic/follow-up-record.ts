// One client's follow-up as a therapist files it, as data: the session, each check-in's answers in words, the advice,
// and why each sign was raised, in the policy's own words (no codes). The client's page, its print page and its PDF
// all render this. A check-in stopped at its first emergency answer shows only the answers it has.
import type { Level, Report, StoppedReport } from '../contract/types.ts';
import type { MessageId, Translator } from '../i18n/messages.ts';
import { actionFlag } from '../knowledge/flags.ts';
import { ruleByCode } from '../knowledge/policy.ts';
import { optionName } from '../knowledge/questionnaire.ts';
import type { DashboardFlag } from '../knowledge/reasons.ts';
import { regions } from '../knowledge/regions.ts';
import { localTime } from '../present/time.ts';
import type { MassageSession } from '../store/clinics.ts';
import { severityOf, type CheckIn } from '../store/diaries.ts';

/**
 * How the dashboard names each flag a sign can raise, in the words the CSV export documents (docs/clinic-export.md):
 * there they are values for software, the same whatever the member's language.
 */
export const flagName: Readonly<Record<DashboardFlag, string>> = {
  pressure: 'Pressure may have been too much',
  'not-easing': 'Not easing after 72 h',
};

/** Each flag's name on a page or in a record, in the reader's language. */
export const flagMessage: Readonly<Record<DashboardFlag, MessageId>> = {
  pressure: 'clinic.flag.pressure',
  'not-easing': 'clinic.flag.not-easing',
};

/** Each level's short name, as a tag on the clinic's pages and in a record. */
export const levelMessage: Readonly<Record<Level, MessageId>> = {
  emergency: 'engine.level.emergency.name',
  urgent: 'engine.level.urgent.name',
  'see-clinician': 'engine.level.see-clinician.name',
  'self-care': 'engine.level.self-care.name',
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

const yesNo = (t: Translator, value: boolean) => t(value ? 'questionnaire.answer.yes' : 'questionnaire.answer.no');
const regionNames = (t: Translator, list: readonly string[] | undefined) =>
  (list ?? []).map((region) => (region in regions ? t(regions[region as keyof typeof regions].name) : region)).join(', ');

/** What the client answered, in the questionnaire's words; a stopped check-in has only some of them. */
export function answersInWords(t: Translator, report: Report | StoppedReport): Answer[] {
  const answers: Answer[] = [];
  const add = (question: MessageId, answer: string | undefined) => {
    if (answer) answers.push({ question: t(question), answer });
  };
  const pain = report.pain;
  add('clinic.record.where', pain?.regions?.length ? regionNames(t, pain.regions) : undefined);
  add('clinic.record.extent', pain?.extent && optionName('pain.extent', pain.extent, t));
  add('clinic.record.feels', pain?.qualities?.map((q) => optionName('pain.qualities', q, t)).join(', ') || undefined);
  add('clinic.record.travels', pain?.radiation && optionName('pain.radiation', pain.radiation, t));
  add('clinic.record.trend', pain?.trend && optionName('pain.trend', pain.trend, t));
  const local = report.localSigns;
  add('clinic.record.swelling', local?.swelling === undefined ? undefined : yesNo(t, local.swelling));
  add('clinic.record.bruising', local?.bruising === undefined ? undefined : yesNo(t, local.bruising));
  add('clinic.record.sharp', report.massage.sharpPainDuring === undefined ? undefined : yesNo(t, report.massage.sharpPainDuring));
  return answers;
}

/** Why each sign was raised, from the assessment's own reasons: the rule's sign and flag, the explanation the client got. */
export function reasonsInWords(t: Translator, checkIn: CheckIn): ReasonInWords[] {
  return checkIn.assessment.reasons.map((reason) => {
    const rule = ruleByCode.get(reason.code);
    return {
      sign: rule ? t(rule.sign) : t(levelMessage[reason.level]),
      level: reason.level,
      why: reason.explanation,
      ...(rule?.dashboardFlag ? { flag: t(flagMessage[rule.dashboardFlag]) } : {}),
    };
  });
}

/** The flags a check-in raised, read off the rule and action rows as the dashboard reads them (knowledge/flags.ts). */
export function flagsInWords(t: Translator, checkIn: CheckIn): { flag: string; because: string }[] {
  const raised = [
    ...checkIn.assessment.reasons.flatMap((reason) => {
      const rule = ruleByCode.get(reason.code);
      return rule?.dashboardFlag ? [{ flag: t(flagMessage[rule.dashboardFlag]), because: t(rule.sign) }] : [];
    }),
    ...checkIn.assessment.plan.actions.flatMap((action) => {
      const flag = actionFlag(action.code);
      return flag ? [{ flag: t(flagMessage[flag]), because: action.text }] : [];
    }),
  ];
  return raised.filter((one, k) => raised.findIndex((other) => other.flag === one.flag && other.because === one.because) === k);
}

/** One check-in in words, in the reader's language (`t`); a check-in kept at its first emergency answer has no pain score. */
export function checkInRecord(t: Translator, checkIn: CheckIn, timeZone: string): CheckInRecord {
  const severity = severityOf(checkIn);
  return {
    seq: checkIn.seq,
    when: localTime(checkIn.report.reportedAt, timeZone, t.language),
    stopped: checkIn.stopped === true,
    level: checkIn.assessment.level,
    levelName: t(levelMessage[checkIn.assessment.level]),
    pain: severity === undefined ? t('pages.chart.notAsked') : t('clinic.record.pain', { severity }),
    answers: answersInWords(t, checkIn.report),
    advice: `${checkIn.assessment.summary.title}. ${checkIn.assessment.summary.doNow}`,
    actions: checkIn.assessment.plan.actions.map((action) => action.text),
    reasons: reasonsInWords(t, checkIn),
    flags: flagsInWords(t, checkIn),
  };
}

/** The follow-up as the reader files it: in their language (`t`), times in the clinic's zone. */
export function followUpRecord(t: Translator, session: MassageSession, checkIns: readonly CheckIn[], timeZone: string): FollowUpRecord {
  const { style, pressure } = session.massage;
  return {
    clientRef: session.clientRef,
    therapist: session.therapistName,
    session: [
      t('clinic.record.ended', { when: localTime(session.endedAt, timeZone, t.language) }),
      style ? t('clinic.record.style', { style: optionName('massage.style', style, t) }) : '',
      pressure ? t('clinic.record.pressure', { pressure: optionName('massage.pressure', pressure, t) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
    areasWorked: regionNames(t, session.massage.areasWorked) || t('clinic.session.notRecorded'),
    notes: session.notes,
    timeZone,
    checkIns: checkIns.map((checkIn) => checkInRecord(t, checkIn, timeZone)),
  };
}
