// Work done after the answer has gone (mails, and anything whose time must not show in the answer's), tracked so
// that closing the server waits for it and a test can wait for it too. A failure is logged, never thrown, by its
// class only: a mail server's refusal names the address it refused.
import type { FastifyBaseLogger } from 'fastify';
import { errorClassOf } from '../jobs/failure.ts';

export interface Background {
  run(what: string, work: () => Promise<unknown>): void;
  /** Resolves when everything started so far has finished. */
  idle(): Promise<void>;
  /** As idle, but gives up after `ms` (a mail server that never answers must not hold a shutdown): true if idle. */
  settle(ms: number): Promise<boolean>;
}

export function background(log: () => FastifyBaseLogger): Background {
  const running = new Set<Promise<unknown>>();
  return {
    run(what, work) {
      const task = Promise.resolve()
        .then(work)
        .catch((error: unknown) => log().error({ work: what, ...errorClassOf(error) }, 'background work failed'))
        .finally(() => running.delete(task));
      running.add(task);
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
    async settle(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
      const settled = await Promise.race([this.idle().then(() => true as const), timeout]);
      clearTimeout(timer);
      if (!settled) log().warn({ unfinished: running.size }, 'closing with background work unfinished');
      return settled;
    },
  };
}
