// A restart to its first answer in one process, as `node dist/server/main.js` does it: the configuration, the
// modules, the database, the server listening, then one GET /healthz and one POST /api/v3/assessments over HTTP. It
// prints the milliseconds to each answer and exits. Under valgrind (`valgrind --tool=callgrind node
// --single-threaded bench/first-answer.mjs DIR`) it counts the instructions of the whole start, which the machine's
// load does not move. Usage: node bench/first-answer.mjs DATA_DIR [BUILD_DIR, default dist]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL, URL } from 'node:url';

const started = performance.now();
const [dataDir, build = join(import.meta.dirname, '..', 'dist')] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: node bench/first-answer.mjs DATA_DIR [BUILD_DIR]');
mkdirSync(dataDir, { recursive: true });
const from = (path) => import(pathToFileURL(join(resolve(build), path)).href);
const { loadConfig } = await from('server/config.js');
const { main } = await from('server/main.js');
const config = loadConfig({ AFTERCARE_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
const running = await main(config);
const health = await fetch(new URL('/healthz', running.url));
if (health.status !== 200) throw new Error(`healthz answered ${health.status}`);
const healthMs = performance.now() - started;
// A calm report of a massage that ended 16 hours before (test/support/reports.ts's report3()).
const report = {
  massage: { endedAt: '2026-03-02T17:00:00.000Z', style: 'deep-tissue', pressure: 'firm', sharpPainDuring: false },
  reportedAt: '2026-03-03T09:00:00.000Z',
  pain: { severity: 4, qualities: ['dull-ache'], extent: 'widespread', regions: [], radiation: 'none', trend: 'same' },
  nerve: { numbness: 'none', tingling: 'none', legWeakness: 'none', saddleNumbness: false },
  bladderBowel: { bladderControlLoss: false, bowelControlLoss: false, difficultyUrinating: false, brownUrine: false, bloodInUrine: false },
  localSigns: { swelling: false, bruising: false },
  general: {
    fever: false,
    recentFallOrInjury: false,
    bloodThinners: false,
    breathlessOrChestPain: false,
    oneLegSwollen: false,
    suddenSidePain: false,
    faintOrPale: false,
    bleedingTendency: false,
  },
};
const assessed = await fetch(new URL('/api/v3/assessments', running.url), {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(report),
});
const assessedMs = performance.now() - started;
if (assessed.status !== 200) throw new Error(`the assessment answered ${assessed.status}`);
await running.close();
console.log(
  `first answer (/healthz) ${healthMs.toFixed(0)} ms, first assessment (${assessed.status}) ${assessedMs.toFixed(0)} ms (process start not counted)`,
);
process.exit(0);
