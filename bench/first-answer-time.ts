// The time from spawning a server command to its first answered /healthz, on a given data folder, the server stopped
// after: what `npm run bench:start` and `bench/restarts.ts` measure (issue 18).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Milliseconds from spawning the command to a 200 from /healthz; the server is stopped after. */
export async function timeToFirstAnswer(command: string, args: string[], dataDir: string): Promise<number> {
  // Below Linux's ephemeral ports (32768 and up), which the machine's own connections take.
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    // Its errors are kept, to say why when it stops before it answers (it did once, and said nothing).
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors = (errors + chunk).slice(-4000)));
  // 'close', not 'exit': by then its last words have been read.
  let exited = false;
  child.once('close', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`${command} ${args.join(' ')} stopped before it answered (port ${port}):\n${errors}`);
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
