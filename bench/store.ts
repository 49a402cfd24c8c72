// `npm run bench:store`: durable check-ins per second, and the p50 and p99 time to render a diary page and its
// check-in's form with 30 check-ins and with the most a diary takes (300), on the embedded engine (PGlite, in a data
// folder on disk) and on PostgreSQL (DATABASE_URL, or the local default). Budget: each page of a full diary under
// 50 ms at p99.
import { randomUUID } from 'node:crypto';
import { followUpUpdate } from '../src/clinic/follow-up.ts';
import { defaultCheckInLimits, startDiary } from '../src/diary/service.ts';
import { defaultRetentionDays } from '../src/diary/retention.ts';
import { assess, policy2 } from '../src/engine/assess.ts';
import { buildApp } from '../src/server/app.ts';
import type { Database } from '../src/store/database.ts';
import { onEachEngine } from './engines.ts';
import { openStores } from '../src/store/stores.ts';
import { newToken } from '../src/store/tokens.ts';
import { report } from '../test/support/reports.ts';
import { translator } from '../src/i18n/messages.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const renders = Number(process.env.BENCH_RENDERS ?? 300);
const budgetMs = 50;
const unlimited = { minIntervalMs: 0, max: Number.MAX_SAFE_INTEGER };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(name: string, database: Database) {
  const stores = openStores(database.db, followUpUpdate);
  const r = report();
  const assessment = assess(r, policy2, translator('en'));
  const created = await stores.diaries.createDiary({
    id: randomUUID(),
    tokenHash: `bench-${Date.now()}`,
    massage: r.massage,
    timeZone: 'Europe/London',
    language: 'en',
    createdAt: new Date(),
  });

  // 1. Durable check-ins: each awaited insert is committed before the next (what a person's "saved" means).
  let count = 0;
  const until = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  while (Date.now() < until) {
    await stores.diaries.addCheckIn(created.id, { id: randomUUID(), report: r, assessment, at: new Date() }, unlimited);
    count++;
  }
  const perSecond = count / (Number(process.hrtime.bigint() - started) / 1e9);
  console.log(`${name.padEnd(22)} ${Math.round(perSecond).toLocaleString('en').padStart(7)} durable check-ins/s`);

  // 2. A diary page rendered through the app (query, chart, HTML), with 30 check-ins and with the most a diary takes.
  const app = buildApp({ db: database.db });
  for (const size of [30, defaultCheckInLimits.max]) {
    const deps = {
      stores,
      now: () => new Date(),
      newId: randomUUID,
      newToken,
      checkInLimits: unlimited,
      retentionDays: defaultRetentionDays,
    };
    const { token, diary } = await startDiary(deps, r, 'Europe/London', 'en', '2');
    for (let k = 1; k < size; k++) {
      const later = report({ pain: { severity: Math.max(0, 6 - Math.floor(k / 5)) }, history: { cancer: false } }, 16 + (k * 700) / size);
      await stores.diaries.addCheckIn(
        diary.id,
        { id: randomUUID(), report: later, assessment: assess(later, policy2, translator('en')), at: new Date() },
        unlimited,
      );
    }
    // The diary's page, and its check-in's form: each reads the diary with its check-ins in one query.
    for (const [page, url] of [
      ['diary page', `/diary/${token}`],
      ['check-in form', `/diary/${token}/check-in`],
    ] as const) {
      for (let k = 0; k < 30; k++) await app.inject({ url });
      const times: number[] = [];
      for (let k = 0; k < renders; k++) {
        const t = process.hrtime.bigint();
        const response = await app.inject({ url });
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (response.statusCode !== 200) throw new Error(`${page} answered ${response.statusCode}`);
      }
      times.sort((a, b) => a - b);
      const p99 = percentile(times, 99);
      console.log(
        `${''.padEnd(22)} ${page} (${size} check-ins) p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (budget ${budgetMs} ms) ${p99 <= budgetMs ? 'MET' : 'NOT MET'}`,
      );
    }
  }
  await app.close();
}

console.log(`check-ins for ${seconds} s each; ${renders} renders of each diary page`);
await onEachEngine('aftercare-bench-store-', measure);
