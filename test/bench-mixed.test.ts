// `npm run bench:mixed` with BENCH_ALONE=1 runs as written, at its smallest, for what it does, not for its times (no
// timed tests): each kind of the mixed load sent alone, with the CPU time a request took in the server and in
// PostgreSQL. It needs PostgreSQL (DATABASE_URL: always under CI, by .ci/run).
import { expect, it } from 'vitest';
import { runBench, skippedWithoutPostgres } from './support/bench.ts';

const skipped = skippedWithoutPostgres('bench-mixed.test.ts', 'npm run bench:mixed');

it.skipIf(skipped)(
  'npm run bench:mixed with BENCH_ALONE=1 measures the CPU time of each kind of request alone',
  { timeout: 300_000 },
  async () => {
    const { code, output, errors } = await runBench('mixed.ts', {
      BENCH_ALONE: '1',
      BENCH_SECONDS: '1',
      BENCH_CONNECTIONS: '2',
      BENCH_CLIENTS: '21',
    });
    expect(code, `${output}${errors}`).toBe(0);
    expect(output, errors).toMatch(/^seeding 21 clients with 10 check-ins each\.\.\.$/m);
    for (const kind of ['assessment', 'question page', 'check-in', 'diary page', 'dashboard']) {
      expect(output, errors).toMatch(new RegExp(`^  ${kind} +[1-9]\\d* requests {2}server +\\d+ µs {2}PostgreSQL +\\d+ µs$`, 'm'));
    }
    expect(output, errors).toMatch(/^ {2}errors: 0$/m);
    // Alone, not mixed: no round of the mixed load follows.
    expect(output).not.toContain('mixed load');
  },
);
