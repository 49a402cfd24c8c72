// The README's quick start is the contract with every new user: the requests it shows must work as shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Each `curl … POST <url> … --data @<file>` in the README: the path it posts to and the file it sends. */
const examples = [...readme.matchAll(/curl -s -X POST http:\/\/127\.0\.0\.1:3000(\/\S+) \\\s*\n\s*-H '[^']+' --data @(\S+)/g)].map(
  ([, path, file]) => ({ path: path!, file: file! }),
);

describe("the README's examples", () => {
  it('shows at least the current API', () => {
    expect(examples.map((e) => e.path)).toContain('/api/v2/assessments');
  });

  it.each(examples)('POST $path with $file is answered with an assessment', async ({ path, file }) => {
    const app = buildApp();
    try {
      const answer = await app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/json' },
        payload: readFileSync(join(root, file), 'utf8'),
      });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toMatchObject({ level: 'self-care', disclaimer: expect.stringContaining('not a diagnosis') });
    } finally {
      await app.close();
    }
  });

  it('names only scripts that package.json has', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as object);
    const named = [...readme.matchAll(/npm run (?:-s )?([a-z:]+)/g)].map(([, name]) => name!);
    expect(named.length).toBeGreaterThan(5);
    for (const name of named) expect(scripts, `npm run ${name}`).toContain(name);
  });
});
