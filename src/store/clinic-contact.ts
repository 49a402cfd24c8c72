// Reaching a client and being reached: the way to reach them a client chose to leave, a member marking that they
// contacted the client about a need, and the clinic's own contact line shown in each shared diary.
// Part of the clinic store (clinics.ts).
import type { Kysely } from 'kysely';
import { inScope, type Scope } from './clinic-sessions.ts';
import type { Schema } from './schema.ts';

export function clinicContactStore(db: Kysely<Schema>) {
  return {
    /** The way to reach a client of a session in scope, while they share their diary; null when they left none. */
    async clientContact(scope: Scope, sessionId: string): Promise<string | null> {
      const row = await db
        .selectFrom('clinic_sessions as s')
        .select('s.client_contact')
        .where(inScope(scope))
        .where('s.id', '=', sessionId)
        .where('s.diary_id', 'is not', null)
        .executeTakeFirst();
      return row?.client_contact ?? null;
    },

    /** Marks a session's needs so far handled: who contacted the client, when, and a short note. False out of scope. */
    async markHandled(scope: Scope, sessionId: string, handled: { by: string; at: Date; note: string }): Promise<boolean> {
      const result = await db
        .updateTable('clinic_sessions as s')
        .set({ handled_by: handled.by, handled_at: handled.at, handled_note: handled.note })
        .where(inScope(scope))
        .where('s.id', '=', sessionId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async contactLine(clinicId: string): Promise<string | null> {
      const row = await db.selectFrom('clinics').select('contact_line').where('id', '=', clinicId).executeTakeFirst();
      return row?.contact_line ?? null;
    },

    /** The clinic's contact line; an empty one is none. */
    async setContactLine(clinicId: string, line: string): Promise<void> {
      await db
        .updateTable('clinics')
        .set({ contact_line: line || null })
        .where('id', '=', clinicId)
        .execute();
    },
  };
}
