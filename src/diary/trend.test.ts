import { describe, expect, it } from 'vitest';
import { suggestedTrend, trendRule } from './trend.ts';

describe('the suggested trend (minimal important change: 2 points or 30 % of the first score)', () => {
  it.each([
    [6, 4, 6, 'better'],
    [6, 5, 6, 'same'],
    [6, 8, 6, 'worse'],
    [3, 2, 3, 'better'], // 1 point is 33 % of a first score of 3
    [8, 7, 8, 'same'],
    [0, 1, 0, 'same'],
    [0, 2, 0, 'worse'],
  ] as const)('from %i to %i (first %i) is %s', (previous, now, first, trend) => {
    expect(suggestedTrend(previous, now, first)).toBe(trend);
  });
  it('says the rule in numbers', () => {
    expect(trendRule(5, 6)).toBe(
      'Your last score was 5. A change of 2 or more counts: 3 or less is better, 7 or more is worse, anything between is about the same.',
    );
  });
});
