// `npm start`'s work, in-process: main(config, deps) makes the data folder, opens the database, serves, logs JSON,
// and closes (releasing the folder's lock). The process around it (signals, exit codes) is tested by
// test/durability.test.ts, which kills and restarts the real server.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { report } from '../../test/support/reports.ts';
import type * as Queue from '../jobs/queue.ts';
import { loadConfig } from './config.ts';
import { main, StartRefusedError } from './main.ts';

/** Told when a job queue begins to start (its first query, for its schema); the real start goes on. */
const jobsStart = vi.hoisted(() => ({ heard: undefined as (() => void) | undefined }));
vi.mock('../jobs/queue.ts', async (importOriginal) => {
  const real = await importOriginal<typeof Queue>();
  return {
    ...real,
    jobsSchemaOf: (...args: Parameters<typeof real.jobsSchemaOf>) => (jobsStart.heard?.(), real.jobsSchemaOf(...args)),
  };
});

function logSink() {
  const lines: string[] = [];
  return {
    lines,
    stream: new Writable({ write: (chunk, _encoding, done) => void (lines.push(...String(chunk).trim().split('\n')), done()) }),
  };
}

describe('main(config, deps)', () => {
  it('serves on HOST/PORT, makes AFTERCARE_DATA_DIR, logs JSON, and closes releasing the data folder', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'aftercare-')), 'nested', 'data');
    const log = logSink();
    const running = await main(loadConfig({ HOST: '127.0.0.1', PORT: '0', AFTERCARE_DATA_DIR: dataDir }), { logStream: log.stream });
    try {
      expect(existsSync(dataDir)).toBe(true);
      expect((await fetch(new URL('/healthz', running.url))).status).toBe(200);
      const answer = await fetch(new URL('/api/v2/assessments', running.url), {
        method: 'POST',
        body: JSON.stringify(report()),
        headers: { 'content-type': 'application/json' },
      });
      expect(answer.status).toBe(200);
      expect(existsSync(join(dataDir, 'aftercare.lock'))).toBe(true);
    } finally {
      await running.close();
    }
    expect(existsSync(join(dataDir, 'aftercare.lock'))).toBe(false);
    const lines = log.lines.map((line) => JSON.parse(line) as { msg: string; engine?: string });
    expect(lines.some((line) => line.msg === 'database ready' && line.engine === 'pglite')).toBe(true);
  });

  it('starts the job queue once it listens', async () => {
    const log = logSink();
    const listeningWhenStarted: boolean[] = [];
    jobsStart.heard = () => listeningWhenStarted.push(log.lines.some((line) => line.includes('Server listening')));
    try {
      const running = await main(loadConfig({ PORT: '0', AFTERCARE_DATA_DIR: mkdtempSync(join(tmpdir(), 'aftercare-')) }), {
        logStream: log.stream,
      });
      await running.close();
    } finally {
      jobsStart.heard = undefined;
    }
    expect(listeningWhenStarted).toEqual([true]);
  });

  it('refuses to start on a data folder another server holds, saying why', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-'));
    const config = loadConfig({ PORT: '0', AFTERCARE_DATA_DIR: dataDir });
    const first = await main(config, { logStream: logSink().stream });
    try {
      const second = await main(config, { logStream: logSink().stream }).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(StartRefusedError);
      expect((second as Error).message).toMatch(/in use by another Aftercare process/);
    } finally {
      await first.close();
    }
  });

  it('refuses a port it cannot listen on, closes the database it opened, starts no job queue and logs no error', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-'));
    const first = await main(loadConfig({ PORT: '0', AFTERCARE_DATA_DIR: mkdtempSync(join(tmpdir(), 'aftercare-')) }), {
      logStream: logSink().stream,
    });
    let queuesStarted = 0;
    jobsStart.heard = () => queuesStarted++;
    try {
      const taken = String(first.url.port);
      const log = logSink();
      const refused = await main(loadConfig({ PORT: taken, AFTERCARE_DATA_DIR: dataDir }), { logStream: log.stream }).catch(
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(StartRefusedError);
      expect(existsSync(join(dataDir, 'aftercare.lock'))).toBe(false);
      // It never listened, so its job queue never began to start, and its workers say nothing of one.
      expect(queuesStarted).toBe(0);
      expect(log.lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50)).toEqual([]);
    } finally {
      jobsStart.heard = undefined;
      await first.close();
    }
  });
});
