// What changed in the advice since the last check-in, for the banner on the diary page: decided from the two
// assessments' levels and reasons, then put into words in the reader's language.
import type { FiredReason, FullAssessment } from '../engine/assess.ts';
import { fallbackLanguage } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import { urgencyOf } from '../knowledge/levels.ts';

export interface AdviceChange {
  readonly direction: 'more-urgent' | 'less-urgent' | 'new-reasons';
  /** The pain is not easing after 3 days and the advice is now to see a clinician: said as such, not as a new level. */
  readonly notEasing: boolean;
  /** The reasons the check-in before did not have (normal soreness is never news). */
  readonly added: readonly FiredReason[];
}

/** Null when the advice is the same as at the check-in before. */
export function adviceChange(before: FullAssessment | undefined, now: FullAssessment): AdviceChange | null {
  if (!before) return null;
  const known = new Set(before.reasons.map((r) => r.code));
  const added = now.reasons.filter((r) => !known.has(r.code) && r.code !== 'expected-soreness');
  const up = urgencyOf(now.level) - urgencyOf(before.level);
  if (up === 0 && added.length === 0) return null;
  const direction = up > 0 ? 'more-urgent' : up < 0 ? 'less-urgent' : 'new-reasons';
  const notEasing =
    direction !== 'less-urgent' &&
    now.level === 'see-clinician' &&
    added.some((r) => r.code === 'not-easing' || r.code === 'local-signs-not-improving');
  return { direction, notEasing, added };
}

/** The banner's headline: what the change means, with the advice's own title. */
export function adviceChangeHeadline(change: AdviceChange, now: FullAssessment, t: Translator): string {
  const title = now.summary.title;
  if (change.direction === 'less-urgent') return t('diary.change.lessUrgent', { title });
  if (change.notEasing) return t('diary.change.notEasing');
  // English runs the title on in the sentence, in lower case; the other catalogues give it as a sentence of its own,
  // so it keeps its capitals (German nouns).
  return t('diary.change.changed', { title: t.language === fallbackLanguage ? title.toLowerCase() : title });
}
