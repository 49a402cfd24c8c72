// Signing in: the sessions of signed-in members (kept in the database, so any server process serves any request), and
// the throttle counts every process shares. Part of the clinic store (clinics.ts).
import type { Kysely } from 'kysely';
import { membersQuery, toMember, type Member } from './clinic-members.ts';
import type { Schema } from './schema.ts';

export function clinicSignInStore(db: Kysely<Schema>) {
  const members = () => membersQuery(db);
  return {
    async startSession(input: { tokenHash: string; userId: string; csrfToken: string; at: Date; expiresAt: Date }): Promise<void> {
      await db
        .insertInto('auth_sessions')
        .values({
          token_hash: input.tokenHash,
          user_id: input.userId,
          csrf_token: input.csrfToken,
          created_at: input.at,
          expires_at: input.expiresAt,
        })
        .execute();
    },

    /** The member a session belongs to, and its CSRF token; nothing for an expired session or a disabled member. */
    async session(tokenHash: string, at: Date): Promise<{ member: Member; csrfToken: string } | undefined> {
      const row = await members()
        .innerJoin('auth_sessions', 'auth_sessions.user_id', 'users.id')
        .select(['auth_sessions.csrf_token'])
        .where('auth_sessions.token_hash', '=', tokenHash)
        .where('auth_sessions.expires_at', '>', at)
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
      return row ? { member: toMember(row), csrfToken: row.csrf_token } : undefined;
    },

    async endSession(tokenHash: string): Promise<void> {
      await db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
    },

    async endSessionsOf(userId: string): Promise<void> {
      await db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
    },

    /** Removes the sessions that have ended by their time (they open nothing any more); how many. */
    async deleteExpiredSessions(at: Date): Promise<number> {
      const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    // Throttles, shared by every server process

    /**
     * Counts an event for each key, then says how many each key has had since `since`, this one included. The
     * event is written before it is counted, so of many at once, each sees at least those committed before it:
     * no more than the limit can pass, whatever the concurrency.
     */
    async countEvent(keys: readonly string[], at: Date, since: Date): Promise<number[]> {
      await db
        .insertInto('throttle_events')
        .values(keys.map((key) => ({ key, at })))
        .execute();
      const rows = await db
        .selectFrom('throttle_events')
        .select(['key', (eb) => eb.fn.countAll<string>().as('n')])
        .where('key', 'in', [...keys])
        .where('at', '>', since)
        .groupBy('key')
        .execute();
      return keys.map((key) => Number(rows.find((row) => row.key === key)?.n ?? 0));
    },

    async forgetEvents(key: string): Promise<void> {
      await db.deleteFrom('throttle_events').where('key', '=', key).execute();
    },

    /** Forgets the events at or before `at` (no window reaches back that far any more); how many. */
    async forgetEventsBefore(at: Date): Promise<number> {
      const result = await db.deleteFrom('throttle_events').where('at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
