// The real server as a child process (npm start's entry), for tests that kill it or start two.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string | null>;
}

/**
 * The server started by Node with `args` (by default from src/ through tsx), listening on a port of its own. `command`
 * runs Node under another program (valgrind, for a benchmark), which may need longer than `startWithinMs` to start.
 */
export function startServerProcess(
  env: Record<string, string>,
  args: readonly string[] = ['--import', 'tsx', 'src/server/main.ts'],
  { command = process.execPath, startWithinMs = 30_000 }: { command?: string; startWithinMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(command, args, {
    // Embedded unless the test says otherwise, whatever the environment running the tests has.
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${log}`)), startWithinMs);
    const check = () => {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, output: () => log, exited });
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`server exited ${code}: ${log}`), { log, code }));
    });
  });
}
