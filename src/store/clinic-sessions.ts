// Massage sessions and their follow-up: recording one, its follow-up link, the client's consent and stopping to
// share, the dashboard of who needs attention, and the diary hooks that keep its rows current. What a member may see
// is decided once, by `scopeOf`. Part of the clinic store (clinics.ts).
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Level, Report } from '../contract/types.ts';
import { clientByReference } from './clinic-clients.ts';
import type { Member } from './clinic-members.ts';
import type { CheckInToKeep, DiaryHooks } from './diaries.ts';
import type { Schema } from './schema.ts';

/** A session's state as its dashboard row holds it. */
export interface SessionState {
  readonly level: string | null;
  readonly pressure: boolean;
  readonly notEasing: boolean;
}

/** The session's row as a check-in changed it (clinic_sessions' columns): what it was, and what it is now. */
interface SessionChangedRow {
  id: string;
  clinic_id: string;
  latest_level: Level | null;
  pressure_flag: boolean;
  not_easing_flag: boolean;
  level_after: Level;
  pressure_after: boolean;
  not_easing_after: boolean;
}

/** Told, inside a check-in's transaction, how the check-in changed the state of the session that follows its diary. */
export type SessionFollowed = (
  transaction: Kysely<Schema>,
  change: { sessionId: string; clinicId: string; before: SessionState; after: SessionState; at: Date },
) => Promise<void>;

/** What a member may see: an admin the whole clinic, a therapist their own clients. */
export interface Scope {
  readonly clinicId: string;
  readonly therapistId: string | null;
}

export const scopeOf = (member: Member): Scope => ({ clinicId: member.clinicId, therapistId: member.role === 'admin' ? null : member.id });

export interface MassageSession {
  readonly id: string;
  readonly clinicId: string;
  readonly therapistId: string;
  readonly therapistName: string;
  readonly clientId: string | null;
  readonly clientRef: string;
  readonly endedAt: Date;
  readonly massage: Omit<Report['massage'], 'sharpPainDuring'>;
  readonly notes: string;
  readonly createdAt: Date;
  readonly diaryId: string | null;
  readonly consentedAt: Date | null;
  /** When the client stopped sharing (or deleted the diary): the clinic then has nothing of the diary. */
  readonly sharingStoppedAt: Date | null;
  readonly latestLevel: Level | null;
  readonly latestAt: Date | null;
  readonly checkIns: number;
  readonly pressureFlag: boolean;
  readonly notEasingFlag: boolean;
  /** When a check-in last raised a need the session did not have: the clinic was told then. */
  readonly attentionAt: Date | null;
  /** The latest "contacted" a member marked, if any; it handles the needs raised up to its time. */
  readonly handled: { readonly at: Date; readonly by: string; readonly note: string } | null;
  /** Whether the client left a way to reach them (read with `clientContact`, which is audited). */
  readonly hasContact: boolean;
  /** When a need was raised but not mailed, an alert about the client having gone out less than an hour before. */
  readonly alertHeldAt: Date | null;
}

/**
 * A session as the dashboard's page shows it in its row: what the row says and the flags it raises, and who marked it
 * handled. None of what only the session's own page shows: the massage and its notes, the note a member left on
 * marking the client contacted, the clinic's, therapist's and client's ids, when it was recorded and agreed to, and
 * whether the client left a way to reach them. Read with less: the dashboard is the dearest page the clinic's members
 * open (issue 18).
 */
export type BoardSession = Pick<
  MassageSession,
  | 'id'
  | 'therapistName'
  | 'clientRef'
  | 'endedAt'
  | 'diaryId'
  | 'sharingStoppedAt'
  | 'latestLevel'
  | 'latestAt'
  | 'checkIns'
  | 'pressureFlag'
  | 'notEasingFlag'
  | 'attentionAt'
  | 'alertHeldAt'
> & { readonly handled: Omit<NonNullable<MassageSession['handled']>, 'note'> | null };

/** Whether a session's latest need was marked handled: a need raised after the contact is new again. */
export const isHandled = (session: Pick<BoardSession, 'attentionAt' | 'handled'>): boolean =>
  session.handled !== null && session.attentionAt !== null && session.handled.at >= session.attentionAt;

/** What one check-in changes on its session's dashboard row. */
export interface FollowUpUpdate {
  readonly level: Level;
  readonly at: Date;
  /** The level first (4 per step), then not easing (2); pressure (1) is added here, since that flag, once raised, stays. */
  readonly urgency: number;
  readonly pressure: boolean;
  readonly notEasing: boolean;
  readonly localSigns: boolean;
}

export interface NewSession {
  readonly id: string;
  readonly clinicId: string;
  readonly therapistId: string;
  /** An existing client of the clinic; without it, the client with `clientRef` (added if new, with the session's id). */
  readonly clientId?: string;
  readonly clientRef: string;
  readonly endedAt: Date;
  readonly massage: MassageSession['massage'];
  readonly notes: string;
  readonly followUpHash: string;
  readonly at: Date;
}

/** What a correction of a session may change. */
export interface SessionChange {
  readonly endedAt: Date;
  readonly massage: MassageSession['massage'];
  readonly notes: string;
}

/** A dashboard row's columns, as `boardQuery` reads them. */
type BoardRow = {
  id: string;
  therapist_name: string;
  client_ref: string;
  ended_at: Date;
  diary_id: string | null;
  sharing_stopped_at: Date | null;
  latest_level: string | null;
  latest_at: Date | null;
  check_ins: number;
  pressure_flag: boolean;
  not_easing_flag: boolean;
  attention_at: Date | null;
  handled_at: Date | null;
  handled_by_name: string | null;
  alert_held_at: Date | null;
};

/** A session's columns, as `sessionsQuery` reads them. */
type Row = BoardRow & {
  handled_note: string | null;
  clinic_id: string;
  therapist_id: string;
  client_id: string | null;
  massage: unknown;
  notes: string;
  created_at: Date;
  consented_at: Date | null;
  has_contact: SqlBool;
};

export const toBoardSession = (row: BoardRow): BoardSession => ({
  id: row.id,
  therapistName: row.therapist_name,
  clientRef: row.client_ref,
  endedAt: new Date(row.ended_at),
  diaryId: row.diary_id,
  sharingStoppedAt: row.sharing_stopped_at ? new Date(row.sharing_stopped_at) : null,
  latestLevel: row.latest_level as Level | null,
  latestAt: row.latest_at ? new Date(row.latest_at) : null,
  checkIns: row.check_ins,
  pressureFlag: row.pressure_flag,
  notEasingFlag: row.not_easing_flag,
  attentionAt: row.attention_at ? new Date(row.attention_at) : null,
  handled: row.handled_at ? { at: new Date(row.handled_at), by: row.handled_by_name ?? 'a removed member' } : null,
  alertHeldAt: row.alert_held_at ? new Date(row.alert_held_at) : null,
});

export const toSession = (row: Row): MassageSession => {
  const shown = toBoardSession(row);
  return {
    ...shown,
    handled: shown.handled && { ...shown.handled, note: row.handled_note ?? '' },
    clinicId: row.clinic_id,
    therapistId: row.therapist_id,
    clientId: row.client_id,
    massage: (typeof row.massage === 'string' ? JSON.parse(row.massage) : row.massage) as MassageSession['massage'],
    notes: row.notes,
    createdAt: new Date(row.created_at),
    consentedAt: row.consented_at ? new Date(row.consented_at) : null,
    hasContact: Boolean(row.has_contact),
  };
};

/** Only the rows of this scope (sessions aliased `s`): the clinic's, and of those a therapist's own. */
export const inScope = (scope: Scope) =>
  scope.therapistId === null
    ? sql<SqlBool>`s.clinic_id = ${scope.clinicId}`
    : sql<SqlBool>`s.clinic_id = ${scope.clinicId} and s.therapist_id = ${scope.therapistId}`;

/** Sessions (aliased `s`) as the dashboard's rows show them, with their therapist's name: as `toBoardSession` reads them. */
export const boardQuery = (db: Kysely<Schema>) =>
  db
    .selectFrom('clinic_sessions as s')
    .innerJoin('users as t', 't.id', 's.therapist_id')
    .leftJoin('users as h', 'h.id', 's.handled_by')
    .select([
      's.attention_at',
      's.handled_at',
      'h.name as handled_by_name',
      's.alert_held_at',
      's.id',
      't.name as therapist_name',
      's.client_ref',
      's.ended_at',
      's.diary_id',
      's.sharing_stopped_at',
      's.latest_level',
      's.latest_at',
      's.check_ins',
      's.pressure_flag',
      's.not_easing_flag',
    ]);

/** Sessions (aliased `s`) whole, with their therapist's name: as `toSession` reads them. */
export const sessionsQuery = (db: Kysely<Schema>) =>
  boardQuery(db).select((eb) => [
    's.handled_note',
    eb('s.client_contact', 'is not', null).as('has_contact'),
    's.clinic_id',
    's.therapist_id',
    's.client_id',
    's.massage',
    's.notes',
    's.created_at',
    's.consented_at',
  ]);

export function clinicSessionStore(db: Kysely<Schema>) {
  const sessions = () => sessionsQuery(db);

  /** Unlinks a diary from the session that follows it: the clinic keeps the session, marked, and nothing of the diary. */
  async function unlink(on: Kysely<Schema>, diaryId: string, at: Date): Promise<boolean> {
    const result = await on
      .updateTable('clinic_sessions')
      .set({
        diary_id: null,
        sharing_stopped_at: at,
        urgency: 0,
        latest_level: null,
        latest_at: null,
        check_ins: 0,
        pressure_flag: false,
        not_easing_flag: false,
        local_signs: false,
        client_contact: null,
        attention_at: null,
        alerted_at: null,
        alert_held_at: null,
      })
      .where('diary_id', '=', diaryId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  return {
    /**
     * Records a session under its client: the one given by id (of the same clinic), or else the client with this
     * reference, added when the clinic has none. False when the id names no client of the clinic.
     */
    async recordSession(input: NewSession): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const client = input.clientId
          ? await trx
              .selectFrom('clinic_clients')
              .select(['id', 'reference'])
              .where('id', '=', input.clientId)
              .where('clinic_id', '=', input.clinicId)
              .executeTakeFirst()
          : await clientByReference(trx, input.clinicId, input.clientRef, input.id, input.at);
        if (!client) return false;
        await trx
          .insertInto('clinic_sessions')
          .values({
            id: input.id,
            clinic_id: input.clinicId,
            therapist_id: input.therapistId,
            client_id: client.id,
            client_ref: client.reference,
            ended_at: input.endedAt,
            massage: sql`${JSON.stringify(input.massage)}::jsonb`,
            notes: input.notes,
            follow_up_hash: input.followUpHash,
            created_at: input.at,
          })
          .execute();
        return true;
      });
    },

    /** Corrects what was recorded of a session in scope (not its client, nor its follow-up); false for any other. */
    async updateSession(scope: Scope, id: string, change: SessionChange): Promise<boolean> {
      const result = await db
        .updateTable('clinic_sessions as s')
        .set({ ended_at: change.endedAt, massage: sql`${JSON.stringify(change.massage)}::jsonb`, notes: change.notes })
        .where(inScope(scope))
        .where('s.id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /**
     * Deletes a session in scope. A diary that followed it stays the client's: with the session gone, it is no longer
     * shared with anyone, as when the client stops sharing. The audit log keeps what was done to it.
     */
    async deleteSession(scope: Scope, id: string): Promise<boolean> {
      const result = await db.deleteFrom('clinic_sessions as s').where(inScope(scope)).where('s.id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** A client's sessions in scope, the latest first. */
    async sessionsOf(scope: Scope, clientId: string): Promise<MassageSession[]> {
      const rows = await sessions().where(inScope(scope)).where('s.client_id', '=', clientId).orderBy('s.ended_at', 'desc').execute();
      return rows.map(toSession);
    },

    async findSession(scope: Scope, id: string): Promise<MassageSession | undefined> {
      const row = await sessions().where(inScope(scope)).where('s.id', '=', id).executeTakeFirst();
      return row ? toSession(row) : undefined;
    },

    /** A new follow-up link for a session in scope whose client has not agreed yet (nor stopped); false otherwise. */
    async replaceFollowUpLink(scope: Scope, id: string, followUpHash: string): Promise<boolean> {
      const result = await db
        .updateTable('clinic_sessions as s')
        .set({ follow_up_hash: followUpHash })
        .where(inScope(scope))
        .where('s.id', '=', id)
        .where('s.diary_id', 'is', null)
        .where('s.consented_at', 'is', null)
        .where('s.sharing_stopped_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** The session a follow-up link still asks consent for, with its clinic's name. */
    async byFollowUpLink(followUpHash: string): Promise<(MassageSession & { clinicName: string }) | undefined> {
      const row = await sessions()
        .innerJoin('clinics as c', 'c.id', 's.clinic_id')
        .select('c.name as clinic_name')
        .where('s.follow_up_hash', '=', followUpHash)
        .executeTakeFirst();
      return row ? { ...toSession(row), clinicName: row.clinic_name } : undefined;
    },

    /**
     * Consent: the session follows the diary, and its link is used up. False when the link was used meanwhile:
     * of two consents at once, one wins. The diary must be one made in the same transaction, with no check-in yet: a
     * check-in looks for the session that follows its diary as its statement began (`diaryHooks`), so a session that
     * began to follow a diary while a check-in waited for its turn would miss that check-in.
     */
    async consent(followUpHash: string, diaryId: string, at: Date, clientContact: string | null = null): Promise<boolean> {
      const result = await db
        .updateTable('clinic_sessions')
        .set({ diary_id: diaryId, consented_at: at, follow_up_hash: null, client_contact: clientContact })
        .where('follow_up_hash', '=', followUpHash)
        .where('diary_id', 'is', null)
        .where('sharing_stopped_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    stopSharing: (diaryId: string, at: Date) => unlink(db, diaryId, at),

    /**
     * How the clinic follows the diaries shared with it: each check-in updates its session's row, in the statement
     * that keeps the check-in; `followed` is then told, in its transaction too, the session's state before and after.
     */
    diaryHooks(
      updateOf: (checkIn: CheckInToKeep) => FollowUpUpdate,
      followed?: SessionFollowed,
      raisesNeed: (before: SessionState, after: SessionState) => boolean = () => false,
    ): DiaryHooks {
      return {
        withCheckIn: {
          change(diaryId, checkIn, kept) {
            const update = updateOf(checkIn);
            // The row is locked and read as it was (`before`), then updated, returning what it was and what it is;
            // only when the check-in is kept. The session is looked for as the statement began, before it waited for
            // the diary's row: none can start following the diary meanwhile (consent links a diary made in its own
            // transaction, before any check-in), and one that stopped is passed over (a row locked is read as it is).
            return sql`update clinic_sessions s set
                urgency = ${update.urgency} + (case when s.pressure_flag or ${update.pressure} then 1 else 0 end),
                latest_level = ${update.level}, latest_at = ${update.at},
                check_ins = s.check_ins + 1,
                pressure_flag = s.pressure_flag or ${update.pressure},
                not_easing_flag = ${update.notEasing},
                local_signs = s.local_signs or ${update.localSigns}
              from (select id, clinic_id, latest_level, pressure_flag, not_easing_flag from clinic_sessions
                    where diary_id = ${diaryId} and exists (select from ${kept}) for update of clinic_sessions) before
              where s.id = before.id
              returning before.id, before.clinic_id, before.latest_level, before.pressure_flag, before.not_easing_flag,
                s.latest_level as level_after, s.pressure_flag as pressure_after, s.not_easing_flag as not_easing_after`;
          },
          async afterKept(transaction, _diaryId, checkIn, changed) {
            const row = changed as SessionChangedRow | null;
            if (!row) return;
            const change = {
              sessionId: row.id,
              clinicId: row.clinic_id,
              before: { level: row.latest_level, pressure: row.pressure_flag, notEasing: row.not_easing_flag },
              after: { level: row.level_after, pressure: row.pressure_after, notEasing: row.not_easing_after },
              // The server's time of the check-in, never the report's own (a client may date a report as it likes).
              at: checkIn.createdAt,
            };
            // When the clinic is told, and what a later "contacted" must be after.
            if (raisesNeed(change.before, change.after))
              await transaction.updateTable('clinic_sessions').set({ attention_at: change.at }).where('id', '=', row.id).execute();
            await followed?.(transaction, change);
          },
        },
        deleted: (transaction, diaryId, at) => unlink(transaction, diaryId, at).then(() => undefined),
      };
    },
  };
}
