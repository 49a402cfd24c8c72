// The diary store: diaries and their check-ins, on whichever engine the database runs. What other parts of the
// app do when a diary changes (a clinic following it) comes in as hooks, run in the same transaction.
import { sql, type AliasableExpression, type Expression, type Kysely, type RawBuilder } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Report, StoppedReport } from '../contract/types.ts';
import type { FullAssessment } from '../engine/assess.ts';
import type { Language } from '../i18n/languages.ts';
import { addressConfirmed, remindable } from './reminders.ts';
import type { Schema } from './schema.ts';

export interface Diary {
  readonly id: string;
  readonly createdAt: Date;
  readonly massage: Report['massage'];
  readonly timeZone: string;
  /** The diary's link was made before consent gave every diary its own secret: the clinic may hold it. */
  readonly linkKnownToClinic: boolean;
  /** Where reminders go by email, if the person gave an address. */
  readonly reminderEmail: string | null;
  /** The language of the diary's mails, pushes, calendar and PDF: the one it was started in, or its owner chose since. */
  readonly language: Language;
}

/** A check-in's report: a whole one, or one stopped at an emergency answer (`stopped`) with the answers given so far. */
export type CheckInReport =
  { readonly report: Report; readonly stopped?: undefined } | { readonly report: StoppedReport; readonly stopped: true };

/** A check-in as it goes to be kept: all but its number and its time, which the statement that keeps it gives. */
export type CheckInToKeep = {
  readonly id: string;
  readonly reportedAt: Date;
  readonly assessment: FullAssessment;
} & CheckInReport;

export type CheckIn = CheckInToKeep & {
  readonly seq: number;
  /** The server's time when it was kept: the diary's limits count from it (the report's own time may be earlier). */
  readonly createdAt: Date;
};

/**
 * A check-in as a diary's page lists it, and all a new check-in needs of the ones before it: its number, its times,
 * its pain score, and its advice's level and policy. Its answers and the advice's words stay in the database. A whole
 * CheckIn is one too.
 */
export interface CheckInAtAGlance {
  readonly seq: number;
  readonly reportedAt: Date;
  readonly createdAt: Date;
  readonly stopped?: true;
  /** Of its report, only the pain score (none when it stopped before the pain was asked). */
  readonly report: { readonly pain?: { readonly severity?: number } };
  readonly assessment: Pick<FullAssessment, 'level' | 'policyVersion'>;
}

/** The pain score of a check-in, or undefined when it stopped before the pain was asked. */
export const severityOf = (checkIn: Pick<CheckInAtAGlance, 'report'>): number | undefined => checkIn.report.pain?.severity;

/** How many check-ins a diary takes, and how often: a person checks in a few times a day at most. */
export interface CheckInLimits {
  readonly minIntervalMs: number;
  readonly max: number;
}

/** A check-in the limits refuse: too soon after the last one, or one too many. */
export class CheckInRefusedError extends Error {
  constructor(
    readonly reason: 'too-soon' | 'too-many',
    readonly retryAt: Date | null,
  ) {
    super(reason === 'too-soon' ? 'too soon after the last check-in' : 'the diary has as many check-ins as it can take');
    this.name = 'CheckInRefusedError';
  }
}

/**
 * The diary as the statement that kept a check-in found it: its own row as it was once the check-in's turn came, the
 * rest as it was when the statement began (a device added while it waited for its turn is seen by the next check-in).
 */
export interface DiaryAtCheckIn {
  /** A reminder could reach someone: a confirmed address or a device (reminders.ts, `remindable`). */
  readonly remindable: boolean;
}

/**
 * What another store changes with each check-in, in the statement that keeps it: one wait for the database fewer than
 * a statement of its own. `change` is a data-modifying statement (an update returning at most one row) placed in that
 * statement's WITH; it must change nothing unless the check-in is kept, which `kept` (a table of one row, or none)
 * tells. `afterKept` runs next in the check-in's transaction, with the row `change` returned as JSON (parsed), or null.
 */
export interface CheckInChange {
  readonly change: (diaryId: string, checkIn: CheckInToKeep, kept: RawBuilder<unknown>) => RawBuilder<unknown>;
  readonly afterKept: (transaction: Kysely<Schema>, diaryId: string, checkIn: CheckIn, changed: unknown) => Promise<void>;
}

/** What another part of the app does when a diary changes, inside the same transaction. */
export interface DiaryHooks {
  /**
   * Awaited before a check-in's transaction begins, when it gives a promise: what the hooks below need and must not
   * wait for inside the transaction (the job queue's start, on the embedded database's one connection).
   */
  readonly ready?: (() => Promise<void> | undefined) | undefined;
  /** Made with the check-in, in the statement that keeps it; then what follows from it, before `checkedIn`. */
  readonly withCheckIn?: CheckInChange | undefined;
  checkedIn?(transaction: Kysely<Schema>, diaryId: string, checkIn: CheckIn, diary: DiaryAtCheckIn): Promise<void>;
  deleted?(transaction: Kysely<Schema>, diaryId: string, at: Date): Promise<void>;
}

export interface NewDiary {
  readonly id: string;
  readonly tokenHash: string;
  readonly massage: Report['massage'];
  readonly timeZone: string;
  readonly language: Language;
  readonly createdAt: Date;
}

export type NewCheckIn = {
  readonly id: string;
  readonly assessment: FullAssessment;
  /** The server's time of the check-in (the report's own time may be earlier). */
  readonly at: Date;
} & CheckInReport;

/** A diary as its owner opens it: with its check-ins, oldest first. */
export interface UsedDiary {
  readonly diary: Diary;
  readonly checkIns: CheckIn[];
}

/** A diary as its page shows it: every check-in at a glance, and only the latest whole (oldest first). */
export interface DiaryAtAGlance<A extends ReadsAlongside = NoReads> {
  readonly diary: Diary;
  readonly checkIns: CheckInAtAGlance[];
  /** The last check-ins whole, as many as asked for (fewer when the diary has fewer), oldest first. */
  readonly latest: CheckIn[];
  /** What each read asked for alongside the diary found, under its name. */
  readonly alongside: ReadAlongside<A>;
}

/**
 * What another store keeps of a diary, read in the diary's own query: one wait for the database where a page would
 * otherwise wait again for each (whom it is shared with, what it keeps to remind). `select` makes one JSON value (or
 * null) from the diary's id, under table aliases of its own (the diary's query names its table `d`); `read` makes
 * that value, as the diary's JSON gives it (already parsed, its times as text), what the store means by it.
 */
export interface DiaryRead<T> {
  readonly select: (diaryId: Expression<string>) => Expression<unknown>;
  readonly read: (value: unknown) => T;
}
/** Reads to make in a diary's query, each by the name its value is given under. */
export type ReadsAlongside = Readonly<Record<string, DiaryRead<unknown>>>;
/** No read alongside the diary's own. */
export type NoReads = Readonly<Record<never, DiaryRead<unknown>>>;
/** What each of the reads `A` found, under the same names. */
export type ReadAlongside<A extends ReadsAlongside> = { readonly [K in keyof A]: A[K] extends DiaryRead<infer T> ? T : never };

export interface DiaryStore {
  createDiary(input: NewDiary): Promise<Diary>;
  findDiary(tokenHash: string): Promise<Diary | undefined>;
  diaryById(id: string): Promise<Diary | undefined>;
  /**
   * Its owner opens the diary (by the hash of its link, or its id) at `at`: the diary with its check-ins, read in one
   * query, and the use recorded as `recordActivity` does (a second statement, at most once an hour).
   */
  useDiary(by: DiaryKey, at: Date): Promise<UsedDiary | undefined>;
  /**
   * The same, reading only what a diary's page shows: every check-in at a glance, and the last `whole` of them whole
   * (its page words the latest and compares it with the one before), with what other stores read `alongside` of
   * it. Still one query.
   */
  useDiaryAtAGlance<A extends ReadsAlongside = NoReads>(
    by: DiaryKey,
    at: Date,
    whole: number,
    alongside?: A,
  ): Promise<DiaryAtAGlance<A> | undefined>;
  /** Gives the diary a new secret link: the old one stops opening it. */
  replaceLink(diaryId: string, tokenHash: string): Promise<void>;
  /** The diary's mails, pushes, calendar and PDF are in `language` from now on. */
  setLanguage(diaryId: string, language: Language): Promise<void>;
  /** Adds a check-in within the limits, or throws CheckInRefusedError; when the promise resolves it is committed. */
  addCheckIn(diaryId: string, checkIn: NewCheckIn, limits: CheckInLimits): Promise<CheckIn>;
  checkIns(diaryId: string): Promise<CheckIn[]>;
  /**
   * The diary's latest check-in whole (one stopped at an emergency answer too), or undefined when it has none: what
   * its next reminder is planned from. A read by the reminders, not by the owner: the diary's use is not recorded.
   */
  latestCheckIn(diaryId: string): Promise<CheckIn | undefined>;
  /**
   * Read alongside a diary (`useDiaryAtAGlance`): its last check-in with a whole report (not stopped at an emergency
   * answer), whole, or undefined when it has none. The one a short check-in carries its answers from.
   */
  readonly lastWholeRead: DiaryRead<CheckIn | undefined>;
  /** Deletes the diary and every check-in of it; false when there was none. */
  deleteDiary(diaryId: string, at: Date): Promise<boolean>;
  /**
   * Its owner used the diary at `at` (opened it, or changed it: every change opens it first). Written at most once an
   * hour: opening a diary stays a read. A check-in counts by itself, in its own transaction.
   */
  recordActivity(diaryId: string, at: Date): Promise<void>;
  /**
   * Deletes up to `limit` diaries last used before `before`, each as its owner would delete it (a clinic following
   * it sees it stop); the ids deleted. A diary used while this runs is kept.
   */
  deleteInactive(before: Date, at: Date, limit: number): Promise<string[]>;
}

/** How a diary is named to open it: by the hash of its link, or by its id. */
export type DiaryKey = { readonly tokenHash: string } | { readonly id: string };

/** How often a diary's last use is written: opening it within the hour after changes nothing. */
export const activityPrecisionMs = 3_600_000;

const asObject = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** A check-in's row, as a query of the table gives it or as a diary's query gives it inside JSON (times as text). */
interface CheckInRow {
  id: string;
  seq: number;
  reported_at: Date | string;
  created_at: Date | string;
  report: unknown;
  assessment: unknown;
  stopped: boolean;
}

/** A check-in at a glance, as a diary's query gives it inside JSON (times as text, no score as null). */
interface GlanceRow {
  seq: number;
  reportedAt: string;
  createdAt: string;
  stopped: boolean;
  severity: number | null;
  level: CheckInAtAGlance['assessment']['level'];
  policyVersion: CheckInAtAGlance['assessment']['policyVersion'];
}

const toGlance = (row: GlanceRow): CheckInAtAGlance => ({
  seq: row.seq,
  reportedAt: new Date(row.reportedAt),
  createdAt: new Date(row.createdAt),
  report: row.severity === null ? {} : { pain: { severity: row.severity } },
  assessment: { level: row.level, policyVersion: row.policyVersion },
  ...(row.stopped ? { stopped: true } : {}),
});

const toCheckIn = (row: CheckInRow): CheckIn => ({
  id: row.id,
  seq: row.seq,
  reportedAt: new Date(row.reported_at),
  createdAt: new Date(row.created_at),
  report: asObject(row.report),
  assessment: asObject(row.assessment),
  ...(row.stopped ? { stopped: true } : {}),
});

export function diaryStore(db: Kysely<Schema>, hooks: DiaryHooks = {}): DiaryStore {
  const toDiary = (row: {
    id: string;
    created_at: Date;
    massage: unknown;
    time_zone: string;
    link_known_to_clinic: boolean;
    reminder_email: string | null;
    language: Language;
  }): Diary => ({
    id: row.id,
    createdAt: new Date(row.created_at),
    massage: asObject(row.massage),
    timeZone: row.time_zone,
    linkKnownToClinic: row.link_known_to_clinic,
    reminderEmail: row.reminder_email,
    language: row.language,
  });
  const diaryColumns = [
    'd.id',
    'd.created_at',
    'd.massage',
    'd.time_zone',
    'd.link_known_to_clinic',
    'd.reminder_email',
    'd.language',
  ] as const;
  const diaryWhere = async (column: 'id' | 'token_hash', value: string) => {
    const row = await db.selectFrom('diaries as d').select(diaryColumns).where(`d.${column}`, '=', value).executeTakeFirst();
    return row ? toDiary(row) : undefined;
  };
  const recordActivity = async (diaryId: string, at: Date) => {
    await db
      .updateTable('diaries')
      .set({ last_active_at: at })
      .where('id', '=', diaryId)
      .where('last_active_at', '<=', new Date(at.getTime() - activityPrecisionMs))
      .execute();
  };
  /** A diary's check-ins, oldest first: by its id, or (inside a diary's query) by a reference to it. */
  const checkInsOf = (diaryId: string | Expression<string>) =>
    db
      .selectFrom('check_ins')
      .select(['id', 'seq', 'reported_at', 'report', 'assessment', 'stopped', 'created_at'])
      .where('diary_id', '=', diaryId)
      .orderBy('seq');
  /** A diary's check-ins at a glance, oldest first, as one JSON array (inside a diary's query, by a reference to it). */
  const glancesOf = (diaryId: Expression<string>) =>
    sql<GlanceRow[]>`(select coalesce(json_agg(json_build_object('seq', c.seq, 'reportedAt', c.reported_at,
      'createdAt', c.created_at, 'stopped', c.stopped, 'severity', c.severity, 'level', c.level,
      'policyVersion', c.assessment->'policyVersion') order by c.seq), '[]') from check_ins c where c.diary_id = ${diaryId})`;
  /** Its owner opens a diary: its row with what `also` reads of its check-ins; the use recorded at most once an hour. */
  const useWith = async (by: DiaryKey, at: Date, also: (diaryId: Expression<string>) => AliasableExpression<unknown>) => {
    const [column, value] = 'id' in by ? (['d.id', by.id] as const) : (['d.token_hash', by.tokenHash] as const);
    const row = await db
      .selectFrom('diaries as d')
      .select(diaryColumns)
      .select((eb) => ['d.last_active_at', also(eb.ref('d.id')).as('read')])
      .where(column, '=', value)
      .executeTakeFirst();
    if (!row) return undefined;
    if (new Date(row.last_active_at).getTime() <= at.getTime() - activityPrecisionMs) await recordActivity(row.id, at);
    return { diary: toDiary(row), read: row.read };
  };
  return {
    async createDiary({ id, tokenHash, massage, timeZone, language, createdAt }) {
      await db
        .insertInto('diaries')
        .values({
          id,
          token_hash: tokenHash,
          created_at: createdAt,
          massage: sql`${JSON.stringify(massage)}::jsonb`,
          time_zone: timeZone,
          last_active_at: createdAt,
          language,
        })
        .execute();
      return { id, createdAt, massage, timeZone, linkKnownToClinic: false, reminderEmail: null, language };
    },
    findDiary: (tokenHash) => diaryWhere('token_hash', tokenHash),
    diaryById: (id) => diaryWhere('id', id),
    async replaceLink(diaryId, tokenHash) {
      await db.updateTable('diaries').set({ token_hash: tokenHash, link_known_to_clinic: false }).where('id', '=', diaryId).execute();
    },
    async setLanguage(diaryId, language) {
      await db.updateTable('diaries').set({ language }).where('id', '=', diaryId).execute();
    },
    async addCheckIn(diaryId, input, limits) {
      const { id, report, assessment, at } = input;
      const toKeep = {
        id,
        reportedAt: new Date(report.reportedAt),
        assessment,
        ...(input.stopped ? { report: input.report, stopped: true as const } : { report: input.report }),
      } as CheckInToKeep;
      const { withCheckIn } = hooks;
      const ready = hooks.ready?.();
      if (ready) await ready;
      // One statement keeps the check-in. It updates the diary's row first: its count of check-ins, the time of its
      // latest and its last use. Check-ins to one diary take turns on that row. One sent at the same moment waits for
      // it, and then reads the row as the first left it: each gets the next number with no gap or repeat, and the
      // limits hold against what is really there. `at` was taken before the wait, so of two sent at once the later
      // may carry the earlier time: it is dated as the one ahead of it (`stamp`), never before, and the interval is
      // measured from there. With none (an emergency's), it is kept; with one, it is too soon. The same statement
      // reads for the hooks whether a reminder could reach anyone (the address as the diary's row is once the turn
      // came, the devices as the statement began), and makes the clinic's change (`withCheckIn`).
      return db.transaction().execute(async (transaction) => {
        const stamp = sql`greatest(last_check_in_at, ${at}::timestamptz)`;
        const { rows } = await sql<{ seq: number; created_at: Date; remindable: boolean; changed: unknown }>`
          with d as (
            update diaries set check_ins = check_ins + 1, last_check_in_at = ${stamp},
              last_active_at = greatest(last_active_at, ${at}::timestamptz)
            where id = ${diaryId} and check_ins < ${limits.max}::bigint
              and (last_check_in_at is null
                or last_check_in_at <= ${stamp} - ${limits.minIntervalMs}::double precision * interval '1 millisecond')
            returning check_ins as seq, last_check_in_at as created_at, ${addressConfirmed} as address_confirmed
          ), kept as (
            insert into check_ins (id, diary_id, seq, reported_at, created_at, report, assessment, level, severity, stopped)
            select ${id}::text, ${diaryId}::text, d.seq, ${toKeep.reportedAt}::timestamptz, d.created_at,
              ${JSON.stringify(report)}::jsonb, ${JSON.stringify(assessment)}::jsonb, ${assessment.level}::text,
              ${severityOf(input) ?? null}::integer, ${input.stopped === true}::boolean
            from d
            returning seq, created_at
          )${withCheckIn ? sql`, changed as (${withCheckIn.change(diaryId, toKeep, sql`kept`)})` : sql``}
          select kept.seq, kept.created_at, ${remindable(diaryId, sql<boolean>`d.address_confirmed`)} as remindable,
            ${withCheckIn ? sql`(select to_json(changed) from changed)` : sql`null`} as changed
          from kept, d`.execute(transaction);
        const kept = rows[0];
        if (!kept) throw await refusal(transaction, diaryId, limits);
        const checkIn = { ...toKeep, seq: kept.seq, createdAt: new Date(kept.created_at) } as CheckIn;
        await withCheckIn?.afterKept(transaction, diaryId, checkIn, kept.changed);
        await hooks.checkedIn?.(transaction, diaryId, checkIn, { remindable: kept.remindable });
        return checkIn;
      });
    },
    async useDiary(by, at) {
      const used = await useWith(by, at, (diaryId) => jsonArrayFrom(checkInsOf(diaryId)));
      return used && { diary: used.diary, checkIns: asObject<CheckInRow[]>(used.read).map(toCheckIn) };
    },
    async useDiaryAtAGlance<A extends ReadsAlongside = NoReads>(by: DiaryKey, at: Date, whole: number, alongside: A = {} as NoReads as A) {
      // The last `whole` whole, taken newest first, then put oldest first; the reads alongside as an array, in the
      // order of `alongside`'s entries (read back by the same index): all in one JSON object.
      const reads = Object.entries(alongside);
      const used = await useWith(
        by,
        at,
        (diaryId) => sql`json_build_object('glances', ${glancesOf(diaryId)},
          'latest', ${jsonArrayFrom(checkInsOf(diaryId).clearOrderBy().orderBy('seq', 'desc').limit(whole))},
          'alongside', json_build_array(${sql.join(reads.map(([, { select }]) => select(diaryId)))}))`,
      );
      if (!used) return undefined;
      const read = asObject<{ glances: GlanceRow[]; latest: CheckInRow[]; alongside: unknown[] }>(used.read);
      return {
        diary: used.diary,
        checkIns: read.glances.map(toGlance),
        latest: read.latest.map(toCheckIn).sort((a, b) => a.seq - b.seq),
        alongside: Object.fromEntries(
          reads.map(([name, { read: readBack }], k) => [name, readBack(read.alongside[k])]),
        ) as ReadAlongside<A>,
      };
    },
    lastWholeRead: {
      select: (diaryId) => jsonObjectFrom(checkInsOf(diaryId).where('stopped', '=', false).clearOrderBy().orderBy('seq', 'desc').limit(1)),
      read: (value) => (value ? toCheckIn(asObject<CheckInRow>(value)) : undefined),
    },
    async checkIns(diaryId) {
      return (await checkInsOf(diaryId).execute()).map(toCheckIn);
    },
    async latestCheckIn(diaryId) {
      const row = await checkInsOf(diaryId).clearOrderBy().orderBy('seq', 'desc').limit(1).executeTakeFirst();
      return row && toCheckIn(row);
    },
    deleteDiary: (diaryId, at) => deleteOne(diaryId, at),
    recordActivity,
    async deleteInactive(before, at, limit) {
      const rows = await db
        .selectFrom('diaries')
        .select('id')
        .where('last_active_at', '<', before)
        .orderBy('last_active_at')
        .limit(limit)
        .execute();
      const deleted: string[] = [];
      for (const { id } of rows) if (await deleteOne(id, at, before)) deleted.push(id);
      return deleted;
    },
  };

  /**
   * Why the statement that keeps a check-in kept none: the diary as it is now (a statement of its own sees what was
   * kept while the first waited). Its count and its latest time only grow, so what it reads still refuses the check-in.
   */
  async function refusal(transaction: Kysely<Schema>, diaryId: string, limits: CheckInLimits): Promise<Error> {
    const diary = await transaction
      .selectFrom('diaries')
      .select(['check_ins', 'last_check_in_at'])
      .where('id', '=', diaryId)
      .executeTakeFirst();
    if (!diary) return new Error(`no diary ${diaryId}`);
    if (diary.check_ins >= limits.max) return new CheckInRefusedError('too-many', null);
    return new CheckInRefusedError('too-soon', new Date(new Date(diary.last_check_in_at!).getTime() + limits.minIntervalMs));
  }

  /**
   * The one way a diary is deleted, by its owner or for lack of use (`inactiveBefore`): its row is locked first, so
   * a check-in at the same moment either comes first (and, for lack of use, keeps the diary) or finds it gone.
   */
  async function deleteOne(diaryId: string, at: Date, inactiveBefore?: Date): Promise<boolean> {
    return db.transaction().execute(async (transaction) => {
      let diary = transaction.selectFrom('diaries').select('id').where('id', '=', diaryId);
      if (inactiveBefore) diary = diary.where('last_active_at', '<', inactiveBefore);
      if (!(await diary.forUpdate().executeTakeFirst())) return false;
      await hooks.deleted?.(transaction, diaryId, at);
      await transaction.deleteFrom('diaries').where('id', '=', diaryId).execute();
      return true;
    });
  }
}
