// `npx tsx bench/page-cpu.ts` runs as written, at its smallest, for what it does, not for its times (no timed tests):
// each page's CPU per request on the server as `npm start` runs it, two runs of one tree.
import { expect, it } from 'vitest';
import { runBench } from './support/bench.ts';

it('bench/page-cpu.ts measures each question page and the emergency page on the server', { timeout: 120_000 }, async () => {
  const { code, output, errors } = await runBench('page-cpu.ts', { BENCH_SECONDS: '1', BENCH_WARMUP: '20' });
  expect(code, `${output}${errors}`).toBe(0);
  for (const path of ['/check/red-flags', '/check/other-signs', '/check/massage', '/check/pain', '/emergency']) {
    // Two runs, each the CPU per request and its user and system parts, in µs.
    expect(output, errors).toMatch(new RegExp(`^  ${path} +\\d+ \\(\\d+ \\+ \\d+\\), \\d+ \\(\\d+ \\+ \\d+\\)$`, 'm'));
  }
});
