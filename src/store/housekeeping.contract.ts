// What the hourly housekeeping removes besides unused diaries (issue 19), on every engine (STYLE 11): account links and
// sign-in sessions past their end, throttle events no window counts any more, each with one indexed delete, and never
// a row that still opens or counts something.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountLink } from './clinic-links.ts';
import type { Database } from './database.ts';
import type { Stores } from './stores.ts';

const at = (instant: string) => new Date(instant);
const minute = 60_000;
/** The moment housekeeping runs in these tests. */
const now = at('2026-03-10T12:30:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

/** Run by runStoreContract, inside its own setup: `current` gives the database and stores each test starts with. */
export function runHousekeepingContract(engine: string, current: () => { database: Database; stores: Stores }) {
  describe(`housekeeping's deletes on ${engine}`, () => {
    let database: Database;
    let stores: Stores;
    beforeEach(() => {
      ({ database, stores } = current());
    });

    /** A clinic with its admin; the admin's id. */
    async function admin(): Promise<{ userId: string; clinicId: string }> {
      const clinicId = randomUUID();
      const userId = randomUUID();
      await stores.clinics.createClinic({
        clinicId,
        clinicName: 'Calm Hands',
        timeZone: 'UTC',
        userId,
        email: 'admin@example.org',
        name: 'Ann',
        passwordHash: 'h',
        at: at('2026-03-01T09:00:00Z'),
      });
      return { userId, clinicId };
    }

    const hashesIn = async (table: 'account_links' | 'auth_sessions') =>
      (await database.db.selectFrom(table).select('token_hash').orderBy('token_hash').execute()).map((row) => row.token_hash);

    it('removes account links past their end, used or not, and keeps every link still within its time, used or not', async () => {
      const { userId, clinicId } = await admin();
      const link = (purpose: AccountLink['purpose'], expiresAt: Date): AccountLink => ({
        purpose,
        userId: purpose === 'reset' ? userId : null,
        clinicId: purpose === 'invitation' ? clinicId : null,
        email: 'someone@example.org',
        name: purpose === 'reset' ? null : 'Sam',
        role: purpose === 'invitation' ? 'therapist' : null,
        clinicName: purpose === 'sign-up' ? 'Other' : null,
        timeZone: purpose === 'sign-up' ? 'UTC' : null,
        invitedBy: purpose === 'invitation' ? userId : null,
        createdAt: at('2026-03-01T09:00:00Z'),
        expiresAt,
      });
      await stores.clinics.createLink('reset-ended', link('reset', later(-minute)));
      await stores.clinics.createLink('reset-ends-now', link('reset', now));
      await stores.clinics.createLink('reset-open', link('reset', later(1)));
      await stores.clinics.createLink('sign-up-ended', link('sign-up', later(-24 * 60 * minute)));
      await stores.clinics.createLink('sign-up-open', link('sign-up', later(60 * minute)));
      await stores.clinics.createLink('invitation-ended-used', link('invitation', later(-minute)));
      await stores.clinics.createLink('invitation-open-used', link('invitation', later(7 * 24 * 60 * minute)));
      await stores.clinics.createLink('invitation-open', link('invitation', later(7 * 24 * 60 * minute)));
      for (const used of ['invitation-ended-used', 'invitation-open-used'])
        expect(await stores.clinics.useLink(used, at('2026-03-02T09:00:00Z'))).toBeDefined();

      expect(await stores.clinics.deleteExpiredAccountLinks(now)).toBe(4);
      expect(await hashesIn('account_links')).toEqual(['invitation-open', 'invitation-open-used', 'reset-open', 'sign-up-open']);
      // What is left still works as before: the open links open, the used one stays used.
      for (const open of ['invitation-open', 'reset-open', 'sign-up-open'])
        expect(await stores.clinics.findLink(open, now), open).toBeDefined();
      expect(await stores.clinics.findLink('invitation-open-used', now)).toBeUndefined();
      expect(await stores.clinics.invitations(clinicId, now)).toHaveLength(1);
      expect(await stores.clinics.deleteExpiredAccountLinks(now)).toBe(0);
    });

    it('removes sign-in sessions past their end and keeps every session still signed in', async () => {
      const { userId } = await admin();
      const start = (tokenHash: string, expiresAt: Date) =>
        stores.clinics.startSession({ tokenHash, userId, csrfToken: 'csrf', at: at('2026-03-01T09:00:00Z'), expiresAt });
      await start('ended', later(-12 * 60 * minute));
      await start('ends-now', now);
      await start('open', later(1));
      await start('open-all-day', later(12 * 60 * minute));

      expect(await stores.clinics.deleteExpiredSessions(now)).toBe(2);
      expect(await hashesIn('auth_sessions')).toEqual(['open', 'open-all-day']);
      for (const open of ['open', 'open-all-day']) expect((await stores.clinics.session(open, now))?.member.id, open).toBe(userId);
    });

    it('forgets throttle events no window counts any more, and keeps every one a limit still counts', async () => {
      const window = 60 * minute;
      const since = later(-window);
      const event = (key: string, when: Date) => database.db.insertInto('throttle_events').values({ key, at: when }).execute();
      await event('mail-to:a', later(-window - minute));
      await event('mail-to:a', since);
      await event('mail-to:a', later(-window + 1));
      await event('sign-in:b', later(-minute));
      // What a limit counts at this moment: the events after `since` (countEvent counts its own, hence one more).
      const counted = async () => stores.clinics.countEvent(['mail-to:a', 'sign-in:b'], now, since);
      expect(await counted()).toEqual([1 + 1, 1 + 1]);

      expect(await stores.clinics.forgetEventsBefore(since)).toBe(2);
      const left = await database.db.selectFrom('throttle_events').select(['key', 'at']).orderBy('at').execute();
      expect(left).toEqual([
        { key: 'mail-to:a', at: later(-window + 1) },
        { key: 'sign-in:b', at: later(-minute) },
        { key: 'mail-to:a', at: now },
        { key: 'sign-in:b', at: now },
      ]);
      // Every limit counts what it counted before.
      expect(await counted()).toEqual([1 + 2, 1 + 2]);
    });

    it('each delete is found by an index on its time, not by reading the whole table', async () => {
      const deletes = [
        ['account_links', 'expires_at', 'account_links_expires'],
        ['auth_sessions', 'expires_at', 'auth_sessions_expires'],
        ['throttle_events', 'at', 'throttle_events_at'],
        ['diary_links', 'expires_at', 'diary_links_expires'],
      ] as const;
      for (const [table, column, index] of deletes) {
        // With sequential scans priced out, the planner reads a table whole only when no index can find the rows.
        const plan = await database.db.transaction().execute(async (trx) => {
          await sql`set local enable_seqscan = off`.execute(trx);
          const rows = await sql<
            Record<string, string>
          >`explain delete from ${sql.table(table)} where ${sql.ref(column)} <= ${now}`.execute(trx);
          return rows.rows.map((row) => Object.values(row).join(' ')).join('\n');
        });
        expect(plan, table).toContain(index);
      }
    });
  });
}
