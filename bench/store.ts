// `npm run bench:store`: durable check-ins per second, and the p99 time to render a diary page with 30 check-ins,
// on the embedded engine (PGlite, in a data folder on disk) and on PostgreSQL (DATABASE_URL, or the local default).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { openDatabase, openIsolatedPostgres, type Database } from '../src/store/database.ts';
import { diaryStore } from '../src/store/diaries.ts';
import { assess } from '../src/engine/assess.ts';
import { report } from '../test/support/reports.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const renders = Number(process.env.BENCH_RENDERS ?? 500);
const postgresUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(name: string, database: Database) {
  const store = diaryStore(database.db);
  const r = report();
  const assessment = assess(r);
  const created = await store.createDiary({ tokenHash: `bench-${Date.now()}`, massage: r.massage, timeZone: 'Europe/London', createdAt: new Date() });

  // 1. Durable check-ins: each awaited insert is committed before the next (what a person's "saved" means).
  let count = 0;
  const until = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  while (Date.now() < until) {
    await store.addCheckIn(created.id, r, assessment);
    count++;
  }
  const perSecond = count / (Number(process.hrtime.bigint() - started) / 1e9);

  // 2. A diary page with 30 check-ins, rendered through the app (query, chart, HTML), p50 and p99.
  const app = buildApp({ store });
  const { startDiary } = await import('../src/diary/service.ts');
  const { token, diary } = await startDiary({ store, now: () => new Date() }, r, 'Europe/London');
  for (let k = 1; k < 30; k++) {
    const later = report({ pain: { severity: Math.max(0, 6 - Math.floor(k / 5)) } }, 16 + k * 4);
    await store.addCheckIn(diary.id, later, assess(later));
  }
  for (let k = 0; k < 50; k++) await app.inject({ url: `/diary/${token}` });
  const times: number[] = [];
  for (let k = 0; k < renders; k++) {
    const t = process.hrtime.bigint();
    const response = await app.inject({ url: `/diary/${token}` });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (response.statusCode !== 200) throw new Error(`diary page answered ${response.statusCode}`);
  }
  times.sort((a, b) => a - b);
  await app.close();
  console.log(`${name.padEnd(22)} ${Math.round(perSecond).toLocaleString('en').padStart(7)} durable check-ins/s   diary page (30 check-ins) p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`);
}

console.log(`check-ins for ${seconds} s each; ${renders} renders of the diary page`);
const embedded = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'aftercare-bench-store-')) });
await measure('PGlite (embedded)', embedded);
await embedded.close();
try {
  const postgres = await openIsolatedPostgres(postgresUrl);
  await measure('PostgreSQL 15 (local)', postgres);
  await postgres.close();
} catch (error) {
  console.log(`PostgreSQL skipped: ${(error as Error).message}`);
}
