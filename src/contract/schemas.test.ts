import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v1 from './v1.ts';
import * as v2 from './v2.ts';
import * as v3 from './v3.ts';

const contract = (folder: string, name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/contract/${folder}${name}.schema.json`, import.meta.url), 'utf8'));

describe('the schemas in code are the contract', () => {
  it.each([
    ['policy 1', '', v1],
    ['policy 2', 'v2/', v2],
    ['policy 3', 'v3/', v3],
  ] as const)('%s: the input, output and error schemas match the contract copies exactly', (_, folder, schemas) => {
    expect(schemas.inputSchema).toEqual(contract(folder, 'assessment-input'));
    expect(schemas.outputSchema).toEqual(contract(folder, 'assessment-output'));
    expect(schemas.errorSchema).toEqual(contract(folder, 'error'));
  });
});
