// One test per row TRIAGE.md (policy 3) adds, named by its code, both sides of every condition; the follow-ups it
// asks and refuses; the cold pack's change; and its invariants against policy 2 (fast-check, 1,000 reports each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport, anyReport3, report3, withPolicy3No } from '../../test/support/reports.ts';
import { AppError } from '../contract/errors.ts';
import type { Report3 } from '../contract/types.ts';
import { validateAssessment, validateContractAssessment } from '../contract/validate.ts';
import { urgencyOf } from '../knowledge/levels.ts';
import { assess, emergencyFrom, followUpsDue, policy2, policy3 } from './assess.ts';
import { translator } from '../i18n/messages.ts';
import { refusal } from '../../test/support/refusal.ts';

const english = translator('en');

type Changes = Parameters<typeof report3>[0];
const r3 = (changes: Changes = {}, hours = 16) => report3(changes, hours);
const assessed = (r: Report3) => assess(r, policy3, english);
const codes = (r: Report3) => assessed(r).reasons.map((reason) => reason.code);
const level = (r: Report3) => assessed(r).level;
const actions = (r: Report3) => assessed(r).plan.actions.map((a) => a.code);
const actionText = (r: Report3, code: string) => assessed(r).plan.actions.find((a) => a.code === code)?.text ?? '';
const none = { veryUnwell: false, musclesVeryPainfulOrWeak: false };

describe('emergency rows of policy 3', () => {
  it('sudden-side-or-belly-pain: a sudden, very bad pain in the side, belly or groin, on its own', () => {
    expect(codes(r3({ general: { suddenSidePain: true } }))).toEqual(['sudden-side-or-belly-pain']);
    expect(level(r3({ general: { suddenSidePain: true } }))).toBe('emergency');
    expect(codes(r3())).not.toContain('sudden-side-or-belly-pain');
  });

  it('kidney-injury-signs: red pee that began within 2 days of firm pressure; red pee alone stays urgent', () => {
    const after = r3({ bladderBowel: { bloodInUrine: true, redUrineAfterPressure: true } });
    expect(codes(after)).toContain('kidney-injury-signs');
    expect(level(after)).toBe('emergency');
    const notAfter = r3({ bladderBowel: { bloodInUrine: true, redUrineAfterPressure: false } });
    expect(codes(notAfter)).toEqual(['blood-in-urine']);
    expect(level(notAfter)).toBe('urgent');
    // The follow-up given without red pee is accepted and used: it fires nothing alone.
    expect(codes(r3({ bladderBowel: { redUrineAfterPressure: true } }))).toEqual(['expected-soreness']);
  });

  it.each<[string, Changes]>([
    ['a blood thinner', { general: { bloodThinners: true } }],
    ['a bleeding tendency', { general: { bleedingTendency: true } }],
    ['swelling', { localSigns: { swelling: true } }],
    ['bruising', { localSigns: { bruising: true } }],
    ['pain of 7', { pain: { severity: 7 } }],
  ])('possible-internal-bleeding: fainting or pale with %s', (_name, changes) => {
    const r = r3({ ...changes, general: { ...changes!.general, faintOrPale: true } });
    expect(codes(r)).toContain('possible-internal-bleeding');
    expect(level(r)).toBe('emergency');
  });
  it('possible-internal-bleeding: not for fainting alone, nor at pain 6 (then faint-or-pale, urgent)', () => {
    expect(codes(r3({ general: { faintOrPale: true } }))).toEqual(['faint-or-pale']);
    expect(codes(r3({ general: { faintOrPale: true }, pain: { severity: 6 } }))).toEqual(['faint-or-pale']);
    expect(codes(r3({ general: { bleedingTendency: true }, localSigns: { bruising: true } }))).not.toContain('possible-internal-bleeding');
  });

  it.each<[string, Changes]>([
    ['being very unwell', { general: { ...none, veryUnwell: true }, bladderBowel: { littleOrNoUrine: false } }],
    ['little or no pee', { general: none, bladderBowel: { littleOrNoUrine: true } }],
    ['very painful or weak muscles', { general: { ...none, musclesVeryPainfulOrWeak: true }, bladderBowel: { littleOrNoUrine: false } }],
  ])('dark-urine-severe: brown pee with %s', (_name, changes) => {
    const r = r3({ ...changes, bladderBowel: { ...changes!.bladderBowel, brownUrine: true } });
    expect(codes(r)).toContain('dark-urine-severe');
    expect(level(r)).toBe('emergency');
    expect(assessed(r).reasons.find((x) => x.code === 'dark-urine-severe')!.explanation).toMatch(/never the massage flushing/);
  });
  it('dark-urine-severe: not for brown pee with none of the three (dark-urine, urgent), nor for the three without brown pee', () => {
    const brown = r3({ bladderBowel: { brownUrine: true, littleOrNoUrine: false }, general: none });
    expect(codes(brown)).toEqual(['dark-urine']);
    expect(codes(r3({ bladderBowel: { littleOrNoUrine: true }, general: { veryUnwell: true } }))).toEqual(['expected-soreness']);
  });

  it.each<[string, Changes]>([
    ['being very unwell', { general: { ...none, veryUnwell: true }, bladderBowel: { littleOrNoUrine: false } }],
    ['little or no pee', { general: none, bladderBowel: { littleOrNoUrine: true } }],
    ['very painful or weak muscles', { general: { ...none, musclesVeryPainfulOrWeak: true }, bladderBowel: { littleOrNoUrine: false } }],
  ])('fever-very-unwell: a fever with %s', (_name, changes) => {
    const r = r3({ ...changes, general: { ...changes!.general, fever: true } });
    expect(codes(r)).toContain('fever-very-unwell');
    expect(level(r)).toBe('emergency');
    expect(assessed(r).reasons.find((x) => x.code === 'fever-very-unwell')!.explanation).toContain('sepsis');
  });
  it('fever-very-unwell: with little or no pee, says that is never the massage flushing anything out (TRIAGE.md, Wording)', () => {
    const explanation = (changes: Changes) => assessed(r3(changes)).reasons.find((x) => x.code === 'fever-very-unwell')!.explanation;
    expect(explanation({ general: { ...none, fever: true }, bladderBowel: { littleOrNoUrine: true } })).toMatch(/never .*flushing/);
    expect(explanation({ general: { ...none, fever: true, veryUnwell: true }, bladderBowel: { littleOrNoUrine: false } })).not.toMatch(
      /flushing/,
    );
  });
  it('fever-very-unwell: not for a fever with none of the three (fever, urgent)', () => {
    expect(codes(r3({ general: { fever: true, ...none }, bladderBowel: { littleOrNoUrine: false } }))).toEqual(['fever']);
  });

  it.each<[string, Changes]>([
    ['one leg weak', { nerve: { legWeakness: 'one-leg' } }],
    ['numb all the time', { nerve: { numbness: 'persistent', bothLegs: false }, history: { cancer: false } }],
  ])('bleeding-tendency-nerve-signs: bleeds easily, and %s', (_name, changes) => {
    const r = r3({ ...changes, general: { bleedingTendency: true }, history: { cancer: false, ...changes!.history } });
    expect(codes(r)).toContain('bleeding-tendency-nerve-signs');
    expect(level(r)).toBe('emergency');
  });
  it('bleeding-tendency-nerve-signs: not without the bleeding tendency, nor for numbness that comes and goes', () => {
    expect(codes(r3({ nerve: { legWeakness: 'one-leg' }, history: { cancer: false } }))).not.toContain('bleeding-tendency-nerve-signs');
    const comes = r3({
      general: { bleedingTendency: true },
      nerve: { numbness: 'comes-and-goes', bothLegs: false },
      history: { cancer: false },
    });
    expect(codes(comes)).not.toContain('bleeding-tendency-nerve-signs');
  });

  it('serious-accident: a fall or knock that was a serious accident; a fall that was not stays urgent', () => {
    expect(codes(r3({ general: { recentFallOrInjury: true, seriousAccident: true } }))).toContain('serious-accident');
    expect(level(r3({ general: { recentFallOrInjury: true, seriousAccident: true } }))).toBe('emergency');
    expect(codes(r3({ general: { recentFallOrInjury: true, seriousAccident: false } }))).toEqual(['recent-injury']);
    // The follow-up given without a fall is accepted and used: it fires nothing alone.
    expect(codes(r3({ general: { seriousAccident: true } }))).toEqual(['expected-soreness']);
  });
});

describe('urgent and see-clinician rows of policy 3', () => {
  it('faint-or-pale: fainting, feeling faint or looking very pale, alone, is urgent, with when to call the emergency number instead', () => {
    const r = r3({ general: { faintOrPale: true } });
    expect(level(r)).toBe('urgent');
    expect(actionText(r, 'seek-care-today')).toContain('Call the emergency number instead if you fainted while lying down');
    expect(actionText(r, 'seek-care-today')).toContain('lie down and raise your legs');
    expect(codes(r3())).not.toContain('faint-or-pale');
  });

  it('bleeding-tendency-bleeding-signs: bleeds easily, with swelling or pain of 7; not at 6 without swelling', () => {
    expect(codes(r3({ general: { bleedingTendency: true }, localSigns: { swelling: true } }))).toContain(
      'bleeding-tendency-bleeding-signs',
    );
    expect(codes(r3({ general: { bleedingTendency: true }, pain: { severity: 7 } }))).toContain('bleeding-tendency-bleeding-signs');
    expect(codes(r3({ general: { bleedingTendency: true }, pain: { severity: 6 } }))).toEqual(['expected-soreness']);
    expect(codes(r3({ localSigns: { swelling: true }, pain: { severity: 7 } }))).not.toContain('bleeding-tendency-bleeding-signs');
    expect(actionText(r3({ general: { bleedingTendency: true }, pain: { severity: 7 } }), 'seek-care-today')).toContain(
      'Say what makes you bleed easily',
    );
  });

  it('bruising-with-bleeding-tendency: bleeds easily, with a bruise; a bruise alone is not a reason', () => {
    expect(codes(r3({ general: { bleedingTendency: true }, localSigns: { bruising: true } }))).toEqual(['bruising-with-bleeding-tendency']);
    expect(level(r3({ general: { bleedingTendency: true }, localSigns: { bruising: true } }))).toBe('see-clinician');
    expect(codes(r3({ localSigns: { bruising: true } }))).toEqual(['expected-soreness']);
  });

  it('a bleeding tendency alone never raises the level', () => {
    expect(level(r3({ general: { bleedingTendency: true } }))).toBe('self-care');
  });
});

describe('the plan under policy 3', () => {
  it('cold: a bruise keeps the cold pack past 48 hours for anyone with a bleeding risk, and heat then gives way to it', () => {
    const bruise = { localSigns: { bruising: true } };
    expect(actions(r3(bruise, 60))).not.toContain('cold');
    expect(actions(r3(bruise, 60))).toContain('heat');
    expect(actions(r3({ ...bruise, general: { bleedingTendency: true } }, 60))).toContain('cold');
    expect(actions(r3({ ...bruise, general: { bleedingTendency: true } }, 60))).not.toContain('heat');
    expect(actions(r3({ ...bruise, general: { bloodThinners: true } }, 60))).toContain('cold');
  });

  it('the emergency call says each sign once, and never "call the emergency number instead" (faint-or-pale, kidney-injury-signs)', () => {
    const call = (r: Report3) => actionText(r, 'call-emergency');
    // A faint with a blood thinner: possible-internal-bleeding raises faint-or-pale, whose words are for a person not yet calling.
    const faint = call(r3({ general: { faintOrPale: true, bloodThinners: true } }));
    expect(faint).not.toContain('instead');
    expect(faint.match(/I fainted/g)).toHaveLength(1);
    expect(faint).toContain('Lie down with your legs raised while you wait');
    // A faint beside another emergency, with no bleeding risk: faint-or-pale is told, its advice for the urgent level is not.
    const breathless = call(r3({ general: { faintOrPale: true, breathlessOrChestPain: true } }));
    expect(breathless).toContain('I fainted, or I feel faint, since a massage.');
    expect(breathless).not.toContain('instead');
    // Red pee after pressure: the kidney's sentence stands for red pee's.
    const kidney = call(r3({ bladderBowel: { bloodInUrine: true, redUrineAfterPressure: true } }));
    expect(kidney).toContain('My pee turned red');
    expect(kidney).not.toContain('There is blood in my pee.');
    // Brown pee with little pee: the severe sentence and its blood test, once.
    const brown = call(r3({ bladderBowel: { brownUrine: true, littleOrNoUrine: true }, general: none }));
    expect(brown.match(/My pee is brown/g)).toHaveLength(1);
    expect(brown.match(/blood test/g)).toHaveLength(1);
    // The call names what to say, never "these signs" that the call does not list.
    const sepsis = call(r3({ general: { ...none, fever: true, veryUnwell: true }, bladderBowel: { littleOrNoUrine: false } }));
    expect(sepsis).not.toMatch(/these signs/);
    expect(sepsis).toContain('which signs of being very unwell you have');
    // A serious accident and a fever with signs of sepsis, each said once.
    expect(call(r3({ general: { recentFallOrInjury: true, seriousAccident: true } }))).not.toContain('I had a fall or a knock');
    expect(
      call(
        r3({ general: { fever: true, veryUnwell: true, musclesVeryPainfulOrWeak: false }, bladderBowel: { littleOrNoUrine: false } }),
      ).match(/fever/gi),
    ).toHaveLength(1);
  });

  it('never names a diagnosis as made: each of the ten new reasons, its explanation and its emergency call, says what a sign can mean', () => {
    const firing: Changes[] = [
      { general: { suddenSidePain: true } },
      { bladderBowel: { bloodInUrine: true, redUrineAfterPressure: true } },
      { general: { faintOrPale: true, bloodThinners: true } },
      { bladderBowel: { brownUrine: true, littleOrNoUrine: true }, general: none },
      { general: { ...none, fever: true, veryUnwell: true }, bladderBowel: { littleOrNoUrine: false } },
      { general: { bleedingTendency: true }, nerve: { legWeakness: 'one-leg' }, history: { cancer: false } },
      { general: { recentFallOrInjury: true, seriousAccident: true } },
      { general: { faintOrPale: true } },
      { general: { bleedingTendency: true }, localSigns: { swelling: true } },
      { general: { bleedingTendency: true }, localSigns: { bruising: true } },
    ];
    const diagnosisAsMade =
      /\b(you have|you've got|this is|it is) (a |an )?(burst|torn|ruptured|kidney (stone|injury|damage)|aneurysm|sepsis|rhabdomyolysis|haematoma|internal bleeding|bleed\b|fracture)/i;
    const seen = new Set<string>();
    for (const changes of firing) {
      const assessment = assessed(r3(changes));
      for (const reason of assessment.reasons) {
        seen.add(reason.code);
        expect(reason.explanation, reason.code).not.toMatch(diagnosisAsMade);
      }
      for (const action of assessment.plan.actions) expect(action.text, action.code).not.toMatch(diagnosisAsMade);
    }
    for (const rule of policy3.rules)
      if (!policy2.rules.some((old) => old.code === rule.code)) expect(seen, `a report firing ${rule.code}`).toContain(rule.code);
  });
});

describe('what policy 3 asks, and refuses', () => {
  it('asks red pee after pressure only after red pee; the "also" list after brown pee or a fever; the accident after a fall', () => {
    const due = (answers: Record<string, unknown>) => followUpsDue(answers, '2026-03-03T09:00:00Z', policy3).map((q) => q.path);
    expect(due({})).toEqual([]);
    expect(due({ 'bladderBowel.bloodInUrine': true })).toEqual(['bladderBowel.redUrineAfterPressure']);
    expect(due({ 'bladderBowel.brownUrine': true })).toEqual(['alsoUnwell']);
    expect(due({ 'general.fever': true })).toEqual(['alsoUnwell']);
    expect(due({ 'general.recentFallOrInjury': true })).toEqual(['general.seriousAccident']);
  });

  it('refuses each missing answer of the "also" list at its own path, saying why', () => {
    const r = r3({ bladderBowel: { brownUrine: true } });
    const error = refusal(() => assessed(r));
    expect(error.issues?.map((i) => i.path).sort()).toEqual([
      'bladderBowel.littleOrNoUrine',
      'general.musclesVeryPainfulOrWeak',
      'general.veryUnwell',
    ]);
    expect(error.issues?.[0]?.message).toMatch(/^is needed because you have had brown pee or a fever/);
  });

  it('does not refuse a missing follow-up when the answers are already an emergency', () => {
    expect(level(r3({ bladderBowel: { brownUrine: true }, general: { suddenSidePain: true } }))).toBe('emergency');
  });

  it('stops the questions at the first emergency answer: sudden side pain alone, a faint with a bleeding risk', () => {
    expect(emergencyFrom({ 'general.suddenSidePain': true }, policy3, english)).not.toBeNull();
    expect(emergencyFrom({ 'general.faintOrPale': true }, policy3, english)).toBeNull();
    expect(emergencyFrom({ 'general.faintOrPale': true, 'general.bleedingTendency': true }, policy3, english)).not.toBeNull();
    expect(emergencyFrom({ 'general.faintOrPale': true, 'pain.severity': 8 }, policy3, english)).not.toBeNull();
  });

  it('lists on the watch list only what can apply: the two new signs for everyone, the others for those who reported their sign', () => {
    const watch = assessed(r3()).watchFor;
    expect(watch).toContain('sudden-side-or-belly-pain');
    expect(watch).toContain('faint-or-pale');
    for (const gated of [
      'kidney-injury-signs',
      'possible-internal-bleeding',
      'dark-urine-severe',
      'fever-very-unwell',
      'serious-accident',
      'bleeding-tendency-nerve-signs',
      'bleeding-tendency-bleeding-signs',
    ])
      expect(watch).not.toContain(gated);
    expect(watch).toHaveLength(assess(withoutPolicy3(r3()), policy2, english).watchFor.length + 2);
    // TRIAGE.md: for ordinary soreness the list grows from 16 to 18.
    expect(watch).toHaveLength(18);
    expect(assessed(r3({ general: { bleedingTendency: true } })).watchFor).toContain('bleeding-tendency-nerve-signs');
    expect(assessed(r3({ general: { faintOrPale: true } })).watchFor).toContain('possible-internal-bleeding');
  });
});

/** A policy-3 report without policy 3's answers: the policy-2 report it extends. */
function withoutPolicy3(r: Report3) {
  const { suddenSidePain: _s, faintOrPale: _f, bleedingTendency: _b, ...general } = r.general;
  return { ...r, general };
}

const runs = { numRuns: 1000 };
const sameOutcome = (a: ReturnType<typeof assess>) => ({
  level: a.level,
  reasons: a.reasons.map((r) => r.code),
  plan: a.plan.actions.map(({ code, until, minMinutes, maxMinutes }) => ({ code, until, minMinutes, maxMinutes })),
  timeline: a.timeline,
});

describe('policy 3 against policy 2 (properties)', () => {
  it("a report whose policy-3 answers are all no gets policy 2's level, reasons, plan and timeline", () => {
    fc.assert(
      fc.property(anyReport, (r2) => {
        expect(sameOutcome(assess(withPolicy3No(r2), policy3, english))).toEqual(sameOutcome(assess(r2, policy2, english)));
      }),
      runs,
    );
  });

  it('is never lower than policy 2 on the same report', () => {
    fc.assert(
      fc.property(anyReport3(true), (r) => {
        expect(urgencyOf(assessed(r).level)).toBeGreaterThanOrEqual(urgencyOf(assess(withoutPolicy3(r) as never, policy2, english).level));
      }),
      runs,
    );
  });

  it('refuses a missing needed follow-up unless the report is already an emergency; every assessment is valid', () => {
    fc.assert(
      fc.property(anyReport3(false), (r) => {
        let result: ReturnType<typeof assess> | undefined;
        try {
          result = assessed(r);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          expect(error.code).toBe('invalid-input');
          expect(emergencyFrom(flatten(r), policy3, english)).toBeNull();
          return;
        }
        expect(validateAssessment(result)).toBe(true);
        expect(validateContractAssessment['3'](result)).toBe(true);
        if (result.level !== 'emergency') expect(followUpsDue(flatten(r), r.reportedAt, policy3)).toEqual([]);
      }),
      runs,
    );
  });
});

/** A report's answers by dotted path, as the questionnaire keeps them. */
function flatten(report: object, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(report)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) Object.assign(out, flatten(value as object, path));
    else out[path] = value;
  }
  return out;
}
