// Reaching a client and being reached: the way to reach them a client chose to leave, a member marking that they
// contacted the client about a need, and what a shared diary says of its clinic (its contact line, when it was told).
// Part of the clinic store (clinics.ts).
import type { Expression, Kysely } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { inScope, type Scope } from './clinic-sessions.ts';
import type { DiaryRead } from './diaries.ts';
import type { Schema } from './schema.ts';

/** What a client's diary says of the clinic it is shared with. */
export interface DiarySharing {
  readonly clinicName: string;
  readonly since: Date;
  /** How the clinic's clients reach it, as its admin wrote it. */
  readonly contactLine: string | null;
  /** When the clinic was last told that this diary needs attention. */
  readonly toldAt: Date | null;
}

/** A sharing's row: from its query, or inside a diary's query as JSON (its times as text). */
interface SharingRow {
  name: string;
  contact_line: string | null;
  consented_at: Date | string | null;
  attention_at: Date | string | null;
}

const toSharing = (row: SharingRow | null | undefined): DiarySharing | undefined =>
  row
    ? {
        clinicName: row.name,
        since: new Date(row.consented_at ?? 0),
        contactLine: row.contact_line,
        toldAt: row.attention_at ? new Date(row.attention_at) : null,
      }
    : undefined;

export function clinicContactStore(db: Kysely<Schema>) {
  /** Whom a diary is shared with: by its id, or (inside a diary's query) by a reference to it. */
  const sharingOf = (diaryId: string | Expression<string>) =>
    db
      .selectFrom('clinic_sessions as s')
      .innerJoin('clinics as c', 'c.id', 's.clinic_id')
      .select(['c.name', 'c.contact_line', 's.consented_at', 's.attention_at'])
      .where('s.diary_id', '=', diaryId);
  const sharingRead: DiaryRead<DiarySharing | undefined> = {
    select: (diaryId) => jsonObjectFrom(sharingOf(diaryId)),
    read: (value) => toSharing(value as SharingRow | null),
  };
  return {
    /** Whom a diary is shared with: the clinic, how to reach it, and when it was last told the client needs attention. */
    async sharing(diaryId: string): Promise<DiarySharing | undefined> {
      return toSharing(await sharingOf(diaryId).executeTakeFirst());
    },

    /** The same, read in the diary's own query (diaries.ts, `useDiaryAtAGlance`). */
    sharingRead,

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
