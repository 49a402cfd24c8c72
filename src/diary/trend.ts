// The trend a check-in suggests from the scores themselves, by the smallest change that matters to people.
import type { Report } from '../contract/types.ts';
import type { Translator } from '../i18n/messages.ts';

/**
 * On a 0–10 pain scale the minimal important change is 2 points, or 30 % of the first score
 * (Ostelo et al., Spine 2008). Smaller moves count as "the same".
 */
export function suggestedTrend(previous: number, now: number, first: number): Report['pain']['trend'] {
  const change = now - previous;
  const matters = Math.abs(change) >= 2 || (first > 0 && Math.abs(change) >= 0.3 * first);
  return !matters ? 'same' : change < 0 ? 'better' : 'worse';
}

/** The rule in words, in the reader's language, shown beside the question. */
export function trendRule(previous: number, first: number, t: Translator): string {
  const step = Math.min(2, first > 0 ? Math.ceil(0.3 * first) : 2);
  const better = Math.max(0, previous - step);
  const worse = Math.min(10, previous + step);
  return t('diary.checkIn.trendRule', { previous, step, better, worse });
}
