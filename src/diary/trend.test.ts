import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
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
    expect(trendRule(5, 6, translator('en'))).toBe(
      'Your last score was 5. A change of 2 or more counts: 3 or less is better, 7 or more is worse, anything between is about the same.',
    );
  });
  it('says the same numbers in each language', () => {
    expect(trendRule(5, 6, translator('es'))).toBe(
      'Tu última puntuación fue 5. Cuenta un cambio de 2 o más: 3 o menos es mejor, 7 o más es peor, y cualquier valor intermedio es más o menos igual.',
    );
    expect(trendRule(1, 3, translator('de'))).toBe(
      'Ihr letzter Wert war 1. Eine Änderung um 1 oder mehr zählt: 0 oder weniger ist besser, 2 oder mehr ist schlechter, alles dazwischen ist etwa gleich.',
    );
  });
});
