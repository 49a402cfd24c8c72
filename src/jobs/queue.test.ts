// The job queue where servers meet: two starting at once on an empty PostgreSQL database both start (pg-boss's own
// install collides there, and a failed install must not leave its connection inside an aborted transaction).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresUrl } from '../../test/support/postgres-url.ts';
import { openDatabase } from '../store/database.ts';
import { jobQueue, startingQueue, type JobQueue } from './queue.ts';

const url = postgresUrl('the test of two job queues starting at once');

describe.skipIf(!url)('job queues starting at once on one PostgreSQL', () => {
  it('both start, and both then take jobs, each job once', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      for (let round = 0; round < 3; round++) {
        const name = `aftercare_queue_race_${process.pid}_${round}`;
        await admin.query(`drop database if exists ${name}`);
        await admin.query(`create database ${name}`);
        const databaseUrl = new URL(url!);
        databaseUrl.pathname = `/${name}`;
        const databases = await Promise.all([1, 2].map(() => openDatabase({ databaseUrl: databaseUrl.toString() })));
        try {
          const queues = await Promise.all(databases.map((database) => jobQueue(database.db, { pollSeconds: 0.5 })));
          const sent: string[] = [];
          const nothing = async () => {};
          for (const [k, queue] of queues.entries())
            await queue.work(
              {
                attention: nothing,
                digest: nothing,
                reminder: nothing,
                push: nothing,
                'reminder-mail': nothing,
                'reminder-confirmation': nothing,
                housekeeping: nothing,
                'digest-tick': nothing,
                mail: async (mail) => void sent.push(`${k}:${mail.to}`),
              },
              (error) => {
                throw error;
              },
            );
          for (let j = 0; j < 20; j++) await queues[j % 2]!.send('mail', { to: `${j}@example.org`, subject: 's', text: 't', kind: 'test' });
          await queues[0]!.settled();
          expect(sent.map((s) => s.split(':')[1]).sort()).toEqual(Array.from({ length: 20 }, (_, j) => `${j}@example.org`).sort());
          for (const queue of queues) await queue.stop();
        } finally {
          for (const database of databases) await database.close();
          await admin.query(`drop database ${name}`);
        }
      }
    } finally {
      await admin.end();
    }
  }, 60_000);
});

describe('a queue handed out while it starts', () => {
  /** A started queue that keeps what it is sent. */
  const keeping = (sent: string[]): JobQueue => ({
    send: async (name) => (sent.push(name), 'job-1'),
    work: async () => {},
    failed: async () => [],
    counts: async () => [],
    settled: async () => {},
    stop: async () => void sent.push('stopped'),
  });

  it('is not started until its start ends; a job sent meanwhile waits for it, then is queued on the started queue', async () => {
    let start!: (queue: JobQueue) => void;
    const jobs = startingQueue(new Promise<JobQueue>((resolve) => (start = resolve)));
    const sent: string[] = [];
    const sending = jobs.send('housekeeping', {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([jobs.started?.(), sent]).toEqual([false, []]);
    start(keeping(sent));
    await expect(sending).resolves.toBe('job-1');
    expect([jobs.started?.(), sent]).toEqual([true, ['housekeeping']]);
    await jobs.stop();
    expect(sent).toEqual(['housekeeping', 'stopped']);
  });

  it("whose start fails: a job sent fails with the start's error, its workers say nothing, it never says started, and stopping it does nothing", async () => {
    const jobs = startingQueue(Promise.reject(new Error('no database')));
    await expect(jobs.send('housekeeping', {})).rejects.toThrow('no database');
    // Its workers say nothing of it (the server reports the start's failure once), and its start has ended.
    await expect(jobs.work({} as Parameters<JobQueue['work']>[0], () => {})).resolves.toBeUndefined();
    await expect(jobs.startEnded?.()).resolves.toBeUndefined();
    expect(jobs.started?.()).toBe(false);
    await expect(jobs.stop()).resolves.toBeUndefined();
  });

  it('never to start (the server could not listen): its workers quietly never run, a job sent fails, stopping does nothing', async () => {
    const jobs = startingQueue(Promise.resolve(undefined));
    await expect(jobs.work({} as Parameters<JobQueue['work']>[0], () => {})).resolves.toBeUndefined();
    await expect(jobs.startEnded?.()).resolves.toBeUndefined();
    await expect(jobs.send('housekeeping', {})).rejects.toThrow('the job queue was never started');
    await expect(jobs.counts()).rejects.toThrow('the job queue was never started');
    expect(jobs.started?.()).toBe(false);
    await expect(jobs.stop()).resolves.toBeUndefined();
  });
});
