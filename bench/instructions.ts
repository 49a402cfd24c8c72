// `npm run bench:instructions`: the instructions one assessment costs, counted by valgrind's callgrind, which the
// machine's load cannot move (unlike wall-clock time on a shared machine). It runs the compiled code over the same
// generated reports three times: answering none, answering them all once, and answering them all four times. The
// first pass over start-up is what a fresh process pays per report while V8 compiles the code and each message is
// read for the first time; the three passes after it are the cost of an assessment once that is done (the optimising
// compiler's last work included), which is what a long run (`npm run bench`, a server) pays.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { built } from './built.ts';
import { writeReports } from './generate.ts';

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
