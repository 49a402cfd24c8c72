// Alerts: how each member hears that a client needs attention, who hears of a session, and what a daily digest
// counts. Part of the clinic store (clinics.ts).
import type { Kysely } from 'kysely';
import type { Level } from '../contract/types.ts';
import { fallbackLanguage, isLanguage, type Language } from '../i18n/languages.ts';
import { membersQuery, toMember, type Member } from './clinic-members.ts';
import { inScope, type Scope } from './clinic-sessions.ts';
import type { Schema } from './schema.ts';

/** How a member hears that a client needs attention. */
export interface AlertSettings {
  /** An email at once (on by default). */
  readonly instant: boolean;
  /** A daily digest at 08:00 in the clinic's time zone. */
  readonly digest: boolean;
  /** For admins: about every client of the clinic, not only their own. */
  readonly wholeClinic: boolean;
}

export function clinicAlertStore(db: Kysely<Schema>) {
  const members = () => membersQuery(db);
  return {
    async alertSettings(userId: string): Promise<AlertSettings> {
      const row = await db
        .selectFrom('users')
        .select(['alert_instant', 'alert_digest', 'alert_whole_clinic'])
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      return { instant: row.alert_instant, digest: row.alert_digest, wholeClinic: row.alert_whole_clinic };
    },

    async setAlertSettings(userId: string, settings: AlertSettings): Promise<void> {
      await db
        .updateTable('users')
        .set({ alert_instant: settings.instant, alert_digest: settings.digest, alert_whole_clinic: settings.wholeClinic })
        .where('id', '=', userId)
        .execute();
    },

    /** Who is told at once about a session: its therapist, and the admins who follow the whole clinic; active members with alerts on. */
    async alertRecipients(sessionId: string): Promise<{ memberId: string; email: string; language: Language }[]> {
      const rows = await db
        .selectFrom('clinic_sessions as s')
        .innerJoin('users as u', 'u.clinic_id', 's.clinic_id')
        .select(['u.id as memberId', 'u.email', 'u.language'])
        .where('s.id', '=', sessionId)
        .where('u.disabled_at', 'is', null)
        .where('u.alert_instant', '=', true)
        .where((eb) =>
          eb.or([eb('u.id', '=', eb.ref('s.therapist_id')), eb.and([eb('u.role', '=', 'admin'), eb('u.alert_whole_clinic', '=', true)])]),
        )
        .orderBy('u.id')
        .execute();
      // Each alert is written in its recipient's own language (migration 0015).
      return rows.map((row) => ({ ...row, language: isLanguage(row.language) ? row.language : fallbackLanguage }));
    },

    /**
     * The alert pace: whether a need raised on a session at `at` may be mailed, when no alert about the same client
     * (any of their sessions) went out less than `paceMs` before. Marks the session either way, alerted or held back,
     * in the caller's transaction; the client's row is locked first, so two of their diaries checking in at once
     * cannot both pass.
     */
    async alertDue(sessionId: string, at: Date, paceMs: number): Promise<boolean> {
      const session = await db.selectFrom('clinic_sessions').select('client_id').where('id', '=', sessionId).executeTakeFirst();
      if (!session) return false;
      const clientId = session.client_id;
      if (clientId) await db.selectFrom('clinic_clients').select('id').where('id', '=', clientId).forNoKeyUpdate().execute();
      const { last } = await db
        .selectFrom('clinic_sessions')
        .select((eb) => eb.fn.max('alerted_at').as('last'))
        .where((eb) => (clientId ? eb.or([eb('id', '=', sessionId), eb('client_id', '=', clientId)]) : eb('id', '=', sessionId)))
        .executeTakeFirstOrThrow();
      const due = !last || at.getTime() - new Date(last).getTime() >= paceMs;
      await db
        .updateTable('clinic_sessions')
        .set(due ? { alerted_at: at, alert_held_at: null } : { alert_held_at: at })
        .where('id', '=', sessionId)
        .execute();
      return due;
    },

    /** Every clinic with its time zone: digests go out at the same local hour in each. */
    async clinicZones(): Promise<{ id: string; timeZone: string }[]> {
      return db.selectFrom('clinics').select(['id', 'time_zone as timeZone']).execute();
    },

    /** A clinic's active members who asked for a daily digest. */
    async digestMembers(clinicId: string): Promise<Member[]> {
      const rows = await members()
        .where('users.clinic_id', '=', clinicId)
        .where('users.disabled_at', 'is', null)
        .where('users.alert_digest', '=', true)
        .execute();
      return rows.map(toMember);
    },

    /** How many clients in a scope checked in since `since` and need attention now: at one of `levels`, or flagged. */
    async needingAttention(scope: Scope, since: Date, levels: readonly Level[]): Promise<number> {
      const row = await db
        .selectFrom('clinic_sessions as s')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(inScope(scope))
        .where('s.diary_id', 'is not', null)
        .where('s.latest_at', '>=', since)
        .where((eb) => eb.or([eb('s.latest_level', 'in', levels), eb('s.pressure_flag', '=', true), eb('s.not_easing_flag', '=', true)]))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
