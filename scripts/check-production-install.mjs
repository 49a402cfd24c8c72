// The production install, as an operator does it, on a fresh clone of this repository's last commit: build with the
// development packages, leave them out (`npm prune --omit=dev`), install again with `npm ci --omit=dev` on the built
// tree, then `npm start` and the command line must work with no development package present. Run by .ci/run on each
// Node it tests (the `node` first on PATH).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'aftercare-production-'));
const app = join(work, 'app');
const npm = (...args) => execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });

function fail(message) {
  console.error(`production install: ${message}`);
  process.exitCode = 1;
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function startAndAsk() {
  const port = await freePort();
  const server = spawn('npm', ['start'], {
    cwd: app,
    env: { ...process.env, PORT: String(port), AFTERCARE_DATA_DIR: join(work, 'data'), DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise((done) => server.once('exit', (code, signal) => done({ code, signal })));
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      if (answer?.ok) break;
      if (Date.now() > deadline) return fail('the server did not answer /healthz within 60 s');
      await sleep(250);
    }
    const start = await fetch(`http://127.0.0.1:${port}/`);
    if (!start.ok) fail(`the start page answered ${start.status}`);
    console.log(`production install: npm start answered /healthz and the start page on port ${port}`);
  } finally {
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
}

try {
  execFileSync('git', ['clone', '--quiet', root, app]);
  npm('ci');
  npm('prune', '--omit=dev');
  if (existsSync(join(app, 'node_modules', 'typescript'))) fail('npm prune --omit=dev left the compiler in place');
  // The usual production install, on the tree just built: it must keep the build, not try to make one.
  npm('ci', '--omit=dev');
  for (const dev of ['typescript', 'vitest', 'tsx', 'esbuild', '@types/node', '@types/web-push'])
    if (existsSync(join(app, 'node_modules', dev))) fail(`${dev} is installed by npm ci --omit=dev: it must be a development package`);
  for (const built of ['main.js', 'bundle.js'])
    if (!existsSync(join(app, 'dist', 'server', built))) fail(`npm ci --omit=dev removed the build (dist/server/${built})`);
  const assessed = execFileSync(
    'npm',
    ['run', '--silent', 'aftercare', '--', 'assess', '--policy', '2', '--json', 'test/fixtures/example-report-v2.json'],
    {
      cwd: app,
      encoding: 'utf8',
    },
  );
  if (!/"level"/.test(assessed)) fail(`the command line gave no assessment: ${assessed.slice(0, 200)}`);
  await startAndAsk();
} finally {
  rmSync(work, { recursive: true, force: true });
}
