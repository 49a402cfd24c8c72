// Compiles src/ to dist/ (`npm run build`, on `npm install`, and from `npm start` when its own check finds the build
// out of date: scripts/start.mjs). With --if-stale (before the command line) it builds only when a source file is
// newer than the last build, so a run costs a glance at the tree.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsCurrent, stampOf } from './build-stamp.mjs';

const root = join(import.meta.dirname, '..');
const stamp = stampOf(root);

if (process.argv.includes('--if-stale') && buildIsCurrent()) process.exit(0);

// A production install (`npm ci --omit=dev`) has no compiler: it runs the build in dist/, whatever the files' times
// say (a copied tree's times prove nothing). Without a build either, nothing can run: say how to make one.
const compiler = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(compiler)) {
  if (existsSync(stamp)) process.exit(0);
  console.error(
    'aftercare: there is no build in dist/ and no compiler to make one (a production install leaves it out).\n' +
      'Build first, then leave out the development packages: npm ci && npm run build && npm prune --omit=dev',
  );
  process.exit(1);
}

const started = Date.now();
// From empty: a source file deleted or renamed leaves nothing behind in dist/ to be imported by mistake.
rmSync(join(root, 'dist'), { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [compiler, '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error('aftercare: the build failed (see above); nothing was started');
  process.exit(tsc.status ?? 1);
}
writeFileSync(stamp, new Date(started).toISOString());
