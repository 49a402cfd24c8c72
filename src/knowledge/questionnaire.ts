// The questions of a report, in the order people are asked them: red flags first (with policy 2's tick-list), then
// the massage, then the pain, and policy 2's follow-ups, each asked only when another answer makes it matter.
import type { Report1, Report2 } from '../contract/types.ts';
import { mechanism, nerveSign, notSettling, reachesLeg } from './situation.ts';

export type QuestionKind = 'yes-no' | 'choice' | 'choices' | 'score' | 'instant' | 'checklist';

/** A follow-up: asked only when `when` holds of the answers so far; refused when needed and missing, saying `why`. */
export interface FollowUp {
  readonly when: (report: Report2, hours: number) => boolean;
  readonly why: string;
}

export interface Question {
  /** Dotted path of the answer in the report (for a checklist, the name of the group). */
  readonly path: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  readonly hint?: string;
  /** Values and their labels, for choice questions (and a yes-no question's own words for yes and no). */
  readonly options?: readonly (readonly [value: string, label: string])[];
  /** A checklist's items (each a yes-no answer at its own path) and its exclusive "none" label. */
  readonly items?: readonly (readonly [path: string, label: string])[];
  readonly none?: string;
  readonly optional?: boolean;
  readonly followUp?: FollowUp;
}

export interface Section {
  readonly id: 'red-flags' | 'other-signs' | 'massage' | 'pain' | 'check-in';
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly Question[];
}

export type Questionnaire = readonly Section[];

const regionOptions = [
  ['quadratus-lumborum', 'Deep in the side of the lower back, between the ribs and the hip (QL)'],
  ['psoas', 'Deep at the front of the hip or in the belly side of the lower back (psoas)'],
  ['erector-spinae', 'Along either side of the spine (erector spinae)'],
  ['sacroiliac-joint', 'Low down, where the spine meets the pelvis (SI joint)'],
] as const;

const persistence = [
  ['none', 'No'],
  ['comes-and-goes', 'Yes, it comes and goes'],
  ['persistent', 'Yes, all the time'],
] as const;

const legWeakness: Question = {
  path: 'nerve.legWeakness',
  kind: 'choice',
  prompt: 'Do your legs feel weak, or give way?',
  options: [
    ['none', 'No'],
    ['one-leg', 'Yes, one leg'],
    ['both-legs', 'Yes, both legs'],
  ],
};

const redFlagIntro = 'These signs are rare, but any of them needs help straight away.';

/** Policy 1's questions, worded as they were. */
export const questionnaire1: Questionnaire = [
  {
    id: 'red-flags',
    title: 'First, some safety questions',
    intro: redFlagIntro,
    questions: [
      {
        path: 'bladderBowel.bladderControlLoss',
        kind: 'yes-no',
        prompt: 'Have you lost control of your bladder, so that urine leaks without warning?',
      },
      { path: 'bladderBowel.bowelControlLoss', kind: 'yes-no', prompt: 'Have you lost control of your bowels?' },
      {
        path: 'bladderBowel.difficultyUrinating',
        kind: 'yes-no',
        prompt: 'Are you unable to pass urine, or unable to start the flow or feel it?',
      },
      { path: 'nerve.saddleNumbness', kind: 'yes-no', prompt: 'Do you feel numb between your legs, or around your genitals or bottom?' },
      legWeakness,
    ],
  },
  {
    id: 'other-signs',
    title: 'Other signs',
    intro: 'These help decide how soon you should see someone.',
    questions: [
      { path: 'nerve.numbness', kind: 'choice', prompt: 'Do you have numbness in your legs or feet?', options: persistence },
      {
        path: 'nerve.tingling',
        kind: 'choice',
        prompt: 'Do you have tingling or pins and needles in your legs or feet?',
        options: persistence,
      },
      { path: 'general.fever', kind: 'yes-no', prompt: 'Do you have a fever (38 °C or more, or feeling hot and shivery)?' },
      {
        path: 'general.recentFallOrInjury',
        kind: 'yes-no',
        prompt: 'Have you had a fall or a knock to your back, apart from the massage?',
      },
      {
        path: 'general.bloodThinners',
        kind: 'yes-no',
        prompt: 'Do you take medicine that thins the blood (such as warfarin, apixaban or rivaroxaban)?',
      },
    ],
  },
  {
    id: 'massage',
    title: 'The massage',
    intro: 'Tell us about the massage itself.',
    questions: [
      {
        path: 'massage.endedAt',
        kind: 'instant',
        prompt: 'When did the massage end?',
        hint: 'For example "yesterday 17:00", "2026-03-02 17:00", "17:00" or "20 hours ago".',
      },
      {
        path: 'massage.style',
        kind: 'choice',
        optional: true,
        prompt: 'What kind of massage was it?',
        options: [
          ['deep-tissue', 'Deep tissue'],
          ['sports', 'Sports'],
          ['swedish', 'Swedish'],
          ['trigger-point', 'Trigger point'],
          ['myofascial', 'Myofascial release'],
          ['other', 'Something else'],
        ],
      },
      {
        path: 'massage.pressure',
        kind: 'choice',
        optional: true,
        prompt: 'How firm was the pressure?',
        options: [
          ['light', 'Light'],
          ['moderate', 'Moderate'],
          ['firm', 'Firm'],
        ],
      },
      {
        path: 'massage.areasWorked',
        kind: 'choices',
        optional: true,
        prompt: 'Which areas did the therapist work on?',
        options: regionOptions,
      },
      { path: 'massage.sharpPainDuring', kind: 'yes-no', prompt: 'Did you feel sharp pain during the massage?' },
    ],
  },
  {
    id: 'pain',
    title: 'Your pain now',
    intro: 'Tell us how your lower back feels now.',
    questions: [
      { path: 'pain.severity', kind: 'score', prompt: 'How bad is the pain, from 0 (no pain) to 10 (the worst you can imagine)?' },
      {
        path: 'pain.qualities',
        kind: 'choices',
        prompt: 'What does the pain feel like?',
        hint: 'Choose all that fit.',
        options: [
          ['dull-ache', 'A dull ache'],
          ['stiffness', 'Stiff'],
          ['tenderness', 'Tender to touch'],
          ['sharp', 'Sharp or stabbing'],
          ['shooting', 'Shooting'],
          ['electric', 'Like an electric shock'],
          ['burning', 'Burning'],
        ],
      },
      {
        path: 'pain.extent',
        kind: 'choice',
        prompt: 'Is the pain spread out, or in one spot?',
        options: [
          ['widespread', 'Spread across the lower back'],
          ['localized', 'In one spot'],
        ],
      },
      {
        path: 'pain.regions',
        kind: 'choices',
        optional: true,
        prompt: 'Where is it sore?',
        hint: 'Choose all that fit, or none if you are not sure.',
        options: regionOptions,
      },
      {
        path: 'pain.radiation',
        kind: 'choice',
        prompt: 'Does the pain travel anywhere?',
        options: [
          ['none', 'No, it stays in the back'],
          ['buttock', 'Into the buttock'],
          ['thigh', 'Down into the thigh'],
          ['below-knee', 'Down the leg below the knee'],
        ],
      },
      {
        path: 'pain.trend',
        kind: 'choice',
        prompt: 'Since the pain began, is it getting better, staying the same or getting worse?',
        options: [
          ['better', 'Getting better'],
          ['same', 'About the same'],
          ['worse', 'Getting worse'],
        ],
      },
      { path: 'localSigns.swelling', kind: 'yes-no', prompt: 'Is there swelling where you were massaged?' },
      { path: 'localSigns.bruising', kind: 'yes-no', prompt: 'Is there bruising where you were massaged?' },
    ],
  },
];

/** Policy 2's one up-front tick-list, for everyone: one tap ("None of these") for most people. */
export const sinceMassage: Question = {
  path: 'sinceMassage',
  kind: 'checklist',
  prompt: 'Since the massage, have you had any of these?',
  hint: 'Tick all you have had, or None of these.',
  items: [
    ['general.breathlessOrChestPain', 'Shortness of breath, pain in your chest, or coughing up blood'],
    [
      'bladderBowel.brownUrine',
      'Pee that is brown, like cola or strong tea (dark yellow pee is not this: it usually means you need to drink more)',
    ],
    ['bladderBowel.bloodInUrine', 'Pee that is red or pink'],
    ['general.oneLegSwollen', 'One calf or leg that is newly swollen, warm or painful (not just sore where it was massaged)'],
  ],
  none: 'None of these',
};

const leg = (report: Report1) => reachesLeg(report) || report.nerve.numbness !== 'none' || report.nerve.tingling !== 'none';

/** Policy 2's follow-ups, asked after the pain, each only when it can change the advice. */
export const followUps: readonly Question[] = [
  {
    path: 'nerve.bothLegs',
    kind: 'yes-no',
    prompt: 'Is this in one leg, or in both legs?',
    hint: 'The pain down the leg, the numbness, or the pins and needles.',
    // A yes-no question in its own words: "both legs" is yes.
    options: [
      ['no', 'One leg'],
      ['yes', 'Both legs'],
    ],
    followUp: { when: leg, why: 'the pain reaches the leg, or there is numbness or tingling: say whether it is in one leg or both' },
  },
  {
    path: 'history.aged70OrOver',
    kind: 'yes-no',
    prompt: 'Are you 70 or older?',
    followUp: {
      when: mechanism,
      why: 'the pain is sharp (now or during the massage) or strong in one spot: say whether you are 70 or older',
    },
  },
  {
    path: 'history.fragileBones',
    kind: 'yes-no',
    prompt:
      'Has a doctor said your bones are thin or weak (osteoporosis), have you broken a bone in a small fall as an adult, or have you taken steroid tablets (such as prednisolone) for 3 months or more?',
    followUp: {
      when: mechanism,
      why: 'the pain is sharp (now or during the massage) or strong in one spot: say whether your bones may be weak',
    },
  },
  {
    path: 'history.cancer',
    kind: 'yes-no',
    prompt: 'Have you ever had cancer?',
    hint: 'A skin cancer that was simply cut out does not count.',
    followUp: {
      when: (report, hours) => nerveSign(report) || notSettling(report, hours),
      why: 'there are nerve symptoms, or the pain is not settling 3 days after the massage: say whether you have had cancer',
    },
  },
  {
    path: 'pain.nightPainPreventsSleep',
    kind: 'yes-no',
    prompt: 'Does the back pain wake you at night, or stop you getting to sleep?',
    followUp: {
      when: (report, hours) => report.history?.cancer === true && notSettling(report, hours),
      why: 'you have had cancer and the pain is not settling: say whether it wakes you or keeps you awake',
    },
  },
];

/** Policy 2's words for four of policy 1's questions: what each sign also covers, and what it does not. */
const policy2Wording: Readonly<Record<string, Pick<Question, 'prompt' | 'hint'>>> = {
  'bladderBowel.difficultyUrinating': {
    prompt: 'Are you unable to pass urine, or unable to start the flow, or can you no longer feel when your bladder is full?',
  },
  'nerve.saddleNumbness': {
    prompt: 'Do you feel numb between your legs, or around your genitals or bottom?',
    hint: 'This includes feeling different when you wipe after the toilet, or less feeling there during sex.',
  },
  'general.bloodThinners': {
    prompt: 'Do you take a blood thinner: warfarin, apixaban, rivaroxaban, edoxaban, dabigatran, or heparin injections?',
    hint: 'Aspirin and clopidogrel do not count here.',
  },
  'pain.radiation': {
    prompt: 'Does the pain travel from your back to anywhere else?',
    hint: 'Soreness in a leg that was itself massaged does not count.',
  },
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

/** The words a choice is shown in, as the questionnaire asks it: `optionName('massage.style', 'deep-tissue')` is "Deep tissue". */
export function optionName(path: string, value: string): string {
  for (const section of questionnaire2)
    for (const question of section.questions)
      if (question.path === path) return question.options?.find(([option]) => option === value)?.[1] ?? value;
  return value;
}

/** Policy 3's up-front tick-list: policy 2's four items (red pee worded more exactly) and two more, for everyone. */
export const sinceMassage3: Question = {
  ...sinceMassage,
  items: [
    ...sinceMassage.items!.map(([path, label]) =>
      path === 'bladderBowel.bloodInUrine'
        ? ([path, 'Pee that is red or pink (not just after eating beetroot, and not period blood)'] as const)
        : ([path, label] as const),
    ),
    ['general.suddenSidePain', 'A sudden, very bad pain in your side, belly or groin that feels different from the massage ache'],
    [
      'general.faintOrPale',
      'Fainting or passing out, feeling faint or dizzy when you stand up, or looking very pale or grey (a few seconds of light-headedness when you first got up from the massage table does not count)',
    ],
  ],
};

/** Policy 3's blood-thinner question, for everyone: a second answer, and "Neither" still one tap. */
export const bleedingRisk3: Question = {
  path: 'bleedingRisk',
  kind: 'checklist',
  prompt:
    'Do you take a blood-thinning medicine such as warfarin, apixaban, rivaroxaban, edoxaban, dabigatran or heparin injections? Or has a doctor told you that you bleed or bruise easily because of liver disease (such as cirrhosis), a low number of platelets, haemophilia or another bleeding disorder?',
  hint: 'Aspirin and clopidogrel do not count here. Tick both if both are true.',
  items: [
    ['general.bloodThinners', 'A blood-thinning medicine'],
    ['general.bleedingTendency', 'A condition that makes me bleed easily'],
  ],
  none: 'Neither',
};

/** Policy 3's follow-ups of the red-flag tick-list: after red pee. */
export const redUrineFollowUp: Question = {
  path: 'bladderBowel.redUrineAfterPressure',
  kind: 'yes-no',
  prompt: 'Did the red or pink pee start within 2 days after a massage that pressed firmly on your back or sides?',
  followUp: {
    when: (report) => report.bladderBowel.bloodInUrine,
    why: 'you have had red or pink pee: say whether it started within 2 days of firm pressure on your back or sides',
  },
};

/** Policy 3's follow-ups of the other signs: after brown pee or a fever, and after a fall. */
export const otherSignsFollowUps3: readonly Question[] = [
  {
    path: 'alsoUnwell',
    kind: 'checklist',
    prompt: 'Do you also have any of these?',
    hint: 'Tick all that you have, or None of these.',
    items: [
      [
        'general.veryUnwell',
        'Being sick again and again, being confused or having slurred speech, being very hard to keep awake, skin, lips or tongue that look blotchy, grey or blue, or a rash that does not fade when you press a glass on it',
      ],
      ['bladderBowel.littleOrNoUrine', 'Much less pee than usual today, or none at all'],
      [
        'general.musclesVeryPainfulOrWeak',
        'Muscles that are very painful, swollen or weak, far more than you would expect after a massage or exercise',
      ],
    ],
    none: 'None of these',
    followUp: {
      when: (report) => report.bladderBowel.brownUrine || report.general.fever,
      why: 'you have had brown pee or a fever: say whether you also have any of the signs of being very unwell',
    },
  },
  {
    path: 'general.seriousAccident',
    kind: 'yes-no',
    prompt: 'Was it a serious accident, for example a road accident or a fall from a height such as a ladder?',
    followUp: {
      when: (report) => report.general.recentFallOrInjury,
      why: 'you have had a fall or a knock: say whether it was a serious accident',
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

/** The answer paths a question sets: its own, or each of a checklist's items. */
export const answerPaths = (question: Question): readonly string[] =>
  question.items ? question.items.map(([path]) => path) : [question.path];

export type Answers = Record<string, unknown>;

/** The value at a dotted path in a report (or any nested object), or undefined where the path ends early. */
export const answerAt = (report: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      report,
    );

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
