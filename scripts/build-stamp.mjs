// Whether dist/ is the build of the sources as they are: its stamp (written when a build ends) is newer than every
// file under src/ and both tsconfig files. Read by the build (`--if-stale`) and by `npm start` (scripts/start.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..');

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
  Math.max(newest(join(root, 'src')), statSync(join(root, 'tsconfig.json')).mtimeMs, statSync(join(root, 'tsconfig.build.json')).mtimeMs);

export function buildIsCurrent(root = projectRoot) {
  const stamp = stampOf(root);
  return existsSync(stamp) && statSync(stamp).mtimeMs >= inputs(root);
}
