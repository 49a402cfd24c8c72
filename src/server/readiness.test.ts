// Readiness, apart from liveness: a load balancer sends people only to a server whose database answers and that is
// not stopping; /healthz says only that the process is up.
import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { report3 } from '../../test/support/reports.ts';
import { appWithStore, engines, testQueue } from '../../test/support/app-with-store.ts';
import { startingQueue, type JobQueue } from '../jobs/queue.ts';
import { dropSharedSchema } from '../store/database.ts';

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
