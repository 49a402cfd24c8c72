// `npm run bench:clinic` runs as written, at its smallest, for what it does, not for its times (no timed tests): the
// dashboard measured for an admin and a therapist, each labelled with the clients they see. Its labels said "10,000"
// and "500" whatever BENCH_CLIENTS asked for. It needs PostgreSQL (DATABASE_URL: always under CI, by .ci/run).
import { expect, it } from 'vitest';
import { runBench, skippedWithoutPostgres } from './support/bench.ts';

const skipped = skippedWithoutPostgres('bench-clinic.test.ts', 'npm run bench:clinic');

it.skipIf(skipped)(
  'npm run bench:clinic measures the dashboard of an admin and of a therapist, of the clients asked for',
  { timeout: 300_000 },
  async () => {
    const { code, output, errors } = await runBench('clinic.ts', { BENCH_CLIENTS: '61', BENCH_REQUESTS: '3' });
    expect(code, `${output}${errors}`).toBe(0);
    expect(output, errors).toMatch(/^seeded 61 clients and [\d,]+ check-ins in [\d.]+ s$/m);
    // Twenty therapists share the clients in turn: the first has the 1st, the 21st, the 41st and the 61st.
    expect(output, errors).toMatch(
      /^dashboard, admin \(61 clients\) +p50 [\d.]+ ms, p99 [\d.]+ ms over 3 requests; CPU a request: app [\d.]+ ms, PostgreSQL [\d.]+ ms$/m,
    );
    expect(output, errors).toMatch(
      /^dashboard, therapist \(4 clients\) +p50 [\d.]+ ms, p99 [\d.]+ ms over 3 requests; CPU a request: app [\d.]+ ms, PostgreSQL [\d.]+ ms$/m,
    );
  },
);
