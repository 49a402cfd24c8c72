// Writes N generated reports, one JSON object a line, from the same arbitrary the property tests use.
import fc from 'fast-check';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { anyReport } from '../test/support/reports.ts';

export async function writeReports(path: string, count: number, seed = 42): Promise<void> {
  const out = createWriteStream(path);
  const batch = 5000;
  for (let done = 0; done < count; done += batch) {
    const reports = fc.sample(anyReport, { numRuns: Math.min(batch, count - done), seed: seed + done });
    if (!out.write(reports.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
