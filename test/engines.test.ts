// package.json's engines names the Nodes the project is tested on: CI runs this suite on each of them (.ci/run), and
// here the suite refuses to pass on a Node that engines does not name, so neither can move without the other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

type Version = readonly [number, number, number];

/** `v24.22.3` or `24.22.3` as numbers; a clear error on anything else. */
function versionOf(text: string): Version {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`not a Node version: ${JSON.stringify(text)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const atLeast = (version: Version, floor: Version) => {
  for (let k = 0; k < 3; k++) if (version[k] !== floor[k]) return version[k]! > floor[k]!;
  return true;
};

/**
 * Whether engines accepts a version. engines is written in caret ranges alone (`^20.19.0 || ^24.11.0`: that major
 * from that release on), one per Node line tested, which is all this reads; any other form is refused by name.
 */
function accepts(range: string, version: Version): boolean {
  return range.split('||').some((alternative) => {
    const caret = /^\s*\^(\d+\.\d+\.\d+)\s*$/.exec(alternative);
    if (!caret) throw new Error(`engines.node must be caret ranges joined by ||, found ${JSON.stringify(alternative.trim())}`);
    const floor = versionOf(caret[1]!);
    return version[0] === floor[0] && atLeast(version, floor);
  });
}

describe("package.json's engines", () => {
  it(`names the Node running this suite (${process.version}): a Node CI tests on is one engines lists`, () => {
    expect(accepts(engines, versionOf(process.version))).toBe(true);
  });

  it('names Node 20 from 20.19 and Node 24 from its first LTS release (24.11.0), and no line CI does not test', () => {
    expect(accepts(engines, versionOf('20.19.0'))).toBe(true);
    expect(accepts(engines, versionOf('20.18.3'))).toBe(false);
    expect(accepts(engines, versionOf('24.11.0'))).toBe(true);
    expect(accepts(engines, versionOf('24.22.3'))).toBe(true);
    expect(accepts(engines, versionOf('24.10.0'))).toBe(false);
    for (const untested of ['18.20.8', '22.21.0', '23.11.1', '25.2.1', '26.0.0']) expect(accepts(engines, versionOf(untested))).toBe(false);
  });

  it('is read as written: a form other than caret ranges is refused by name, not guessed at', () => {
    expect(() => accepts('>=20.19', versionOf('20.19.0'))).toThrow(/engines.node must be caret ranges joined by \|\|, found ">=20.19"/);
    expect(() => versionOf('twenty')).toThrow(/not a Node version: "twenty"/);
  });
});
