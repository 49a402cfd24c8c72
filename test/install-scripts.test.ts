// A dependency's install script runs on every `npm install`: npm 11 lists those not reviewed in package.json's
// allowScripts (a warning a new user meets at the quick start's first step), and npm 12 will skip them. Each one in
// the lockfile is reviewed there, and nothing is listed there that no longer has one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;

interface Lock {
  readonly packages: Record<string, { readonly version?: string; readonly hasInstallScript?: boolean }>;
}

/** `name@version` of every installed package with an install script, its name read from its folder in the lockfile. */
function withInstallScripts(lock: Lock): string[] {
  return Object.entries(lock.packages)
    .filter(([folder, entry]) => folder !== '' && entry.hasInstallScript)
    .map(([folder, entry]) => `${folder.slice(folder.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`);
}

/**
 * Whether an allowScripts key is about this `name@version`: a name, as this project writes them (the lockfile keeps no
 * download addresses, and npm pins a version only from one), or a name pinned to that version. npm also reads ranges
 * (`name@*`, `name@1 || 2`), which this does not.
 */
function covers(key: string, installed: string): boolean {
  const name = installed.slice(0, installed.lastIndexOf('@'));
  return key === name || key === installed;
}

describe("package.json's allowScripts", () => {
  const allowed = Object.keys((read('package.json') as { allowScripts?: Record<string, boolean> }).allowScripts ?? {});
  const scripted = withInstallScripts(read('package-lock.json') as Lock);

  it('reviews every installed package that has an install script (esbuild, which links its own executable)', () => {
    expect(scripted).toContainEqual(expect.stringMatching(/^esbuild@/));
    expect(scripted.filter((installed) => !allowed.some((key) => covers(key, installed)))).toEqual([]);
  });

  it('lists no package that is not installed with an install script', () => {
    expect(allowed.filter((key) => !scripted.some((installed) => covers(key, installed)))).toEqual([]);
  });

  it('reads names and pins as npm writes them, scoped packages too', () => {
    const lock: Lock = {
      packages: {
        '': { version: '0.1.0', hasInstallScript: true },
        'node_modules/esbuild': { version: '0.28.2', hasInstallScript: true },
        'node_modules/a/node_modules/@scope/b': { version: '1.0.0', hasInstallScript: true },
        'node_modules/c': { version: '2.0.0' },
      },
    };
    expect(withInstallScripts(lock)).toEqual(['esbuild@0.28.2', '@scope/b@1.0.0']);
    expect(covers('esbuild', 'esbuild@0.28.2')).toBe(true);
    expect(covers('esbuild@0.28.2', 'esbuild@0.28.2')).toBe(true);
    expect(covers('esbuild@0.27.0', 'esbuild@0.28.2')).toBe(false);
    expect(covers('@scope/b', '@scope/b@1.0.0')).toBe(true);
    expect(covers('@scope', '@scope/b@1.0.0')).toBe(false);
  });
});
