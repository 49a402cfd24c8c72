// A check-in acknowledged to the person survives kill -9 of the server at any moment; a second server on the
// same data folder refuses to start.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInBody, report } from './support/reports.ts';
import { startServerProcess } from './support/server-process.ts';

const checkIn = (severity: number) => checkInBody(report({ pain: { severity } }));

describe('durability of the embedded database', () => {
  it('keeps every acknowledged check-in through kill -9, round after round', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-kill-'));
    let server = await startServerProcess({ AFTERCARE_DATA_DIR: dataDir, CHECK_IN_INTERVAL_SECONDS: '0', CHECK_INS_PER_DIARY: '100000' });
    const created = await fetch(`${server.url}/api/v1/diaries`, { method: 'POST', body: JSON.stringify({ report: report() }) });
    const { token } = (await created.json()) as { token: string };
    let acknowledged = 1; // the diary's first check-in
    for (let round = 0; round < 3; round++) {
      // Four writers in parallel, so the kill can land in the middle of any of them.
      const stopAt = Date.now() + 400 + Math.floor(Math.random() * 800);
      let killed = false;
      const writer = async () => {
        while (!killed) {
          try {
            const response = await fetch(`${server.url}/api/v1/diaries/${token}/check-ins`, { method: 'POST', body: checkIn(round + 1) });
            if (response.status === 201) acknowledged++;
            else expect(response.status).toBe(201);
          } catch {
            return; // the server died mid-request: that one was never acknowledged
          }
        }
      };
      const writers = Array.from({ length: 4 }, writer);
      await new Promise((resolve) => setTimeout(resolve, stopAt - Date.now()));
      server.child.kill('SIGKILL');
      killed = true;
      expect(await server.exited).toBe('SIGKILL');
      await Promise.all(writers);
      // The lock of the killed process is stale; the restart takes it over and opens the same database.
      server = await startServerProcess({ AFTERCARE_DATA_DIR: dataDir, CHECK_IN_INTERVAL_SECONDS: '0', CHECK_INS_PER_DIARY: '100000' });
      const diary = (await (await fetch(`${server.url}/api/v1/diaries/${token}`)).json()) as { checkIns: { number: number }[] };
      const stored = diary.checkIns.length;
      expect(stored).toBeGreaterThanOrEqual(acknowledged);
      // Anything stored beyond that was in flight when the kill came; never more than one per writer.
      expect(stored - acknowledged).toBeLessThanOrEqual(4);
      acknowledged = stored;
      expect(diary.checkIns.map((c) => c.number)).toEqual(Array.from({ length: stored }, (_, k) => k + 1));
    }
    expect(acknowledged).toBeGreaterThan(10);
    const second = await startServerProcess({
      AFTERCARE_DATA_DIR: dataDir,
      CHECK_IN_INTERVAL_SECONDS: '0',
      CHECK_INS_PER_DIARY: '100000',
    }).catch((error: { log: string; code: number }) => error);
    expect((second as { code: number }).code).toBe(1);
    expect((second as { log: string }).log).toMatch(/not starting\. The data folder .* is in use by another Aftercare process/);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});
