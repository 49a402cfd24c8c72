// What changed in the advice since the last check-in, for the banner on the diary page.
import type { FullAssessment } from '../engine/assess.ts';
import { urgencyOf } from '../knowledge/levels.ts';

export interface AdviceChange {
  readonly direction: 'more-urgent' | 'less-urgent' | 'new-reasons';
  readonly headline: string;
  readonly details: readonly string[];
}

/** Null when the advice is the same as at the check-in before. */
export function adviceChange(before: FullAssessment | undefined, now: FullAssessment): AdviceChange | null {
  if (!before) return null;
  const known = new Set(before.reasons.map((r) => r.code));
  const added = now.reasons.filter((r) => !known.has(r.code) && r.code !== 'expected-soreness');
  const up = urgencyOf(now.level) - urgencyOf(before.level);
  if (up === 0 && added.length === 0) return null;
  const direction = up > 0 ? 'more-urgent' : up < 0 ? 'less-urgent' : 'new-reasons';
  const notEasing = added.some((r) => r.code === 'not-easing' || r.code === 'local-signs-not-improving');
  const headline =
    direction === 'less-urgent'
      ? `Good news: the advice is less urgent now. ${now.summary.title}.`
      : notEasing && now.level === 'see-clinician'
        ? 'Not easing after 3 days: book a check with a doctor or physiotherapist.'
        : `The advice has changed since your last check-in: ${now.summary.title.toLowerCase()}.`;
  return { direction, headline, details: added.map((r) => r.explanation) };
}
