// Benchmarks measure the app as production runs it: compiled, from dist/, built first if a source is newer.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function built(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '../scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
}
