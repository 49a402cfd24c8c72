// Runs one of bench/'s scripts as `npm run bench:…` does (under tsx), at the size `env` asks for: its exit code and
// what it printed. For the tests that a benchmark runs as written (for what it does, never for its times).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export async function runBench(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; errors: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('bench', script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let [output, errors] = ['', ''];
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (errors += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output, errors };
}

/**
 * Whether a benchmark that needs PostgreSQL cannot run here, said when so: DATABASE_URL is unset outside CI. Under CI
 * it runs whatever the environment says (the benchmark then tries the local default): it fails, never skips.
 */
export function skippedWithoutPostgres(file: string, command: string): boolean {
  const skipped = !process.env.DATABASE_URL && process.env.CI !== 'true';
  if (skipped) console.log(`${file} skipped: ${command} needs PostgreSQL, and DATABASE_URL is not set`);
  return skipped;
}
