// Where a restart's time goes, phase by phase, through the compiled code in dist/: loading the modules, opening the
// embedded database (with its migration check), the migration check alone once more, building the app to its first
// answer, then starting the job queue, which the server does while it already answers (issue 18). Run it twice on
// the same folder: the second run is a restart.
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: node bench/start-phases.mjs DATA_DIR');
mkdirSync(dataDir, { recursive: true });
const phases = [];
let last = performance.now();
const phase = (name) => {
  const now = performance.now();
  phases.push([name, now - last]);
  last = now;
};
const { Migrator } = await import('kysely');
const { openDatabase } = await import('../dist/store/database.js');
const { migrations } = await import('../dist/store/migrations.js');
const { jobQueue, jobsSchemaOf, startingQueue } = await import('../dist/jobs/queue.js');
const { buildApp } = await import('../dist/server/app.js');
phase('modules');
const database = await openDatabase({ dataDir });
phase('database open + migration check');
await new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } }).migrateToLatest();
phase('migration check alone, again');
const starting = jobsSchemaOf(database.db).then((schema) => jobQueue(database.db, { schema }));
const jobs = startingQueue(starting);
const app = buildApp({ db: database.db, jobs, runJobs: false });
const answer = await app.inject({ method: 'GET', url: '/healthz' });
if (answer.statusCode !== 200) throw new Error(`healthz answered ${answer.statusCode}`);
phase('app built, first answer');
const firstAnswer = phases.reduce((sum, [, ms]) => sum + ms, 0);
await starting;
phase('job queue start (after it)');
await app.close();
await jobs.stop();
await database.close();
const total = phases.reduce((sum, [, ms]) => sum + ms, 0);
for (const [name, ms] of phases) console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(`  ${'to the first answer'.padEnd(34)} ${firstAnswer.toFixed(0).padStart(6)} ms (process start not counted)`);
console.log(`  ${'total'.padEnd(34)} ${total.toFixed(0).padStart(6)} ms`);
