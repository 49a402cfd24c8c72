// The clinic store: clinics, members, their sessions and one-time links, throttles, massage sessions with their
// follow-up, and the audit log, on whichever engine the database runs. Ids and times come in as arguments. What a
// member may see is decided once, by `scopeOf`.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Level, Report } from '../contract/types.ts';
import type { CheckIn, DiaryHooks } from './diaries.ts';
import type { AccountLinkTable, Schema } from './schema.ts';

export type Role = 'admin' | 'therapist';

/** A session's state as its dashboard row holds it. */
export interface SessionState {
  readonly level: string | null;
  readonly pressure: boolean;
  readonly notEasing: boolean;
}

/** Told, inside a check-in's transaction, how the check-in changed the state of the session that follows its diary. */
export type SessionFollowed = (
  transaction: Kysely<Schema>,
  change: { sessionId: string; clinicId: string; before: SessionState; after: SessionState },
) => Promise<void>;

/** How a member hears that a client needs attention. */
export interface AlertSettings {
  /** An email at once (on by default). */
  readonly instant: boolean;
  /** A daily digest at 08:00 in the clinic's time zone. */
  readonly digest: boolean;
  /** For admins: about every client of the clinic, not only their own. */
  readonly wholeClinic: boolean;
}

export interface Member {
  readonly id: string;
  readonly clinicId: string;
  readonly clinicName: string;
  /** The clinic's time zone: its pages show times in it, and read typed times in it. */
  readonly timeZone: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly disabled: boolean;
}

/** What a member may see: an admin the whole clinic, a therapist their own clients. */
export interface Scope {
  readonly clinicId: string;
  readonly therapistId: string | null;
}

export const scopeOf = (member: Member): Scope => ({ clinicId: member.clinicId, therapistId: member.role === 'admin' ? null : member.id });

export class EmailTakenError extends Error {
  constructor() {
    super('an account with this email exists');
    this.name = 'EmailTakenError';
  }
}

export type AccountLink = Readonly<{
  purpose: AccountLinkTable['purpose'];
  userId: string | null;
  clinicId: string | null;
  email: string;
  name: string | null;
  role: Role | null;
  clinicName: string | null;
  timeZone: string | null;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}>;

export interface Invitation {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly expiresAt: Date;
}

export interface MassageSession {
  readonly id: string;
  readonly clinicId: string;
  readonly therapistId: string;
  readonly therapistName: string;
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
}

export interface TherapistShare {
  readonly therapistId: string;
  readonly name: string;
  readonly sessions: number;
  readonly followed: number;
  readonly withLocalSigns: number;
}

export interface DashboardCounts {
  readonly clients: number;
  readonly emergency: number;
  readonly urgent: number;
  readonly seeClinician: number;
  readonly pressure: number;
  readonly notEasing: number;
  readonly waiting: number;
  readonly stopped: number;
}

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
  readonly clientRef: string;
  readonly endedAt: Date;
  readonly massage: MassageSession['massage'];
  readonly notes: string;
  readonly followUpHash: string;
  readonly at: Date;
}

export interface AuditEntry {
  readonly at: Date;
  readonly action: string;
  readonly subject: string;
  readonly name: string | null;
  readonly email: string | null;
}

export const dashboardPageSize = 50;

type Row = {
  id: string;
  clinic_id: string;
  therapist_id: string;
  therapist_name: string;
  client_ref: string;
  ended_at: Date;
  massage: unknown;
  notes: string;
  created_at: Date;
  diary_id: string | null;
  consented_at: Date | null;
  sharing_stopped_at: Date | null;
  latest_level: string | null;
  latest_at: Date | null;
  check_ins: number;
  pressure_flag: boolean;
  not_easing_flag: boolean;
};

const toSession = (row: Row): MassageSession => ({
  id: row.id,
  clinicId: row.clinic_id,
  therapistId: row.therapist_id,
  therapistName: row.therapist_name,
  clientRef: row.client_ref,
  endedAt: new Date(row.ended_at),
  massage: (typeof row.massage === 'string' ? JSON.parse(row.massage) : row.massage) as MassageSession['massage'],
  notes: row.notes,
  createdAt: new Date(row.created_at),
  diaryId: row.diary_id,
  consentedAt: row.consented_at ? new Date(row.consented_at) : null,
  sharingStoppedAt: row.sharing_stopped_at ? new Date(row.sharing_stopped_at) : null,
  latestLevel: row.latest_level as Level | null,
  latestAt: row.latest_at ? new Date(row.latest_at) : null,
  checkIns: row.check_ins,
  pressureFlag: row.pressure_flag,
  notEasingFlag: row.not_easing_flag,
});

type MemberRow = {
  id: string;
  clinic_id: string;
  clinic_name: string;
  time_zone: string;
  email: string;
  name: string;
  role: Role;
  disabled_at: Date | null;
};
const toMember = (row: MemberRow): Member => ({
  id: row.id,
  clinicId: row.clinic_id,
  clinicName: row.clinic_name,
  timeZone: row.time_zone,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled_at !== null,
});

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Only the rows of this scope (sessions aliased `s`): the clinic's, and of those a therapist's own. */
const inScope = (scope: Scope) =>
  scope.therapistId === null
    ? sql<SqlBool>`s.clinic_id = ${scope.clinicId}`
    : sql<SqlBool>`s.clinic_id = ${scope.clinicId} and s.therapist_id = ${scope.therapistId}`;

export function clinicStore(db: Kysely<Schema>) {
  /** Members with their clinic's name and zone, read with `db` or inside a transaction. */
  const members = (on: Kysely<Schema> = db) =>
    on
      .selectFrom('users')
      .innerJoin('clinics', 'clinics.id', 'users.clinic_id')
      .select([
        'users.id',
        'users.clinic_id',
        'clinics.name as clinic_name',
        'clinics.time_zone',
        'users.email',
        'users.name',
        'users.role',
        'users.disabled_at',
      ]);
  const sessions = () =>
    db
      .selectFrom('clinic_sessions as s')
      .innerJoin('users as t', 't.id', 's.therapist_id')
      .select([
        's.id',
        's.clinic_id',
        's.therapist_id',
        't.name as therapist_name',
        's.client_ref',
        's.ended_at',
        's.massage',
        's.notes',
        's.created_at',
        's.diary_id',
        's.consented_at',
        's.sharing_stopped_at',
        's.latest_level',
        's.latest_at',
        's.check_ins',
        's.pressure_flag',
        's.not_easing_flag',
      ]);

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
      })
      .where('diary_id', '=', diaryId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  return {
    // Clinics and members

    async createClinic(input: {
      clinicId: string;
      clinicName: string;
      timeZone: string;
      userId: string;
      email: string;
      name: string;
      passwordHash: string;
      at: Date;
    }): Promise<void> {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('clinics')
            .values({ id: input.clinicId, name: input.clinicName, time_zone: input.timeZone, created_at: input.at })
            .execute();
          await trx
            .insertInto('users')
            .values({
              id: input.userId,
              clinic_id: input.clinicId,
              email: input.email,
              name: input.name,
              role: 'admin',
              password_hash: input.passwordHash,
              created_at: input.at,
            })
            .execute();
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new EmailTakenError();
        throw error;
      }
    },

    async addMember(input: {
      id: string;
      clinicId: string;
      email: string;
      name: string;
      role: Role;
      passwordHash: string;
      at: Date;
    }): Promise<void> {
      try {
        await db
          .insertInto('users')
          .values({
            id: input.id,
            clinic_id: input.clinicId,
            email: input.email,
            name: input.name,
            role: input.role,
            password_hash: input.passwordHash,
            created_at: input.at,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new EmailTakenError();
        throw error;
      }
    },

    async credentials(
      email: string,
    ): Promise<{ userId: string; clinicId: string; passwordHash: string | null; disabled: boolean } | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'clinic_id', 'password_hash', 'disabled_at'])
        .where('email', '=', email)
        .executeTakeFirst();
      return row
        ? { userId: row.id, clinicId: row.clinic_id, passwordHash: row.password_hash, disabled: row.disabled_at !== null }
        : undefined;
    },

    async member(userId: string): Promise<Member | undefined> {
      const row = await members().where('users.id', '=', userId).executeTakeFirst();
      return row ? toMember(row) : undefined;
    },

    async members(clinicId: string): Promise<Member[]> {
      return (await members().where('users.clinic_id', '=', clinicId).orderBy('users.name').orderBy('users.email').execute()).map(toMember);
    },

    /** Disables (at a time) or enables (null) a member of this clinic; a disabled member's sessions end at once. */
    async setDisabled(clinicId: string, userId: string, at: Date | null): Promise<Member | undefined> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('users')
          .set({ disabled_at: at })
          .where('id', '=', userId)
          .where('clinic_id', '=', clinicId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        if (at) {
          await trx.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
          await trx.updateTable('account_links').set({ used_at: at }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
        }
        const row = await members(trx).where('users.id', '=', userId).executeTakeFirstOrThrow();
        return toMember(row);
      });
    },

    async setTimeZone(clinicId: string, zone: string): Promise<void> {
      await db.updateTable('clinics').set({ time_zone: zone }).where('id', '=', clinicId).execute();
    },

    /** A new password: every session of the member and every outstanding link of theirs ends with it. */
    async setPassword(userId: string, passwordHash: string, at: Date): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
        await trx.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
        await trx.updateTable('account_links').set({ used_at: at }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
      });
    },

    // Signed-in sessions

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

    // One-time links

    async createLink(tokenHash: string, link: AccountLink): Promise<void> {
      await db
        .insertInto('account_links')
        .values({
          token_hash: tokenHash,
          purpose: link.purpose,
          user_id: link.userId,
          clinic_id: link.clinicId,
          email: link.email,
          name: link.name,
          role: link.role,
          clinic_name: link.clinicName,
          time_zone: link.timeZone,
          invited_by: link.invitedBy,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
        })
        .execute();
    },

    /** A link that still works, without using it (to show its form). */
    async findLink(tokenHash: string, at: Date): Promise<AccountLink | undefined> {
      const row = await db
        .selectFrom('account_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return row ? toLink(row) : undefined;
    },

    /** Uses a link once: of two at the same moment, one gets it. */
    async useLink(tokenHash: string, at: Date): Promise<AccountLink | undefined> {
      const row = await db
        .updateTable('account_links')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returningAll()
        .executeTakeFirst();
      return row ? toLink(row) : undefined;
    },

    async invitations(clinicId: string, at: Date): Promise<Invitation[]> {
      const rows = await db
        .selectFrom('account_links')
        .select(['email', 'name', 'role', 'expires_at'])
        .where('clinic_id', '=', clinicId)
        .where('purpose', '=', 'invitation')
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((row) => ({
        email: row.email,
        name: row.name ?? '',
        role: row.role ?? 'therapist',
        expiresAt: new Date(row.expires_at),
      }));
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

    async forgetEventsBefore(at: Date): Promise<void> {
      await db.deleteFrom('throttle_events').where('at', '<', at).execute();
    },

    // Massage sessions and their follow-up

    async recordSession(input: NewSession): Promise<void> {
      await db
        .insertInto('clinic_sessions')
        .values({
          id: input.id,
          clinic_id: input.clinicId,
          therapist_id: input.therapistId,
          client_ref: input.clientRef,
          ended_at: input.endedAt,
          massage: sql`${JSON.stringify(input.massage)}::jsonb`,
          notes: input.notes,
          follow_up_hash: input.followUpHash,
          created_at: input.at,
        })
        .execute();
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
     * of two consents at once, one wins.
     */
    async consent(followUpHash: string, diaryId: string, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('clinic_sessions')
        .set({ diary_id: diaryId, consented_at: at, follow_up_hash: null })
        .where('follow_up_hash', '=', followUpHash)
        .where('diary_id', 'is', null)
        .where('sharing_stopped_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async sharing(diaryId: string): Promise<{ clinicName: string; since: Date } | undefined> {
      const row = await db
        .selectFrom('clinic_sessions as s')
        .innerJoin('clinics as c', 'c.id', 's.clinic_id')
        .select(['c.name', 's.consented_at'])
        .where('s.diary_id', '=', diaryId)
        .executeTakeFirst();
      return row ? { clinicName: row.name, since: new Date(row.consented_at ?? 0) } : undefined;
    },

    stopSharing: (diaryId: string, at: Date) => unlink(db, diaryId, at),

    /** The dashboard: the most urgent first (flagged ones first within a level), then the most recent check-in. */
    async dashboard(scope: Scope, page: number): Promise<{ sessions: MassageSession[]; hasMore: boolean; counts: DashboardCounts }> {
      const rows = await sessions()
        .where(inScope(scope))
        .orderBy('s.urgency', 'desc')
        .orderBy(sql`s.latest_at desc nulls last`)
        .orderBy('s.created_at', 'desc')
        .limit(dashboardPageSize + 1)
        .offset(page * dashboardPageSize)
        .execute();
      const counts = await db
        .selectFrom('clinic_sessions as s')
        .select((eb) => [
          eb.fn.countAll<string>().as('clients'),
          eb.fn.countAll<string>().filterWhere('latest_level', '=', 'emergency').as('emergency'),
          eb.fn.countAll<string>().filterWhere('latest_level', '=', 'urgent').as('urgent'),
          eb.fn.countAll<string>().filterWhere('latest_level', '=', 'see-clinician').as('seeClinician'),
          eb.fn.countAll<string>().filterWhere('pressure_flag', '=', true).as('pressure'),
          eb.fn.countAll<string>().filterWhere('not_easing_flag', '=', true).as('notEasing'),
          eb.fn
            .countAll<string>()
            .filterWhere((w) => w.and([w('diary_id', 'is', null), w('sharing_stopped_at', 'is', null)]))
            .as('waiting'),
          eb.fn.countAll<string>().filterWhere('sharing_stopped_at', 'is not', null).as('stopped'),
        ])
        .where(inScope(scope))
        .executeTakeFirstOrThrow();
      return {
        sessions: rows.slice(0, dashboardPageSize).map(toSession),
        hasMore: rows.length > dashboardPageSize,
        counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])) as unknown as DashboardCounts,
      };
    },

    /** Per therapist in scope: sessions, sessions followed by the client, and how many of those showed local signs. */
    async shares(scope: Scope): Promise<TherapistShare[]> {
      const rows = await db
        .selectFrom('users as t')
        .leftJoin('clinic_sessions as s', 's.therapist_id', 't.id')
        .select((eb) => [
          't.id',
          't.name',
          eb.fn.count<string>('s.id').as('sessions'),
          eb.fn.count<string>('s.id').filterWhere('s.check_ins', '>', 0).as('followed'),
          eb.fn.count<string>('s.id').filterWhere('s.local_signs', '=', true).as('with_local_signs'),
        ])
        .where('t.clinic_id', '=', scope.clinicId)
        .$if(scope.therapistId !== null, (q) => q.where('t.id', '=', scope.therapistId!))
        .groupBy(['t.id', 't.name'])
        .orderBy('t.name')
        .execute();
      return rows.map((r) => ({
        therapistId: r.id,
        name: r.name,
        sessions: Number(r.sessions),
        followed: Number(r.followed),
        withLocalSigns: Number(r.with_local_signs),
      }));
    },

    /** The clinic's side of a diary: its dashboard row follows each check-in, and deleting the diary unlinks it. */
    /**
     * How the clinic follows the diaries shared with it: each check-in updates its session's row, in the check-in's
     * transaction; `followed` is then told, in that transaction too, the session's state before and after.
     */
    diaryHooks(updateOf: (checkIn: CheckIn) => FollowUpUpdate, followed?: SessionFollowed): DiaryHooks {
      return {
        async checkedIn(transaction, diaryId, checkIn) {
          const update = updateOf(checkIn);
          const before = await transaction
            .selectFrom('clinic_sessions')
            .select(['id', 'clinic_id', 'latest_level', 'pressure_flag', 'not_easing_flag'])
            .where('diary_id', '=', diaryId)
            .forUpdate()
            .executeTakeFirst();
          await sql`update clinic_sessions set
              urgency = ${update.urgency} + (case when pressure_flag or ${update.pressure} then 1 else 0 end),
              latest_level = ${update.level}, latest_at = ${update.at},
              check_ins = check_ins + 1,
              pressure_flag = pressure_flag or ${update.pressure},
              not_easing_flag = ${update.notEasing},
              local_signs = local_signs or ${update.localSigns}
            where diary_id = ${diaryId}`.execute(transaction);
          if (!before || !followed) return;
          await followed(transaction, {
            sessionId: before.id,
            clinicId: before.clinic_id,
            before: { level: before.latest_level, pressure: before.pressure_flag, notEasing: before.not_easing_flag },
            after: { level: update.level, pressure: before.pressure_flag || update.pressure, notEasing: update.notEasing },
          });
        },
        deleted: (transaction, diaryId, at) => unlink(transaction, diaryId, at).then(() => undefined),
      };
    },

    // Alerts: who hears that a client needs attention, and how

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
    async alertRecipients(sessionId: string): Promise<{ memberId: string; email: string }[]> {
      return db
        .selectFrom('clinic_sessions as s')
        .innerJoin('users as u', 'u.clinic_id', 's.clinic_id')
        .select(['u.id as memberId', 'u.email'])
        .where('s.id', '=', sessionId)
        .where('u.disabled_at', 'is', null)
        .where('u.alert_instant', '=', true)
        .where((eb) =>
          eb.or([eb('u.id', '=', eb.ref('s.therapist_id')), eb.and([eb('u.role', '=', 'admin'), eb('u.alert_whole_clinic', '=', true)])]),
        )
        .orderBy('u.id')
        .execute();
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

    // The audit log

    async audit(entry: { clinicId: string; userId: string; action: string; subject: string; at: Date }): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({ clinic_id: entry.clinicId, user_id: entry.userId, action: entry.action, subject: entry.subject, at: entry.at })
        .execute();
    },

    async auditLog(clinicId: string, limit: number): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .select(['a.at', 'a.action', 'a.subject', 'u.name', 'u.email'])
        .where('a.clinic_id', '=', clinicId)
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ ...row, at: new Date(row.at) }));
    },
  };
}

export type ClinicStore = ReturnType<typeof clinicStore>;

function toLink(row: {
  purpose: AccountLinkTable['purpose'];
  user_id: string | null;
  clinic_id: string | null;
  email: string;
  name: string | null;
  role: Role | null;
  clinic_name: string | null;
  time_zone: string | null;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
}): AccountLink {
  return {
    purpose: row.purpose,
    userId: row.user_id,
    clinicId: row.clinic_id,
    email: row.email,
    name: row.name,
    role: row.role,
    clinicName: row.clinic_name,
    timeZone: row.time_zone,
    invitedBy: row.invited_by,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
  };
}
