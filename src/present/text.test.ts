import { describe, expect, it } from 'vitest';
import { report3 as report } from '../../test/support/reports.ts';
import { assess, policy3 } from '../engine/assess.ts';
import { renderText } from './text.ts';
import { translator } from '../i18n/messages.ts';

const english = translator('en');

describe('an assessment in words for the terminal', () => {
  it('gives the plan with local times, and says when the 48 hours have already passed', () => {
    const early = report({}, 10);
    expect(renderText(assess(early, policy3, english), english, 'Europe/London', early.reportedAt)).toContain('(until Wed 4 Mar, 17:00)');
    const late = report({ pain: { trend: 'better' } }, 100);
    expect(renderText(assess(late, policy3, english), english, 'Europe/London', late.reportedAt)).toContain(
      '(that time has passed: Wed 4 Mar, 17:00)',
    );
  });
  it('puts the emergency call first and says it is not a diagnosis', () => {
    const r = report({ nerve: { saddleNumbness: true } });
    const text = renderText(assess(r, policy3, english), english, 'UTC', r.reportedAt);
    expect(text.indexOf('Call the emergency number now')).toBeLessThan(text.indexOf('Why:'));
    expect(text).toContain('not a diagnosis');
  });
});
