// Every session of a clinic with its outcome, one row each, for the admin's CSV export. Part of the clinic store
// (clinics.ts). Nothing of a diary a client stopped sharing is in it: those rows have no levels.
import { sql, type Kysely } from 'kysely';
import type { Level } from '../contract/types.ts';
import type { MassageSession } from './clinic-sessions.ts';
import type { Schema } from './schema.ts';

export interface SessionOutcome {
  readonly endedAt: Date;
  readonly therapist: string;
  readonly massage: MassageSession['massage'];
  readonly checkIns: number;
  readonly firstLevel: Level | null;
  readonly latestLevel: Level | null;
  /** Whether the first, and the latest, check-in stopped at an emergency answer, before the pain score was asked. */
  readonly firstStopped: boolean;
  readonly latestStopped: boolean;
  readonly pressureFlag: boolean;
  readonly notEasingFlag: boolean;
  readonly sharingStopped: boolean;
  /** When a member last marked the client contacted, and whether that handles the latest need. */
  readonly handledAt: Date | null;
  readonly handled: boolean;
}

export function clinicExportStore(db: Kysely<Schema>) {
  return {
    /** Every session of a clinic, oldest first, with its first and latest level while the diary is shared. */
    async sessionOutcomes(clinicId: string): Promise<SessionOutcome[]> {
      const rows = await db
        .selectFrom('clinic_sessions as s')
        .innerJoin('users as t', 't.id', 's.therapist_id')
        .leftJoin('check_ins as first', (join) => join.onRef('first.diary_id', '=', 's.diary_id').on('first.seq', '=', 1))
        .leftJoin('check_ins as latest', (join) =>
          join
            .onRef('latest.diary_id', '=', 's.diary_id')
            .on(sql<boolean>`latest.seq = (select max(c.seq) from check_ins c where c.diary_id = s.diary_id)`),
        )
        .select([
          's.ended_at',
          't.name',
          's.massage',
          's.check_ins',
          'first.level as first_level',
          'first.stopped as first_stopped',
          's.latest_level',
          'latest.stopped as latest_stopped',
          's.pressure_flag',
          's.not_easing_flag',
          's.sharing_stopped_at',
          's.handled_at',
          sql<boolean>`s.handled_at is not null and s.handled_at >= s.attention_at`.as('handled'),
        ])
        .where('s.clinic_id', '=', clinicId)
        .orderBy('s.ended_at')
        .orderBy('s.created_at')
        .orderBy('s.id')
        .execute();
      return rows.map((row) => ({
        endedAt: new Date(row.ended_at),
        therapist: row.name,
        massage: (typeof row.massage === 'string' ? JSON.parse(row.massage) : row.massage) as MassageSession['massage'],
        checkIns: row.check_ins,
        firstLevel: row.first_level as Level | null,
        latestLevel: row.latest_level as Level | null,
        firstStopped: row.first_stopped === true,
        latestStopped: row.latest_stopped === true,
        pressureFlag: row.pressure_flag,
        notEasingFlag: row.not_easing_flag,
        sharingStopped: row.sharing_stopped_at !== null,
        handledAt: row.handled_at ? new Date(row.handled_at) : null,
        handled: Boolean(row.handled),
      }));
    },
  };
}
