// Compiles src/ to dist/ (`npm run build`, on `npm install`, and from `npm start` when its own check finds the build
// out of date: scripts/start.mjs). With --if-stale (before the command line) it builds only when a source file is
// newer than the last build, so a run costs a glance at the tree. The server is then bundled into one file,
// dist/server/bundle.js, which `npm start` runs (see serverBundle below).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsCurrent, bundleOf, stampOf } from './build-stamp.mjs';

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

// The server as one file: tsc's output for the server and the packages it loads at start, joined by esbuild (issue 18;
// decision 0014, eighth round). The statements are tsc's; what differs is where they live: every module's
// import.meta.url is the bundle's, CommonJS packages are wrapped, and a name that clashes with another module's is
// renamed (`say` becomes `say2`; the app's classes never are, a test holds it, since their names are in the logs).
// Not keepNames: it keeps every function's `name` by a call on each function made at run time, and Fastify makes
// several for every request: about 6 % of an API request's instructions (decision 0014, ninth round). Node 20 loads
// an ES module in about half a millisecond of its own work, and the server loaded 703 files: as one file the import
// takes about 210 ms instead of 480. Left outside, loaded from node_modules as before:
const serverBundle = {
  entryPoints: [join(root, 'dist', 'server', 'main.js')],
  // At the same depth as every module of dist/: src/web/assets.ts and offline.ts find public/ at ../../public/.
  outfile: bundleOf(root),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [
    // reads its WebAssembly and data files beside itself;
    '@electric-sql/pglite',
    // pg-boss, outside, loads it too: one copy in the process instead of two;
    'pg',
    // loaded on first use only (a PDF, a QR code, a mail, a push message, the job queue once the server answers):
    // inside the bundle they would be read and compiled at every start; pdfkit also reads its fonts beside itself;
    'pdfkit',
    'qrcode',
    'nodemailer',
    'web-push',
    'pg-boss',
    // its transports start workers from files beside it.
    'pino',
  ],
  // The packages written as CommonJS ask for Node's modules with require, which an ES module does not have.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
};
try {
  const { build } = await import('esbuild');
  await build(serverBundle);
} catch (error) {
  console.error(`aftercare: the build failed while bundling the server: ${error.message}`);
  process.exit(1);
}
writeFileSync(stamp, new Date(started).toISOString());
