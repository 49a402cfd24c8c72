// Restarts of two or more server commands, taken in turn on one data folder: the time from spawning each to its
// first answered /healthz (issue 18). Taking them in turn is what makes them comparable on a machine whose speed
// wanders. Usage: npx tsx bench/restarts.ts RUNS 'label::command args' 'label::command args' ...
// e.g. npx tsx bench/restarts.ts 11 'before::node /tmp/before/dist/server/main.js' 'after::node dist/server/main.js'
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeToFirstAnswer } from './first-answer-time.ts';

const runs = Number(process.argv[2]);
const ways = process.argv.slice(3).map((way) => {
  const [label = '', command = ''] = way.split('::');
  const [program = '', ...args] = command.split(' ');
  return { label, program, args, times: [] as number[] };
});
if (!(runs > 0) || ways.length === 0) throw new Error("usage: npx tsx bench/restarts.ts RUNS 'label::command args' ...");

const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-restarts-'));
await timeToFirstAnswer(ways[0]!.program, ways[0]!.args, dataDir); // creates the database: every run after it is a restart
for (let k = 0; k < runs; k++) for (const way of ways) way.times.push(await timeToFirstAnswer(way.program, way.args, dataDir));
for (const { label, times } of ways) {
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(20)} median ${median.toFixed(0)} ms; each: ${times.map((t) => t.toFixed(0)).join(', ')}`);
}
