// `npm start`: the server, built first when a source file changed since the last build. The check and the server
// share one Node process: a `prestart` script cost a second Node start and a turn of npm's lifecycle, about a fifth of
// a restart (issue 18). The build itself, when one is needed, runs as `npm run build` does and stops the start if it
// fails. The server is the build's one-file bundle of itself (dist/server/bundle.js, see scripts/build.mjs): loading it
// takes about half the time its 703 modules took.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsCurrent, bundleOf } from './build-stamp.mjs';

if (!buildIsCurrent()) {
  // Known out of date: the build runs without --if-stale, which would walk the tree again to find the same. Without a
  // compiler (a production install) it keeps the build there is, as it always does.
  const build = spawnSync(process.execPath, [join(import.meta.dirname, 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// A production tree built before the server was bundled, then updated without a compiler, has no bundle to run.
const bundle = bundleOf();
if (!existsSync(bundle)) {
  console.error(
    'aftercare: the build in dist/ has no server bundle (dist/server/bundle.js): it was made by an older Aftercare.\n' +
      'Build again, then leave out the development packages: npm ci && npm run build && npm prune --omit=dev',
  );
  process.exit(1);
}
const { runServer } = await import(pathToFileURL(bundle).href);
await runServer();
