// TRIAGE.md's plan table as data: each action is present exactly when its condition holds, and carries its own
// words. Policy 2 changes the cold rule and adds two actions; the rest is policy 1's.
import type { Action, ActionCode, Assessment, Level, ReasonCode, Report1, Report2, Report3 } from '../contract/types.ts';
import type { MessageId } from '../i18n/messages.ts';
import type { DashboardFlag, ReasonRule } from './reasons.ts';
import { localSignsOf, type Situation } from './situation.ts';
import type { SourceId } from './sources.ts';
import type { Wording } from './wording.ts';

/** What an action sees of a rule that fired. */
export type FiredRule = Pick<ReasonRule, 'code' | 'level' | 'told' | 'toSay' | 'meanwhile' | 'raises'>;

/**
 * What an action's words may read: the report, the level and the rules that fired. Only these, so that a stored
 * assessment (with its report) can be worded again in another language without deciding anything again.
 */
export type WordingContext<R extends Report1 = Report1> = Pick<PlanContext<R>, 'report' | 'level' | 'fired'>;

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
  /** The words: the same for everyone, or sentences built from the report and the rules that fired. */
  readonly text: MessageId | ((context: WordingContext<R>) => readonly Wording[]);
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
export const emergencyNumbers: MessageId = 'engine.call.common-numbers';

const hasFired = (context: PlanContext, code: ReasonCode) => context.fired.some((rule) => rule.code === code);

/** The words the rules that fired add to the level's action: what to say when getting that care. */
const toSay = (fired: readonly FiredRule[]): MessageId[] => fired.flatMap((rule) => (rule.toSay ? [rule.toSay] : []));

/** The rules that fired but one whose sign another that fired raises (a faint with a bleeding risk): each sign once. */
const notRaised = (fired: readonly FiredRule[]): readonly FiredRule[] =>
  fired.filter((rule) => !fired.some((other) => other.raises === rule.code));

/**
 * What to say on an emergency call, sentence by sentence: the signs that fired (the emergency ones first) in the
 * caller's own voice, each once, then what the rules add, then not to drive. A rule's `meanwhile` is not said: it is
 * for a person not yet calling.
 */
export const callScript = (fired: readonly FiredRule[]): readonly Wording[] => {
  const said = notRaised(fired);
  return [['engine.call.tell-them', { told: { sentences: said.map((rule) => rule.told) } }], ...toSay(said), 'engine.call.do-not-drive'];
};

/**
 * The emergency call in words: whom to call, then the script. The pages and the terminal give it the person's own
 * number; the API, which knows no country, the common ones.
 */
export const callWords = (call: Wording, fired: readonly FiredRule[]): readonly Wording[] => [call, ...callScript(fired)];

const emergencyCallText = (context: WordingContext) =>
  callWords(['engine.call.emergency-number-now', { numbers: [emergencyNumbers] }], context.fired);

/** The level's own action, with what the rules that fired ask the person to say. */
const withWhatToSay = (text: MessageId) => (context: WordingContext) => [
  text,
  ...context.fired.flatMap((rule) => [...(rule.toSay ? [rule.toSay] : []), ...(rule.meanwhile ? [rule.meanwhile] : [])]),
];

/** The cold pack's rule; `keepsBruise` says who keeps it for a bruise past 48 hours (policy 2: a blood thinner). */
const coldOf =
  <R extends Report1>(keepsBruise: (report: R) => boolean) =>
  ({ report, hours, level }: PlanContext<R>) =>
    level !== 'emergency' &&
    !hasNumbness(report) &&
    (report.localSigns.swelling || (report.localSigns.bruising && (hours < 48 || keepsBruise(report))));

const coldText = (context: WordingContext): readonly Wording[] => [
  ['engine.action.cold.text', { for: context.report.localSigns.swelling ? 'swelling' : 'bruise', ...coldMinutes }],
];

function actionRules(coldAdvised: (context: PlanContext) => boolean): ActionRule[] {
  return [
    { code: 'call-emergency', source: 'seed:warning-signs', present: ({ level }) => level === 'emergency', text: emergencyCallText },
    {
      code: 'seek-care-today',
      source: 'guideline:nice-ng59',
      present: ({ level }) => level === 'urgent',
      text: withWhatToSay('engine.action.seek-care-today.text'),
    },
    {
      code: 'book-clinician',
      source: 'seed:warning-signs',
      present: ({ level }) => level === 'see-clinician',
      text: withWhatToSay('engine.action.book-clinician.text'),
    },
    {
      code: 'hydrate',
      source: 'seed:self-care',
      present: ({ level }) => level !== 'emergency',
      text: 'engine.action.hydrate.text',
    },
    {
      code: 'avoid-strenuous-exercise',
      source: 'seed:self-care',
      present: ({ level }) => level !== 'emergency',
      text: () => [['engine.action.avoid-strenuous-exercise.text', { hours: strenuousExerciseHours }]],
      details: ({ timeline }) => ({ until: timeline.strenuousExerciseFrom }),
    },
    {
      code: 'gentle-movement',
      source: 'seed:self-care',
      present: ({ level }) => level === 'self-care' || level === 'see-clinician',
      text: 'engine.action.gentle-movement.text',
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
      text: 'engine.action.heat.text',
    },
    {
      code: 'tell-therapist',
      source: 'seed:warning-signs',
      dashboardFlag: 'pressure',
      present: ({ level, report }) => level !== 'emergency' && (report.massage.sharpPainDuring || localSignsOf(report).length > 0),
      text: ({ report }) => [
        ...(report.massage.sharpPainDuring ? ['engine.action.tell-therapist.sharp-during' as const] : []),
        'engine.action.tell-therapist.text',
      ],
    },
    {
      code: 'pause-deep-massage',
      source: 'policy:triage-1',
      present: ({ level }) => level === 'urgent' || level === 'see-clinician',
      text: 'engine.action.pause-deep-massage.text',
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
    text: 'engine.action.contact-cancer-team.text',
  },
  {
    code: 'leave-leg-alone',
    source: 'guideline:nhs-dvt',
    present: (context) => hasFired(context, 'one-leg-swollen') && context.level !== 'emergency',
    text: 'engine.action.leave-leg-alone.text',
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
