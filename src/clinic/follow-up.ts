// Massage sessions a therapist records, the follow-up link each gets, the client's consent, and the dashboard
// of who needs attention. Every read is scoped: a therapist sees their own clients, an admin their clinic.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Level, Region, Report } from '../contract/types.ts';
import type { Schema } from '../store/schema.ts';
import { hashToken, isToken, newToken } from '../store/tokens.ts';
import type { Member } from './accounts.ts';

export interface SessionInput {
  readonly clientRef: string;
  readonly endedAt: string;
  readonly style?: Report['massage']['style'];
  readonly pressure?: Report['massage']['pressure'];
  readonly areasWorked: readonly Region[];
  readonly notes: string;
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

export const pageSize = 50;

export function followUps(db: Kysely<Schema>, now: () => Date) {
  const base = () =>
    db.selectFrom('clinic_sessions as s').innerJoin('users as t', 't.id', 's.therapist_id').select([
      's.id', 's.clinic_id', 's.therapist_id', 't.name as therapist_name', 's.client_ref', 's.ended_at', 's.massage', 's.notes',
      's.created_at', 's.diary_id', 's.consented_at', 's.sharing_stopped_at', 's.latest_level', 's.latest_at', 's.check_ins', 's.pressure_flag', 's.not_easing_flag',
    ]);
  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
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
  /** What this member may see: their own clients, or (an admin) the whole clinic's. */
  const scoped = (member: Member) => {
    const query = base().where('s.clinic_id', '=', member.clinicId);
    return member.role === 'admin' ? query : query.where('s.therapist_id', '=', member.id);
  };

  return {
    async record(therapist: Member, input: SessionInput): Promise<{ session: MassageSession; token: string }> {
      const token = newToken();
      const id = randomUUID();
      const massage = {
        endedAt: input.endedAt,
        ...(input.style ? { style: input.style } : {}),
        ...(input.pressure ? { pressure: input.pressure } : {}),
        areasWorked: [...input.areasWorked],
      };
      await db.insertInto('clinic_sessions').values({
        id, clinic_id: therapist.clinicId, therapist_id: therapist.id, client_ref: input.clientRef, ended_at: new Date(input.endedAt),
        massage: sql`${JSON.stringify(massage)}::jsonb`, notes: input.notes, follow_up_hash: hashToken(token), created_at: now(),
      }).execute();
      return { session: (await this.find(therapist, id))!, token };
    },

    /** The session if this member may see it; undefined otherwise (the caller answers 404 either way). */
    async find(member: Member, id: string): Promise<MassageSession | undefined> {
      const row = await scoped(member).where('s.id', '=', id).executeTakeFirst();
      return row ? toSession(row) : undefined;
    },

    /**
     * A new follow-up link for a session whose client has not agreed yet; the old link stops working. None for a
     * client who agreed, or who agreed and then stopped sharing: asking again is not the clinic's to do by link.
     */
    async renewLink(member: Member, id: string): Promise<string | undefined> {
      const session = await this.find(member, id);
      if (!session || session.diaryId || session.sharingStoppedAt) return undefined;
      const token = newToken();
      await db.updateTable('clinic_sessions').set({ follow_up_hash: hashToken(token) }).where('id', '=', id).execute();
      return token;
    },

    /** The session a client's follow-up link names, with the clinic's name, for the consent page. */
    async byLink(token: string): Promise<(MassageSession & { clinicName: string }) | undefined> {
      if (!isToken(token)) return undefined;
      const row = await base().innerJoin('clinics as c', 'c.id', 's.clinic_id').select('c.name as clinic_name').where('s.follow_up_hash', '=', hashToken(token)).executeTakeFirst();
      return row ? { ...toSession(row), clinicName: row.clinic_name } : undefined;
    },

    async linkDiary(sessionId: string, diaryId: string) {
      await db.updateTable('clinic_sessions').set({ diary_id: diaryId, consented_at: now() }).where('id', '=', sessionId).where('diary_id', 'is', null).execute();
    },

    /** The dashboard: the most urgent latest level first (flagged ones first within a level), then the most recent check-in; a page at a time. */
    async dashboard(member: Member, page = 0) {
      const rows = await scoped(member)
        .orderBy('s.urgency', 'desc')
        .orderBy(sql`s.latest_at desc nulls last`)
        .orderBy('s.created_at', 'desc')
        .limit(pageSize + 1)
        .offset(page * pageSize)
        .execute();
      const counts = await db
        .selectFrom('clinic_sessions')
        .select((eb) => [
          eb.fn.countAll<string>().as('clients'),
          eb.fn.countAll<string>().filterWhere('latest_level', '=', 'emergency').as('emergency'),
          eb.fn.countAll<string>().filterWhere('latest_level', '=', 'urgent').as('urgent'),
          eb.fn.countAll<string>().filterWhere('latest_level', '=', 'see-clinician').as('seeClinician'),
          eb.fn.countAll<string>().filterWhere('pressure_flag', '=', true).as('pressure'),
          eb.fn.countAll<string>().filterWhere('not_easing_flag', '=', true).as('notEasing'),
          eb.fn.countAll<string>().filterWhere((w) => w.and([w('diary_id', 'is', null), w('sharing_stopped_at', 'is', null)])).as('waiting'),
          eb.fn.countAll<string>().filterWhere('sharing_stopped_at', 'is not', null).as('stopped'),
        ])
        .where('clinic_id', '=', member.clinicId)
        .$if(member.role !== 'admin', (q) => q.where('therapist_id', '=', member.id))
        .executeTakeFirstOrThrow();
      return {
        sessions: rows.slice(0, pageSize).map(toSession),
        hasMore: rows.length > pageSize,
        counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])) as Record<keyof typeof counts, number>,
      };
    },

    /** Per therapist: sessions, sessions followed by the client, and how many of those showed local signs. */
    async shares(member: Member): Promise<TherapistShare[]> {
      const rows = await db
        .selectFrom('users as t')
        .leftJoin('clinic_sessions as s', 's.therapist_id', 't.id')
        .select((eb) => [
          't.id', 't.name',
          eb.fn.count<string>('s.id').as('sessions'),
          eb.fn.count<string>('s.id').filterWhere('s.check_ins', '>', 0).as('followed'),
          eb.fn.count<string>('s.id').filterWhere('s.local_signs', '=', true).as('with_local_signs'),
        ])
        .where('t.clinic_id', '=', member.clinicId)
        .$if(member.role !== 'admin', (q) => q.where('t.id', '=', member.id))
        .groupBy(['t.id', 't.name'])
        .orderBy('t.name')
        .execute();
      return rows.map((r) => ({ therapistId: r.id, name: r.name, sessions: Number(r.sessions), followed: Number(r.followed), withLocalSigns: Number(r.with_local_signs) }));
    },
  };
}

export type FollowUps = ReturnType<typeof followUps>;

export function auditLog(db: Kysely<Schema>, now: () => Date) {
  return {
    async record(member: Member, action: string, subject: string) {
      await db.insertInto('audit_log').values({ clinic_id: member.clinicId, user_id: member.id, action, subject, at: now() }).execute();
    },
    async list(admin: Member, limit = 200) {
      if (admin.role !== 'admin') return [];
      return db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .select(['a.at', 'a.action', 'a.subject', 'u.name', 'u.email'])
        .where('a.clinic_id', '=', admin.clinicId)
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

export type AuditLog = ReturnType<typeof auditLog>;
