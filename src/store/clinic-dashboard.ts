// The dashboard of who needs attention, and each therapist's share of sessions followed by local signs. Part of the
// clinic store (clinics.ts); what a member may see is the scope of clinic-sessions.ts.
import { sql, type Kysely, type SqlBool } from 'kysely';
import { inScope, sessionsQuery, toSession, type MassageSession, type Scope } from './clinic-sessions.ts';
import type { Schema } from './schema.ts';

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

export const dashboardPageSize = 50;

/** A session whose latest need a member marked handled (sessions aliased `s`), as `isHandled` reads it. */
const handledNow = sql<SqlBool>`s.handled_at is not null and s.handled_at >= s.attention_at`;

/**
 * What the dashboard's counters count, each of them a filter of its rows too (sessions aliased `s`): by its name in
 * the address (?needs=…), the count it fills, and its condition.
 */
export const needsOf = {
  emergency: { count: 'emergency', where: sql<SqlBool>`s.latest_level = 'emergency'` },
  urgent: { count: 'urgent', where: sql<SqlBool>`s.latest_level = 'urgent'` },
  'see-clinician': { count: 'seeClinician', where: sql<SqlBool>`s.latest_level = 'see-clinician'` },
  pressure: { count: 'pressure', where: sql<SqlBool>`s.pressure_flag` },
  'not-easing': { count: 'notEasing', where: sql<SqlBool>`s.not_easing_flag` },
  waiting: { count: 'waiting', where: sql<SqlBool>`s.diary_id is null and s.sharing_stopped_at is null` },
  stopped: { count: 'stopped', where: sql<SqlBool>`s.sharing_stopped_at is not null` },
} as const satisfies Record<string, { count: keyof DashboardCounts; where: unknown }>;
export type Need = keyof typeof needsOf;
export const isNeed = (text: unknown): text is Need => typeof text === 'string' && Object.hasOwn(needsOf, text);

export function clinicDashboardStore(db: Kysely<Schema>) {
  return {
    /**
     * The dashboard: new needs first, those a member marked handled after them (until a later check-in raises a need
     * again); within each, the most urgent first (flagged ones first within a level), then the most recent check-in.
     */
    async dashboard(
      scope: Scope,
      page: number,
      needs?: Need,
    ): Promise<{ sessions: MassageSession[]; hasMore: boolean; counts: DashboardCounts }> {
      const rows = await sessionsQuery(db)
        .where(inScope(scope))
        .$if(needs !== undefined, (q) => q.where(needsOf[needs!].where))
        .orderBy(sql`case when ${handledNow} then 1 else 0 end`)
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
          ...Object.values(needsOf).map(({ count, where }) => sql<string>`count(*) filter (where ${where})`.as(count)),
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
  };
}
