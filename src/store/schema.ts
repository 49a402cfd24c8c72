// The tables, as Kysely sees them. Migrations (migrations.ts) are the one place they are created.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface DiaryTable {
  id: string;
  token_hash: string;
  created_at: Date;
  massage: unknown;
  time_zone: string;
}

export interface CheckInTable {
  id: string;
  diary_id: string;
  seq: number;
  reported_at: Date;
  report: unknown;
  assessment: unknown;
  level: string;
  severity: number;
  created_at: Generated<Date>;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Schema {
  diaries: DiaryTable;
  check_ins: CheckInTable;
  aftercare_meta: MetaTable;
}

export type DiaryRow = Selectable<DiaryTable>;
export type CheckInRow = Selectable<CheckInTable>;
export type NewCheckIn = Insertable<CheckInTable>;
