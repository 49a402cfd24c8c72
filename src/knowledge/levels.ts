// The four triage levels, most urgent first, with what each asks a person to do now.
import type { Level } from '../contract/types.ts';

export const levelsByUrgency = ['emergency', 'urgent', 'see-clinician', 'self-care'] as const satisfies readonly Level[];

const urgency = Object.fromEntries(levelsByUrgency.map((level, k) => [level, levelsByUrgency.length - k])) as Readonly<
  Record<Level, number>
>;

/** Higher is more urgent. */
export const urgencyOf = (level: Level): number => urgency[level];

export function mostUrgent(levels: readonly Level[]): Level {
  let worst: Level = 'self-care';
  for (const level of levels) if (urgency[level] > urgency[worst]) worst = level;
  return worst;
}

/** The level's short name, as a label or a tag. */
export const levelName: Readonly<Record<Level, string>> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  'see-clinician': 'See a clinician',
  'self-care': 'Self-care',
};

/** The words a person reads first for each level. */
export const levelGuidance: Readonly<Record<Level, Readonly<{ title: string; doNow: string }>>> = {
  emergency: {
    title: 'Emergency: call for help now',
    doNow: 'Call the emergency number now. Do not wait to see if it gets better, and do not drive yourself.',
  },
  urgent: {
    title: 'Urgent: get medical advice today',
    doNow:
      'Speak to a doctor today. Call your GP surgery, or a non-emergency health line (such as 111 in the UK) if the surgery is closed.',
  },
  'see-clinician': {
    title: 'Book a check with a doctor or physiotherapist',
    doNow: 'Book an appointment with a doctor or physiotherapist in the next few days, and follow the care plan until then.',
  },
  'self-care': {
    title: 'This sounds like normal soreness after a massage',
    doNow: 'You can look after this at home. Follow the care plan and check again at the time shown.',
  },
};

/** How a group of the watch list starts: what to do if one of its signs appears. */
export const watchHeading: Readonly<Record<Level, string>> = {
  emergency: 'Call the emergency number now if you get',
  urgent: 'Get medical advice the same day if you get',
  'see-clinician': 'Book a check with a doctor or physiotherapist if you get',
  'self-care': 'Keep an eye on',
};

/** Shown with every result, in every interface. */
export const notADiagnosis =
  'Aftercare is not a diagnosis and does not replace a doctor. It helps you decide what to do next. If you are worried, or things get worse, get medical help.';
