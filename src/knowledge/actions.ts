// TRIAGE.md's plan table as data: each action is present exactly when its condition holds, and carries its own
// words. Policy 2 changes the cold rule and adds two actions; the rest is policy 1's.
import type { Action, ActionCode, Assessment, Level, ReasonCode, Report1, Report2, Report3 } from '../contract/types.ts';
import type { DashboardFlag, ReasonRule } from './reasons.ts';
import { localSignsOf, type Situation } from './situation.ts';
import type { SourceId } from './sources.ts';

/** What an action sees of a rule that fired. */
export type FiredRule = Pick<ReasonRule, 'code' | 'level' | 'told' | 'toSay'>;

/** What an action can see: the situation, the level it led to, the rules that fired and the expected course. */
export interface PlanContext<R extends Report1 = Report1> extends Situation<R> {
  readonly level: Level;
  readonly fired: readonly FiredRule[];
  readonly timeline: Assessment['timeline'];
}

export interface ActionRule<R extends Report1 = Report1> {
  readonly code: ActionCode;
  readonly source: SourceId;
  readonly present: (context: PlanContext<R>) => boolean;
  /** The words: the same for everyone, or built from the situation. */
  readonly text: string | ((context: PlanContext<R>) => string);
  /** The flag a clinic's dashboard raises when this action is advised. */
  readonly dashboardFlag?: DashboardFlag;
  /** Fields the action must carry besides its text: fixed, or built from the situation. */
  readonly details?: Partial<Omit<Action, 'code' | 'text'>> | ((context: PlanContext<R>) => Partial<Omit<Action, 'code' | 'text'>>);
}

/** Reduced feeling in the skin is how heat and ice burns happen, so numbness rules both out. */
export const hasNumbness = (report: Report1) => report.nerve.numbness !== 'none' || report.nerve.saddleNumbness;

export const coldMinutes = { minMinutes: 15, maxMinutes: 20 } as const;
export const strenuousExerciseHours = 48;

/** The emergency numbers to call, shown before any question and with every emergency answer. */
export const emergencyNumbers = '999 in the UK, 112 in Europe, 911 in the US and Canada';

const hasFired = (context: PlanContext, code: ReasonCode) => context.fired.some((rule) => rule.code === code);

/** The words the rules that fired add to the level's action: what to say when getting that care. */
const toSay = (context: PlanContext) => context.fired.flatMap((rule) => (rule.toSay ? [rule.toSay] : []));

/**
 * What to say on an emergency call: one sentence per sign that fired (the emergency ones first) in the caller's own
 * voice, then what the rules add, then not to drive.
 */
export function callScript(fired: readonly FiredRule[]): string {
  return [
    `Tell them: "I had a massage and now I have low back pain. ${fired.map((rule) => `${rule.told}.`).join(' ')}"`,
    ...fired.flatMap((rule) => (rule.toSay ? [rule.toSay] : [])),
    'Do not drive yourself. If someone is with you, ask them to stay with you.',
  ].join(' ');
}

/**
 * The emergency call in words: whom to call, then the script. The pages and the terminal give it the person's own
 * number; the API, which knows no country, the common ones.
 */
export const callWords = (call: string, fired: readonly FiredRule[]): string => `${call}. ${callScript(fired)}`;

const emergencyCallText = (context: PlanContext) => callWords(`Call the emergency number now (${emergencyNumbers})`, context.fired);

/** The level's own action, with what the rules that fired ask the person to say. */
const withWhatToSay = (text: string) => (context: PlanContext) => [text, ...toSay(context)].join(' ');

/** The cold pack's rule; `keepsBruise` says who keeps it for a bruise past 48 hours (policy 2: a blood thinner). */
const coldOf =
  <R extends Report1>(keepsBruise: (report: R) => boolean) =>
  ({ report, hours, level }: PlanContext<R>) =>
    level !== 'emergency' &&
    !hasNumbness(report) &&
    (report.localSigns.swelling || (report.localSigns.bruising && (hours < 48 || keepsBruise(report))));

const coldText = (context: PlanContext) =>
  `${context.report.localSigns.swelling ? 'For the swelling' : 'For the bruise'}, hold a cold pack wrapped in a thin cloth on the area for ` +
  `${coldMinutes.minMinutes} to ${coldMinutes.maxMinutes} minutes, then take it off. Never put ice straight on your skin. ` +
  'You can do this again after a break of at least an hour.';

function actionRules(coldAdvised: (context: PlanContext) => boolean): ActionRule[] {
  return [
    { code: 'call-emergency', source: 'seed:warning-signs', present: ({ level }) => level === 'emergency', text: emergencyCallText },
    {
      code: 'seek-care-today',
      source: 'guideline:nice-ng59',
      present: ({ level }) => level === 'urgent',
      text: withWhatToSay(
        'Speak to a doctor today. Call your GP surgery, or a non-emergency health line (such as 111 in the UK) if it is closed. Say that the pain started after a massage.',
      ),
    },
    {
      code: 'book-clinician',
      source: 'seed:warning-signs',
      present: ({ level }) => level === 'see-clinician',
      text: withWhatToSay(
        'Book an appointment with a doctor or physiotherapist in the next few days. Tell them about the massage and what you have noticed since.',
      ),
    },
    {
      code: 'hydrate',
      source: 'seed:self-care',
      present: ({ level }) => level !== 'emergency',
      text: 'Drink water in small sips through the day, rather than a lot at once. Staying well hydrated helps your muscles recover.',
    },
    {
      code: 'avoid-strenuous-exercise',
      source: 'seed:self-care',
      present: ({ level }) => level !== 'emergency',
      text: `No hard exercise or heavy lifting until ${strenuousExerciseHours} hours after the massage. This gives the muscles time to repair.`,
      details: ({ timeline }) => ({ until: timeline.strenuousExerciseFrom }),
    },
    {
      code: 'gentle-movement',
      source: 'seed:self-care',
      present: ({ level }) => level === 'self-care' || level === 'see-clinician',
      text: 'Keep moving gently. A short, easy walk and simple stretches help blood flow and stop the muscles getting stiff. Stop if a movement causes sharp pain.',
    },
    { code: 'cold', source: 'seed:self-care', present: coldAdvised, text: coldText, details: { ...coldMinutes } },
    {
      code: 'heat',
      source: 'seed:self-care',
      present: (context) =>
        (context.level === 'self-care' || context.level === 'see-clinician') &&
        !hasNumbness(context.report) &&
        context.report.pain.qualities.some((quality) => quality === 'dull-ache' || quality === 'stiffness') &&
        !coldAdvised(context),
      text: 'For stiffness and aching, use warmth: a warm bath or a heating pad helps the muscles relax. Keep it warm, not hot, and do not fall asleep on a heating pad.',
    },
    {
      code: 'tell-therapist',
      source: 'seed:warning-signs',
      dashboardFlag: 'pressure',
      present: ({ level, report }) => level !== 'emergency' && (report.massage.sharpPainDuring || localSignsOf(report).length > 0),
      text: ({ report }) =>
        (report.massage.sharpPainDuring ? 'You felt sharp pain during the massage. ' : '') +
        'Tell your massage therapist how you feel now: the pressure may have been too strong for you. ' +
        'Next time, ask for lighter pressure, and say so straight away if anything hurts during the session.',
    },
    {
      code: 'pause-deep-massage',
      source: 'policy:triage-1',
      present: ({ level }) => level === 'urgent' || level === 'see-clinician',
      text: 'Do not have any more deep massage on this area until a doctor or physiotherapist has checked it.',
    },
  ];
}

/** Policy 1's plan table. */
export const policy1Actions: readonly ActionRule[] = actionRules(coldOf(() => false));

/** The actions policy 2 adds to policy 1's table (policy 3 keeps them). */
const policy2Additions: readonly ActionRule<Report2>[] = [
  {
    code: 'contact-cancer-team',
    source: 'evidence:red-flags-malignancy',
    present: (context) => hasFired(context, 'cancer-history-warning') && context.level !== 'emergency',
    text: 'Call the 24-hour number your cancer team gave you. Tell them you have had cancer and have new or worsening back pain since a massage.',
  },
  {
    code: 'leave-leg-alone',
    source: 'guideline:nhs-dvt',
    present: (context) => hasFired(context, 'one-leg-swollen') && context.level !== 'emergency',
    text: 'Leave the swollen leg alone: do not rub it, massage it or put heat on it until a doctor has checked it.',
  },
];

/** Policy 2's: a bruise keeps the cold pack past 48 hours on a blood thinner, and two actions more. */
export const policy2Actions: readonly ActionRule<Report2>[] = [
  ...actionRules(coldOf((report: Report2) => report.general.bloodThinners) as (context: PlanContext) => boolean),
  ...policy2Additions,
];

/** Policy 3's: policy 2's, with a bruise keeping the cold pack past 48 hours for anyone with a bleeding risk (heat follows it). */
export const policy3Actions: readonly ActionRule<Report3>[] = [
  ...actionRules(
    coldOf((report: Report3) => report.general.bloodThinners || report.general.bleedingTendency) as (context: PlanContext) => boolean,
  ),
  ...(policy2Additions as readonly ActionRule<Report3>[]),
];
