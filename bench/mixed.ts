// `npm run bench:mixed`: 60 s of mixed load at 50 connections on PostgreSQL, as the server runs in production
// (`npm start`'s entry, its own process): assessments, the questionnaire's pages, check-ins into realistic diaries,
// diary pages and the clinic's dashboard. It fails on any error; it prints the rate and p50/p99 of each kind.
// BENCH_SECONDS and BENCH_CONNECTIONS change the load; DATABASE_URL the database (the local one by default).
// BENCH_ROUNDS runs the same load that many times on the same server (each round with diaries of its own), each
// reported with the server's resident memory after it (growth across rounds is a leak); BENCH_SERVER_ARGS passes node
// options to the server (e.g. --cpu-prof). BENCH_ALONE=1 sends each kind alone instead, BENCH_SECONDS each, and reports
// the CPU time a request of each kind took in the server and in PostgreSQL (bench/cpu.ts: a PostgreSQL on this machine,
// its connections to the benchmark's database and its own workers); BENCH_CLIENTS seeds that many clients (2,000).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/database.ts';
import { report } from '../test/support/reports.ts';
import { built } from './built.ts';
import { cpuSeconds, postgresCpuBetween, postgresCpuSeconds } from './cpu.ts';
import { withOwnDatabase } from './own-database.ts';
import { seedClinic } from './seed-clinic.ts';

built();
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const alone = process.env.BENCH_ALONE === '1';
const rounds = alone ? 0 : Number(process.env.BENCH_ROUNDS ?? 1);
const clients = Number(process.env.BENCH_CLIENTS ?? 2000);
const serverArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
const root = join(import.meta.dirname, '..');

function serve(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...serverArgs, 'dist/server/bundle.js'], {
      cwd: root,
      // Limits meant for strangers on the internet (and a person's pace of check-ins) would stop a load test from one
      // address: raised here, not switched off, so their cost is in the figures.
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'info',
        DATABASE_URL: databaseUrl,
        AFTERCARE_DATA_DIR: mkdtempSync(join(tmpdir(), 'aftercare-mixed-')),
        RATE_LIMIT_ASSESSMENTS: '10000000',
        RATE_LIMIT_DIARIES: '10000000',
        CHECK_IN_INTERVAL_SECONDS: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /"publicUrl":"(http:\/\/[^"]+)"/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

/** A process's resident memory now, in MB (Linux's /proc; the peak is process.resourceUsage's, not this). */
const residentMegabytes = (pid: number) => {
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kilobytes ? Math.round(Number(kilobytes) / 1024) : '?';
};

type Kind = 'assessment' | 'question page' | 'check-in' | 'diary page' | 'dashboard';
const times = new Map<Kind, number[]>();
const errors: string[] = [];

// A database of its own, seeded as a clinic in use: 2,000 clients (BENCH_CLIENTS) with ten check-ins each.
await withOwnDatabase('mixed', async (databaseUrl) => {
  const databaseName = new URL(databaseUrl).pathname.slice(1);
  const database = await openDatabase({ databaseUrl });
  console.log(`seeding ${clients.toLocaleString('en')} clients with 10 check-ins each...`);
  const seeded = await seedClinic(database.db, clients);
  await database.close();
  const server = await serve(databaseUrl);
  const base = server.url.replace('localhost', '127.0.0.1').replace(/\/$/, '');
  console.log(`server at ${base}`);

  // Diaries of massages that ended a day ago (the server runs on the real clock), which grow by a check-in at a time.
  const recent = (changes: Parameters<typeof report>[0] = {}) => {
    const r = report(changes);
    const ended = Date.now() - 26 * 3_600_000;
    return {
      ...r,
      massage: { ...r.massage, endedAt: new Date(ended).toISOString() },
      reportedAt: new Date(ended + 2 * 3_600_000).toISOString(),
    };
  };
  // Each round starts 200 new diaries, so that every round does the same work: check-ins into diaries of the same
  // sizes (about a dozen each by the round's end), not diaries that grew through the rounds before it. Then growth of
  // the server's memory from one round to the next is the server's, not the load's.
  let diaries: string[] = [];
  const newDiaries = async (count = 200) => {
    const tokens: string[] = [];
    for (let k = 0; k < count; k++) {
      const created = await fetch(`${base}/api/v1/diaries`, { method: 'POST', body: JSON.stringify({ report: recent() }) });
      if (created.status !== 201) throw new Error(`could not start a diary: ${created.status} ${await created.text()}`);
      tokens.push(((await created.json()) as { token: string }).token);
    }
    return tokens;
  };

  // A signed-in admin for the dashboard.
  const signInPage = await fetch(`${base}/clinic/sign-in`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await signInPage.text())![1]!;
  const csrfCookie = signInPage.headers.getSetCookie()[0]!.split(';')[0]!;
  const signedIn = await fetch(`${base}/clinic/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ _csrf: csrf, email: seeded.adminEmail, password: seeded.password }),
  });
  const session = signedIn.headers
    .getSetCookie()
    .find((c) => c.startsWith('aftercare_clinic='))!
    .split(';')[0]!;

  const body = JSON.stringify(recent());
  const checkIn = (() => {
    const r = recent({ pain: { severity: 3 } });
    return JSON.stringify({ pain: r.pain, nerve: r.nerve, bladderBowel: r.bladderBowel, localSigns: r.localSigns, general: r.general });
  })();
  // The kind is k's place in each run of 20. Check-ins and diary pages each take the round's diaries in turn, so they
  // spread over all of them and two check-ins at once never go to one diary (k % 200 sent every check-in to the same
  // tenth of the diaries, and the diary pages to another tenth).
  let checkIns = 0;
  let diaryPages = 0;
  const pick = (k: number): [Kind, () => Promise<Response>] => {
    const roll = k % 20;
    if (roll < 9)
      return [
        'assessment',
        () => fetch(`${base}/api/v2/assessments`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }),
      ];
    if (roll < 13) return ['question page', () => fetch(`${base}/check/${['red-flags', 'other-signs', 'massage', 'pain'][k % 4]}`)];
    if (roll < 15) {
      const diary = diaries[checkIns++ % diaries.length];
      return ['check-in', () => fetch(`${base}/api/v1/diaries/${diary}/check-ins`, { method: 'POST', body: checkIn })];
    }
    if (roll < 18) {
      const diary = diaries[diaryPages++ % diaries.length];
      return ['diary page', () => fetch(`${base}/diary/${diary}`)];
    }
    return ['dashboard', () => fetch(`${base}/clinic`, { headers: { cookie: session } })];
  };

  const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1);
  let counter = 0;
  /** Sends one request of the load, keeping any error; its time in ms. */
  const sent = async ([kind, send]: [Kind, () => Promise<Response>]) => {
    const started = performance.now();
    try {
      const response = await send();
      await response.arrayBuffer();
      if (response.status >= 400) errors.push(`${kind}: ${response.status}`);
    } catch (error) {
      errors.push(`${kind}: ${(error as Error).message}`);
    }
    return performance.now() - started;
  };

  // Each kind alone, its requests as the mixed load makes them (the next of that kind in `pick`'s order: the four
  // question pages in turn, each check-in and diary page to the next diary). The check-ins and the diary pages each
  // start diaries of their own, 200 for every 10 s, so that no diary comes near its limit of check-ins.
  const kinds: Kind[] = ['assessment', 'question page', 'check-in', 'diary page', 'dashboard'];
  if (alone) console.log(`each kind alone: ${connections} connections for ${seconds} s each on PostgreSQL; CPU time a request`);
  for (const kind of alone ? kinds : []) {
    if (kind === 'check-in' || kind === 'diary page') diaries = await newDiaries(200 * Math.ceil(seconds / 10));
    let count = 0;
    const until = Date.now() + seconds * 1000;
    const [postgres0, server0] = [postgresCpuSeconds(databaseName), cpuSeconds(server.child.pid!)!];
    const worker = async () => {
      while (Date.now() < until) {
        let next = pick(counter++);
        while (next[0] !== kind) next = pick(counter++);
        await sent(next);
        count++;
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const serverCpu = cpuSeconds(server.child.pid!)! - server0;
    const postgresCpu = postgresCpuBetween(postgres0, postgresCpuSeconds(databaseName));
    const perRequest = (seconds: number) => `${Math.round((seconds * 1e6) / count)} µs`.padStart(9);
    console.log(
      `  ${kind.padEnd(14)} ${String(count).padStart(7)} requests  server ${perRequest(serverCpu)}  PostgreSQL ${perRequest(postgresCpu)}`,
    );
  }
  for (let round = 1; round <= rounds; round++) {
    times.clear();
    diaries = await newDiaries();
    const until = Date.now() + seconds * 1000;
    const worker = async () => {
      while (Date.now() < until) {
        const next = pick(counter++);
        const took = await sent(next);
        const list = times.get(next[0]) ?? [];
        list.push(took);
        times.set(next[0], list);
      }
    };
    console.log(
      `mixed load${rounds > 1 ? `, round ${round} of ${rounds}` : ''}: ${connections} connections for ${seconds} s on PostgreSQL`,
    );
    await Promise.all(Array.from({ length: connections }, worker));

    const all = [...times.values()].flat().sort((a, b) => a - b);
    for (const [kind, list] of times) {
      list.sort((a, b) => a - b);
      console.log(
        `  ${kind.padEnd(14)} ${String(list.length).padStart(7)} requests  p50 ${at(list, 50).padStart(6)} ms  p99 ${at(list, 99).padStart(6)} ms`,
      );
    }
    console.log(
      `  ${'all'.padEnd(14)} ${String(all.length).padStart(7)} requests (${Math.round(all.length / seconds)} req/s)  p50 ${at(all, 50)} ms  p99 ${at(all, 99)} ms`,
    );
    console.log(`  server's resident memory: ${residentMegabytes(server.child.pid!)} MB`);
  }
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  console.log(`  errors: ${errors.length}${errors.length ? ` (first: ${errors.slice(0, 5).join('; ')})` : ''}`);
  if (errors.length > 0) process.exitCode = 1;
});
