// Health data is not kept forever (issue 19): every hour, the diaries nobody used for the retention period are deleted
// the way their owners delete them (check-ins, reminders, links and devices go with them; a clinic following one sees
// that it stopped), and what no longer opens or counts anything goes too: the links that reminders and confirmation
// mails carried, the clinic's account links (resets, sign-ups, invitations) and sign-in sessions once expired, and
// throttle events older than any window.
import type { Stores } from '../store/stores.ts';

/** How long a diary is kept without use, unless the operator sets RETENTION_DAYS. */
export const defaultRetentionDays = 180;

/** What one round removed, in counts only (never whose). */
export interface Removed {
  readonly diaries: number;
  /** Reminder, confirmation and unsubscribe links. */
  readonly links: number;
  readonly accountLinks: number;
  readonly sessions: number;
  readonly throttleEvents: number;
}

export interface RetentionDeps {
  readonly stores: Stores;
  readonly now: () => Date;
  readonly retentionDays: number;
  /** The longest window a throttle counts over: older events count against nothing. */
  readonly throttleWindowMs: number;
  /** Hears what a round removed, when it removed anything. */
  readonly removed?: (counts: Removed) => void;
}

const day = 24 * 3_600_000;

/** Diaries deleted per look: each in its own short transaction, so a large backlog never holds a long one. */
const batch = 100;

export function retentionHandlers(deps: RetentionDeps) {
  const { stores } = deps;
  return {
    async housekeeping(): Promise<void> {
      const now = deps.now();
      // Each is one indexed delete of what has already stopped working at `now`: nothing still valid goes.
      const expired = {
        links: await stores.reminders.deleteExpiredLinks(now),
        accountLinks: await stores.clinics.deleteExpiredAccountLinks(now),
        sessions: await stores.clinics.deleteExpiredSessions(now),
        throttleEvents: await stores.clinics.forgetEventsBefore(new Date(now.getTime() - deps.throttleWindowMs)),
      };
      const before = new Date(now.getTime() - deps.retentionDays * day);
      let diaries = 0;
      for (;;) {
        const deleted = await stores.diaries.deleteInactive(before, now, batch);
        diaries += deleted.length;
        // A short batch is the last (or one whose diaries were used meanwhile: the next round looks again).
        if (deleted.length < batch) break;
      }
      const counts = { diaries, ...expired };
      if (Object.values(counts).some((n) => n > 0)) deps.removed?.(counts);
    },
  };
}
