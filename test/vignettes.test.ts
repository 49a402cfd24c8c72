// Every public vignette, from the repo's own copy, compared field by field as tools/check-vignettes.mjs does.
import { describe, expect, it } from 'vitest';
import { bodyOf, assessText } from '../src/engine/assess-text.ts';
import { expected, inputText, observed, vignettes } from './support/vignettes.ts';

describe('public vignettes through the engine', () => {
  it('has the 27 public vignettes', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(27);
  });
  it.each(vignettes.map((v) => [v.id, v] as const))('%s', (_id, vignette) => {
    const body = bodyOf(assessText(inputText(vignette)));
    expect(observed(vignette.expect, body)).toEqual(expected(vignette.expect));
  });
});
