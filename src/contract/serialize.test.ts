import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport } from '../../test/support/reports.ts';
import { assess } from '../engine/assess.ts';
import { serializeAssessment } from './serialize.ts';

describe('serializing an assessment', () => {
  it('gives exactly the text JSON.stringify gives, for any report', () => {
    fc.assert(fc.property(anyReport, (report) => {
      const assessment = assess(report);
      expect(serializeAssessment(assessment)).toBe(JSON.stringify(assessment));
    }), { numRuns: 3000 });
  });
  it('keeps fields it does not know about', () => {
    fc.assert(fc.property(anyReport, (report) => {
      const assessment = { ...assess(report), extra: { a: 1 } };
      expect(serializeAssessment(assessment)).toBe(JSON.stringify(assessment));
    }), { numRuns: 50 });
  });
  it('stays exact when a varying text has been seen before and the cache is full', () => {
    const base = assess(fc.sample(anyReport, { numRuns: 1, seed: 7 })[0]!);
    for (let k = 0; k < 200; k++) {
      const varied = { ...base, summary: { ...base.summary, title: `title ${k}` } };
      expect(serializeAssessment(varied)).toBe(JSON.stringify(varied));
    }
  });
  it('stays exact for any other shape: reordered or missing keys, undefined values, extra fields, a reused explanation', () => {
    const base = assess(fc.sample(anyReport, { numRuns: 1, seed: 11 })[0]!);
    const reason = { ...base.reasons[0]!, answers: { 'pain.severity': 3 } };
    const shapes: unknown[] = [
      Object.fromEntries(Object.entries(base).reverse()),
      { ...base, summary: undefined },
      { ...base, plan: { actions: base.plan.actions, note: 'x' } },
      { ...base, plan: { actions: [...base.plan.actions, undefined, null] } },
      { ...base, plan: { actions: [{ code: 'a', text: 't', until: 5, source: 's' }, { code: 'a', text: 't', source: 's', until: 'x' }] } },
      { ...base, plan: { actions: [{ code: 'a', text: undefined, source: 's' }, { code: 'a', text: 't', source: 's', extra: [1] }] } },
      { ...base, plan: { actions: [{ code: 'a', text: 'a "quoted" \\ text\n', until: '2026-03-04T17:00:00.000Z', source: 's' }] } },
      { ...base, reasons: [{ ...reason, extra: true }] },
      { ...base, reasons: [Object.fromEntries(Object.entries(reason).reverse())] },
      { ...base, reasons: [{ ...reason, answers: undefined }] },
      // The same explanation under another code must not come back with the first code's head.
      { ...base, reasons: [reason, { ...reason, code: 'fever' }, { ...reason, level: 'urgent' }, { ...reason, source: 'elsewhere' }] },
    ];
    for (const shape of shapes) expect(serializeAssessment(shape as typeof base)).toBe(JSON.stringify(shape));
  });
});
