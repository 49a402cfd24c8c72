// Health data is not kept forever (issue 19): every hour, the diaries nobody used for the retention period are deleted
// the way their owners delete them (check-ins, reminders, links and devices go with them; a clinic following one sees
// that it stopped), and the links that reminders and confirmation mails carried are removed once they have expired.
import type { Stores } from '../store/stores.ts';

/** How long a diary is kept without use, unless the operator sets RETENTION_DAYS. */
export const defaultRetentionDays = 180;

export interface RetentionDeps {
  readonly stores: Stores;
  readonly now: () => Date;
  readonly retentionDays: number;
  /** Hears what a round removed, when it removed anything (counts only: never whose). */
  readonly removed?: (counts: { readonly diaries: number; readonly links: number }) => void;
}

const day = 24 * 3_600_000;

/** Diaries deleted per look: each in its own short transaction, so a large backlog never holds a long one. */
const batch = 100;

export function retentionHandlers(deps: RetentionDeps) {
  return {
    async housekeeping(): Promise<void> {
      const now = deps.now();
      const links = await deps.stores.reminders.deleteExpiredLinks(now);
      const before = new Date(now.getTime() - deps.retentionDays * day);
      let diaries = 0;
      for (;;) {
        const deleted = await deps.stores.diaries.deleteInactive(before, now, batch);
        diaries += deleted.length;
        // A short batch is the last (or one whose diaries were used meanwhile: the next round looks again).
        if (deleted.length < batch) break;
      }
      if (diaries > 0 || links > 0) deps.removed?.({ diaries, links });
    },
  };
}
