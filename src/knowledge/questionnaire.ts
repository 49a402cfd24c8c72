// The questions of a report, in the order people are asked them: red flags first, then the massage, then the pain.
import type { Report } from '../contract/types.ts';

export type QuestionKind = 'yes-no' | 'choice' | 'choices' | 'score' | 'instant';

export interface Question {
  /** Dotted path of the answer in the report. */
  readonly path: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  readonly hint?: string;
  /** Values and their labels, for choice questions. */
  readonly options?: readonly (readonly [value: string, label: string])[];
  readonly optional?: boolean;
}

export interface Section {
  readonly id: 'red-flags' | 'other-signs' | 'massage' | 'pain';
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly Question[];
}

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

export const questionnaire: readonly Section[] = [
  {
    id: 'red-flags',
    title: 'First, some safety questions',
    intro: 'These signs are rare, but if you have any of them you need help straight away.',
    questions: [
      { path: 'bladderBowel.bladderControlLoss', kind: 'yes-no', prompt: 'Have you lost control of your bladder, so that urine leaks without warning?' },
      { path: 'bladderBowel.bowelControlLoss', kind: 'yes-no', prompt: 'Have you lost control of your bowels?' },
      { path: 'bladderBowel.difficultyUrinating', kind: 'yes-no', prompt: 'Are you unable to pass urine, or unable to start the flow or feel it?' },
      { path: 'nerve.saddleNumbness', kind: 'yes-no', prompt: 'Do you feel numb between your legs, or around your genitals or bottom?' },
      {
        path: 'nerve.legWeakness', kind: 'choice', prompt: 'Do your legs feel weak, or give way?',
        options: [['none', 'No'], ['one-leg', 'Yes, one leg'], ['both-legs', 'Yes, both legs']],
      },
    ],
  },
  {
    id: 'other-signs',
    title: 'Other signs',
    intro: 'These help decide how soon you should see someone.',
    questions: [
      { path: 'nerve.numbness', kind: 'choice', prompt: 'Do you have numbness in your legs or feet?', options: persistence },
      { path: 'nerve.tingling', kind: 'choice', prompt: 'Do you have tingling or pins and needles in your legs or feet?', options: persistence },
      { path: 'general.fever', kind: 'yes-no', prompt: 'Do you have a fever (38 °C or more, or feeling hot and shivery)?' },
      { path: 'general.recentFallOrInjury', kind: 'yes-no', prompt: 'Have you had a fall or a knock to your back, apart from the massage?' },
      { path: 'general.bloodThinners', kind: 'yes-no', prompt: 'Do you take medicine that thins the blood (such as warfarin, apixaban or rivaroxaban)?' },
    ],
  },
  {
    id: 'massage',
    title: 'The massage',
    intro: 'Tell us about the massage itself.',
    questions: [
      { path: 'massage.endedAt', kind: 'instant', prompt: 'When did the massage end?', hint: 'For example "yesterday 17:00", "2026-03-02 17:00", "17:00" or "20 hours ago".' },
      {
        path: 'massage.style', kind: 'choice', optional: true, prompt: 'What kind of massage was it?',
        options: [['deep-tissue', 'Deep tissue'], ['sports', 'Sports'], ['swedish', 'Swedish'], ['trigger-point', 'Trigger point'], ['myofascial', 'Myofascial release'], ['other', 'Something else']],
      },
      {
        path: 'massage.pressure', kind: 'choice', optional: true, prompt: 'How firm was the pressure?',
        options: [['light', 'Light'], ['moderate', 'Moderate'], ['firm', 'Firm']],
      },
      { path: 'massage.areasWorked', kind: 'choices', optional: true, prompt: 'Which areas did the therapist work on?', options: regionOptions },
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
        path: 'pain.qualities', kind: 'choices', prompt: 'What does the pain feel like?', hint: 'Choose all that fit.',
        options: [['dull-ache', 'A dull ache'], ['stiffness', 'Stiff'], ['tenderness', 'Tender to touch'], ['sharp', 'Sharp or stabbing'], ['shooting', 'Shooting'], ['electric', 'Like an electric shock'], ['burning', 'Burning']],
      },
      { path: 'pain.extent', kind: 'choice', prompt: 'Is the pain spread out, or in one spot?', options: [['widespread', 'Spread across the lower back'], ['localized', 'In one spot']] },
      { path: 'pain.regions', kind: 'choices', optional: true, prompt: 'Where is it sore?', hint: 'Choose all that fit, or none if you are not sure.', options: regionOptions },
      {
        path: 'pain.radiation', kind: 'choice', prompt: 'Does the pain travel anywhere?',
        options: [['none', 'No, it stays in the back'], ['buttock', 'Into the buttock'], ['thigh', 'Down into the thigh'], ['below-knee', 'Down the leg below the knee']],
      },
      { path: 'pain.trend', kind: 'choice', prompt: 'Since the pain began, is it getting better, staying the same or getting worse?', options: [['better', 'Getting better'], ['same', 'About the same'], ['worse', 'Getting worse']] },
      { path: 'localSigns.swelling', kind: 'yes-no', prompt: 'Is there swelling where you were massaged?' },
      { path: 'localSigns.bruising', kind: 'yes-no', prompt: 'Is there bruising where you were massaged?' },
    ],
  },
];

export type Answers = Record<string, unknown>;

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

/** The answer a question has when nothing alarming is reported: used to test red flags before the rest is asked. */
const calmAnswer: Record<QuestionKind, unknown> = { 'yes-no': false, choice: undefined, choices: [], score: 0, instant: undefined };

/**
 * A whole report from the answers given so far, the rest filled with calm answers, so that the engine itself
 * (not a second copy of its rules) can say whether the answers so far are already an emergency.
 */
export function reportSoFar(answers: Answers, at: string): Report {
  const report: Record<string, unknown> = {};
  for (const section of questionnaire) {
    for (const question of section.questions) {
      const given = answers[question.path];
      const calm = question.kind === 'choice' && question.options ? question.options[0]![0] : calmAnswer[question.kind];
      const value = given !== undefined ? given : question.kind === 'instant' ? at : calm;
      if (value !== undefined && !(question.optional && given === undefined)) setAnswer(report, question.path, value);
    }
  }
  setAnswer(report, 'reportedAt', at);
  return report as unknown as Report;
}
