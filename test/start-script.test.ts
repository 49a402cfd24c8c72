// `npm start` (scripts/start.mjs): the build's check and the server share one Node process (issue 18: a `prestart`
// script cost a second Node start and a turn of npm's lifecycle on every restart), and a source file newer than the
// build still makes it build first.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCurrentFor, buildIsCurrent, root } from './support/build.ts';

describe("the build's check", () => {
  /** A project tree with a source file, both tsconfig files and, when given, a build stamp, each at its own time. */
  function tree(times: { source: number; stamp?: number; buildScript?: number; lock?: number }) {
    const at = mkdtempSync(join(tmpdir(), 'aftercare-stamp-'));
    mkdirSync(join(at, 'src', 'engine'), { recursive: true });
    mkdirSync(join(at, 'dist'));
    mkdirSync(join(at, 'scripts'));
    const files: [string, number][] = [
      ['src/engine/assess.ts', times.source],
      ['tsconfig.json', 1_000],
      ['tsconfig.build.json', 1_000],
      ['scripts/build.mjs', times.buildScript ?? 1_000],
      ['package-lock.json', times.lock ?? 1_000],
    ];
    if (times.stamp !== undefined) files.push(['dist/.built', times.stamp]);
    for (const [path, seconds] of files) {
      writeFileSync(join(at, path), '');
      utimesSync(join(at, path), seconds, seconds);
    }
    return at;
  }

  it('finds a build current when its stamp is newer than every source, and out of date otherwise', () => {
    const cases = [
      { times: { source: 2_000, stamp: 3_000 }, current: true },
      { times: { source: 4_000, stamp: 3_000 }, current: false },
      { times: { source: 2_000 }, current: false },
      // A new build script (it also makes the server's bundle, which npm start runs) makes a new build.
      { times: { source: 2_000, stamp: 3_000, buildScript: 4_000 }, current: false },
      // So do new packages: the bundle holds copies of those the server loads at start.
      { times: { source: 2_000, stamp: 3_000, lock: 4_000 }, current: false },
    ];
    for (const { times, current } of cases) {
      const at = tree(times);
      try {
        expect(buildIsCurrent(at), JSON.stringify(times)).toBe(current);
      } finally {
        rmSync(at, { recursive: true, force: true });
      }
    }
  });
});

/** A child's exit, however early it comes: made as the child is spawned, so an exit before anything is awaited counts. */
function exitOf(child: ChildProcess): Promise<number | string | null> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}

/** Stops a process group (npm, its shell and the server) and waits until its last process has gone. */
async function stopGroup(pid: number): Promise<void> {
  const alive = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false;
    }
  };
  alive('SIGTERM');
  while (alive(0)) await new Promise((resolve) => setTimeout(resolve, 20));
}

// `npm start` runs the build in dist/.
const buildCurrent = buildCurrentFor('the npm start test');

describe('npm start', () => {
  it.skipIf(!buildCurrent)(
    'serves from the process that checked the build: scripts/start.mjs is the server',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-start-'));
      const child = spawn('npm', ['start', '--silent'], {
        cwd: root,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      const exited = exitOf(child);
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      try {
        const ready = await new Promise<{ pid: number; publicUrl: string }>((resolve, reject) => {
          child.stdout.on('data', () => {
            const line = out.split('\n').find((l) => l.includes('"database ready"'));
            if (line) resolve(JSON.parse(line) as { pid: number; publicUrl: string });
          });
          void exited.then((code) => reject(new Error(`npm start exited ${code}: ${out}`)));
        });
        // The server's own process runs the start script: no second Node process after a separate build check.
        const commandLine = readFileSync(`/proc/${ready.pid}/cmdline`, 'utf8').split('\0');
        expect(
          commandLine.some((arg) => arg.endsWith(join('scripts', 'start.mjs'))),
          commandLine.join(' '),
        ).toBe(true);
        const answer = await fetch(`${ready.publicUrl.replace('localhost', '127.0.0.1')}/healthz`);
        expect(answer.status).toBe(200);
      } finally {
        await stopGroup(child.pid!);
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

describe('npm start on a build without the server bundle', () => {
  it('says how to build again, and exits 1', () => {
    // A production tree built by an Aftercare before the bundle, then updated without a compiler: its build is kept.
    const at = mkdtempSync(join(tmpdir(), 'aftercare-nobundle-'));
    try {
      for (const folder of ['scripts', 'src', join('dist', 'server')]) mkdirSync(join(at, folder), { recursive: true });
      for (const script of ['start.mjs', 'build-stamp.mjs', 'build.mjs'])
        writeFileSync(join(at, 'scripts', script), readFileSync(join(root, 'scripts', script)));
      for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) writeFileSync(join(at, file), '{}');
      writeFileSync(join(at, 'dist', 'server', 'main.js'), '');
      writeFileSync(join(at, 'dist', '.built'), '');
      const later = Date.now() / 1000 + 60;
      utimesSync(join(at, 'dist', '.built'), later, later);
      const run = spawnSync(process.execPath, [join(at, 'scripts', 'start.mjs')], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain('no server bundle (dist/server/bundle.js)');
      expect(run.stderr).toContain('npm ci && npm run build && npm prune --omit=dev');
    } finally {
      rmSync(at, { recursive: true, force: true });
    }
  });
});

describe('stopping while it starts', () => {
  it('a SIGTERM while the database opens stops it gracefully once started, its database closed', async () => {
    // The server answers before its start has finished (issue 18): a signal at any moment of the start must not kill
    // it with the database open. The signal is sent when the data folder's lock appears: the database is opening.
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-stop-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = exitOf(child);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      let gone = false;
      void exited.then(() => (gone = true));
      while (!existsSync(join(dataDir, 'aftercare.lock')) && !gone) await new Promise((resolve) => setTimeout(resolve, 2));
      child.kill('SIGTERM');
      expect(await exited, out).toBe(0);
      expect(out).toContain('stopping once the start has finished');
      expect(out).toContain('shutting down');
      // The folder was released: the next start opens it.
      expect(existsSync(join(dataDir, 'aftercare.lock'))).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
