// `npm start` (scripts/start.mjs): the build's check and the server share one Node process (issue 18: a `prestart`
// script cost a second Node start and a turn of npm's lifecycle on every restart), and a source file newer than the
// build still makes it build first.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from './support/server-process.ts';

const root = join(import.meta.dirname, '..');
const stampModule = pathToFileURL(join(root, 'scripts', 'build-stamp.mjs')).href;
const { buildIsCurrent } = (await import(stampModule)) as { buildIsCurrent: (root: string) => boolean };

describe("the build's check", () => {
  /** A project tree with a source file, both tsconfig files and, when given, a build stamp, each at its own time. */
  function tree(times: { source: number; stamp?: number }) {
    const at = mkdtempSync(join(tmpdir(), 'aftercare-stamp-'));
    mkdirSync(join(at, 'src', 'engine'), { recursive: true });
    mkdirSync(join(at, 'dist'));
    const files: [string, number][] = [
      ['src/engine/assess.ts', times.source],
      ['tsconfig.json', 1_000],
      ['tsconfig.build.json', 1_000],
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

describe('npm start', () => {
  it('serves from its own process: the server logs the pid of the process npm started', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-start-'));
    const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const ready = await new Promise<{ pid: number; publicUrl: string }>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const line = out.split('\n').find((l) => l.includes('"database ready"'));
          if (line) resolve(JSON.parse(line) as { pid: number; publicUrl: string });
        });
        child.once('exit', (code) => reject(new Error(`npm start's script exited ${code}: ${out}`)));
      });
      expect(ready.pid).toBe(child.pid);
      const answer = await fetch(`${ready.publicUrl.replace('localhost', '127.0.0.1')}/healthz`);
      expect(answer.status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('stopping while it starts', () => {
  it('a SIGTERM the moment it listens (its job queue still starting) stops it gracefully, its database closed', async () => {
    // The server answers before its start has finished (issue 18); the signal must not kill it with the database open.
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-stop-'));
    try {
      const server = await startServerProcess({ AFTERCARE_DATA_DIR: dataDir });
      server.child.kill('SIGTERM');
      expect(await server.exited, server.output()).toBe(0);
      expect(server.output()).toContain('shutting down');
      // The folder is free at once for the next start.
      const again = await startServerProcess({ AFTERCARE_DATA_DIR: dataDir });
      again.child.kill('SIGTERM');
      expect(await again.exited, again.output()).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
