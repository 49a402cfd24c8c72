// `npm run bench`: reports per second of `assess --jsonl` over 100,000 generated reports, its peak memory,
// and its ratio to a bare floor (read, parse, write an answer of the same size) measured in the same run.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { built } from './built.ts';
import { writeReports } from './generate.ts';

const count = Number(process.env.BENCH_REPORTS ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// The policy the reports are written for and assessed under: 2 by default, so figures compare across versions.
const policy = process.env.BENCH_POLICY === '3' ? '3' : '2';
const dir = join(import.meta.dirname, 'out');
mkdirSync(dir, { recursive: true });
const input = join(dir, `reports-${count}-policy-${policy}.jsonl`);

interface Run {
  seconds: number;
  bytesOut: number;
  lines: number;
  peakKiB: number;
}

function measure(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: [openSync(input, 'r'), 'pipe', 'inherit', 'pipe'] });
    let bytesOut = 0;
    let lines = 0;
    let peak = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      bytesOut += chunk.length;
      for (let k = chunk.indexOf(10); k !== -1; k = chunk.indexOf(10, k + 1)) lines++;
    });
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => (peak += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}`));
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, bytesOut, lines, peakKiB: Number(peak.trim()) });
    });
  });
}

const best = (runs: Run[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

console.log(`generating ${count.toLocaleString('en')} reports...`);
await writeReports(input, count, 42, policy);
console.log(`input: ${(statSync(input).size / 1e6).toFixed(1)} MB`);

const preload = ['--import', join(import.meta.dirname, 'peak-memory.mjs')];
built();
const cli = [...preload, join(import.meta.dirname, '../dist/cli/main.js'), 'assess', '--jsonl', '--policy', policy];
const aftercareRuns: Run[] = [];
const floorRuns: Run[] = [];
for (let round = 0; round < rounds; round++) {
  const run = await measure(process.execPath, cli);
  if (run.lines !== count) throw new Error(`expected ${count} answers, got ${run.lines}`);
  aftercareRuns.push(run);
  const answerBytes = Math.round(run.bytesOut / run.lines) - 1;
  floorRuns.push(await measure(process.execPath, [...preload, join(import.meta.dirname, 'floor.mjs'), String(answerBytes)]));
}

const a = best(aftercareRuns);
const f = best(floorRuns);
const rate = (run: Run) => Math.round(count / run.seconds);
console.log(`\nassess --jsonl --policy ${policy}, best of ${rounds} rounds over ${count.toLocaleString('en')} reports`);
console.log(
  `  aftercare: ${rate(a).toLocaleString('en')} reports/s (${a.seconds.toFixed(2)} s), peak RSS ${(a.peakKiB / 1024).toFixed(0)} MiB, answers ${(a.bytesOut / a.lines).toFixed(0)} B on average`,
);
console.log(
  `  floor:     ${rate(f).toLocaleString('en')} reports/s (${f.seconds.toFixed(2)} s), peak RSS ${(f.peakKiB / 1024).toFixed(0)} MiB`,
);
const ratio = a.seconds / f.seconds;
console.log(`  time ratio aftercare/floor: ${ratio.toFixed(2)}x (target, issue 18: at most 1.6x) ${ratio <= 1.6 ? 'MET' : 'NOT MET'}`);
