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
});
