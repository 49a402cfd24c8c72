// Seeds a clinic for the dashboard benchmark: 20 therapists, 10,000 clients (sessions with consented diaries) and
// 100,000 check-ins, assessed by the engine and written in batches; the dashboard columns come from the same
// function the check-in transaction uses.
import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import { assess, policy2 } from '../src/engine/assess.ts';
import { followUpUpdate } from '../src/clinic/follow-up.ts';
import type { CheckInTable, ClinicSessionTable, DiaryTable, Schema } from '../src/store/schema.ts';
import { hashToken, newToken } from '../src/store/tokens.ts';
import { passwordHasher } from '../src/clinic/passwords.ts';
import { report } from '../test/support/reports.ts';
import { translator } from '../src/i18n/messages.ts';

export interface Seeded {
  clinicId: string;
  adminEmail: string;
  therapistEmail: string;
  /** The clients of the therapist signed in as `therapistEmail`: the clients are dealt to the therapists in turn. */
  therapistClients: number;
  password: string;
}

/** A client's ten check-ins: most ease, some do not, some show local signs, a few have red flags. */
function story(client: number) {
  const kind = client % 20;
  return Array.from({ length: 10 }, (_, k) => {
    const hours = 6 + k * 14;
    const severity = kind < 14 ? Math.max(0, 6 - k) : kind < 17 ? 5 : 4;
    return report(
      {
        pain: { severity, trend: kind < 14 ? 'better' : 'same', extent: kind === 15 ? 'localized' : 'widespread' },
        localSigns: { swelling: kind === 16, bruising: kind === 17 && k < 3 },
        general: { fever: kind === 18 && k === 9 },
        nerve: { tingling: kind === 19 ? 'persistent' : 'none', bothLegs: false },
        // Every follow-up answered: a follow-up given when it is not needed is accepted.
        history: { aged70OrOver: false, fragileBones: false, cancer: false },
      },
      hours,
    );
  });
}

export async function seedClinic(db: Kysely<Schema>, clients = 10_000, checkInsEach = 10): Promise<Seeded> {
  const password = 'benchmark password';
  const passwordHash = await passwordHasher().hash(password);
  const clinicId = randomUUID();
  const now = new Date('2026-03-08T12:00:00Z');
  await db.insertInto('clinics').values({ id: clinicId, name: 'Benchmark Clinic', created_at: now }).execute();
  const therapists = Array.from({ length: 20 }, (_, k) => ({
    id: randomUUID(),
    clinic_id: clinicId,
    email: `t${k}-${clinicId}@bench.example`,
    name: `Therapist ${k}`,
    role: 'therapist' as const,
    password_hash: passwordHash,
    created_at: now,
  }));
  await db
    .insertInto('users')
    .values([
      ...therapists,
      {
        id: randomUUID(),
        clinic_id: clinicId,
        email: `admin-${clinicId}@bench.example`,
        name: 'Admin',
        role: 'admin',
        password_hash: passwordHash,
        created_at: now,
      },
    ])
    .execute();

  const batch = 250;
  for (let start = 0; start < clients; start += batch) {
    const diaries: (Omit<Insertable<DiaryTable>, 'massage'> & { massage: string })[] = [];
    const sessions: (Omit<Insertable<ClinicSessionTable>, 'massage'> & { massage: string })[] = [];
    const checkIns: (Omit<Insertable<CheckInTable>, 'report' | 'assessment'> & { report: string; assessment: string })[] = [];
    for (let client = start; client < Math.min(clients, start + batch); client++) {
      const diaryId = randomUUID();
      const reports = story(client).slice(0, checkInsEach);
      const assessments = reports.map((r) => assess(r, policy2, translator('en')));
      const massage = reports[0]!.massage;
      diaries.push({
        id: diaryId,
        token_hash: hashToken(newToken()),
        created_at: now,
        massage: JSON.stringify(massage),
        time_zone: 'UTC',
        last_active_at: now,
        // As the statement that keeps a check-in leaves the diary's row: how many, and when the latest was kept.
        check_ins: reports.length,
        last_check_in_at: new Date(Math.max(...reports.map((r) => Date.parse(r.reportedAt)))),
      });
      let pressure = false;
      let localSigns = false;
      const update = (k: number) =>
        followUpUpdate({
          id: '',
          reportedAt: new Date(reports[k]!.reportedAt),
          report: reports[k]!,
          assessment: assessments[k]!,
        });
      let last = update(0);
      reports.forEach((r, k) => {
        last = update(k);
        pressure ||= last.pressure;
        localSigns ||= last.localSigns;
        checkIns.push({
          id: randomUUID(),
          diary_id: diaryId,
          seq: k + 1,
          reported_at: new Date(r.reportedAt),
          created_at: new Date(r.reportedAt),
          report: JSON.stringify(r),
          assessment: JSON.stringify(assessments[k]),
          level: assessments[k]!.level,
          severity: r.pain.severity,
        });
      });
      sessions.push({
        id: randomUUID(),
        clinic_id: clinicId,
        therapist_id: therapists[client % therapists.length]!.id,
        client_ref: `Client ${client}`,
        ended_at: new Date(massage.endedAt),
        massage: JSON.stringify(massage),
        notes: '',
        follow_up_hash: hashToken(newToken()),
        created_at: now,
        diary_id: diaryId,
        consented_at: now,
        urgency: last.urgency + (pressure ? 1 : 0),
        latest_level: assessments.at(-1)!.level,
        latest_at: new Date(reports.at(-1)!.reportedAt),
        check_ins: reports.length,
        pressure_flag: pressure,
        not_easing_flag: last.notEasing,
        local_signs: localSigns,
      });
    }
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('diaries')
        .values(diaries.map((d) => ({ ...d, massage: sql`${d.massage}::jsonb` })))
        .execute();
      await trx
        .insertInto('check_ins')
        .values(checkIns.map((c) => ({ ...c, report: sql`${c.report}::jsonb`, assessment: sql`${c.assessment}::jsonb` })))
        .execute();
      await trx
        .insertInto('clinic_sessions')
        .values(sessions.map((s) => ({ ...s, massage: sql`${s.massage}::jsonb` })))
        .execute();
    });
  }
  await sql`analyze`.execute(db);
  return {
    clinicId,
    adminEmail: `admin-${clinicId}@bench.example`,
    therapistEmail: therapists[0]!.email,
    therapistClients: Math.ceil(clients / therapists.length),
    password,
  };
}
