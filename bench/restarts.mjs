// Restarts of two or more server commands, taken in turn on one data folder: the time from spawning each to its
// first answered /healthz (issue 18). Taking them in turn is what makes them comparable on a machine whose speed
// wanders. Usage: node bench/restarts.mjs RUNS 'label::command args' 'label::command args' ...
// e.g. node bench/restarts.mjs 11 'before::node /tmp/before/dist/server/main.js' 'after::node dist/server/main.js'
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as pause } from 'node:timers/promises';

const runs = Number(process.argv[2]);
const ways = process.argv.slice(3).map((way) => {
  const [label, command] = way.split('::');
  const [program, ...args] = command.split(' ');
  return { label, program, args, times: [] };
});
if (!(runs > 0) || ways.length === 0) throw new Error("usage: node bench/restarts.mjs RUNS 'label::command args' ...");

async function firstAnswer({ program, args }, dataDir) {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const env = { ...process.env, PORT: String(port), AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const started = performance.now();
  const child = spawn(program, args, { env, stdio: 'ignore', detached: true });
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`${program} ${args.join(' ')} stopped before it answered`);
      const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      await pause(10);
    }
  } finally {
    // The whole group, and until its last process has gone: the next start needs the data folder's lock.
    process.kill(-child.pid, 'SIGTERM');
    for (;;) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        break;
      }
      await pause(10);
    }
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-restarts-'));
await firstAnswer(ways[0], dataDir); // creates the database: every run after it is a restart
for (let k = 0; k < runs; k++) for (const way of ways) way.times.push(await firstAnswer(way, dataDir));
for (const { label, times } of ways) {
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(20)} median ${median.toFixed(0)} ms; each: ${times.map((t) => t.toFixed(0)).join(', ')}`);
}
