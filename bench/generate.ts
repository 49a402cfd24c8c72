// Writes N generated reports, one JSON object a line, from the same arbitrary the property tests use.
import fc from 'fast-check';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { anyReport, anyReport3 } from '../test/support/reports.ts';

/** Reports of policy 2 (the default: the figures decisions 0009 and 0014 compare) or of policy 3, which asks more. */
export async function writeReports(path: string, count: number, seed = 42, policy: '2' | '3' = '2'): Promise<void> {
  const arbitrary = policy === '3' ? anyReport3(true) : anyReport;
  const out = createWriteStream(path);
  const batch = 5000;
  for (let done = 0; done < count; done += batch) {
    const reports = fc.sample<unknown>(arbitrary, { numRuns: Math.min(batch, count - done), seed: seed + done });
    if (!out.write(reports.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
