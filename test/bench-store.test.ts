// `npm run bench:store` runs as written. It stopped at its first diary once policy 3 became the current one (the
// diary it started took its policy-2 report as policy 3's), and no one saw: a benchmark is run by hand, seldom. Here
// it runs at its smallest, for what it does, not for its times (no timed tests): every measurement on every engine.
import { expect, it } from 'vitest';
import { runBench } from './support/bench.ts';
import { postgresUrl } from './support/postgres-url.ts';

// PostgreSQL when this run has one (under CI it must: DATABASE_URL names it); the bench says when it skips it.
const url = postgresUrl("the check of bench:store's figures");

it(
  'npm run bench:store measures check-ins, diary pages and check-in forms of 30 and 300 check-ins on each engine',
  { timeout: 300_000 },
  async () => {
    const { code, output, errors } = await runBench('store.ts', { BENCH_SECONDS: '0.2', BENCH_RENDERS: '3' });
    expect(code, `${output}${errors}`).toBe(0);
    const engines = url ? ['PGlite', 'PostgreSQL'] : ['PGlite'];
    for (const [k, engine] of engines.entries()) {
      // Each engine's lines alone: from its name to the next engine's.
      const next = engines[k + 1];
      const measured = output.slice(output.indexOf(engine), next === undefined ? undefined : output.indexOf(next));
      expect(measured, `${output}${errors}`).toMatch(
        /^\S.*\d durable check-ins\/s\n.*diary page \(30 check-ins\) p50 [\d.]+ ms, .*\n.*check-in form \(30 check-ins\) p50 [\d.]+ ms, .*\n/,
      );
      expect(measured, `${output}${errors}`).toMatch(
        /\n.*diary page \(300 check-ins\) p50 [\d.]+ ms, .*\n.*check-in form \(300 check-ins\) p50/,
      );
    }
  },
);
