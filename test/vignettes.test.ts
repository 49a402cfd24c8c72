// Every public vignette of each policy, from the repo's own copies, compared field by field as
// tools/check-vignettes.mjs does: policy 3's with policy 3, policy 2's through the engine's default, policy 1's with
// policy 1.
import { describe, expect, it } from 'vitest';
import { assessText, bodyOf } from '../src/engine/assess-text.ts';
import { expected, inputText, observed, vignettes, vignettes2, vignettes3 } from './support/vignettes.ts';
import { translator } from '../src/i18n/messages.ts';

const english = translator('en');

describe('public vignettes, policy 3 (TRIAGE.md, /api/v3)', () => {
  it('has the 20 public vignettes', () => {
    expect(vignettes3.length).toBeGreaterThanOrEqual(20);
  });
  it.each(vignettes3.map((v) => [v.id, v] as const))('%s', (_id, vignette) => {
    const body = bodyOf(assessText(inputText(vignette), '3', english), english);
    expect(observed(vignette.expect, body)).toEqual(expected(vignette.expect));
  });
});

describe('public vignettes, policy 2 (TRIAGE-2.md, /api/v2)', () => {
  it('has the 28 public vignettes', () => {
    expect(vignettes2.length).toBeGreaterThanOrEqual(28);
  });
  it.each(vignettes2.map((v) => [v.id, v] as const))('%s', (_id, vignette) => {
    const body = bodyOf(assessText(inputText(vignette), '2', english), english);
    expect(observed(vignette.expect, body)).toEqual(expected(vignette.expect));
  });
});

describe('public vignettes, policy 1 (TRIAGE-1.md, /api/v1)', () => {
  it('has the 27 public vignettes', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(27);
  });
  it.each(vignettes.map((v) => [v.id, v] as const))('%s', (_id, vignette) => {
    const body = bodyOf(assessText(inputText(vignette), '1', english), english);
    expect(observed(vignette.expect, body)).toEqual(expected(vignette.expect));
  });
});
