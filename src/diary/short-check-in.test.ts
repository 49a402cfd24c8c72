// The short check-in asks three things when nothing is wrong; these tests hold it to the full questionnaire: the
// same answers give the same level and reasons, and an emergency stops it with only what was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport3, report, report3 } from '../../test/support/reports.ts';
import type { Report3 } from '../contract/types.ts';
import { parseReport3 } from '../contract/validate.ts';
import { assess, assessStopped, currentPolicy } from '../engine/assess.ts';
import { asksBleeding, checkInSigns, tickOf } from '../knowledge/check-in.ts';
import { policy3 } from '../knowledge/policy.ts';
import { answerPaths, reportFrom, setAnswer, type Answers } from '../knowledge/questionnaire.ts';
import type { StoppedReport } from '../contract/types.ts';
import { shortCheckInAnswers, shortCheckInForm } from './short-check-in.ts';
import { translator } from '../i18n/messages.ts';

const english = translator('en');

const followUpPaths = policy3.questionnaire.flatMap((s) => s.questions).flatMap((q) => (q.followUp ? answerPaths(q) : []));
const anyReport = anyReport3(true);

/** The report the short check-in makes of these answers, for a diary whose massage is `massage`. */
function reportOf(answers: Answers, like: Report3): Report3 {
  const made = reportFrom(answers, like.reportedAt);
  setAnswer(made, 'massage', like.massage);
  return parseReport3(made);
}

const codes = (r: Report3) =>
  assess(r, policy3, english)
    .reasons.map((reason) => reason.code)
    .sort();

describe('the short check-in', () => {
  it('gives every report the same level and reasons as the full questionnaire with the same answers (1,000 reports)', () => {
    fc.assert(
      fc.property(anyReport, (full) => {
        // The last check-in carries the bleeding answers: the same as this report's.
        const short = reportOf(shortCheckInAnswers(shortCheckInForm(full, followUpPaths), full, 'calm'), full);
        expect(assess(short, policy3, english).level).toBe(assess(full, policy3, english).level);
        expect(codes(short)).toEqual(codes(full));
      }),
      { numRuns: 1000 },
    );
  });

  it('reaches an emergency with only the ticked signs, for every report the full questionnaire sends to emergency (1,000 reports)', () => {
    fc.assert(
      fc.property(
        anyReport.filter((r) => assess(r, policy3, english).level === 'emergency'),
        (full) => {
          const given = shortCheckInAnswers(shortCheckInForm(full, followUpPaths), full, 'absent');
          const stopped = reportFrom(given, full.reportedAt);
          setAnswer(stopped, 'massage', full.massage);
          expect(assessStopped(stopped as StoppedReport, currentPolicy, english)?.level).toBe('emergency');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads "None of these" as every sign absent, and carries both bleeding answers from the last check-in', () => {
    const none = Object.fromEntries(checkInSigns.map((sign) => [tickOf(sign), false]));
    const answers = shortCheckInAnswers(
      { ...none, 'pain.severity': 3, 'pain.trend': 'better' },
      report3({ general: { bloodThinners: true, bleedingTendency: true } }),
      'calm',
    );
    expect(answers).toMatchObject({
      'bladderBowel.bladderControlLoss': false,
      'nerve.legWeakness': 'none',
      'nerve.numbness': 'none',
      'pain.radiation': 'none',
      'pain.qualities': [],
      'pain.extent': 'widespread',
      'general.suddenSidePain': false,
      'general.faintOrPale': false,
      'general.bloodThinners': true,
      'general.bleedingTendency': true,
    });
    const made = reportOf(answers, report3({}, 40));
    expect(assess(made, policy3, english).level).toBe('self-care');
  });

  it('stopped at an emergency tick, reads nothing into the signs it did not reach', () => {
    const ticks = Object.fromEntries(checkInSigns.map((sign) => [tickOf(sign), sign.path === 'bladderBowel.bowelControlLoss']));
    const given = shortCheckInAnswers(ticks, report3(), 'absent');
    expect(given).toEqual({ 'bladderBowel.bowelControlLoss': true, 'general.bloodThinners': false, 'general.bleedingTendency': false });
    expect(given['pain.severity']).toBeUndefined();
  });

  it('a ticked sign whose question is not answered gives no answer (asked next), never the calm one', () => {
    const given = shortCheckInAnswers({ [tickOf(checkInSigns.find((s) => s.path === 'nerve.legWeakness')!)]: true }, report3(), 'calm');
    expect(given['nerve.legWeakness']).toBeUndefined();
  });

  it('after a whole check-in made under policy 2, asks the bleeding question once and uses the answer given, not the carried one', () => {
    const policy2Report = report({ general: { bloodThinners: true } });
    expect(asksBleeding(policy2Report)).toBe(true);
    expect(asksBleeding(report3())).toBe(false);
    const none = Object.fromEntries(checkInSigns.map((sign) => [tickOf(sign), false]));
    const answers = shortCheckInAnswers(
      { ...none, 'pain.severity': 3, 'general.bloodThinners': false, 'general.bleedingTendency': true },
      policy2Report,
      'calm',
    );
    expect(answers).toMatchObject({ 'general.bloodThinners': false, 'general.bleedingTendency': true });
  });

  it('a faint ticked with a carried bleeding tendency is an emergency (possible-internal-bleeding)', () => {
    const ticks = Object.fromEntries(checkInSigns.map((sign) => [tickOf(sign), sign.path === 'general.faintOrPale']));
    const carried = report3({ general: { bleedingTendency: true } });
    const stopped = reportFrom(shortCheckInAnswers(ticks, carried, 'absent'), carried.reportedAt);
    setAnswer(stopped, 'massage', carried.massage);
    expect(assessStopped(stopped as StoppedReport, currentPolicy, english)?.reasons.map((r) => r.code)).toContain(
      'possible-internal-bleeding',
    );
    const alone = reportFrom(shortCheckInAnswers(ticks, report3(), 'absent'), carried.reportedAt);
    setAnswer(alone, 'massage', carried.massage);
    expect(assessStopped(alone as StoppedReport, currentPolicy, english)).toBeNull();
  });
});
