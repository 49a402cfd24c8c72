// The real server process: it starts on the configured port, makes its data folder, logs JSON and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start', () => {
  it('serves on HOST/PORT, makes AFTERCARE_DATA_DIR, logs JSON and shuts down cleanly on SIGTERM', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'aftercare-')), 'nested', 'data');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line in: ${log}`)), 20_000);
      child.stdout.on('data', () => {
        const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
        if (match) { clearTimeout(timer); resolve(match[1]!); }
      });
    });
    expect(existsSync(dataDir)).toBe(true);
    expect((await fetch(`${address}/healthz`)).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const lines = log.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.some((line) => line.msg === 'shutting down' && line.signal === 'SIGTERM')).toBe(true);
  });
});
