// The short check-in of a diary that has a check-in already: the pain now, how it compares with last time, and one
// tick-list of every red flag and sign the policy reads, each ticked sign opening only the question it needs. What
// it does not ask is either the calm answer its unticked sign stands for, or carried from the last check-in where the
// policy says it may be; the engine still receives a whole report.
import type { MessageId } from '../i18n/messages.ts';
import type { Question } from './questionnaire.ts';
import { answerAt, bleedingRisk3, noneOfThese, sinceMassage3 } from './questionnaire.ts';

/**
 * One line of the tick-list. Ticked, the answer at `path` is `ticked`, or, when the sign has a `detail`, the answer
 * to that question (asked next, on the same page). Not ticked, it is `calm`: the answer that says the sign is absent.
 */
export interface CheckInSign {
  readonly path: string;
  readonly label: MessageId;
  readonly ticked?: unknown;
  readonly calm: unknown;
  readonly detail?: Question;
}

const sinceLabel = (path: string) => sinceMassage3.items!.find(([item]) => item === path)![1];

const lasting = [
  ['comes-and-goes', 'questionnaire.check-in.lasting.comes-and-goes'],
  ['persistent', 'questionnaire.check-in.lasting.persistent'],
] as const;

/** A yes-no sign: ticked is yes, not ticked is no. */
const yes = (path: string, label: MessageId): CheckInSign => ({ path, label, ticked: true, calm: false });

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
            why: { id: 'questionnaire.check-in.ticked.why', values: { sign: { id: sign.label } } },
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
    yes('bladderBowel.bladderControlLoss', 'questionnaire.check-in.sign.bladder-control-loss'),
    yes('bladderBowel.bowelControlLoss', 'questionnaire.check-in.sign.bowel-control-loss'),
    yes('bladderBowel.difficultyUrinating', 'questionnaire.check-in.sign.difficulty-urinating'),
    yes('nerve.saddleNumbness', 'questionnaire.check-in.sign.saddle-numbness'),
    yes('general.breathlessOrChestPain', sinceLabel('general.breathlessOrChestPain')),
    yes('general.suddenSidePain', sinceLabel('general.suddenSidePain')),
    // An emergency together with a bleeding risk (carried), a bruise, swelling or strong pain.
    yes('general.faintOrPale', sinceLabel('general.faintOrPale')),
    {
      path: 'nerve.legWeakness',
      label: 'questionnaire.check-in.sign.leg-weakness',
      calm: 'none',
      detail: {
        path: 'nerve.legWeakness',
        kind: 'choice',
        prompt: 'questionnaire.check-in.leg-weakness.prompt',
        options: [
          ['one-leg', 'questionnaire.both-legs.one-leg'],
          ['both-legs', 'questionnaire.both-legs.both-legs'],
        ],
      },
    },
    {
      path: 'nerve.numbness',
      label: 'questionnaire.check-in.sign.numbness',
      calm: 'none',
      detail: { path: 'nerve.numbness', kind: 'choice', prompt: 'questionnaire.check-in.numbness.prompt', options: lasting },
    },
    {
      path: 'nerve.tingling',
      label: 'questionnaire.check-in.sign.tingling',
      calm: 'none',
      detail: { path: 'nerve.tingling', kind: 'choice', prompt: 'questionnaire.check-in.tingling.prompt', options: lasting },
    },
    {
      path: 'pain.radiation',
      label: 'questionnaire.check-in.sign.radiation',
      calm: 'none',
      detail: {
        path: 'pain.radiation',
        kind: 'choice',
        prompt: 'questionnaire.check-in.radiation.prompt',
        options: [
          ['buttock', 'questionnaire.radiation.buttock'],
          ['thigh', 'questionnaire.radiation.thigh'],
          ['below-knee', 'questionnaire.radiation.below-knee'],
        ],
      },
    },
    {
      path: 'pain.qualities',
      label: 'questionnaire.check-in.sign.qualities',
      calm: [],
      detail: {
        path: 'pain.qualities',
        kind: 'choices',
        prompt: 'questionnaire.check-in.qualities.prompt',
        hint: 'questionnaire.answer.choose-all-that-fit',
        options: [
          ['sharp', 'questionnaire.qualities.sharp'],
          ['shooting', 'questionnaire.qualities.shooting'],
          ['electric', 'questionnaire.qualities.electric'],
        ],
      },
    },
    { path: 'pain.extent', label: 'questionnaire.check-in.sign.extent', ticked: 'localized', calm: 'widespread' },
    yes('localSigns.swelling', 'questionnaire.check-in.sign.swelling'),
    yes('localSigns.bruising', 'questionnaire.check-in.sign.bruising'),
    yes('general.fever', 'questionnaire.check-in.sign.fever'),
    yes('general.recentFallOrInjury', 'engine.reason.recent-injury.sign'),
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
  prompt: 'questionnaire.check-in.since-last.prompt',
  hint: 'questionnaire.check-in.since-last.hint',
  items: checkInSigns.map((sign) => [tickOf(sign), sign.label] as const),
  none: noneOfThese,
};

export const painNow: Question = {
  path: 'pain.severity',
  kind: 'score',
  prompt: 'questionnaire.check-in.pain-now.prompt',
};

export const comparedWithLastTime: Question = {
  path: 'pain.trend',
  kind: 'choice',
  prompt: 'questionnaire.check-in.compared.prompt',
  options: [
    ['better', 'questionnaire.check-in.compared.better'],
    ['same', 'questionnaire.trend.same'],
    ['worse', 'questionnaire.check-in.compared.worse'],
  ],
};

/** A ticked sign's question, shown only when its sign is ticked. */
export const signDetails: readonly Question[] = checkInSigns.flatMap((sign) => (sign.detail ? [sign.detail] : []));
