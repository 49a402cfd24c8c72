// `npm run bench:start`: the time from `npm start` to the first answered request, on a fresh data folder (create and
// migrate the embedded database) and on a restart (the folder exists), as `npm start` runs now (compiled JavaScript,
// after a check that the build is current) and as it ran before (tsx compiling src/ on every start). Budget: a
// restart under 1.5 s (issue 18). Five runs each; the median is the verdict.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeToFirstAnswer } from './first-answer-time.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ways: [string, string, string[]][] = [
  ['now: npm start (compiled)', 'npm', ['start', '--silent']],
  ['before: tsx src/server/main.ts', process.execPath, ['--import', 'tsx', 'src/server/main.ts']],
];

console.log(`time from the command to the first answered request, median of ${runs} runs`);
for (const [name, command, args] of ways) {
  const first: number[] = [];
  const restart: number[] = [];
  for (let k = 0; k < runs; k++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-start-'));
    first.push(await timeToFirstAnswer(command, args, dataDir));
    restart.push(await timeToFirstAnswer(command, args, dataDir));
  }
  const restartMs = median(restart);
  console.log(
    `  ${name.padEnd(34)} first start ${(median(first) / 1000).toFixed(2)} s, restart ${(restartMs / 1000).toFixed(2)} s (budget 1.5 s) ${restartMs < 1500 ? 'MET' : 'NOT MET'}`,
  );
}
