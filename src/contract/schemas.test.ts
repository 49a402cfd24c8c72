import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorSchema, inputSchema, outputSchema } from './v1.ts';

const contract = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/contract/${name}.schema.json`, import.meta.url), 'utf8'));

describe('the schemas in code are the contract', () => {
  it.each([
    ['assessment-input', inputSchema],
    ['assessment-output', outputSchema],
    ['error', errorSchema],
  ])('%s matches the contract copy exactly', (name, schema) => {
    expect(schema).toEqual(contract(name));
  });
});
