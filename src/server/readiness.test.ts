// Readiness, apart from liveness: a load balancer sends people only to a server whose database answers and that is
// not stopping; /healthz says only that the process is up.
import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkInAnswers, report, report3 } from '../../test/support/reports.ts';
import { appWithStore, engines, testQueue } from '../../test/support/app-with-store.ts';
import { newDiary } from '../../test/support/diaries.ts';
import { followUpUpdate } from '../clinic/follow-up.ts';
import { startingQueue, type JobQueue } from '../jobs/queue.ts';
import { dropSharedSchema } from '../store/database.ts';
import { openStores } from '../store/stores.ts';
import { hashToken, newToken } from '../store/tokens.ts';

/** The promise's value, or a failure naming what did not happen within `ms` (a deadlock would wait for ever). */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each(engines())('readiness on %s', (engine) => {
  let harness: Awaited<ReturnType<typeof appWithStore>> | undefined;
  afterEach(async () => {
    await harness?.app.close();
    harness = undefined;
  });

  it('is ready while the database answers, and says not-ready (503) once it does not; /healthz stays ok', async () => {
    harness = await appWithStore(undefined, undefined, { engine });
    const ready = await harness.app.inject({ url: '/readyz' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready' }]);
    await harness.database.close();
    const down = await harness.app.inject({ url: '/readyz' });
    expect([down.statusCode, down.json()]).toEqual([503, { status: 'not-ready' }]);
    expect((await harness.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('while its job queue starts it answers (/healthz, an assessment) but is not ready; it is once the queue has started', async () => {
    let start!: (queue: JobQueue) => void;
    const jobs = startingQueue(new Promise<JobQueue>((resolve) => (start = resolve)));
    harness = await appWithStore(undefined, undefined, { engine, app: { jobs } });
    expect((await harness.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const assessed = await harness.app.inject({ method: 'POST', url: '/api/v3/assessments', payload: report3() });
    expect(assessed.statusCode).toBe(200);
    const starting = await harness.app.inject({ url: '/readyz' });
    expect([starting.statusCode, starting.json()]).toEqual([503, { status: 'not-ready' }]);
    const { queue, schema } = await testQueue(harness.database, engine);
    start(queue);
    try {
      const ready = await harness.app.inject({ url: '/readyz' });
      expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready' }]);
    } finally {
      await harness.app.close();
      await queue.stop();
      if (engine === 'postgres') await dropSharedSchema(harness.database.db, schema);
    }
  });

  it('a check-in that queues jobs while the job queue starts waits for the start before its transaction: both are kept', async () => {
    let start!: (queue: JobQueue) => void;
    const starting = startingQueue(new Promise<JobQueue>((resolve) => (start = resolve)));
    // Told when the check-in first turns to the queue: to wait for its start (before its transaction), or to send.
    let turned!: () => void;
    const turnedToQueue = new Promise<void>((resolve) => (turned = resolve));
    const jobs: JobQueue = {
      ...starting,
      startEnded: () => (turned(), starting.startEnded!()),
      send: (name, data, options) => (turned(), starting.send(name, data, options)),
    };
    harness = await appWithStore(undefined, undefined, { engine, app: { jobs } });
    const { app, database } = harness;
    // A diary with a confirmed address: each check-in then queues its recheck's reminders in its own transaction.
    const token = newToken();
    const diary = await openStores(database.db, followUpUpdate).diaries.createDiary(
      newDiary('2026-03-03T09:00:00Z', { tokenHash: hashToken(token) }),
    );
    await database.db
      .updateTable('diaries')
      .set({ reminder_email: 'pat@example.org', reminder_email_confirmed_at: new Date('2026-03-03T09:00:00Z') })
      .where('id', '=', diary.id)
      .execute();
    const checkingIn = app.inject({
      method: 'POST',
      url: `/api/v1/diaries/${token}/check-ins`,
      payload: JSON.stringify({ ...checkInAnswers(report()), reportedAt: '2026-03-03T09:00:00Z' }),
    });
    await within(turnedToQueue, 10_000, 'the check-in did not turn to the job queue');
    // The queue's start reads the database. Had the check-in's transaction taken the embedded database's one
    // connection and then waited for the queue, the start would wait for the connection: neither would ever end.
    const { queue, schema } = await within(testQueue(database, engine), 10_000, 'the job queue did not start');
    start(queue);
    try {
      const checkedIn = await within(checkingIn, 10_000, 'the check-in was not answered');
      expect(checkedIn.statusCode).toBe(201);
      expect((await queue.counts()).filter((count) => count.name === 'reminder').reduce((n, count) => n + count.count, 0)).toBe(2);
    } finally {
      await app.close();
      await queue.stop();
      if (engine === 'postgres') await dropSharedSchema(database.db, schema);
    }
  });

  it('a stopping server finishes the request in flight, and takes no new connection (so a readiness probe fails)', async () => {
    harness = await appWithStore(undefined, undefined, { engine });
    await harness.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = harness.app.server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    // A request still arriving when the stop begins (half its body sent), as a load balancer's connection might be.
    const body = JSON.stringify(report3());
    socket.write(
      `POST /api/v3/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    socket.write(body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = harness.app.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const probe = connect(port, '127.0.0.1');
    const [refused] = (await Promise.race([once(probe, 'error'), once(probe, 'connect')])) as [Error | undefined];
    probe.destroy();
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' });
    socket.write(body.slice(20));
    await Promise.race([once(socket, 'close'), new Promise((resolve) => setTimeout(resolve, 5000))]);
    socket.destroy();
    await closing;
    const statuses = [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((match) => match[1]);
    expect(statuses).toEqual(['200']);
    expect(received).toContain('"level"');
  });
});
