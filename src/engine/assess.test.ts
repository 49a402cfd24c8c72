// One test per row TRIAGE.md (policy 2) adds or changes, named by its code, with its boundaries. Policy 1's rows,
// which policy 2 keeps, are tested row by row in assess-1.test.ts, and under policy 2 by the properties.
import { describe, expect, it, vi } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { AppError } from '../contract/errors.ts';
import type { Report2 } from '../contract/types.ts';
import { assess, currentPolicy, emergencyFrom, followUpsDue, policy2 } from './assess.ts';
import { translator } from '../i18n/messages.ts';

const english = translator('en');

type Changes = Parameters<typeof report>[0];
const codes = (r: Report2) => assess(r, policy2, english).reasons.map((reason) => reason.code);
const level = (r: Report2) => assess(r, policy2, english).level;
const actions = (r: Report2) => assess(r, policy2, english).plan.actions.map((a) => a.code);
const action = (r: Report2, code: string) => assess(r, policy2, english).plan.actions.find((a) => a.code === code)?.text ?? '';
function refusal(r: Report2): AppError {
  try {
    assess(r, policy2, english);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A report with pain down one leg (LEG), its follow-ups answered: one leg, no cancer. */
const leg = (changes: Changes = {}, hours = 16) =>
  report({ pain: { radiation: 'thigh' }, nerve: { bothLegs: false }, history: { cancer: false }, ...changes }, hours);

describe('emergency rows of policy 2', () => {
  it('breathless-or-chest-pain: short of breath, chest pain or coughing up blood', () => {
    const r = report({ general: { breathlessOrChestPain: true } });
    expect(codes(r)).toEqual(['breathless-or-chest-pain']);
    expect(level(r)).toBe('emergency');
  });

  it.each<[string, Changes]>([
    ['pain to the thigh', { pain: { radiation: 'thigh' } }],
    ['pain below the knee', { pain: { radiation: 'below-knee' } }],
    ['numbness that comes and goes', { nerve: { numbness: 'comes-and-goes' } }],
    ['tingling all the time', { nerve: { tingling: 'persistent' } }],
  ])('both-legs-nerve-symptoms: in both legs, %s', (_name, changes) => {
    const r = report({ ...changes, nerve: { ...changes!.nerve, bothLegs: true }, history: { cancer: false } });
    expect(codes(r)).toContain('both-legs-nerve-symptoms');
    expect(level(r)).toBe('emergency');
  });
  it('both-legs-nerve-symptoms: not in one leg, not for tingling that comes and goes, not for pain into the buttock', () => {
    expect(codes(leg())).not.toContain('both-legs-nerve-symptoms');
    expect(level(report({ nerve: { tingling: 'comes-and-goes', bothLegs: true } }))).toBe('self-care');
    expect(codes(report({ pain: { radiation: 'buttock' }, nerve: { bothLegs: true } }))).toEqual(['expected-soreness']);
  });

  it('blood-thinners-nerve-signs: a weak leg, or numbness all the time, on a blood thinner', () => {
    for (const nerve of [{ legWeakness: 'one-leg' as const }, { numbness: 'persistent' as const, bothLegs: false }]) {
      const r = report({ nerve, general: { bloodThinners: true }, history: { cancer: false } });
      expect(codes(r)).toContain('blood-thinners-nerve-signs');
      expect(level(r)).toBe('emergency');
    }
    expect(level(report({ nerve: { legWeakness: 'one-leg' }, history: { cancer: false } }))).toBe('urgent');
    expect(
      codes(
        report({ nerve: { numbness: 'comes-and-goes', bothLegs: false }, general: { bloodThinners: true }, history: { cancer: false } }),
      ),
    ).not.toContain('blood-thinners-nerve-signs');
  });

  it('the call script says to mention a massage of the legs when breathless, and to name the blood thinner', () => {
    expect(action(report({ general: { breathlessOrChestPain: true } }), 'call-emergency')).toContain(
      '"I had a massage, including my legs."',
    );
    expect(
      action(report({ nerve: { legWeakness: 'one-leg' }, general: { bloodThinners: true }, history: { cancer: false } }), 'call-emergency'),
    ).toContain('which blood thinner you take and when you last took it');
  });
});

describe('urgent rows of policy 2', () => {
  it('dark-urine: brown pee, a urine and blood test, and never "flushing out"', () => {
    const r = report({ bladderBowel: { brownUrine: true } });
    expect(codes(r)).toEqual(['dark-urine']);
    expect(level(r)).toBe('urgent');
    expect(action(r, 'seek-care-today')).toContain('urine test and a blood test for muscle damage and kidney function');
    expect(action(r, 'seek-care-today')).toContain('sipping water');
    const explanation = assess(r, policy2, english).reasons[0]!.explanation;
    expect(explanation).toContain('not the massage flushing anything out');
    expect(explanation).not.toMatch(/toxin/i);
  });
  it('blood-in-urine: red or pink pee', () => {
    expect(codes(report({ bladderBowel: { bloodInUrine: true } }))).toEqual(['blood-in-urine']);
  });
  it('one-leg-swollen: urgent, and the leg is left alone', () => {
    const r = report({ general: { oneLegSwollen: true } });
    expect(codes(r)).toEqual(['one-leg-swollen']);
    expect(actions(r)).toContain('leave-leg-alone');
    expect(actions(report({ general: { oneLegSwollen: true, breathlessOrChestPain: true } }))).toEqual(['call-emergency']);
  });
  it('blood-thinners-bleeding-signs: swelling, or pain of 7 or more (6 is not), on a blood thinner', () => {
    expect(codes(report({ localSigns: { swelling: true }, general: { bloodThinners: true } }))).toContain('blood-thinners-bleeding-signs');
    expect(codes(report({ pain: { severity: 7 }, general: { bloodThinners: true } }))).toContain('blood-thinners-bleeding-signs');
    expect(codes(report({ pain: { severity: 6 }, general: { bloodThinners: true } }))).not.toContain('blood-thinners-bleeding-signs');
    expect(codes(report({ localSigns: { swelling: true } }))).not.toContain('blood-thinners-bleeding-signs');
    expect(action(report({ pain: { severity: 7 }, general: { bloodThinners: true } }), 'seek-care-today')).toContain(
      'which blood thinner you take',
    );
  });

  describe('cancer-history-warning', () => {
    const cancer = (changes: Changes, hours: number) => report({ ...changes, history: { cancer: true, ...changes!.history } }, hours);
    it('fires with any nerve sign, at any time', () => {
      for (const changes of [
        { nerve: { legWeakness: 'one-leg' } },
        { nerve: { numbness: 'comes-and-goes', bothLegs: false } },
        { nerve: { tingling: 'persistent', bothLegs: false } },
        { pain: { radiation: 'below-knee' }, nerve: { bothLegs: false } },
      ] as Changes[]) {
        expect(codes(cancer(changes, 10))).toContain('cancer-history-warning');
      }
    });
    it('fires when not settling at 72 h and worse, or 7 or more, or waking at night; not at 71.9 h, not when better', () => {
      expect(codes(cancer({ pain: { trend: 'worse', nightPainPreventsSleep: false } }, 72))).toContain('cancer-history-warning');
      expect(codes(cancer({ pain: { severity: 7, trend: 'same', nightPainPreventsSleep: false } }, 100))).toContain(
        'cancer-history-warning',
      );
      expect(codes(cancer({ pain: { severity: 3, trend: 'same', nightPainPreventsSleep: true } }, 100))).toContain(
        'cancer-history-warning',
      );
      expect(codes(cancer({ pain: { severity: 6, trend: 'same', nightPainPreventsSleep: false } }, 100))).not.toContain(
        'cancer-history-warning',
      );
      expect(codes(cancer({ pain: { trend: 'worse' } }, 71.9))).not.toContain('cancer-history-warning');
      expect(codes(cancer({ pain: { severity: 8, trend: 'better' } }, 100))).not.toContain('cancer-history-warning');
    });
    it('asks the person to call their cancer team, unless it is an emergency', () => {
      expect(actions(cancer({ nerve: { legWeakness: 'one-leg' } }, 10))).toContain('contact-cancer-team');
      expect(actions(cancer({ nerve: { legWeakness: 'one-leg' }, general: { bloodThinners: true } }, 10))).toEqual(['call-emergency']);
    });
    it('a cancer history alone raises nothing', () => {
      expect(codes(cancer({}, 10))).toEqual(['expected-soreness']);
    });
  });
});

describe('see-clinician rows of policy 2', () => {
  it.each<[string, Changes]>([
    [
      '70 or older, sharp pain during the massage',
      { massage: { sharpPainDuring: true }, history: { aged70OrOver: true, fragileBones: false } },
    ],
    ['fragile bones, shooting pain', { pain: { qualities: ['shooting'] }, history: { aged70OrOver: false, fragileBones: true } }],
    [
      'fragile bones, 7 out of 10 in one spot',
      { pain: { extent: 'localized', severity: 7 }, history: { aged70OrOver: false, fragileBones: true } },
    ],
  ])('possible-fracture: %s', (_name, changes) => {
    const r = report(changes);
    expect(codes(r)).toContain('possible-fracture');
    expect(action(r, 'book-clinician')).toContain('whether you need an X-ray');
    expect(action(r, 'book-clinician')).toContain('no firm pressure');
  });
  it('possible-fracture: not at 6 in one spot, not for a risk alone, not for sharp pain alone', () => {
    expect(
      codes(report({ pain: { extent: 'localized', severity: 6 }, history: { aged70OrOver: true, fragileBones: true } })),
    ).not.toContain('possible-fracture');
    expect(codes(report({ history: { aged70OrOver: true, fragileBones: true } }))).toEqual(['expected-soreness']);
    expect(codes(report({ massage: { sharpPainDuring: true }, history: { aged70OrOver: false, fragileBones: false } }))).toEqual([
      'expected-soreness',
    ]);
  });
});

describe('follow-ups', () => {
  it('refuses a report that leaves out a follow-up its answers make necessary, one issue per path, saying why', () => {
    const error = refusal(report({ pain: { radiation: 'thigh' } }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.map((i) => i.path)).toEqual(['nerve.bothLegs', 'history.cancer']);
    expect(error.issues?.[0]?.message).toMatch(/^is needed because the pain reaches the leg/);
  });
  it('asks the fracture questions with sharp pain during the massage', () => {
    expect(refusal(report({ massage: { sharpPainDuring: true } })).issues?.map((i) => i.path)).toEqual([
      'history.aged70OrOver',
      'history.fragileBones',
    ]);
  });
  it('asks about night pain only when there was cancer and the pain is not settling', () => {
    expect(refusal(report({ history: { cancer: true } }, 80)).issues?.map((i) => i.path)).toEqual(['pain.nightPainPreventsSleep']);
    expect(() => assess(report({ history: { cancer: false } }, 80), policy2, english)).not.toThrow();
  });
  it('accepts a missing follow-up when the answers given are already an emergency', () => {
    expect(level(report({ pain: { radiation: 'thigh' }, nerve: { saddleNumbness: true } }))).toBe('emergency');
  });
  it('accepts and uses a follow-up given when it was not needed', () => {
    expect(level(report({ nerve: { tingling: 'comes-and-goes', bothLegs: true }, history: { cancer: true, aged70OrOver: true } }))).toBe(
      'self-care',
    );
    expect(codes(report({ history: { cancer: true }, pain: { trend: 'worse', nightPainPreventsSleep: true } }, 80))).toContain(
      'cancer-history-warning',
    );
  });
  it('are due only when their condition holds, one after another', () => {
    const at = '2026-03-02T20:00:00Z';
    const answers = { 'massage.endedAt': '2026-03-02T17:00:00Z', 'pain.radiation': 'thigh' };
    expect(followUpsDue(answers, at).map((q) => q.path)).toEqual(['nerve.bothLegs', 'history.cancer']);
    expect(followUpsDue({ ...answers, 'nerve.bothLegs': false, 'history.cancer': false }, at)).toEqual([]);
    expect(followUpsDue({ 'massage.endedAt': '2026-03-02T17:00:00Z' }, at)).toEqual([]);
  });
});

describe('the plan under policy 2', () => {
  it('cold: a bruise keeps the cold pack past 48 h on a blood thinner (policy 1 stopped at 48 h)', () => {
    expect(actions(report({ localSigns: { bruising: true }, general: { bloodThinners: true } }, 60))).toContain('cold');
    expect(actions(report({ localSigns: { bruising: true } }, 60))).not.toContain('cold');
    expect(actions(report({ localSigns: { bruising: true } }, 40))).toContain('cold');
  });
});

describe('the timeline under policy 2', () => {
  it("is written with isoAt, never through Date's toISOString (V8 formats it with snprintf: issue 18)", () => {
    const reported = report({}, 20);
    const written = vi.spyOn(Date.prototype, 'toISOString');
    try {
      const { timeline } = assess(reported, policy2, english);
      expect(timeline.peakUntil).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(written).not.toHaveBeenCalled();
    } finally {
      written.mockRestore();
    }
  });
});

describe('the watch list under policy 2', () => {
  it("names only what can apply: blood thinners' signs for those who take one, the cancer warning for those who had cancer", () => {
    const watch = (r: Report2) => assess(r, policy2, english).watchFor;
    expect(watch(report())).not.toContain('blood-thinners-nerve-signs');
    expect(watch(report())).not.toContain('cancer-history-warning');
    expect(watch(report({ general: { bloodThinners: true } }))).toEqual(
      expect.arrayContaining(['blood-thinners-nerve-signs', 'blood-thinners-bleeding-signs']),
    );
    expect(watch(report({ history: { cancer: true } }))).toContain('cancer-history-warning');
    expect(watch(report())).toHaveLength(16);
    expect(watch(report({ general: { breathlessOrChestPain: true } }))).toEqual([]);
  });
});

describe('the emergency short-cut', () => {
  it("is decided by the policy's own rules on the answers so far, combinations included", () => {
    expect(emergencyFrom({ 'general.breathlessOrChestPain': true }, currentPolicy, english)?.reasons.map((r) => r.code)).toEqual([
      'breathless-or-chest-pain',
    ]);
    expect(emergencyFrom({ 'pain.radiation': 'thigh', 'nerve.bothLegs': true }, currentPolicy, english)?.level).toBe('emergency');
    expect(emergencyFrom({ 'general.bloodThinners': true, 'nerve.legWeakness': 'one-leg' }, currentPolicy, english)?.level).toBe(
      'emergency',
    );
    expect(emergencyFrom({ 'nerve.legWeakness': 'one-leg' }, currentPolicy, english)).toBeNull();
    expect(emergencyFrom({}, currentPolicy, english)).toBeNull();
  });
});
