// The policy's invariants, checked on any report the contract accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport, redFlags } from '../../test/support/reports.ts';
import { validateAssessment } from '../contract/validate.ts';
import { urgencyOf } from '../knowledge/levels.ts';
import { assess } from './assess.ts';
import { assessValue, assessText } from './assess-text.ts';

const runs = { numRuns: 2000 };
const codesOf = (report: Parameters<typeof assess>[0]) => assess(report).plan.actions.map((a) => a.code);

describe('invariants of the policy', () => {
  it('adding any red-flag answer never lowers the level', () => {
    fc.assert(
      fc.property(anyReport, fc.constantFrom(...redFlags), (report, flag) => {
        expect(urgencyOf(assess(flag.apply(report)).level)).toBeGreaterThanOrEqual(urgencyOf(assess(report).level));
      }),
      runs,
    );
  });

  it('every valid report gets an assessment that validates against the output schema', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const assessment = assess(report);
        expect(validateAssessment(assessment), JSON.stringify(validateAssessment.errors)).toBe(true);
        expect(assessment.policyVersion).toBe('1');
      }),
      runs,
    );
  });

  it('arbitrary JSON never throws past the validator', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = assessValue(value);
        expect(outcome.ok).toBe(false);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => assessText(text)).not.toThrow();
      }),
      runs,
    );
  });

  it('near-valid reports (one field replaced by anything) never throw and are answered', () => {
    const paths = ['massage.endedAt', 'reportedAt', 'pain.severity', 'pain.qualities', 'nerve.numbness', 'general', 'massage'];
    fc.assert(
      fc.property(anyReport, fc.constantFrom(...paths), fc.jsonValue(), (report, path, value) => {
        const copy = structuredClone(report) as any;
        const keys = path.split('.');
        let node = copy;
        for (const key of keys.slice(0, -1)) node = node[key];
        node[keys.at(-1)!] = value;
        expect(() => assessValue(copy)).not.toThrow();
      }),
      runs,
    );
  });

  it('heat and cold are never both advised', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const actions = codesOf(report);
        expect(actions.includes('heat') && actions.includes('cold')).toBe(false);
      }),
      runs,
    );
  });

  it('no heat or cold when there is numbness', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        fc.pre(report.nerve.numbness !== 'none' || report.nerve.saddleNumbness);
        const actions = codesOf(report);
        expect(actions).not.toContain('heat');
        expect(actions).not.toContain('cold');
      }),
      runs,
    );
  });

  it('at emergency the only action is call-emergency, and nothing is left to watch for', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const assessment = assess(report);
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
        expect(JSON.stringify(assess(report))).toBe(JSON.stringify(assess(report)));
        expect(JSON.stringify(report)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
