// Compiles src/ to dist/ (`npm run build`, and on `npm install`). With --if-stale (before `npm start` and the command
// line) it builds only when a source file is newer than the last build, so a restart costs a glance at the tree.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.built');

function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const inputs = () =>
  Math.max(newest(join(root, 'src')), statSync(join(root, 'tsconfig.json')).mtimeMs, statSync(join(root, 'tsconfig.build.json')).mtimeMs);

if (process.argv.includes('--if-stale') && existsSync(stamp) && statSync(stamp).mtimeMs >= inputs()) process.exit(0);

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
