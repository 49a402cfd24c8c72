// `npm run bench:jobs`: how fast the job queue (pg-boss, docs/decisions/0012-job-queue.md) takes and works jobs on
// the embedded engine (PGlite, in a data folder on disk) and on PostgreSQL (DATABASE_URL, or the local default), with
// the server's own settings: jobs queued one by one, each in its own transaction (as a check-in queues its alert),
// then worked by one process's workers whose "send" does nothing, so that the figure is the queue's own cost.
import { jobQueue, jobsSchemaOf, type Handlers, type JobData } from '../src/jobs/queue.ts';
import { dropSharedSchema, type Database } from '../src/store/database.ts';
import { onEachEngine } from './engines.ts';

const count = Number(process.env.BENCH_JOBS ?? 1000);

async function measure(name: string, database: Database) {
  const schema = await jobsSchemaOf(database.db);
  const jobs = await jobQueue(database.db, { schema });
  let sent = 0;
  let allSent: () => void = () => {};
  const done = new Promise<void>((resolve) => (allSent = resolve));
  const nothing = async () => {};
  const handlers: Handlers = {
    attention: nothing,
    'digest-tick': nothing,
    digest: nothing,
    reminder: nothing,
    push: nothing,
    'reminder-mail': nothing,
    'reminder-confirmation': nothing,
    housekeeping: nothing,
    async mail() {
      if (++sent === count) allSent();
    },
  };

  const mail = (k: number): JobData['mail'] => ({ to: `t${k}@example.org`, subject: 'bench', text: 'bench', kind: 'alert' });
  let started = process.hrtime.bigint();
  for (let k = 0; k < count; k++) await database.db.transaction().execute((trx) => jobs.send('mail', mail(k), { on: trx }));
  const queueSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  started = process.hrtime.bigint();
  await jobs.work(handlers, (error) => console.error(error));
  await done;
  const workSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  await jobs.stop();
  await dropSharedSchema(database.db, schema);

  const rate = (seconds: number) =>
    Math.round(count / seconds)
      .toLocaleString('en')
      .padStart(6);
  console.log(`${name.padEnd(22)} queued ${rate(queueSeconds)} jobs/s (each in its own transaction)`);
  console.log(`${''.padEnd(22)} worked ${rate(workSeconds)} jobs/s (one process, one job at a time per kind)`);
}

console.log(`${count} mail jobs on each engine`);
await onEachEngine('aftercare-bench-jobs-', measure);
