// Whether dist/ is the build of the sources as they are: its stamp (written when a build ends) is newer than every
// file under src/, both tsconfig files, the build script itself and package-lock.json (the server's bundle holds copies
// of the packages it loads at start: `npm install PKG` or `npm update` must make it again). Read by the build
// (`--if-stale`) and by `npm start` (scripts/start.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..');

/** The server as one file, which the build makes and `npm start` runs (scripts/build.mjs, scripts/start.mjs). */
export const bundleOf = (root = projectRoot) => join(root, 'dist', 'server', 'bundle.js');

/** The file a build writes when it ends. */
export const stampOf = (root = projectRoot) => join(root, 'dist', '.built');

function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const inputs = (root) =>
  Math.max(
    newest(join(root, 'src')),
    ...['tsconfig.json', 'tsconfig.build.json', join('scripts', 'build.mjs'), 'package-lock.json'].map(
      (file) => statSync(join(root, file)).mtimeMs,
    ),
  );

export function buildIsCurrent(root = projectRoot) {
  const stamp = stampOf(root);
  return existsSync(stamp) && statSync(stamp).mtimeMs >= inputs(root);
}
