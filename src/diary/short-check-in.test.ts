// The short check-in asks three things when nothing is wrong; these tests hold it to the full questionnaire: the
// same answers give the same level and reasons, and an emergency stops it with only what was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport, report } from '../../test/support/reports.ts';
import type { Report2 } from '../contract/types.ts';
import { parseReport } from '../contract/validate.ts';
import { assess, assessStopped } from '../engine/assess.ts';
import { checkInSigns, tickOf } from '../knowledge/check-in.ts';
import { policy2 } from '../knowledge/policy.ts';
import { reportFrom, setAnswer, type Answers } from '../knowledge/questionnaire.ts';
import type { StoppedReport } from '../contract/types.ts';
import { shortCheckInAnswers, shortCheckInForm } from './short-check-in.ts';

const followUpPaths = policy2.questionnaire.flatMap((s) => s.questions).flatMap((q) => (q.followUp ? [q.path] : []));

/** The report the short check-in makes of these answers, for a diary whose massage is `massage`. */
function reportOf(answers: Answers, like: Report2): Report2 {
  const made = reportFrom(answers, like.reportedAt);
  setAnswer(made, 'massage', like.massage);
  return parseReport(made);
}

const codes = (r: Report2) =>
  assess(r)
    .reasons.map((reason) => reason.code)
    .sort();

describe('the short check-in', () => {
  it('gives every report the same level and reasons as the full questionnaire with the same answers (1,000 reports)', () => {
    fc.assert(
      fc.property(anyReport, (full) => {
        // The last check-in carries the blood-thinner answer: the same as this report's.
        const short = reportOf(shortCheckInAnswers(shortCheckInForm(full, followUpPaths), full, 'calm'), full);
        expect(assess(short).level).toBe(assess(full).level);
        expect(codes(short)).toEqual(codes(full));
      }),
      { numRuns: 1000 },
    );
  });

  it('reaches an emergency with only the ticked signs, for every report the full questionnaire sends to emergency (1,000 reports)', () => {
    fc.assert(
      fc.property(
        anyReport.filter((r) => assess(r).level === 'emergency'),
        (full) => {
          const given = shortCheckInAnswers(shortCheckInForm(full, followUpPaths), full, 'absent');
          const stopped = reportFrom(given, full.reportedAt);
          setAnswer(stopped, 'massage', full.massage);
          expect(assessStopped(stopped as StoppedReport)?.level).toBe('emergency');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads "None of these" as every sign absent, and carries the blood-thinner answer from the last check-in', () => {
    const none = Object.fromEntries(checkInSigns.map((sign) => [tickOf(sign), false]));
    const answers = shortCheckInAnswers(
      { ...none, 'pain.severity': 3, 'pain.trend': 'better' },
      report({ general: { bloodThinners: true } }),
      'calm',
    );
    expect(answers).toMatchObject({
      'bladderBowel.bladderControlLoss': false,
      'nerve.legWeakness': 'none',
      'nerve.numbness': 'none',
      'pain.radiation': 'none',
      'pain.qualities': [],
      'pain.extent': 'widespread',
      'general.bloodThinners': true,
    });
    const made = reportOf(answers, report({}, 40));
    expect(assess(made).level).toBe('self-care');
  });

  it('stopped at an emergency tick, reads nothing into the signs it did not reach', () => {
    const ticks = Object.fromEntries(checkInSigns.map((sign) => [tickOf(sign), sign.path === 'bladderBowel.bowelControlLoss']));
    const given = shortCheckInAnswers(ticks, report(), 'absent');
    expect(given).toEqual({ 'bladderBowel.bowelControlLoss': true, 'general.bloodThinners': false });
    expect(given['pain.severity']).toBeUndefined();
  });

  it('a ticked sign whose question is not answered gives no answer (asked next), never the calm one', () => {
    const given = shortCheckInAnswers({ [tickOf(checkInSigns.find((s) => s.path === 'nerve.legWeakness')!)]: true }, report(), 'calm');
    expect(given['nerve.legWeakness']).toBeUndefined();
  });
});
