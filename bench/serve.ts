// A server for a benchmark, in a process of its own on a free port: the app's bundle or the bare floor, started from a
// folder (this tree's by default, or another build to compare with). Every server started here is stopped when the
// benchmark ends, however it ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

/** Runs `node ARGS` in `cwd` (this tree by default) and resolves once it says where it listens. */
export function serve(
  args: string[],
  env: Record<string, string> = {},
  cwd = join(import.meta.dirname, '..'),
): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`server in ${cwd} exited ${code}: ${out}`)));
  });
}

/** Stops a server as an operator would (SIGTERM), once it has exited. */
export const stop = (child: ChildProcess) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
