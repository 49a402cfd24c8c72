// `npm run bench:start`: the time from `npm start` to the first answered request, on a fresh data folder (create and
// migrate the embedded database) and on a restart (the folder exists), as `npm start` runs now (compiled JavaScript,
// after a check that the build is current) and as it ran before (tsx compiling src/ on every start). Budget: a
// restart under 1.5 s (issue 18). Five runs each; the median is the verdict.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** Milliseconds from spawning the command to a 200 from /healthz; the server is stopped after. */
async function timeToFirstAnswer(command: string, args: string[], dataDir: string): Promise<number> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`${command} ${args.join(' ')} stopped before it answered`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 60_000) throw new Error(`${command} ${args.join(' ')} did not answer within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    // npm runs the server in a child of its own: the whole group is stopped, and waited for until its last process
    // has gone (npm exits first; the server keeps the data folder until it has finished stopping).
    signalGroup(child.pid!, 'SIGTERM');
    while (signalGroup(child.pid!, 0)) await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Sends `signal` to the process group; false when none of it is left. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

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
