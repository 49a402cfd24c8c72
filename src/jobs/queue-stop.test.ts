// A queue's stop is what lets the database close: once it returns, nothing of the queue's is still under way. pg-boss
// marks a job done in a statement it does not wait for, so its own graceful stop could return first, and the database
// closed (or a test's schema dropped) under that statement left an error nobody handles.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { engines, idleHandlers, openFor, testQueue } from '../../test/support/app-with-store.ts';
import { dropSharedSchema } from '../store/database.ts';

describe.each(engines())('a job queue stopping, on %s', (engine) => {
  it('returns only once the job it ran is marked done, though the database answers that statement slowly', async () => {
    const database = await openFor(engine);
    // Once the job has run, every answer from the database comes 200 ms late: the statement that marks it done, too.
    let late = false;
    // What the queue hears from the database after its stop has returned (were the database closed, each an error).
    let stopped = false;
    let heardAfterStop = 0;
    const db = database.db.withPlugin({
      transformQuery: ({ node }) => node,
      transformResult: async ({ result }) => {
        if (stopped) heardAfterStop++;
        if (late) await new Promise((resolve) => setTimeout(resolve, 200));
        return result;
      },
    });
    const { queue, schema } = await testQueue({ ...database, db }, engine);
    try {
      let ran!: () => void;
      const running = new Promise<void>((resolve) => (ran = resolve));
      await queue.work(
        {
          ...idleHandlers(),
          housekeeping: async () => {
            late = true;
            ran();
          },
        },
        (error) => {
          throw error;
        },
      );
      const id = await queue.send('housekeeping', {});
      await running;
      await queue.stop();
      stopped = true;
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(heardAfterStop).toBe(0);
      const state = await sql<{ state: string }>`select state from ${sql.table(`${schema}.job`)} where id = ${id}`.execute(database.db);
      expect(state.rows).toEqual([{ state: 'completed' }]);
    } finally {
      await queue.stop();
      if (engine === 'postgres') await dropSharedSchema(database.db, schema);
      await database.close();
    }
  }, 60_000);
});
