// One test per row of TRIAGE-1.md (policy 1, still answering /api/v1 and `--policy 1`), named by its code.
import { describe, expect, it } from 'vitest';
import { report1 as report } from '../../test/support/reports.ts';
import type { Report1 as Report } from '../contract/types.ts';
import { AppError } from '../contract/errors.ts';
import { ruleByCode } from '../knowledge/policy.ts';
import { assess1 as assess } from './assess.ts';
import { translator } from '../i18n/messages.ts';

const english = translator('en');

const codes = (r: Report) => assess(r, english).reasons.map((reason) => reason.code);
const actions = (r: Report) => assess(r, english).plan.actions.map((action) => action.code);
const level = (r: Report) => assess(r, english).level;

describe('time', () => {
  it('refuses a report before the massage ended: report-before-massage', () => {
    const r = report({ reportedAt: '2026-03-02T16:59:59Z' });
    expect(() => assess(r, english)).toThrow(AppError);
    try {
      assess(r, english);
    } catch (error) {
      expect((error as AppError).code).toBe('report-before-massage');
    }
  });
  it('accepts a report at the very minute the massage ended (h = 0)', () => {
    expect(assess(report({}, 0), english).hoursSinceMassage).toBe(0);
  });
  it('accepts exactly 720 hours, refuses anything later: out-of-scope', () => {
    expect(assess(report({}, 720), english).hoursSinceMassage).toBe(720);
    try {
      assess(report({}, 720.001), english);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe('out-of-scope');
    }
  });
  it('measures hours between instants whatever the offsets say', () => {
    const r = report({ massage: { endedAt: '2026-03-02T18:00:00+01:00' }, reportedAt: '2026-03-02T12:30:00-05:00' });
    expect(assess(r, english).hoursSinceMassage).toBe(0.5);
  });
});

describe('emergency rules', () => {
  it.each<[string, Partial<Report>]>([
    ['bladder-bowel-control-loss', { bladderBowel: { bladderControlLoss: true, bowelControlLoss: false, difficultyUrinating: false } }],
    ['bladder-bowel-control-loss', { bladderBowel: { bladderControlLoss: false, bowelControlLoss: true, difficultyUrinating: false } }],
    ['urinary-retention', { bladderBowel: { bladderControlLoss: false, bowelControlLoss: false, difficultyUrinating: true } }],
    ['saddle-numbness', { nerve: { numbness: 'none', tingling: 'none', legWeakness: 'none', saddleNumbness: true } }],
    ['weakness-both-legs', { nerve: { numbness: 'none', tingling: 'none', legWeakness: 'both-legs', saddleNumbness: false } }],
  ])('%s fires and makes it an emergency', (code, change) => {
    const r = report(change);
    expect(codes(r)).toContain(code);
    expect(level(r)).toBe('emergency');
  });
});

describe('urgent rules', () => {
  it.each<[string, Partial<Report>]>([
    ['weakness-one-leg', { nerve: { numbness: 'none', tingling: 'none', legWeakness: 'one-leg', saddleNumbness: false } }],
    ['persistent-numbness', { nerve: { numbness: 'persistent', tingling: 'none', legWeakness: 'none', saddleNumbness: false } }],
    ['persistent-tingling', { nerve: { numbness: 'none', tingling: 'persistent', legWeakness: 'none', saddleNumbness: false } }],
    ['fever', { general: { fever: true, recentFallOrInjury: false, bloodThinners: false } }],
    ['recent-injury', { general: { fever: false, recentFallOrInjury: true, bloodThinners: false } }],
  ])('%s fires and makes it urgent', (code, change) => {
    const r = report(change);
    expect(codes(r)).toEqual([code]);
    expect(level(r)).toBe('urgent');
  });
});

describe('see-clinician rules', () => {
  it.each(['sharp', 'shooting', 'electric'] as const)('sharp-pain fires for %s pain', (quality) => {
    expect(codes(report({ pain: { qualities: ['dull-ache', quality] } }))).toEqual(['sharp-pain']);
  });
  it('sharp-pain does not fire for burning or tender pain', () => {
    expect(codes(report({ pain: { qualities: ['burning', 'tenderness'] } }))).toEqual(['expected-soreness']);
  });
  it.each(['thigh', 'below-knee'] as const)('pain-down-leg fires when pain reaches the %s', (radiation) => {
    expect(codes(report({ pain: { radiation } }))).toEqual(['pain-down-leg']);
  });
  it('pain-down-leg does not fire for the buttock alone', () => {
    expect(codes(report({ pain: { radiation: 'buttock' } }))).toEqual(['expected-soreness']);
  });
  it('intermittent-numbness fires for numbness that comes and goes', () => {
    expect(codes(report({ nerve: { numbness: 'comes-and-goes' } }))).toEqual(['intermittent-numbness']);
  });
  it('tingling that comes and goes fires nothing, and persistent-tingling stays on the watch list', () => {
    const a = assess(report({ nerve: { tingling: 'comes-and-goes' } }), english);
    expect(a.reasons.map((r) => r.code)).toEqual(['expected-soreness']);
    expect(a.watchFor).toContain('persistent-tingling');
  });

  describe('local-signs-not-improving', () => {
    const calm = { pain: { trend: 'better' as const, severity: 0 } };
    it.each([
      ['swelling', { localSigns: { swelling: true, bruising: false } }],
      ['bruising', { localSigns: { swelling: false, bruising: true } }],
      ['strong localized pain', { pain: { extent: 'localized' as const, severity: 7 } }],
    ])('fires at exactly 72 h with %s and a trend that is not better', (_name, change) => {
      const r = report({ ...change, pain: { trend: 'same', ...(change as any).pain } }, 72);
      expect(codes(r)).toContain('local-signs-not-improving');
    });
    it('does not fire before 72 h', () => {
      expect(codes(report({ localSigns: { swelling: true, bruising: false }, pain: { trend: 'worse' } }, 71.99))).not.toContain(
        'local-signs-not-improving',
      );
    });
    it('does not fire when the trend is better', () => {
      expect(codes(report({ localSigns: { swelling: true, bruising: true }, ...calm }, 96))).not.toContain('local-signs-not-improving');
    });
    it('does not fire for localized pain below 7', () => {
      expect(codes(report({ pain: { extent: 'localized', severity: 6, trend: 'same' } }, 96))).not.toContain('local-signs-not-improving');
    });
  });

  describe('not-easing', () => {
    it.each(['same', 'worse'] as const)('fires at exactly 72 h when the pain is %s', (trend) => {
      expect(codes(report({ pain: { trend, severity: 1 } }, 72))).toEqual(['not-easing']);
    });
    it('does not fire when the trend is better', () => {
      expect(codes(report({ pain: { trend: 'better', severity: 5 } }, 96))).toEqual(['expected-soreness']);
    });
    it('does not fire with no pain left', () => {
      expect(codes(report({ pain: { trend: 'same', severity: 0 } }, 96))).toEqual(['expected-soreness']);
    });
    it('does not fire before 72 h', () => {
      expect(codes(report({ pain: { trend: 'worse', severity: 6 } }, 71.5))).toEqual(['expected-soreness']);
    });
  });

  describe('persisting-past-week', () => {
    it('fires after 168 h with pain of 4 or more, even when improving', () => {
      expect(codes(report({ pain: { trend: 'better', severity: 4 } }, 168.5))).toEqual(['persisting-past-week']);
    });
    it('does not fire at exactly 168 h (the rule is strictly after)', () => {
      expect(codes(report({ pain: { trend: 'better', severity: 4 } }, 168))).toEqual(['expected-soreness']);
    });
    it('does not fire for pain of 3', () => {
      expect(codes(report({ pain: { trend: 'better', severity: 3 } }, 240))).toEqual(['expected-soreness']);
    });
  });

  it('bruising-on-blood-thinners fires for bruising while on blood thinners', () => {
    const r = report({ localSigns: { bruising: true, swelling: false }, general: { bloodThinners: true } });
    expect(codes(r)).toEqual(['bruising-on-blood-thinners']);
  });
  it('bruising alone is expected at first', () => {
    expect(codes(report({ localSigns: { bruising: true, swelling: false } }))).toEqual(['expected-soreness']);
  });
  it.each([9, 10])('severe-pain fires at %i out of 10', (severity) => {
    expect(codes(report({ pain: { severity } }))).toEqual(['severe-pain']);
  });
  it('severe-pain does not fire at 8', () => {
    expect(codes(report({ pain: { severity: 8 } }))).toEqual(['expected-soreness']);
  });
});

describe('levels', () => {
  it('expected-soreness is the only reason when nothing else fires', () => {
    const a = assess(report(), english);
    expect(a.level).toBe('self-care');
    expect(a.reasons).toHaveLength(1);
    expect(a.reasons[0]).toMatchObject({ code: 'expected-soreness', level: 'self-care' });
  });
  it('the level is the highest of all the reasons that fired', () => {
    const r = report({ pain: { qualities: ['sharp'] }, general: { fever: true }, nerve: { saddleNumbness: true } });
    const a = assess(r, english);
    expect(a.reasons.map((x) => x.code)).toEqual(['saddle-numbness', 'fever', 'sharp-pain']);
    expect(a.level).toBe('emergency');
  });
  it('every reason carries the answers it used', () => {
    const a = assess(report({ pain: { qualities: ['dull-ache', 'shooting'] } }), english);
    expect((a.reasons[0] as any).answers).toEqual({ 'pain.qualities': ['shooting'] });
    expect(a.reasons[0]?.explanation).toContain('shooting');
  });
});

describe('plan', () => {
  it('call-emergency is the only action at emergency', () => {
    expect(actions(report({ bladderBowel: { difficultyUrinating: true }, localSigns: { swelling: true } }))).toEqual(['call-emergency']);
  });
  it('the emergency advice names the action first, then what to say', () => {
    const text = assess(report({ nerve: { saddleNumbness: true } }), english).plan.actions[0]!.text;
    expect(text).toMatch(/^Call the emergency number now/);
    expect(text).toContain('Tell them');
    expect(text).toContain('I feel numb between my legs');
    expect(text).toContain('Do not drive yourself');
  });
  it("what to say on the call is in the caller's own voice, whichever signs fired", () => {
    const flags = [
      { bladderBowel: { bladderControlLoss: true } },
      { bladderBowel: { difficultyUrinating: true } },
      { nerve: { saddleNumbness: true } },
      { nerve: { legWeakness: 'both-legs' as const } },
      { general: { fever: true } },
      { pain: { qualities: ['shooting' as const], radiation: 'below-knee' as const } },
    ];
    for (let mask = 1; mask < 1 << flags.length; mask++) {
      const chosen = flags.filter((_flag, k) => mask & (1 << k));
      const merged = chosen.reduce<Record<string, object>>((all, flag) => {
        for (const [key, value] of Object.entries(flag)) all[key] = { ...all[key], ...value };
        return all;
      }, {});
      const assessment = assess(report(merged), english);
      if (assessment.level !== 'emergency') continue;
      const said = /Tell them: "([^"]+)"/.exec(assessment.plan.actions[0]!.text)?.[1] ?? '';
      expect(said).toMatch(/^I had a massage and now I have low back pain\. /);
      expect(said).not.toMatch(/\byou(r)?\b/i);
      for (const reason of assessment.reasons) expect(said).toContain(english(ruleByCode.get(reason.code)!.told));
    }
  });
  it('seek-care-today and pause-deep-massage at urgent, without gentle movement or heat', () => {
    expect(actions(report({ general: { fever: true } }))).toEqual([
      'seek-care-today',
      'hydrate',
      'avoid-strenuous-exercise',
      'pause-deep-massage',
    ]);
  });
  it('book-clinician, gentle-movement, heat and pause-deep-massage at see-clinician', () => {
    expect(actions(report({ pain: { qualities: ['stiffness', 'electric'] } }))).toEqual([
      'book-clinician',
      'hydrate',
      'avoid-strenuous-exercise',
      'gentle-movement',
      'heat',
      'pause-deep-massage',
    ]);
  });
  it('avoid-strenuous-exercise lasts until 48 h after the massage', () => {
    const action = assess(report({}, 30), english).plan.actions.find((a) => a.code === 'avoid-strenuous-exercise');
    expect(action?.until).toBe('2026-03-04T17:00:00.000Z');
  });
  it('hydrate advises small sips and claims no flushing of toxins', () => {
    const text = assess(report(), english)
      .plan.actions.find((a) => a.code === 'hydrate')!
      .text.toLowerCase();
    expect(text).toContain('small sips');
    expect(text).not.toMatch(/toxin|flush|waste/);
  });
  describe('cold', () => {
    it('is advised for swelling, for 15 to 20 minutes, instead of heat', () => {
      const a = assess(report({ localSigns: { swelling: true } }), english);
      const cold = a.plan.actions.find((x) => x.code === 'cold');
      expect(cold).toMatchObject({ minMinutes: 15, maxMinutes: 20 });
      expect(a.plan.actions.map((x) => x.code)).not.toContain('heat');
    });
    it('is advised for bruising only before 48 h', () => {
      expect(actions(report({ localSigns: { bruising: true } }, 47.9))).toContain('cold');
      expect(actions(report({ localSigns: { bruising: true } }, 48))).not.toContain('cold');
      expect(actions(report({ localSigns: { bruising: true } }, 48))).toContain('heat');
    });
    it('is never advised with numbness, nor heat either', () => {
      const r = report({ localSigns: { swelling: true }, nerve: { numbness: 'comes-and-goes' }, pain: { qualities: ['dull-ache'] } });
      expect(actions(r)).not.toContain('cold');
      expect(actions(r)).not.toContain('heat');
    });
    it('is advised at urgent for swelling (heat is not)', () => {
      expect(actions(report({ localSigns: { swelling: true }, general: { recentFallOrInjury: true } }))).toContain('cold');
    });
  });
  describe('heat', () => {
    it.each(['dull-ache', 'stiffness'] as const)('is advised for %s', (quality) => {
      expect(actions(report({ pain: { qualities: [quality] } }))).toContain('heat');
    });
    it('is not advised for tenderness alone', () => {
      expect(actions(report({ pain: { qualities: ['tenderness'] } }))).not.toContain('heat');
    });
    it('is not advised at urgent', () => {
      expect(actions(report({ general: { fever: true }, pain: { qualities: ['dull-ache'] } }))).not.toContain('heat');
    });
  });
  describe('tell-therapist', () => {
    it.each<[string, any]>([
      ['sharp pain during the massage', { massage: { sharpPainDuring: true } }],
      ['swelling', { localSigns: { swelling: true } }],
      ['bruising', { localSigns: { bruising: true } }],
      ['localized pain of 7', { pain: { extent: 'localized', severity: 7 } }],
    ])('is advised after %s', (_name, change) => {
      const a = assess(report(change), english);
      const text = a.plan.actions.find((x) => x.code === 'tell-therapist')?.text ?? '';
      expect(text).toContain('pressure');
    });
    it('is not advised for widespread pain of 8', () => {
      expect(actions(report({ pain: { extent: 'widespread', severity: 8 } }))).not.toContain('tell-therapist');
    });
  });
});

describe('timeline', () => {
  it('peak 24-72 h, ease by 72 h, exercise from 48 h', () => {
    expect(assess(report({}, 10), english).timeline).toEqual({
      peakFrom: '2026-03-03T17:00:00.000Z',
      peakUntil: '2026-03-05T17:00:00.000Z',
      shouldEaseBy: '2026-03-05T17:00:00.000Z',
      strenuousExerciseFrom: '2026-03-04T17:00:00.000Z',
      recheckAt: '2026-03-05T17:00:00.000Z',
    });
  });
  it('self-care at or after 72 h rechecks 24 h after the report', () => {
    expect(assess(report({ pain: { trend: 'better' } }, 72), english).timeline.recheckAt).toBe('2026-03-06T17:00:00.000Z');
  });
  it('see-clinician rechecks 24 h after the report', () => {
    expect(assess(report({ pain: { qualities: ['sharp'] } }, 5), english).timeline.recheckAt).toBe('2026-03-03T22:00:00.000Z');
  });
  it.each([{ general: { fever: true } }, { nerve: { saddleNumbness: true } }])('urgent and emergency have no recheck', (change) => {
    expect(assess(report(change as never), english).timeline.recheckAt).toBeNull();
  });
});

describe('contributors', () => {
  it('lists every region reported, with an explanation', () => {
    const a = assess(report({ pain: { regions: ['sacroiliac-joint'] } }), english);
    expect(a.contributors.map((c) => c.region)).toEqual(['sacroiliac-joint']);
    expect(a.contributors[0]!.explanation).toMatch(/spine meets the pelvis/);
  });
  it.each(['quadratus-lumborum', 'psoas'] as const)('adds erector-spinae when %s is listed', (region) => {
    expect(assess(report({ pain: { regions: [region] } }), english).contributors.map((c) => c.region)).toEqual([region, 'erector-spinae']);
  });
  it('lists erector-spinae once even when also reported', () => {
    const regions = assess(report({ pain: { regions: ['erector-spinae', 'psoas', 'quadratus-lumborum'] } }), english).contributors.map(
      (c) => c.region,
    );
    expect(regions.sort()).toEqual(['erector-spinae', 'psoas', 'quadratus-lumborum']);
  });
  it('is empty when no region is given', () => {
    expect(assess(report(), english).contributors).toEqual([]);
  });
});

describe('watch for', () => {
  it('below emergency lists the emergency and urgent signs that did not fire, with sharp-pain and pain-down-leg', () => {
    expect(assess(report({ general: { fever: true } }), english).watchFor.sort()).toEqual([
      'bladder-bowel-control-loss',
      'pain-down-leg',
      'persistent-numbness',
      'persistent-tingling',
      'recent-injury',
      'saddle-numbness',
      'sharp-pain',
      'urinary-retention',
      'weakness-both-legs',
      'weakness-one-leg',
    ]);
  });
  it('leaves out sharp-pain once it fired', () => {
    expect(assess(report({ pain: { qualities: ['sharp'] } }), english).watchFor).not.toContain('sharp-pain');
  });
  it('is empty at emergency', () => {
    expect(assess(report({ nerve: { legWeakness: 'both-legs' } }), english).watchFor).toEqual([]);
  });
});

describe('wording', () => {
  it('every result says it is not a diagnosis', () => {
    expect(assess(report(), english).disclaimer).toMatch(/not a diagnosis/);
  });
  it('no explanation names a diagnosis as made', () => {
    const a = assess(
      report({ pain: { radiation: 'below-knee', qualities: ['electric'] }, nerve: { numbness: 'comes-and-goes' } }),
      english,
    );
    for (const reason of a.reasons) expect(reason.explanation).not.toMatch(/you have (sciatica|cauda equina|a slipped disc)/i);
  });
  it('the output carries policy version 1', () => {
    expect(assess(report(), english).policyVersion).toBe('1');
  });
});

// TRIAGE.md is followed exactly; these tests show cases a clinician may want to look at again (see the closing
// note of the engine issue). They pin today's policy, so a change to it is a deliberate new version.
describe('policy 1 as written, where it may deserve a second look', () => {
  it('persistent tingling does not block heat or cold: only numbness does', () => {
    const r = report({ nerve: { tingling: 'persistent' }, localSigns: { swelling: true } });
    expect(assess(r, english).level).toBe('urgent');
    expect(actions(r)).toContain('cold');
  });
  it('a score of 0 with swelling still not better at 72 h is a reason to see a clinician', () => {
    expect(codes(report({ pain: { severity: 0, trend: 'same' }, localSigns: { swelling: true } }, 72))).toEqual([
      'local-signs-not-improving',
    ]);
  });
  it('persisting-past-week is strictly after 168 h, while the 72 h rules include 72.0', () => {
    expect(codes(report({ pain: { severity: 5, trend: 'better' } }, 168))).toEqual(['expected-soreness']);
    expect(codes(report({ pain: { severity: 5, trend: 'same' } }, 72))).toEqual(['not-easing']);
  });
});

describe('explanations read well', () => {
  it('agree in number: one local sign "is", two "are"', () => {
    const one = assess(report({ localSigns: { swelling: true }, pain: { trend: 'same' } }, 96), english).reasons.find(
      (r) => r.code === 'local-signs-not-improving',
    )!;
    const two = assess(report({ localSigns: { swelling: true, bruising: true }, pain: { trend: 'same' } }, 96), english).reasons.find(
      (r) => r.code === 'local-signs-not-improving',
    )!;
    expect(one.explanation).toContain('the swelling is not getting better');
    expect(two.explanation).toContain('the swelling and bruising are not getting better');
  });
});
