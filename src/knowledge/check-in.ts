// The short check-in of a diary that has a check-in already: the pain now, how it compares with last time, and one
// tick-list of every red flag and sign the policy reads, each ticked sign opening only the question it needs. What
// it does not ask is either the calm answer its unticked sign stands for, or carried from the last check-in where the
// policy says it may be; the engine still receives a whole report.
import type { Question } from './questionnaire.ts';
import { answerAt, bleedingRisk3, sinceMassage3 } from './questionnaire.ts';

/**
 * One line of the tick-list. Ticked, the answer at `path` is `ticked`, or, when the sign has a `detail`, the answer
 * to that question (asked next, on the same page). Not ticked, it is `calm`: the answer that says the sign is absent.
 */
export interface CheckInSign {
  readonly path: string;
  readonly label: string;
  readonly ticked?: unknown;
  readonly calm: unknown;
  readonly detail?: Question;
}

const sinceLabel = (path: string) => sinceMassage3.items!.find(([item]) => item === path)![1];

const lasting = [
  ['comes-and-goes', 'It comes and goes'],
  ['persistent', 'It is there all the time'],
] as const;

/** A yes-no sign: ticked is yes, not ticked is no. */
const yes = (path: string, label: string): CheckInSign => ({ path, label, ticked: true, calm: false });

/**
 * A sign's question is asked only when the sign is ticked: a follow-up of the tick-list, hidden (and sending nothing)
 * until then. In a report's terms, it is asked when the answer is not the calm one.
 */
const asked = (sign: CheckInSign): CheckInSign =>
  sign.detail
    ? {
        ...sign,
        detail: {
          ...sign.detail,
          followUp: {
            when: (report) => JSON.stringify(answerAt(report, sign.path)) !== JSON.stringify(sign.calm),
            why: `you ticked "${sign.label}": say which`,
          },
        },
      }
    : sign;

/**
 * Policy 3's signs, emergency signs first. Each is a report answer the policy's rules read; together with the pain
 * score, the trend and the carried answers they make every field a rule reads.
 */
export const checkInSigns: readonly CheckInSign[] = (
  [
    yes('bladderBowel.bladderControlLoss', 'Pee leaking without warning: you cannot hold it'),
    yes('bladderBowel.bowelControlLoss', 'Losing control of your bowels'),
    yes('bladderBowel.difficultyUrinating', 'Not able to pee or to start the flow, or not feeling when your bladder is full'),
    yes('nerve.saddleNumbness', 'Numbness between your legs or around your genitals or bottom, or a different feeling when you wipe'),
    yes('general.breathlessOrChestPain', sinceLabel('general.breathlessOrChestPain')),
    yes('general.suddenSidePain', sinceLabel('general.suddenSidePain')),
    // An emergency together with a bleeding risk (carried), a bruise, swelling or strong pain.
    yes('general.faintOrPale', sinceLabel('general.faintOrPale')),
    {
      path: 'nerve.legWeakness',
      label: 'A leg that feels weak or gives way',
      calm: 'none',
      detail: {
        path: 'nerve.legWeakness',
        kind: 'choice',
        prompt: 'Which legs feel weak or give way?',
        options: [
          ['one-leg', 'One leg'],
          ['both-legs', 'Both legs'],
        ],
      },
    },
    {
      path: 'nerve.numbness',
      label: 'Numbness in a leg or foot',
      calm: 'none',
      detail: { path: 'nerve.numbness', kind: 'choice', prompt: 'Is the numbness there all the time?', options: lasting },
    },
    {
      path: 'nerve.tingling',
      label: 'Tingling or pins and needles in a leg or foot',
      calm: 'none',
      detail: { path: 'nerve.tingling', kind: 'choice', prompt: 'Is the tingling there all the time?', options: lasting },
    },
    {
      path: 'pain.radiation',
      label: 'Pain that travels from your back into your buttock or leg (not soreness in a leg that was massaged)',
      calm: 'none',
      detail: {
        path: 'pain.radiation',
        kind: 'choice',
        prompt: 'How far does the pain travel?',
        options: [
          ['buttock', 'Into the buttock'],
          ['thigh', 'Down into the thigh'],
          ['below-knee', 'Down the leg below the knee'],
        ],
      },
    },
    {
      path: 'pain.qualities',
      label: 'Sharp, stabbing, shooting or electric-shock pain',
      calm: [],
      detail: {
        path: 'pain.qualities',
        kind: 'choices',
        prompt: 'What is the pain like?',
        hint: 'Choose all that fit.',
        options: [
          ['sharp', 'Sharp or stabbing'],
          ['shooting', 'Shooting'],
          ['electric', 'Like an electric shock'],
        ],
      },
    },
    { path: 'pain.extent', label: 'Pain in one spot, rather than spread across the lower back', ticked: 'localized', calm: 'widespread' },
    yes('localSigns.swelling', 'Swelling where you were massaged'),
    yes('localSigns.bruising', 'Bruising where you were massaged'),
    yes('general.fever', 'A fever: 38 °C or more, or feeling hot and shivery'),
    yes('general.recentFallOrInjury', 'A fall or a knock to your back'),
    yes('bladderBowel.brownUrine', sinceLabel('bladderBowel.brownUrine')),
    yes('bladderBowel.bloodInUrine', sinceLabel('bladderBowel.bloodInUrine')),
    yes('general.oneLegSwollen', sinceLabel('general.oneLegSwollen')),
  ] satisfies CheckInSign[]
).map(asked);

/** Answers a check-in carries from the last one: TRIAGE.md (policy 3, "carried from the first report, as `bloodThinners` already is"). */
export const carriedPaths: readonly string[] = bleedingRisk3.items!.map(([path]) => path);

/**
 * The blood-thinner question with its second answer, asked once in the short check-in of a diary whose last whole
 * check-in has no answer to it (one made under policy 2): TRIAGE.md, "Diaries started under an earlier policy".
 */
export const bleedingQuestion: Question = bleedingRisk3;

/** Whether a short check-in carrying answers from `carriedFrom` must ask the bleeding question first. */
export const asksBleeding = (carriedFrom: unknown) => carriedPaths.some((path) => answerAt(carriedFrom, path) === undefined);

/** The form's name for a sign's tick: apart from the answer's own path, which a ticked sign's question sets. */
export const tickOf = (sign: CheckInSign) => `since.${sign.path}`;

/** The tick-list as a question: its items are the signs, by path; "None of these" is exclusive. */
export const sinceLastCheckIn: Question = {
  path: 'sinceLastCheckIn',
  kind: 'checklist',
  prompt: 'Since your last check-in, have you had any of these?',
  hint: 'Tick each one you have had, even if you ticked it last time. Most people tick None of these.',
  items: checkInSigns.map((sign) => [tickOf(sign), sign.label] as const),
  none: 'None of these',
};

export const painNow: Question = {
  path: 'pain.severity',
  kind: 'score',
  prompt: 'How bad is the pain now, from 0 (no pain) to 10 (the worst you can imagine)?',
};

export const comparedWithLastTime: Question = {
  path: 'pain.trend',
  kind: 'choice',
  prompt: 'Compared with your last check-in, is it better, the same or worse?',
  options: [
    ['better', 'Better'],
    ['same', 'About the same'],
    ['worse', 'Worse'],
  ],
};

/** A ticked sign's question, shown only when its sign is ticked. */
export const signDetails: readonly Question[] = checkInSigns.flatMap((sign) => (sign.detail ? [sign.detail] : []));
