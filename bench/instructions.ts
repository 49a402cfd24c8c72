// `npm run bench:instructions`: the instructions one assessment costs, counted by valgrind's callgrind, which the
// machine's load cannot move (unlike wall-clock time on a shared machine). It runs the compiled code over the same
// generated reports three times: answering none, answering them all once, and answering them all four times. The
// first pass over start-up is what a fresh process pays per report while V8 compiles the code and each message is
// read for the first time; the three passes after it are the cost of an assessment once that is done (the optimising
// compiler's last work included), which is what a long run (`npm run bench`, a server) pays.
// Then the same count for one `POST /api/v2/assessments` on the server as `npm start` runs it (dist/server/bundle.js),
// on a PostgreSQL database of its own (DATABASE_URL's server, the local one by default; the embedded engine would take
// minutes to start under valgrind): BENCH_WARM_REQUESTS requests one after another to warm it, then BENCH_REQUESTS
// counted, with the part of them V8's optimising compiler took. After 1,500 requests it was still compiling: more than
// half (55 %) of the next 1,500 requests' instructions were its work, not the requests'.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../test/support/server-process.ts';
import { vignettes2 } from '../test/support/vignettes.ts';
import { built } from './built.ts';
import { compilerInstructions } from './callgrind.ts';
import { writeReports } from './generate.ts';
import { withOwnDatabase } from './own-database.ts';

const count = Number(process.env.BENCH_REPORTS ?? 2000);
const policy = process.env.BENCH_POLICY === '3' ? '3' : '2';
const dir = join(import.meta.dirname, 'out');
mkdirSync(dir, { recursive: true });
const input = join(dir, `reports-${count}-policy-${policy}.jsonl`);
await writeReports(input, count, 42, policy);
built();

/** The instructions a whole run of the loop over the first `lines` reports, `passes` times, executes. */
function instructions(lines: number, passes = 1): number {
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      // One thread: the optimising compiler runs on the main thread, so the count is the same from run to run.
      '--single-threaded',
      join(import.meta.dirname, 'assess-lines.mjs'),
      input,
      String(lines),
      policy,
      String(passes),
    ],
    { encoding: 'utf8' },
  );
  const collected = /Collected : (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !collected) throw new Error(`valgrind failed (${run.status}): ${run.stderr.slice(-2000)}`);
  console.log(`  ${lines} reports × ${passes}: ${Number(collected[1]).toLocaleString('en')} instructions (${run.stdout.trim()})`);
  return Number(collected[1]);
}

console.log(`instructions per assessment, policy ${policy}, ${count} generated reports (valgrind --tool=callgrind)`);
const none = instructions(0);
const once = instructions(count);
const warm = instructions(count, 4);
const per = (instructions: number) => Math.round(instructions / count).toLocaleString('en');
console.log(`  per assessment, first pass (code compiling, messages read on first use): ${per(once - none)} instructions`);
console.log(`  per assessment, passes 2 to 4 (warm): ${per((warm - once) / 3)} instructions`);

/** Instructions a request, and of them the optimising compiler's (what `Runtime_CompileOptimized` runs). */
interface Counted {
  readonly perRequest: number;
  /** Null when callgrind's report names no such call (the compiler did not run while counting, or V8 renamed it). */
  readonly compilingPerRequest: number | null;
}

/** The instructions the server spends on `requests` assessments, once `warm` have warmed it. */
async function perRequest(warm: number, requests: number, databaseUrl: string): Promise<Counted> {
  const work = mkdtempSync(join(tmpdir(), 'aftercare-instructions-'));
  const out = join(work, 'callgrind.out');
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(
      { DATABASE_URL: databaseUrl, AFTERCARE_DATA_DIR: join(work, 'data'), RATE_LIMIT_ASSESSMENTS: '10000000' },
      [
        '--tool=callgrind',
        '--instr-atstart=no',
        `--callgrind-out-file=${out}`,
        process.execPath,
        '--single-threaded',
        join(import.meta.dirname, '..', 'dist', 'server', 'bundle.js'),
      ],
      // About 7 s to listen under valgrind here, on PostgreSQL.
      { command: 'valgrind', startWithinMs: 120_000 },
    );
    const { url } = server;
    const pid = String(server.child.pid);
    const body = JSON.stringify(vignettes2.find((v) => v.id === 'v2-doms-day1-all-clear')!.input);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const assess = () =>
      new Promise<void>((resolve, reject) => {
        const sent = request(
          `${url}/api/v2/assessments`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (response) => {
            response.resume();
            response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`answered ${response.statusCode}`))));
          },
        );
        sent.on('error', reject);
        sent.end(body);
      });
    // valgrind names the pipe it is reached by after the HOST it was started with (the server's, 127.0.0.1).
    const instrument = (state: 'on' | 'off') =>
      execFileSync('callgrind_control', [`--instr=${state}`, pid], {
        env: { ...process.env, HOST: '127.0.0.1' },
        stdio: 'ignore',
      });
    for (let k = 0; k < warm; k++) await assess();
    instrument('on');
    for (let k = 0; k < requests; k++) await assess();
    instrument('off');
    agent.destroy();
    server.child.kill('SIGTERM');
    await server.exited;
    const totals = /^totals: (\d+)/m.exec(readFileSync(out, 'utf8'));
    // None at all: callgrind_control did not reach the server, and nothing was counted.
    if (!totals || Number(totals[1]) === 0) throw new Error('callgrind counted no instructions of the requests');
    const annotated = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', out], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const compiling = compilerInstructions(annotated);
    return { perRequest: Number(totals[1]) / requests, compilingPerRequest: compiling === null ? null : compiling / requests };
  } finally {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  }
}

const requests = Number(process.env.BENCH_REQUESTS ?? 1500);
const warmRequests = Number(process.env.BENCH_WARM_REQUESTS ?? 8000);
console.log(
  `\ninstructions per POST /api/v2/assessments, the server as npm start runs it, on PostgreSQL (${requests} requests counted after ${warmRequests})`,
);
const counted = await withOwnDatabase('instructions', (url) => perRequest(warmRequests, requests, url));
const figure = (n: number) => Math.round(n).toLocaleString('en');
console.log(`  ${figure(counted.perRequest)} instructions per request`);
const compiling = counted.compilingPerRequest;
console.log(
  compiling === null
    ? "  of which V8's optimising compiler: not named in callgrind's report (Runtime_CompileOptimized)"
    : `  of which V8's optimising compiler: ${figure(compiling)} (${((100 * compiling) / counted.perRequest).toFixed(1)} %); the rest: ${figure(counted.perRequest - compiling)}`,
);
