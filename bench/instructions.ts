// `npm run bench:instructions`: the instructions one assessment costs, counted by valgrind's callgrind, which the
// machine's load cannot move (unlike wall-clock time on a shared machine). It runs the compiled code over the same
// generated reports twice, once answering none and once answering them all, and divides the difference by their
// number, so start-up is not counted.
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

/** The instructions a whole run of the loop over the first `lines` reports executes. */
function instructions(lines: number): number {
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
    ],
    { encoding: 'utf8' },
  );
  const collected = /Collected : (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !collected) throw new Error(`valgrind failed (${run.status}): ${run.stderr.slice(-2000)}`);
  console.log(`  ${lines} reports: ${Number(collected[1]).toLocaleString('en')} instructions (${run.stdout.trim()})`);
  return Number(collected[1]);
}

console.log(`instructions per assessment, policy ${policy}, ${count} generated reports (valgrind --tool=callgrind)`);
const none = instructions(0);
const all = instructions(count);
console.log(`  per assessment: ${Math.round((all - none) / count).toLocaleString('en')} instructions`);
