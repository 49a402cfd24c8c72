// The build in dist/, for tests that run it (npm start, the server's bundle): whether it is the build of the sources
// as they are (scripts/build-stamp.mjs), and where its parts are.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = join(import.meta.dirname, '..', '..');

export const { buildIsCurrent, bundleOf } = (await import(pathToFileURL(join(root, 'scripts', 'build-stamp.mjs')).href)) as {
  buildIsCurrent: (root: string) => boolean;
  bundleOf: (root: string) => string;
};

/**
 * Whether the build in dist/ is current, so that `what` can run: a tree whose sources are newer would build first (a
 * minute), which is not those tests' subject. CI builds on install, so there a stale build is a failure, not a skip.
 */
export function buildCurrentFor(what: string): boolean {
  const current = buildIsCurrent(root);
  if (!current && process.env.CI === 'true') throw new Error('dist/ is older than src/ under CI: the install did not build');
  if (!current) console.log(`SKIPPED ${what}: dist/ is older than src/ (run npm run build)`);
  return current;
}
