// TRIAGE.md's plan table as data: each action is present exactly when its condition holds, and carries its own words.
import type { Action, ActionCode, Assessment, Level, ReasonCode, Report } from '../contract/types.ts';
import { localSignsOf, ruleByCode, type DashboardFlag, type Situation } from './reasons.ts';
import type { SourceId } from './sources.ts';

/** What an action can see: the situation, the level it led to, the reasons that fired and the expected course. */
export interface PlanContext extends Situation {
  readonly level: Level;
  readonly reasons: readonly ReasonCode[];
  readonly timeline: Assessment['timeline'];
}

export interface ActionRule {
  readonly code: ActionCode;
  readonly source: SourceId;
  readonly present: (context: PlanContext) => boolean;
  /** The words: the same for everyone, or built from the situation. */
  readonly text: string | ((context: PlanContext) => string);
  /** The flag a clinic's dashboard raises when this action is advised. */
  readonly dashboardFlag?: DashboardFlag;
  /** Fields the action must carry besides its text: fixed, or built from the situation. */
  readonly details?: Partial<Omit<Action, 'code' | 'text'>> | ((context: PlanContext) => Partial<Omit<Action, 'code' | 'text'>>);
}

/** Reduced feeling in the skin is how heat and ice burns happen, so numbness rules both out. */
export const hasNumbness = (report: Report) => report.nerve.numbness !== 'none' || report.nerve.saddleNumbness;

export function coldAdvised({ report, hours, level }: PlanContext): boolean {
  return (
    level !== 'emergency' &&
    !hasNumbness(report) &&
    (report.localSigns.swelling || (report.localSigns.bruising && hours < 48))
  );
}

export const coldMinutes = { minMinutes: 15, maxMinutes: 20 } as const;
export const strenuousExerciseHours = 48;

/** The emergency number, shown before any question and with every emergency answer. */
export const emergencyNumbers = '999 in the UK, 112 in Europe, 911 in the US and Canada';

/** What to say on the call: one sentence per sign that fired, in the caller's own voice. */
function emergencyCallText(reasons: readonly ReasonCode[]): string {
  return (
    `Call the emergency number now (${emergencyNumbers}). ` +
    `Tell them: "I had a massage and now I have low back pain. ${reasons.map((code) => `${ruleByCode.get(code)?.told ?? code}.`).join(' ')}" ` +
    'Do not drive yourself. If someone is with you, ask them to stay with you.'
  );
}

export const actionRules: readonly ActionRule[] = [
  {
    code: 'call-emergency',
    source: 'seed:warning-signs',
    present: ({ level }) => level === 'emergency',
    text: ({ reasons }) => emergencyCallText(reasons),
  },
  {
    code: 'seek-care-today',
    source: 'guideline:nice-ng59',
    present: ({ level }) => level === 'urgent',
    text:
      'Speak to a doctor today. Call your GP surgery, or a non-emergency health line (such as 111 in the UK) if it is closed. Say that the pain started after a massage.',
  },
  {
    code: 'book-clinician',
    source: 'seed:warning-signs',
    present: ({ level }) => level === 'see-clinician',
    text:
      'Book an appointment with a doctor or physiotherapist in the next few days. Tell them about the massage and what you have noticed since.',
  },
  {
    code: 'hydrate',
    source: 'seed:self-care',
    present: ({ level }) => level !== 'emergency',
    text:
      'Drink water in small sips through the day, rather than a lot at once. Staying well hydrated helps your muscles recover.',
  },
  {
    code: 'avoid-strenuous-exercise',
    source: 'seed:self-care',
    present: ({ level }) => level !== 'emergency',
    text:
      `No hard exercise or heavy lifting until ${strenuousExerciseHours} hours after the massage. This gives the muscles time to repair.`,
    details: ({ timeline }) => ({ until: timeline.strenuousExerciseFrom }),
  },
  {
    code: 'gentle-movement',
    source: 'seed:self-care',
    present: ({ level }) => level === 'self-care' || level === 'see-clinician',
    text:
      'Keep moving gently. A short, easy walk and simple stretches help blood flow and stop the muscles getting stiff. Stop if a movement causes sharp pain.',
  },
  {
    code: 'cold',
    source: 'seed:self-care',
    present: coldAdvised,
    text:
      `For the swelling, hold a cold pack wrapped in a thin cloth on the area for ${coldMinutes.minMinutes} to ${coldMinutes.maxMinutes} minutes, then take it off. ` +
      'Never put ice straight on your skin. You can do this again after a break of at least an hour.',
    details: { ...coldMinutes },
  },
  {
    code: 'heat',
    source: 'seed:self-care',
    present: (context) =>
      (context.level === 'self-care' || context.level === 'see-clinician') &&
      !hasNumbness(context.report) &&
      context.report.pain.qualities.some((quality) => quality === 'dull-ache' || quality === 'stiffness') &&
      !coldAdvised(context),
    text:
      'For stiffness and aching, use warmth: a warm bath or a heating pad helps the muscles relax. Keep it warm, not hot, and do not fall asleep on a heating pad.',
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
