// The questions of a report, in the order people are asked them: red flags first (with policy 2's tick-list), then
// the massage, then the pain, and policy 2's follow-ups, each asked only when another answer makes it matter. Every
// word is a message id (the `questionnaire` section of the catalogues): the rows keep their paths, values and codes,
// and a page, the terminal or the FHIR export says them in its own language.
import type { Report1, Report2 } from '../contract/types.ts';
import { issue, type IssueSaid } from '../contract/errors.ts';
import type { Sentence } from '../contract/sentence.ts';
import type { MessageId, Translator } from '../i18n/messages.ts';
import { mechanism, nerveSign, notSettling, reachesLeg } from './situation.ts';

export type QuestionKind = 'yes-no' | 'choice' | 'choices' | 'score' | 'instant' | 'checklist';

/** A follow-up: asked only when `when` holds of the answers so far; refused when needed and missing, saying `why`. */
export interface FollowUp {
  readonly when: (report: Report2, hours: number) => boolean;
  /** Why the answer is needed, as the end of "is needed because …". */
  readonly why: Sentence;
}

export interface Question {
  /** Dotted path of the answer in the report (for a checklist, the name of the group). */
  readonly path: string;
  readonly kind: QuestionKind;
  readonly prompt: MessageId;
  readonly hint?: MessageId;
  /** Values and their labels, for choice questions (and a yes-no question's own words for yes and no). */
  readonly options?: readonly (readonly [value: string, label: MessageId])[];
  /** A checklist's items (each a yes-no answer at its own path) and its exclusive "none" label. */
  readonly items?: readonly (readonly [path: string, label: MessageId])[];
  readonly none?: MessageId;
  readonly optional?: boolean;
  readonly followUp?: FollowUp;
}

export interface Section {
  readonly id: 'red-flags' | 'other-signs' | 'massage' | 'pain' | 'check-in';
  readonly title: MessageId;
  readonly intro: MessageId;
  readonly questions: readonly Question[];
}

export type Questionnaire = readonly Section[];

/** A yes-no question's answers when it has no words of its own: No before Yes, as every "No, …" choice starts. */
export const yesNoOptions: readonly (readonly [value: string, label: MessageId])[] = [
  ['no', 'questionnaire.answer.no'],
  ['yes', 'questionnaire.answer.yes'],
];

/** A checklist's exclusive answer when it names none of its own. */
export const noneOfThese: MessageId = 'questionnaire.answer.none-of-these';

const regionOptions = [
  ['quadratus-lumborum', 'questionnaire.region.quadratus-lumborum'],
  ['psoas', 'questionnaire.region.psoas'],
  ['erector-spinae', 'questionnaire.region.erector-spinae'],
  ['sacroiliac-joint', 'questionnaire.region.sacroiliac-joint'],
] as const;

const persistence = [
  ['none', 'questionnaire.answer.no'],
  ['comes-and-goes', 'questionnaire.persistence.comes-and-goes'],
  ['persistent', 'questionnaire.persistence.persistent'],
] as const;

const legWeakness: Question = {
  path: 'nerve.legWeakness',
  kind: 'choice',
  prompt: 'questionnaire.leg-weakness.prompt',
  options: [
    ['none', 'questionnaire.answer.no'],
    ['one-leg', 'questionnaire.leg-weakness.one-leg'],
    ['both-legs', 'questionnaire.leg-weakness.both-legs'],
  ],
};

/** Policy 1's questions, worded as they were. */
export const questionnaire1: Questionnaire = [
  {
    id: 'red-flags',
    title: 'questionnaire.section.red-flags.title',
    intro: 'questionnaire.section.red-flags.intro',
    questions: [
      { path: 'bladderBowel.bladderControlLoss', kind: 'yes-no', prompt: 'questionnaire.bladder-control-loss.prompt' },
      { path: 'bladderBowel.bowelControlLoss', kind: 'yes-no', prompt: 'questionnaire.bowel-control-loss.prompt' },
      { path: 'bladderBowel.difficultyUrinating', kind: 'yes-no', prompt: 'questionnaire.difficulty-urinating.prompt' },
      { path: 'nerve.saddleNumbness', kind: 'yes-no', prompt: 'questionnaire.saddle-numbness.prompt' },
      legWeakness,
    ],
  },
  {
    id: 'other-signs',
    title: 'questionnaire.section.other-signs.title',
    intro: 'questionnaire.section.other-signs.intro',
    questions: [
      { path: 'nerve.numbness', kind: 'choice', prompt: 'questionnaire.numbness.prompt', options: persistence },
      { path: 'nerve.tingling', kind: 'choice', prompt: 'questionnaire.tingling.prompt', options: persistence },
      { path: 'general.fever', kind: 'yes-no', prompt: 'questionnaire.fever.prompt' },
      { path: 'general.recentFallOrInjury', kind: 'yes-no', prompt: 'questionnaire.fall.prompt' },
      { path: 'general.bloodThinners', kind: 'yes-no', prompt: 'questionnaire.blood-thinners.prompt' },
    ],
  },
  {
    id: 'massage',
    title: 'questionnaire.section.massage.title',
    intro: 'questionnaire.section.massage.intro',
    questions: [
      { path: 'massage.endedAt', kind: 'instant', prompt: 'questionnaire.ended-at.prompt', hint: 'questionnaire.ended-at.hint' },
      {
        path: 'massage.style',
        kind: 'choice',
        optional: true,
        prompt: 'questionnaire.style.prompt',
        options: [
          ['deep-tissue', 'questionnaire.style.deep-tissue'],
          ['sports', 'questionnaire.style.sports'],
          ['swedish', 'questionnaire.style.swedish'],
          ['trigger-point', 'questionnaire.style.trigger-point'],
          ['myofascial', 'questionnaire.style.myofascial'],
          ['other', 'questionnaire.style.other'],
        ],
      },
      {
        path: 'massage.pressure',
        kind: 'choice',
        optional: true,
        prompt: 'questionnaire.pressure.prompt',
        options: [
          ['light', 'questionnaire.pressure.light'],
          ['moderate', 'questionnaire.pressure.moderate'],
          ['firm', 'questionnaire.pressure.firm'],
        ],
      },
      {
        path: 'massage.areasWorked',
        kind: 'choices',
        optional: true,
        prompt: 'questionnaire.areas-worked.prompt',
        options: regionOptions,
      },
      { path: 'massage.sharpPainDuring', kind: 'yes-no', prompt: 'questionnaire.sharp-pain-during.prompt' },
    ],
  },
  {
    id: 'pain',
    title: 'questionnaire.section.pain.title',
    intro: 'questionnaire.section.pain.intro',
    questions: [
      { path: 'pain.severity', kind: 'score', prompt: 'questionnaire.severity.prompt' },
      {
        path: 'pain.qualities',
        kind: 'choices',
        prompt: 'questionnaire.qualities.prompt',
        hint: 'questionnaire.answer.choose-all-that-fit',
        options: [
          ['dull-ache', 'questionnaire.qualities.dull-ache'],
          ['stiffness', 'questionnaire.qualities.stiffness'],
          ['tenderness', 'questionnaire.qualities.tenderness'],
          ['sharp', 'questionnaire.qualities.sharp'],
          ['shooting', 'questionnaire.qualities.shooting'],
          ['electric', 'questionnaire.qualities.electric'],
          ['burning', 'questionnaire.qualities.burning'],
        ],
      },
      {
        path: 'pain.extent',
        kind: 'choice',
        prompt: 'questionnaire.extent.prompt',
        options: [
          ['widespread', 'questionnaire.extent.widespread'],
          ['localized', 'questionnaire.extent.localized'],
        ],
      },
      {
        path: 'pain.regions',
        kind: 'choices',
        optional: true,
        prompt: 'questionnaire.regions.prompt',
        hint: 'questionnaire.regions.hint',
        options: regionOptions,
      },
      {
        path: 'pain.radiation',
        kind: 'choice',
        prompt: 'questionnaire.radiation.prompt',
        options: [
          ['none', 'questionnaire.radiation.none'],
          ['buttock', 'questionnaire.radiation.buttock'],
          ['thigh', 'questionnaire.radiation.thigh'],
          ['below-knee', 'questionnaire.radiation.below-knee'],
        ],
      },
      {
        path: 'pain.trend',
        kind: 'choice',
        prompt: 'questionnaire.trend.prompt',
        options: [
          ['better', 'questionnaire.trend.better'],
          ['same', 'questionnaire.trend.same'],
          ['worse', 'questionnaire.trend.worse'],
        ],
      },
      { path: 'localSigns.swelling', kind: 'yes-no', prompt: 'questionnaire.swelling.prompt' },
      { path: 'localSigns.bruising', kind: 'yes-no', prompt: 'questionnaire.bruising.prompt' },
    ],
  },
];

/** Policy 2's one up-front tick-list, for everyone: one tap ("None of these") for most people. */
export const sinceMassage: Question = {
  path: 'sinceMassage',
  kind: 'checklist',
  prompt: 'questionnaire.since-massage.prompt',
  hint: 'questionnaire.since-massage.hint',
  items: [
    ['general.breathlessOrChestPain', 'questionnaire.since-massage.breathless-or-chest-pain'],
    ['bladderBowel.brownUrine', 'questionnaire.since-massage.brown-urine'],
    ['bladderBowel.bloodInUrine', 'engine.reason.blood-in-urine.sign'],
    ['general.oneLegSwollen', 'questionnaire.since-massage.one-leg-swollen'],
  ],
  none: noneOfThese,
};

const leg = (report: Report1) => reachesLeg(report) || report.nerve.numbness !== 'none' || report.nerve.tingling !== 'none';

/** Policy 2's follow-ups, asked after the pain, each only when it can change the advice. */
export const followUps: readonly Question[] = [
  {
    path: 'nerve.bothLegs',
    kind: 'yes-no',
    prompt: 'questionnaire.both-legs.prompt',
    hint: 'questionnaire.both-legs.hint',
    // A yes-no question in its own words: "both legs" is yes.
    options: [
      ['no', 'questionnaire.both-legs.one-leg'],
      ['yes', 'questionnaire.both-legs.both-legs'],
    ],
    followUp: { when: leg, why: 'questionnaire.both-legs.why' },
  },
  {
    path: 'history.aged70OrOver',
    kind: 'yes-no',
    prompt: 'questionnaire.aged-70-or-over.prompt',
    followUp: { when: mechanism, why: 'questionnaire.aged-70-or-over.why' },
  },
  {
    path: 'history.fragileBones',
    kind: 'yes-no',
    prompt: 'questionnaire.fragile-bones.prompt',
    followUp: { when: mechanism, why: 'questionnaire.fragile-bones.why' },
  },
  {
    path: 'history.cancer',
    kind: 'yes-no',
    prompt: 'questionnaire.cancer.prompt',
    hint: 'questionnaire.cancer.hint',
    followUp: {
      when: (report, hours) => nerveSign(report) || notSettling(report, hours),
      why: 'questionnaire.cancer.why',
    },
  },
  {
    path: 'pain.nightPainPreventsSleep',
    kind: 'yes-no',
    prompt: 'questionnaire.night-pain.prompt',
    followUp: {
      when: (report, hours) => report.history?.cancer === true && notSettling(report, hours),
      why: 'questionnaire.night-pain.why',
    },
  },
];

/** Policy 2's words for four of policy 1's questions: what each sign also covers, and what it does not. */
const policy2Wording: Readonly<Record<string, Pick<Question, 'prompt' | 'hint'>>> = {
  'bladderBowel.difficultyUrinating': { prompt: 'questionnaire.difficulty-urinating.prompt-2' },
  'nerve.saddleNumbness': { prompt: 'questionnaire.saddle-numbness.prompt', hint: 'questionnaire.saddle-numbness.hint-2' },
  'general.bloodThinners': { prompt: 'questionnaire.blood-thinners.prompt-2', hint: 'questionnaire.blood-thinners.hint-2' },
  'pain.radiation': { prompt: 'questionnaire.radiation.prompt-2', hint: 'questionnaire.radiation.hint-2' },
};

/** Policy 2's questions: policy 1's, reworded where TRIAGE.md says, the tick-list with the red flags, the follow-ups after the pain. */
export const questionnaire2: Questionnaire = questionnaire1.map((section) => ({
  ...section,
  questions: [
    ...section.questions.map((question) => ({ ...question, ...policy2Wording[question.path] })),
    ...(section.id === 'red-flags' ? [sinceMassage] : []),
    ...(section.id === 'pain' ? followUps : []),
  ],
}));

/** The message id of a choice, as the questionnaire asks it; undefined for a value the question does not offer. */
export function optionLabel(path: string, value: string): MessageId | undefined {
  for (const section of questionnaire2)
    for (const question of section.questions)
      if (question.path === path) return question.options?.find(([option]) => option === value)?.[1];
  return undefined;
}

/**
 * The words a choice is shown in, in `t`'s language: `optionName('massage.style', 'deep-tissue', t)` is "Deep
 * tissue" in English; a value the question does not offer is shown as itself. Every caller says whose words: there is
 * no default language.
 */
export function optionName(path: string, value: string, t: Translator): string {
  const label = optionLabel(path, value);
  return label ? t(label) : value;
}

/** Policy 3's up-front tick-list: policy 2's four items (red pee worded more exactly) and two more, for everyone. */
export const sinceMassage3: Question = {
  ...sinceMassage,
  items: [
    ...sinceMassage.items!.map(([path, label]) =>
      path === 'bladderBowel.bloodInUrine' ? ([path, 'questionnaire.since-massage.blood-in-urine-3'] as const) : ([path, label] as const),
    ),
    ['general.suddenSidePain', 'engine.reason.sudden-side-or-belly-pain.sign'],
    ['general.faintOrPale', 'questionnaire.since-massage.faint-or-pale'],
  ],
};

/** Policy 3's blood-thinner question, for everyone: a second answer, and "Neither" still one tap. */
export const bleedingRisk3: Question = {
  path: 'bleedingRisk',
  kind: 'checklist',
  prompt: 'questionnaire.bleeding-risk.prompt',
  hint: 'questionnaire.bleeding-risk.hint',
  items: [
    ['general.bloodThinners', 'questionnaire.bleeding-risk.blood-thinners'],
    ['general.bleedingTendency', 'questionnaire.bleeding-risk.bleeding-tendency'],
  ],
  none: 'questionnaire.bleeding-risk.neither',
};

/** Policy 3's follow-ups of the red-flag tick-list: after red pee. */
export const redUrineFollowUp: Question = {
  path: 'bladderBowel.redUrineAfterPressure',
  kind: 'yes-no',
  prompt: 'questionnaire.red-urine-after-pressure.prompt',
  followUp: {
    when: (report) => report.bladderBowel.bloodInUrine,
    why: 'questionnaire.red-urine-after-pressure.why',
  },
};

/** Policy 3's follow-ups of the other signs: after brown pee or a fever, and after a fall. */
export const otherSignsFollowUps3: readonly Question[] = [
  {
    path: 'alsoUnwell',
    kind: 'checklist',
    prompt: 'questionnaire.also-unwell.prompt',
    hint: 'questionnaire.also-unwell.hint',
    items: [
      ['general.veryUnwell', 'questionnaire.also-unwell.very-unwell'],
      ['bladderBowel.littleOrNoUrine', 'questionnaire.also-unwell.little-or-no-urine'],
      ['general.musclesVeryPainfulOrWeak', 'questionnaire.also-unwell.muscles-very-painful-or-weak'],
    ],
    none: noneOfThese,
    followUp: {
      when: (report) => report.bladderBowel.brownUrine || report.general.fever,
      why: 'questionnaire.also-unwell.why',
    },
  },
  {
    path: 'general.seriousAccident',
    kind: 'yes-no',
    prompt: 'questionnaire.serious-accident.prompt',
    followUp: {
      when: (report) => report.general.recentFallOrInjury,
      why: 'questionnaire.serious-accident.why',
    },
  },
];

/**
 * Policy 3's questions: policy 2's, with two more items on the tick-list (and red pee's follow-up beside it), the
 * blood-thinner question with its second answer, and the follow-ups of brown pee, a fever and a fall.
 */
export const questionnaire3: Questionnaire = questionnaire2.map((section) => ({
  ...section,
  questions: section.questions.flatMap((question): Question[] => {
    if (question.path === 'sinceMassage') return [sinceMassage3, redUrineFollowUp];
    if (question.path === 'general.bloodThinners') return [bleedingRisk3];
    if (question.path === 'general.recentFallOrInjury') return [question, ...otherSignsFollowUps3];
    return [question];
  }),
}));

/** A follow-up refused for want of its answer: "is needed because …", worded in the reader's language when sent. */
export const neededBecause = (path: string, why: Sentence): IssueSaid =>
  issue(path, 'questionnaire.api.needed-because', { why: typeof why === 'string' ? { id: why } : why });

/** The answer paths a question sets: its own, or each of a checklist's items. */
export const answerPaths = (question: Question): readonly string[] =>
  question.items ? question.items.map(([path]) => path) : [question.path];

export type Answers = Record<string, unknown>;

/** The value at a dotted path in a report (or any nested object), or undefined where the path ends early. */
export const answerAt = (report: unknown, path: string): unknown => answerAtKeys(report, path.split('.'));

/** The value at a path already split into its keys: for paths read again and again. */
export function answerAtKeys(report: unknown, keys: readonly string[]): unknown {
  let node = report;
  for (const key of keys) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** Sets a dotted path in a plain nested object, creating objects on the way; never touches a prototype. */
export function setAnswer(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      Object.defineProperty(node, key, { value: created, enumerable: true, writable: true, configurable: true });
      node = created;
    }
  }
  Object.defineProperty(node, keys[keys.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}

/** The answers given, by dotted path, as a (not yet validated) report made at `reportedAt`. */
export function reportFrom(answers: Answers, reportedAt: string): Record<string, unknown> {
  const report: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(answers)) setAnswer(report, path, value);
  setAnswer(report, 'reportedAt', reportedAt);
  return report;
}
