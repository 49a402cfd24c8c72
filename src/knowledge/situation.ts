// What a rule sees (the report and the hours since the massage), and the terms TRIAGE.md defines once and its rules
// share: LEG, mechanism, nerveSign, notSettling, and the local signs of too much pressure.
import type { Report1, Report2 } from '../contract/types.ts';
import type { MessageId } from '../i18n/messages.ts';
import type { Wording } from './wording.ts';

/** The answers a rule looked at, keyed by their dotted path in the report. */
export type Evidence = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** What a rule can see: the report, and the hours since the massage ended (TRIAGE.md's `h`). */
export interface Situation<R extends Report1 = Report1> {
  readonly report: R;
  readonly hours: number;
  /** The two instants as milliseconds, parsed once. */
  readonly endedMs: number;
  readonly reportedMs: number;
}

export const sharpQualities: readonly string[] = ['sharp', 'shooting', 'electric'];
export const isSharp = (quality: string) => sharpQualities.includes(quality);

/** LEG: the pain reaches the thigh or below the knee. */
export const reachesLeg = (report: Report1) => report.pain.radiation === 'thigh' || report.pain.radiation === 'below-knee';

/** Strong pain in one spot (one of the local signs, and one of the mechanisms). */
export const strongInOneSpot = (report: Report1) => report.pain.extent === 'localized' && report.pain.severity >= 7;

/** mechanism: sharp pain during the massage, sharp pain now, or strong pain in one spot. */
export const mechanism = (report: Report1) =>
  report.massage.sharpPainDuring || report.pain.qualities.some(isSharp) || strongInOneSpot(report);

/** nerveSign: a weak leg, any numbness, pins and needles all the time, or pain down the leg. */
export const nerveSign = (report: Report1) =>
  report.nerve.legWeakness !== 'none' || report.nerve.numbness !== 'none' || report.nerve.tingling === 'persistent' || reachesLeg(report);

/** notSettling: three days or more after the massage, the pain is there and no better. */
export const notSettling = (report: Report1, hours: number) => hours >= 72 && report.pain.trend !== 'better' && report.pain.severity >= 1;

/**
 * Local signs that the pressure may have been too much: TRIAGE.md uses this same test in two places. The values are
 * kept in the assessment's answers (and in stored check-ins), so they stay as they are: they are codes, worded by
 * `localSignWords`.
 */
export function localSignsOf(report: Report1): string[] {
  const signs: string[] = [];
  if (report.localSigns.swelling) signs.push('swelling');
  if (report.localSigns.bruising) signs.push('bruising');
  if (strongInOneSpot(report)) signs.push('strong pain in one spot');
  return signs;
}

/** Whether a report was made under policy 2 (it has the up-front tick-list's answers). */
export const isReport2 = (report: Report1 | Report2): report is Report2 => 'brownUrine' in report.bladderBowel;

const localSignMessages: Readonly<Record<string, MessageId>> = {
  swelling: 'engine.words.local-sign.swelling',
  bruising: 'engine.words.local-sign.bruising',
  'strong pain in one spot': 'engine.words.local-sign.strong-in-one-spot',
};

/** A local sign of `localSignsOf` in words. */
export const localSignWords = (sign: string): Wording => localSignMessages[sign] ?? unknownWords(sign);

const qualityMessages: Readonly<Record<string, MessageId>> = {
  sharp: 'engine.words.quality.sharp',
  shooting: 'engine.words.quality.shooting',
  electric: 'engine.words.quality.electric',
};

/** A sharp quality of pain (the report's code) in words. */
export const qualityWords = (quality: string): Wording => qualityMessages[quality] ?? unknownWords(quality);

/**
 * A value no message is known for: shown as it is, never dropped, so a stored answer from an older version still
 * says what it said.
 */
export const unknownWords = (value: string): Wording => ['engine.words.as-given', { v: value }];

export const days = (hours: number) => Math.floor(hours / 24);
