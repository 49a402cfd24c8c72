// The policies' invariants, checked on any report the contracts accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport, anyReport1, anyReport2, newSigns, redFlags } from '../../test/support/reports.ts';
import { vignettes } from '../../test/support/vignettes.ts';
import { AppError } from '../contract/errors.ts';
import type { Report1, Report2 } from '../contract/types.ts';
import { validateAssessment, validateContractAssessment } from '../contract/validate.ts';
import { urgencyOf } from '../knowledge/levels.ts';
import { assess, assess1, policy2 } from './assess.ts';
import { assessText, assessValue } from './assess-text.ts';
import { translator } from '../i18n/messages.ts';

const english = translator('en');

const runs = { numRuns: 2000 };
const codesOf = (report: Report2) => assess(report, policy2, english).plan.actions.map((a) => a.code);
const hoursOf = (r: Report1) => (Date.parse(r.reportedAt) - Date.parse(r.massage.endedAt)) / 3_600_000;

/**
 * TRIAGE.md's follow-up conditions written out again from its table, as an oracle: which follow-ups a report needs.
 */
function needed(r: Report2): string[] {
  const leg = r.pain.radiation === 'thigh' || r.pain.radiation === 'below-knee';
  const mechanism =
    r.massage.sharpPainDuring ||
    r.pain.qualities.some((q) => ['sharp', 'shooting', 'electric'].includes(q)) ||
    (r.pain.extent === 'localized' && r.pain.severity >= 7);
  const nerveSign = r.nerve.legWeakness !== 'none' || r.nerve.numbness !== 'none' || r.nerve.tingling === 'persistent' || leg;
  const h = hoursOf(r);
  const notSettling = h >= 72 && r.pain.trend !== 'better' && r.pain.severity >= 1;
  return [
    ...(leg || r.nerve.numbness !== 'none' || r.nerve.tingling !== 'none' ? ['nerve.bothLegs'] : []),
    ...(mechanism ? ['history.aged70OrOver', 'history.fragileBones'] : []),
    ...(nerveSign || notSettling ? ['history.cancer'] : []),
    ...(r.history?.cancer === true && notSettling ? ['pain.nightPainPreventsSleep'] : []),
  ];
}
const given = (r: Report2, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], r) !== undefined;

describe('invariants of policy 2', () => {
  it("adding any symptom (a red flag or one of policy 2's signs) never lowers the level", () => {
    const signs = [...redFlags.map((f) => ({ name: f.name, apply: (r: Report2) => f.apply(r) })), ...newSigns];
    fc.assert(
      fc.property(anyReport, fc.constantFrom(...signs), (report, sign) => {
        expect(urgencyOf(assess(sign.apply(report), policy2, english).level)).toBeGreaterThanOrEqual(
          urgencyOf(assess(report, policy2, english).level),
        );
      }),
      runs,
    );
  });

  it('a risk factor alone (blood thinners, a cancer history, 70 or older, fragile bones) never raises the level', () => {
    const calm = anyReport.map((r): Report2 => ({
      ...r,
      massage: { ...r.massage, sharpPainDuring: false },
      pain: {
        ...r.pain,
        qualities: ['dull-ache'],
        extent: 'widespread',
        severity: Math.min(r.pain.severity, 6),
        radiation: 'none',
        trend: 'better',
      },
      nerve: { numbness: 'none', tingling: 'none', legWeakness: 'none', saddleNumbness: false },
      bladderBowel: {
        bladderControlLoss: false,
        bowelControlLoss: false,
        difficultyUrinating: false,
        brownUrine: false,
        bloodInUrine: false,
      },
      localSigns: { swelling: false, bruising: false },
      general: { fever: false, recentFallOrInjury: false, bloodThinners: false, breathlessOrChestPain: false, oneLegSwollen: false },
      history: { aged70OrOver: false, fragileBones: false, cancer: false },
    }));
    const risks = fc.record({ bloodThinners: fc.boolean(), cancer: fc.boolean(), aged70OrOver: fc.boolean(), fragileBones: fc.boolean() });
    fc.assert(
      fc.property(calm, risks, (report, risk) => {
        const withRisk: Report2 = {
          ...report,
          general: { ...report.general, bloodThinners: risk.bloodThinners },
          history: { aged70OrOver: risk.aged70OrOver, fragileBones: risk.fragileBones, cancer: risk.cancer },
          pain: { ...report.pain, nightPainPreventsSleep: false },
        };
        expect(assess(withRisk, policy2, english).level).toBe(assess(report, policy2, english).level);
      }),
      runs,
    );
  });

  it('a missing follow-up the policy needs is always refused, at its path, unless the answers are an emergency; an unneeded one is always accepted', () => {
    fc.assert(
      fc.property(anyReport2(false), (report) => {
        const missing = needed(report).filter((path) => !given(report, path));
        let outcome: unknown;
        try {
          outcome = assess(report, policy2, english);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          outcome = error;
        }
        if (outcome instanceof AppError) {
          expect(outcome.code).toBe('invalid-input');
          expect(outcome.issues?.map((i) => i.path)).toEqual(missing);
        } else {
          expect(missing.length === 0 || (outcome as { level: string }).level === 'emergency').toBe(true);
        }
      }),
      runs,
    );
  });

  it('every policy-1 public vignette, given "no" to the four new questions and to every follow-up, keeps its policy-1 level and reasons', () => {
    for (const vignette of vignettes) {
      if (vignette.expect.error !== undefined) continue;
      const input = vignette.input as Report1;
      const report: Report2 = {
        ...input,
        pain: { ...input.pain, nightPainPreventsSleep: false },
        nerve: { ...input.nerve, bothLegs: false },
        bladderBowel: { ...input.bladderBowel, brownUrine: false, bloodInUrine: false },
        general: { ...input.general, breathlessOrChestPain: false, oneLegSwollen: false },
        history: { aged70OrOver: false, fragileBones: false, cancer: false },
      };
      const before = assess1(input, english);
      const after = assess(report, policy2, english);
      expect({ id: vignette.id, level: after.level, reasons: after.reasons.map((r) => r.code) }).toEqual({
        id: vignette.id,
        level: before.level,
        reasons: before.reasons.map((r) => r.code),
      });
    }
  });

  it("every valid report gets an assessment that validates against Aftercare's schema and policy 2's contract", () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const assessment = assess(report, policy2, english);
        expect(validateAssessment(assessment), JSON.stringify(validateAssessment.errors)).toBe(true);
        expect(validateContractAssessment['2'](assessment), JSON.stringify(validateContractAssessment['2'].errors)).toBe(true);
        expect(assessment.policyVersion).toBe('2');
      }),
      runs,
    );
  });

  it('heat and cold are never both advised, and neither with numbness', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const actions = codesOf(report);
        expect(actions.includes('heat') && actions.includes('cold')).toBe(false);
        if (report.nerve.numbness !== 'none' || report.nerve.saddleNumbness)
          expect(actions.filter((a) => a === 'heat' || a === 'cold')).toEqual([]);
      }),
      runs,
    );
  });

  it('at emergency the only action is call-emergency, and nothing is left to watch for', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const assessment = assess(report, policy2, english);
        fc.pre(assessment.level === 'emergency');
        expect(codesOf(report)).toEqual(['call-emergency']);
        expect(assessment.watchFor).toEqual([]);
      }),
      runs,
    );
  });

  it('the assessment is deterministic and leaves the report untouched', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const before = JSON.stringify(report);
        expect(JSON.stringify(assess(report, policy2, english))).toBe(JSON.stringify(assess(report, policy2, english)));
        expect(JSON.stringify(report)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('invariants of policy 1', () => {
  it('adding any red-flag answer never lowers the level', () => {
    fc.assert(
      fc.property(anyReport1, fc.constantFrom(...redFlags), (report, flag) => {
        expect(urgencyOf(assess1(flag.apply(report), english).level)).toBeGreaterThanOrEqual(urgencyOf(assess1(report, english).level));
      }),
      runs,
    );
  });

  it("every valid report gets an assessment that validates against policy 1's contract and Aftercare's schema", () => {
    fc.assert(
      fc.property(anyReport1, (report) => {
        const assessment = assess1(report, english);
        expect(validateContractAssessment['1'](assessment), JSON.stringify(validateContractAssessment['1'].errors)).toBe(true);
        expect(validateAssessment(assessment)).toBe(true);
        expect(assessment.policyVersion).toBe('1');
      }),
      runs,
    );
  });
});

describe('untrusted input, under either policy', () => {
  it('arbitrary JSON and text never throw past the validator', () => {
    for (const policy of ['1', '2'] as const) {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(() => assessValue(value, policy, english)).toThrow(AppError);
        }),
        { numRuns: 500 },
      );
      fc.assert(
        fc.property(fc.string(), (text) => {
          expect(() => assessText(text, policy, english)).not.toThrow();
        }),
        { numRuns: 500 },
      );
    }
  });

  it('near-valid reports (one field replaced by anything) never throw past the contract', () => {
    const paths = [
      'massage.endedAt',
      'reportedAt',
      'pain.severity',
      'pain.qualities',
      'nerve.numbness',
      'nerve.bothLegs',
      'history',
      'general',
      'massage',
    ];
    fc.assert(
      fc.property(anyReport, fc.constantFrom(...paths), fc.jsonValue(), (report, path, value) => {
        const copy = structuredClone(report) as Record<string, unknown>;
        const keys = path.split('.');
        let node = copy;
        for (const key of keys.slice(0, -1)) node = (node[key] ?? (node[key] = {})) as Record<string, unknown>;
        node[keys.at(-1)!] = value;
        try {
          assessValue(copy, '2', english);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      runs,
    );
  });
});
