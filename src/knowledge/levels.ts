// The four triage levels, most urgent first, with what each asks a person to do now.
import type { Level } from '../contract/types.ts';
import type { MessageId, Translator } from '../i18n/messages.ts';

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
export const levelNames: Readonly<Record<Level, MessageId>> = {
  emergency: 'engine.level.emergency.name',
  urgent: 'engine.level.urgent.name',
  'see-clinician': 'engine.level.see-clinician.name',
  'self-care': 'engine.level.self-care.name',
};

/** The words a person reads first for each level. */
export const levelGuidance: Readonly<Record<Level, Readonly<{ title: MessageId; doNow: MessageId }>>> = {
  emergency: { title: 'engine.level.emergency.title', doNow: 'engine.level.emergency.doNow' },
  urgent: { title: 'engine.level.urgent.title', doNow: 'engine.level.urgent.doNow' },
  'see-clinician': { title: 'engine.level.see-clinician.title', doNow: 'engine.level.see-clinician.doNow' },
  'self-care': { title: 'engine.level.self-care.title', doNow: 'engine.level.self-care.doNow' },
};

/** How a group of the watch list starts: what to do if one of its signs appears. */
export const watchHeading: Readonly<Record<Level, MessageId>> = {
  emergency: 'engine.watch.emergency',
  urgent: 'engine.watch.urgent',
  'see-clinician': 'engine.watch.see-clinician',
  'self-care': 'engine.watch.self-care',
};

/** Shown with every result, in every interface: the same sentence as every page's footer, so one message. */
export const notADiagnosis: MessageId = 'shell.notADiagnosis';

/** The level's short name in the reader's language. */
export const levelName = (level: Level, t: Translator): string => t(levelNames[level]);
