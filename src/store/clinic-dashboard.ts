// The dashboard of who needs attention, and each therapist's share of sessions followed by local signs. Part of the
// clinic store (clinics.ts); what a member may see is the scope of clinic-sessions.ts.
import { sql, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import {
  boardQuery,
  inScope,
  sessionsQuery,
  toBoardSession,
  toSession,
  type BoardSession,
  type MassageSession,
  type Scope,
} from './clinic-sessions.ts';
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

/** A page of the dashboard: its sessions as `S`, whether another page follows, the counters and each member's share. */
export interface Dashboard<S> {
  readonly sessions: S[];
  readonly hasMore: boolean;
  readonly counts: DashboardCounts;
  readonly shares: TherapistShare[];
}

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

/**
 * One page of the dashboard's rows, one more than a page to tell whether another follows. In the order of the indexes
 * clinic_sessions_board and clinic_sessions_therapist_board (migration 0018): the page is read, not sorted.
 *
 * The page's size is written into the text, and the first page (the one every visit opens) has no offset: its only
 * parameters are the scope's. Then, as for the app's other statements, PostgreSQL plans the prepared statement for its
 * values the first five times on a connection, and from the sixth keeps one generic plan. With the size and the offset
 * as parameters it found a generic plan dearer (it cannot tell how many rows one would read) and planned the statement
 * again at every view, which cost more than reading the page. A later page keeps its offset a parameter: one text for
 * all of them, where a text per page would spend the pool's prepared names (`preparedLimit`) on pages.
 */
export const boardPage = <O>(query: SessionsRead<O>, scope: Scope, page: number, needs?: Need) =>
  query
    .where(inScope(scope))
    .$if(needs !== undefined, (q) => q.where(needsOf[needs!].where))
    .orderBy(sql`case when ${handledNow} then 1 else 0 end`)
    .orderBy('s.urgency', 'desc')
    .orderBy(sql`s.latest_at desc nulls last`)
    .orderBy('s.created_at', 'desc')
    .limit(sql.lit(dashboardPageSize + 1))
    .$if(page > 0, (q) => q.offset(page * dashboardPageSize));

/** A read of sessions (aliased `s`, with their therapist `t` and who handled them `h`), of the rows `O`. */
type SessionsRead<O> =
  ReturnType<typeof boardQuery> extends SelectQueryBuilder<infer DB, infer TB, infer _> ? SelectQueryBuilder<DB, TB, O> : never;

export function clinicDashboardStore(db: Kysely<Schema>) {
  /**
   * Per member in scope, in one read of the sessions: their sessions, those followed by the client, those that showed
   * local signs, and the count of each need. The dashboard's counters are these summed: every session in scope is
   * one of its clinic's members' (its therapist), so each is counted once, in its therapist's row.
   */
  async function tally(scope: Scope): Promise<{ counts: DashboardCounts; shares: TherapistShare[] }> {
    const perTherapist = db
      .selectFrom('clinic_sessions as s')
      .select((eb) => [
        's.therapist_id',
        eb.fn.countAll<string>().as('sessions'),
        sql<string>`count(*) filter (where s.check_ins > 0)`.as('followed'),
        sql<string>`count(*) filter (where s.local_signs)`.as('with_local_signs'),
        ...Object.values(needsOf).map(({ count, where }) => sql<string>`count(*) filter (where ${where})`.as(count)),
      ])
      .where(inScope(scope))
      .groupBy('s.therapist_id');
    const rows = await db
      .selectFrom('users as t')
      .leftJoin(perTherapist.as('x'), 'x.therapist_id', 't.id')
      .select(['t.id', 't.name'])
      .selectAll('x')
      .where('t.clinic_id', '=', scope.clinicId)
      .$if(scope.therapistId !== null, (q) => q.where('t.id', '=', scope.therapistId!))
      .orderBy('t.name')
      .execute();
    const sum = (column: keyof (typeof rows)[number]) => rows.reduce((total, row) => total + Number(row[column] ?? 0), 0);
    const counts = {
      clients: sum('sessions'),
      ...Object.fromEntries(Object.values(needsOf).map(({ count }) => [count, sum(count)])),
    } as DashboardCounts;
    return {
      counts,
      shares: rows.map((r) => ({
        therapistId: r.id,
        name: r.name,
        sessions: Number(r.sessions ?? 0),
        followed: Number(r.followed ?? 0),
        withLocalSigns: Number(r.with_local_signs ?? 0),
      })),
    };
  }

  /** A page of the dashboard's rows, read by `query`, with its counters and each member's share. */
  async function board<O, S>(
    query: SessionsRead<O>,
    toRow: (row: O) => S,
    scope: Scope,
    page: number,
    needs?: Need,
  ): Promise<Dashboard<S>> {
    const [rows, { counts, shares }] = await Promise.all([boardPage(query, scope, page, needs).execute(), tally(scope)]);
    return { sessions: rows.slice(0, dashboardPageSize).map(toRow), hasMore: rows.length > dashboardPageSize, counts, shares };
  }

  return {
    /**
     * The dashboard: new needs first, those a member marked handled after them (until a later check-in raises a need
     * again); within each, the most urgent first (flagged ones first within a level), then the most recent check-in.
     * With its counters and each member's share: two queries, whatever the number of clients. Each session whole, as
     * the clinic's API gives it.
     */
    dashboard(scope: Scope, page: number, needs?: Need): Promise<Dashboard<MassageSession>> {
      return board(sessionsQuery(db), toSession, scope, page, needs);
    },
    /** The dashboard as its page shows it: the same rows in the same order, each with only what its row shows. */
    dashboardRows(scope: Scope, page: number, needs?: Need): Promise<Dashboard<BoardSession>> {
      return board(boardQuery(db), toBoardSession, scope, page, needs);
    },
  };
}
