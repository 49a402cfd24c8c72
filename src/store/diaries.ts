// The diary store: diaries and their check-ins, on whichever engine the database runs.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Report } from '../contract/types.ts';
import type { FullAssessment } from '../engine/assess.ts';
import { clearedSummarySql } from './migrations.ts';
import type { Schema } from './schema.ts';
import { urgencyOf } from '../knowledge/levels.ts';

export interface Diary {
  readonly id: string;
  readonly createdAt: Date;
  readonly massage: Report['massage'];
  readonly timeZone: string;
}

export interface CheckIn {
  readonly id: string;
  readonly seq: number;
  readonly reportedAt: Date;
  readonly report: Report;
  readonly assessment: FullAssessment;
}

export interface DiaryStore {
  createDiary(input: { tokenHash: string; massage: Report['massage']; timeZone: string; createdAt: Date }): Promise<Diary>;
  findDiary(tokenHash: string): Promise<Diary | undefined>;
  /** Adds a check-in; when the promise resolves it is committed. */
  addCheckIn(diaryId: string, report: Report, assessment: FullAssessment): Promise<CheckIn>;
  checkIns(diaryId: string): Promise<CheckIn[]>;
  /**
   * Deletes the diary and every check-in of it; false when there was none. A clinic that followed it keeps the
   * session, marked as stopped at `at`, and nothing of the diary.
   */
  deleteDiary(diaryId: string, at: Date): Promise<boolean>;
  /** The clinic this diary is shared with, and since when; undefined when it is shared with none. */
  sharing(diaryId: string): Promise<{ clinicName: string; since: Date } | undefined>;
  /** Stops sharing the diary with its clinic at `at`: the clinic sees neither it nor its summary any more. */
  stopSharing(diaryId: string, at: Date): Promise<boolean>;
}

/** Unlinks a diary from the clinic session that follows it, leaving the clinic nothing of the diary. */
async function unlinkFromClinic(db: Kysely<Schema>, diaryId: string, at: Date): Promise<boolean> {
  const result = await sql`update clinic_sessions set diary_id = null, sharing_stopped_at = ${at}, ${sql.raw(clearedSummarySql)}
    where diary_id = ${diaryId}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/**
 * What one check-in means for the clinic's dashboard row. `urgency` orders the dashboard in one indexed column:
 * the level first (4 per step), then not easing (2); pressure that may have been too much (1) is added by the
 * caller, since that flag, once raised, stays.
 */
export function followUpColumns(report: Report, assessment: FullAssessment) {
  const codes = assessment.plan.actions.map((a) => a.code);
  const reasons = assessment.reasons.map((r) => r.code);
  const notEasing = reasons.includes('not-easing') || reasons.includes('local-signs-not-improving');
  return {
    urgency: urgencyOf(assessment.level) * 4 + (notEasing ? 2 : 0),
    notEasing,
    pressure: codes.includes('tell-therapist'),
    localSigns: report.localSigns.swelling || report.localSigns.bruising || (report.pain.extent === 'localized' && report.pain.severity >= 7),
  };
}

const asObject = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export function diaryStore(db: Kysely<Schema>): DiaryStore {
  const toDiary = (row: { id: string; created_at: Date; massage: unknown; time_zone: string }): Diary => ({
    id: row.id,
    createdAt: new Date(row.created_at),
    massage: asObject(row.massage),
    timeZone: row.time_zone,
  });
  return {
    async createDiary({ tokenHash, massage, timeZone, createdAt }) {
      const row = { id: randomUUID(), token_hash: tokenHash, created_at: createdAt, massage: JSON.stringify(massage), time_zone: timeZone };
      await db.insertInto('diaries').values({ ...row, massage: sql`${row.massage}::jsonb` }).execute();
      return toDiary(row);
    },
    async findDiary(tokenHash) {
      const row = await db.selectFrom('diaries').select(['id', 'created_at', 'massage', 'time_zone']).where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toDiary(row) : undefined;
    },
    async addCheckIn(diaryId, report, assessment) {
      // Check-ins to one diary take turns on the diary's row, so each gets the next number with no gap or repeat.
      return db.transaction().execute(async (transaction) => {
        const diary = await sql<{ id: string }>`select id from diaries where id = ${diaryId} for update`.execute(transaction);
        if (diary.rows.length === 0) throw new Error(`no diary ${diaryId}`);
        const id = randomUUID();
        const { rows } = await sql<{ seq: number }>`
          insert into check_ins (id, diary_id, seq, reported_at, report, assessment, level, severity)
          values (${id}, ${diaryId}, coalesce((select max(seq) from check_ins where diary_id = ${diaryId}), 0) + 1,
                  ${new Date(report.reportedAt)}, ${JSON.stringify(report)}::jsonb, ${JSON.stringify(assessment)}::jsonb,
                  ${assessment.level}, ${report.pain.severity})
          returning seq`.execute(transaction);
        // A diary a clinic follows keeps its dashboard row current, in the same transaction as the check-in.
        const columns = followUpColumns(report, assessment);
        await sql`update clinic_sessions set
            urgency = ${columns.urgency} + (case when pressure_flag or ${columns.pressure} then 1 else 0 end),
            latest_level = ${assessment.level}, latest_at = ${new Date(report.reportedAt)},
            check_ins = check_ins + 1,
            pressure_flag = pressure_flag or ${columns.pressure},
            not_easing_flag = ${columns.notEasing},
            local_signs = local_signs or ${columns.localSigns}
          where diary_id = ${diaryId}`.execute(transaction);
        return { id, seq: rows[0]!.seq, reportedAt: new Date(report.reportedAt), report, assessment };
      });
    },
    async checkIns(diaryId) {
      const rows = await db.selectFrom('check_ins').select(['id', 'seq', 'reported_at', 'report', 'assessment']).where('diary_id', '=', diaryId).orderBy('seq').execute();
      return rows.map((row) => ({ id: row.id, seq: row.seq, reportedAt: new Date(row.reported_at), report: asObject(row.report), assessment: asObject(row.assessment) }));
    },
    async deleteDiary(diaryId, at) {
      return db.transaction().execute(async (transaction) => {
        await unlinkFromClinic(transaction, diaryId, at);
        const result = await transaction.deleteFrom('diaries').where('id', '=', diaryId).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },
    async sharing(diaryId) {
      const row = await db
        .selectFrom('clinic_sessions as s')
        .innerJoin('clinics as c', 'c.id', 's.clinic_id')
        .select(['c.name', 's.consented_at'])
        .where('s.diary_id', '=', diaryId)
        .executeTakeFirst();
      return row ? { clinicName: row.name, since: new Date(row.consented_at ?? 0) } : undefined;
    },
    async stopSharing(diaryId, at) {
      return unlinkFromClinic(db, diaryId, at);
    },
  };
}
