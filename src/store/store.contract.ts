// One storage suite for every engine (STYLE 11): the embedded engine and PostgreSQL run the same tests, for the
// diary store and the clinic store alike.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { report, report3 } from '../../test/support/reports.ts';
import { followUpUpdate } from '../clinic/follow-up.ts';
import type { Report2, StoppedReport } from '../contract/types.ts';
import { assess, assessStopped, currentPolicy, policy2 } from '../engine/assess.ts';
import { dashboardPageSize, EmailTakenError, isHandled, scopeOf, type MassageSession, type Member, type SessionState } from './clinics.ts';
import type { Database } from './database.ts';
import { CheckInRefusedError, type CheckInLimits } from './diaries.ts';
import { runHousekeepingContract } from './housekeeping.contract.ts';
import { openStores, type Stores } from './stores.ts';
import { hashToken, newToken } from './tokens.ts';
import { translator } from '../i18n/messages.ts';

const generous: CheckInLimits = { minIntervalMs: 0, max: 10_000 };
const at = (instant: string) => new Date(instant);

export function runStoreContract(engine: string, open: () => Promise<Database>) {
  // One engine's hooks for its own tests only: each test opens a database of this engine and no other.
  describe(engine, () => runOn(engine, open));
}

function runOn(engine: string, open: () => Promise<Database>) {
  let database: Database;
  let stores: Stores;
  beforeEach(async () => {
    await database?.close();
    database = await open();
    stores = openStores(database.db, followUpUpdate);
  });
  afterAll(async () => database?.close());

  const massage = report().massage;
  const newDiary = (token = newToken()) =>
    stores.diaries.createDiary({
      id: randomUUID(),
      tokenHash: hashToken(token),
      massage,
      timeZone: 'Europe/London',
      language: 'en',
      createdAt: at('2026-03-02T18:00:00Z'),
    });
  const checkIn = (r: Report2, when = at('2026-03-03T09:00:00Z')) => ({
    id: randomUUID(),
    report: r,
    assessment: assess(r, policy2, translator('en')),
    at: when,
  });

  /** A diary's last use, as its row keeps it. */
  const lastActive = async (id: string) =>
    (await database.db.selectFrom('diaries').select('last_active_at').where('id', '=', id).executeTakeFirstOrThrow()).last_active_at;

  describe(`the diary store on ${engine}`, () => {
    it('creates a diary and finds it by the hash of its token only', async () => {
      const token = newToken();
      const diary = await newDiary(token);
      expect(await stores.diaries.findDiary(hashToken(token))).toEqual(diary);
      expect(await stores.diaries.findDiary(token)).toBeUndefined();
      const stored = await database.db.selectFrom('diaries').selectAll().execute();
      expect(JSON.stringify(stored)).not.toContain(token);
    });

    it('keeps check-ins in order, with the report and assessment intact', async () => {
      const diary = await newDiary();
      for (const hours of [16, 40, 80])
        await stores.diaries.addCheckIn(diary.id, checkIn(report({ history: { cancer: false } }, hours)), generous);
      const checkIns = await stores.diaries.checkIns(diary.id);
      expect(checkIns.map((c) => c.seq)).toEqual([1, 2, 3]);
      expect(checkIns[2]!.report).toEqual(report({ history: { cancer: false } }, 80));
      expect(checkIns[2]!.assessment).toEqual(
        JSON.parse(JSON.stringify(assess(report({ history: { cancer: false } }, 80), policy2, translator('en')))),
      );
    });

    it('numbers check-ins added at the same moment without a gap or a repeat', async () => {
      const diary = await newDiary();
      await Promise.all(Array.from({ length: 24 }, () => stores.diaries.addCheckIn(diary.id, checkIn(report()), generous)));
      expect((await stores.diaries.checkIns(diary.id)).map((c) => c.seq)).toEqual(Array.from({ length: 24 }, (_, k) => k + 1));
    });

    it('takes a limit on check-ins as large as a number is exact (what bench:store sets), past a column of integers', async () => {
      const diary = await newDiary();
      const unlimited = { minIntervalMs: 0, max: Number.MAX_SAFE_INTEGER };
      expect(await stores.diaries.addCheckIn(diary.id, checkIn(report()), unlimited)).toMatchObject({ seq: 1 });
      expect(await stores.diaries.addCheckIn(diary.id, checkIn(report()), unlimited)).toMatchObject({ seq: 2 });
    });

    it("refuses a check-in too soon after the last, by the server's clock, and one more than the diary takes", async () => {
      const diary = await newDiary();
      const limits = { minIntervalMs: 120_000, max: 2 };
      await stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:00:00Z')), limits);
      const tooSoon = await stores.diaries
        .addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:01:59Z')), limits)
        .catch((error: unknown) => error);
      expect(tooSoon).toBeInstanceOf(CheckInRefusedError);
      expect(tooSoon).toMatchObject({ reason: 'too-soon', retryAt: at('2026-03-03T09:02:00Z') });
      await stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:02:00Z')), limits);
      await expect(stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-04T09:00:00Z')), limits)).rejects.toMatchObject({
        reason: 'too-many',
      });
      expect(await stores.diaries.checkIns(diary.id)).toHaveLength(2);
    });

    it('a check-in stamped a moment before the one kept ahead of it (two sent at once) is kept when no interval applies, never dated before it', async () => {
      // Each check-in takes the server's time before it waits for the diary's lock, so the later of two sent at once
      // can carry the earlier time. With no interval (an emergency's check-in is never too soon) it is kept, and dated
      // as the one ahead of it, so the diary's times follow its order; with an interval it is too soon.
      const diary = await newDiary();
      await stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:00:00.500Z')), generous);
      const second = await stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:00:00.200Z')), generous);
      expect(second).toMatchObject({ seq: 2, createdAt: at('2026-03-03T09:00:00.500Z') });
      const kept = await stores.diaries.checkIns(diary.id);
      expect(kept.map((c) => [c.seq, c.createdAt.toISOString()])).toEqual([
        [1, '2026-03-03T09:00:00.500Z'],
        [2, '2026-03-03T09:00:00.500Z'],
      ]);
      await expect(
        stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:00:00.100Z')), { minIntervalMs: 1, max: 300 }),
      ).rejects.toMatchObject({ reason: 'too-soon', retryAt: at('2026-03-03T09:00:00.501Z') });
      expect(await stores.diaries.checkIns(diary.id)).toHaveLength(2);
    });

    it('of many check-ins at once within the interval, exactly one is kept', async () => {
      const diary = await newDiary();
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, () => stores.diaries.addCheckIn(diary.id, checkIn(report()), { minIntervalMs: 60_000, max: 300 })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await stores.diaries.checkIns(diary.id)).toHaveLength(1);
    });

    it('refuses a check-in for a diary that does not exist', async () => {
      await expect(stores.diaries.addCheckIn('no-such-diary', checkIn(report()), generous)).rejects.toThrow();
    });

    it('keeps the language a diary was started in, and the one its owner chooses later', async () => {
      const token = newToken();
      const diary = await stores.diaries.createDiary({
        id: randomUUID(),
        tokenHash: hashToken(token),
        massage,
        timeZone: 'Europe/Madrid',
        language: 'es',
        createdAt: at('2026-03-02T18:00:00Z'),
      });
      expect(diary.language).toBe('es');
      expect((await stores.diaries.findDiary(hashToken(token)))?.language).toBe('es');
      await stores.diaries.setLanguage(diary.id, 'de');
      expect((await stores.diaries.diaryById(diary.id))?.language).toBe('de');
      // Another diary is not touched; and the database itself refuses a language Aftercare does not speak.
      const other = await newDiary();
      expect((await stores.diaries.diaryById(other.id))?.language).toBe('en');
      await expect(sql`update diaries set language = 'xx' where id = ${diary.id}`.execute(database.db)).rejects.toThrow(
        /diaries_language_check/,
      );
    });

    it('gives a diary a new link: the old one finds nothing', async () => {
      const old = newToken();
      const diary = await newDiary(old);
      const fresh = newToken();
      await stores.diaries.replaceLink(diary.id, hashToken(fresh));
      expect(await stores.diaries.findDiary(hashToken(old))).toBeUndefined();
      expect((await stores.diaries.findDiary(hashToken(fresh)))?.id).toBe(diary.id);
    });

    it('deletes a diary for real: no row of it is left', async () => {
      const keep = await newDiary();
      const gone = await newDiary();
      await stores.diaries.addCheckIn(keep.id, checkIn(report()), generous);
      await stores.diaries.addCheckIn(gone.id, checkIn(report()), generous);
      expect(await stores.diaries.deleteDiary(gone.id, at('2026-03-05T09:00:00Z'))).toBe(true);
      const count = async (table: 'diaries' | 'check_ins', column: 'id' | 'diary_id', id: string) =>
        Number(
          (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(database.db))
            .rows[0]!.n,
        );
      expect(await count('diaries', 'id', gone.id)).toBe(0);
      expect(await count('check_ins', 'diary_id', gone.id)).toBe(0);
      expect(await count('check_ins', 'diary_id', keep.id)).toBe(1);
      expect(await stores.diaries.deleteDiary(gone.id, at('2026-03-05T09:00:00Z'))).toBe(false);
    });

    it("opens a diary at a glance: each check-in's number, times, pain score, level and policy, and the last ones whole", async () => {
      const token = newToken();
      const diary = await newDiary(token);
      const opened = at('2026-03-03T12:00:00Z');
      expect(await stores.diaries.useDiaryAtAGlance({ id: diary.id }, opened, 2)).toEqual({
        diary,
        checkIns: [],
        latest: [],
        alongside: {},
      });
      // A whole check-in of policy 2 with a score, one of policy 3, one stopped at an emergency answer before the pain.
      await stores.diaries.addCheckIn(diary.id, checkIn(report({ pain: { severity: 6 } }), at('2026-03-03T09:00:00Z')), generous);
      const later = report3({ pain: { severity: 4 } });
      await stores.diaries.addCheckIn(
        diary.id,
        { id: randomUUID(), report: later, assessment: assess(later, currentPolicy, translator('en')), at: at('2026-03-03T10:00:00Z') },
        generous,
      );
      const stoppedAt: StoppedReport = { reportedAt: '2026-03-03T11:00:00+01:00', massage, bladderBowel: { bowelControlLoss: true } };
      const stopped = assessStopped(stoppedAt, currentPolicy, translator('en'))!;
      await stores.diaries.addCheckIn(
        diary.id,
        { id: randomUUID(), report: stoppedAt, stopped: true, assessment: stopped, at: at('2026-03-03T11:00:00Z') },
        generous,
      );

      const whole = (await stores.diaries.useDiary({ id: diary.id }, opened))!;
      const glance = await stores.diaries.useDiaryAtAGlance({ tokenHash: hashToken(token) }, opened, 2);
      expect(glance?.diary).toEqual(whole.diary);
      expect(glance?.checkIns).toEqual([
        {
          seq: 1,
          reportedAt: whole.checkIns[0]!.reportedAt,
          createdAt: at('2026-03-03T09:00:00Z'),
          report: { pain: { severity: 6 } },
          assessment: { level: whole.checkIns[0]!.assessment.level, policyVersion: '2' },
        },
        {
          seq: 2,
          reportedAt: whole.checkIns[1]!.reportedAt,
          createdAt: at('2026-03-03T10:00:00Z'),
          report: { pain: { severity: 4 } },
          assessment: { level: whole.checkIns[1]!.assessment.level, policyVersion: '3' },
        },
        {
          seq: 3,
          reportedAt: at('2026-03-03T10:00:00Z'),
          createdAt: at('2026-03-03T11:00:00Z'),
          stopped: true,
          report: {},
          assessment: { level: 'emergency', policyVersion: '3' },
        },
      ]);
      // The last ones whole, oldest first, as the whole read has them: none, some, or every one when more are asked for.
      expect(glance?.latest).toEqual(whole.checkIns.slice(1));
      expect((await stores.diaries.useDiaryAtAGlance({ id: diary.id }, opened, 0))?.latest).toEqual([]);
      expect((await stores.diaries.useDiaryAtAGlance({ id: diary.id }, opened, 10))?.latest).toEqual(whole.checkIns);
      expect(await stores.diaries.useDiaryAtAGlance({ tokenHash: hashToken(newToken()) }, opened, 2)).toBeUndefined();
      // Alongside, the last check-in with a whole report, whole: the one before the stopped one, as the whole read has it.
      const lastWhole = { lastWhole: stores.diaries.lastWholeRead };
      const withLastWhole = await stores.diaries.useDiaryAtAGlance({ id: diary.id }, opened, 0, lastWhole);
      expect(withLastWhole?.alongside.lastWhole).toEqual(whole.checkIns[1]);
      expect(withLastWhole?.checkIns).toEqual(glance?.checkIns);
      // None in a diary whose only check-in stopped, nor in one with none.
      const onlyStopped = await newDiary();
      expect((await stores.diaries.useDiaryAtAGlance({ id: onlyStopped.id }, opened, 0, lastWhole))?.alongside).toEqual({
        lastWhole: undefined,
      });
      await stores.diaries.addCheckIn(
        onlyStopped.id,
        { id: randomUUID(), report: stoppedAt, stopped: true, assessment: stopped, at: at('2026-03-03T11:00:00Z') },
        generous,
      );
      const stoppedOnly = await stores.diaries.useDiaryAtAGlance({ id: onlyStopped.id }, opened, 0, lastWhole);
      expect(stoppedOnly?.checkIns).toHaveLength(1);
      expect(stoppedOnly?.alongside.lastWhole).toBeUndefined();
      // The latest check-in alone, whole, the stopped one too, as the whole read has it; none in a diary with none.
      expect(await stores.diaries.latestCheckIn(diary.id)).toEqual(whole.checkIns[2]);
      expect(await stores.diaries.latestCheckIn(onlyStopped.id)).toEqual((await stores.diaries.checkIns(onlyStopped.id))[0]);
      expect(await stores.diaries.latestCheckIn((await newDiary()).id)).toBeUndefined();
      expect(await stores.diaries.latestCheckIn(randomUUID())).toBeUndefined();
      // Opened at a glance is opened all the same: its use is kept, at most once an hour.
      await stores.diaries.useDiaryAtAGlance({ id: diary.id }, at('2026-03-03T13:00:00Z'), 2);
      expect(await lastActive(diary.id)).toEqual(at('2026-03-03T13:00:00Z'));
    });

    it("keeps a diary's last use: its start, then each check-in, and its owner opening it at most once an hour", async () => {
      const diary = await newDiary();
      expect(await lastActive(diary.id)).toEqual(at('2026-03-02T18:00:00Z'));
      await stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:00:00Z')), generous);
      expect(await lastActive(diary.id)).toEqual(at('2026-03-03T09:00:00Z'));
      // Within the hour, opening it writes nothing; an hour on, it does.
      await stores.diaries.recordActivity(diary.id, at('2026-03-03T09:59:59Z'));
      expect(await lastActive(diary.id)).toEqual(at('2026-03-03T09:00:00Z'));
      await stores.diaries.recordActivity(diary.id, at('2026-03-03T10:00:00Z'));
      expect(await lastActive(diary.id)).toEqual(at('2026-03-03T10:00:00Z'));
      // A clock that went back never makes it older.
      await stores.diaries.recordActivity(diary.id, at('2026-03-01T10:00:00Z'));
      await stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:30:00Z')), generous);
      expect(await lastActive(diary.id)).toEqual(at('2026-03-03T10:00:00Z'));
    });

    it('deletes exactly the diaries unused since the limit, with everything of them, and keeps the rest', async () => {
      const limit = at('2026-09-01T00:00:00Z');
      const deletedAt = at('2026-09-01T00:30:00Z');
      const started = await newDiary(); // last used when it started, 2026-03-02
      const checkedIn = await newDiary();
      await stores.diaries.addCheckIn(checkedIn.id, checkIn(report(), at('2026-03-03T09:00:00Z')), generous);
      const justBefore = await newDiary();
      await stores.diaries.recordActivity(justBefore.id, at('2026-08-31T23:59:59Z'));
      const atTheLimit = await newDiary();
      await stores.diaries.recordActivity(atTheLimit.id, limit);
      const checkedInLately = await newDiary();
      await stores.diaries.addCheckIn(checkedInLately.id, checkIn(report(), at('2026-03-03T09:00:00Z')), generous);
      await stores.diaries.addCheckIn(checkedInLately.id, checkIn(report(), at('2026-09-01T00:10:00Z')), generous);
      const openedLately = await newDiary();
      await stores.diaries.recordActivity(openedLately.id, at('2026-09-01T00:20:00Z'));
      // Reminders' things of each: a device and a link.
      for (const diary of [started, checkedIn, justBefore, atTheLimit, checkedInLately, openedLately]) {
        const endpoint = `https://fcm.googleapis.com/fcm/send/${diary.id}`;
        await stores.reminders.subscribe(diary.id, { id: randomUUID(), endpoint, keys: { p256dh: 'p', auth: 'a' } }, limit, 5);
        await stores.reminders.addLink(diary.id, 'open', `link-${diary.id}`, at('2026-09-08T00:00:00Z'));
      }

      const deleted = await stores.diaries.deleteInactive(limit, deletedAt, 100);
      expect(deleted.sort()).toEqual([started.id, checkedIn.id, justBefore.id].sort());
      const left = async (table: 'diaries' | 'check_ins' | 'push_subscriptions' | 'diary_links', column: 'id' | 'diary_id') =>
        (await sql<{ id: string }>`select distinct ${sql.ref(column)} as id from ${sql.table(table)}`.execute(database.db)).rows
          .map((row) => row.id)
          .sort();
      const kept = [atTheLimit.id, checkedInLately.id, openedLately.id].sort();
      expect(await left('diaries', 'id')).toEqual(kept);
      expect(await left('check_ins', 'diary_id')).toEqual([checkedInLately.id]);
      expect(await left('push_subscriptions', 'diary_id')).toEqual(kept);
      expect(await left('diary_links', 'diary_id')).toEqual(kept);
      expect(await stores.diaries.deleteInactive(limit, deletedAt, 100)).toEqual([]);
    });

    it('deletes unused diaries a batch at a time, oldest first', async () => {
      const diaries = [];
      for (const day of ['05', '03', '04', '01', '02']) {
        const diary = await newDiary();
        await database.db
          .updateTable('diaries')
          .set({ last_active_at: at(`2026-04-${day}T12:00:00Z`) })
          .where('id', '=', diary.id)
          .execute();
        diaries.push({ id: diary.id, day });
      }
      const byAge = diaries.sort((a, b) => a.day.localeCompare(b.day)).map((d) => d.id);
      const limit = at('2026-10-01T00:00:00Z');
      expect(await stores.diaries.deleteInactive(limit, limit, 2)).toEqual(byAge.slice(0, 2));
      expect(await stores.diaries.deleteInactive(limit, limit, 2)).toEqual(byAge.slice(2, 4));
      expect(await stores.diaries.deleteInactive(limit, limit, 2)).toEqual(byAge.slice(4));
    });
  });

  describe(`the clinic store on ${engine}`, () => {
    const created = at('2026-03-02T18:00:00Z');

    /** A clinic with its admin, and a therapist in it. */
    async function clinic(name = 'Calm Hands') {
      const clinicId = randomUUID();
      const adminId = randomUUID();
      const therapistId = randomUUID();
      await stores.clinics.createClinic({
        clinicId,
        clinicName: name,
        timeZone: 'UTC',
        userId: adminId,
        email: `admin-${clinicId}@example.org`,
        name: 'Ann',
        passwordHash: 'h',
        at: created,
      });
      await stores.clinics.addMember({
        id: therapistId,
        clinicId,
        email: `therapist-${clinicId}@example.org`,
        name: 'Sam',
        role: 'therapist',
        passwordHash: 'h',
        at: created,
      });
      return { admin: (await stores.clinics.member(adminId))!, therapist: (await stores.clinics.member(therapistId))! };
    }

    const massageSession = (therapist: Member, clientRef = 'A', followUp = newToken()) => ({
      id: randomUUID(),
      clinicId: therapist.clinicId,
      therapistId: therapist.id,
      clientRef,
      endedAt: created,
      massage: { endedAt: massage.endedAt, areasWorked: [] },
      notes: '',
      followUpHash: hashToken(followUp),
      at: created,
    });

    async function session(therapist: Member, clientRef = 'A') {
      const followUp = newToken();
      const input = massageSession(therapist, clientRef, followUp);
      expect(await stores.clinics.recordSession(input)).toBe(true);
      return { id: input.id, followUp };
    }

    /** A session whose client consented: the diary it follows, and a way to read the session's row. */
    async function followed(therapist: Member) {
      const { id, followUp } = await session(therapist);
      const diary = await newDiary();
      expect(await stores.clinics.consent(hashToken(followUp), diary.id, created)).toBe(true);
      return {
        diary,
        row: async () => database.db.selectFrom('clinic_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      };
    }

    it('keeps each member’s own language: English unless they joined in another, changed by setLanguage, read with alerts', async () => {
      const { admin, therapist } = await clinic();
      expect([admin.language, therapist.language]).toEqual(['en', 'en']);
      const frenchId = randomUUID();
      await stores.clinics.addMember({
        id: frenchId,
        clinicId: admin.clinicId,
        email: `french-${admin.clinicId}@example.org`,
        name: 'Fleur',
        role: 'admin',
        passwordHash: 'h',
        at: created,
        language: 'fr',
      });
      expect((await stores.clinics.member(frenchId))?.language).toBe('fr');
      await stores.clinics.setLanguage(therapist.id, 'de');
      expect((await stores.clinics.member(therapist.id))?.language).toBe('de');
      expect((await stores.clinics.credentials(therapist.email))?.language).toBe('de');
      expect((await stores.clinics.members(admin.clinicId)).map((m) => [m.name, m.language])).toEqual([
        ['Ann', 'en'],
        ['Fleur', 'fr'],
        ['Sam', 'de'],
      ]);
      await stores.clinics.setAlertSettings(frenchId, { instant: true, digest: false, wholeClinic: true });
      const { id } = await session(therapist);
      const recipients = (await stores.clinics.alertRecipients(id)).map((r) => `${r.email} ${r.language}`).sort();
      expect(recipients).toEqual([`french-${admin.clinicId}@example.org fr`, `${therapist.email} de`].sort());
    });

    it('refuses a second account for one email, in any clinic', async () => {
      const { admin } = await clinic();
      await expect(
        stores.clinics.addMember({
          id: randomUUID(),
          clinicId: admin.clinicId,
          email: admin.email,
          name: 'B',
          role: 'therapist',
          passwordHash: 'h',
          at: created,
        }),
      ).rejects.toBeInstanceOf(EmailTakenError);
      await expect(
        stores.clinics.createClinic({
          clinicId: randomUUID(),
          clinicName: 'Other',
          timeZone: 'UTC',
          userId: randomUUID(),
          email: admin.email,
          name: 'C',
          passwordHash: 'h',
          at: created,
        }),
      ).rejects.toBeInstanceOf(EmailTakenError);
      expect(await database.db.selectFrom('clinics').select('id').execute()).toHaveLength(1);
    });

    it("a session is the member's until it expires; a disabled member has none, and their sessions are gone", async () => {
      const { admin, therapist } = await clinic();
      await stores.clinics.startSession({
        tokenHash: 'session',
        userId: therapist.id,
        csrfToken: 'csrf',
        at: created,
        expiresAt: at('2026-03-03T06:00:00Z'),
      });
      expect((await stores.clinics.session('session', at('2026-03-03T05:59:00Z')))?.member.id).toBe(therapist.id);
      expect(await stores.clinics.session('session', at('2026-03-03T06:00:00Z'))).toBeUndefined();
      expect(await stores.clinics.setDisabled(admin.clinicId, therapist.id, created)).toMatchObject({ disabled: true });
      expect(await database.db.selectFrom('auth_sessions').selectAll().execute()).toEqual([]);
      expect(await stores.clinics.setDisabled(randomUUID(), therapist.id, created)).toBeUndefined();
    });

    it('counts throttled events before checking them: of thirty at once, no more than five see a count of five or less', async () => {
      const counts = await Promise.all(
        Array.from({ length: 30 }, () => stores.clinics.countEvent(['sign-in:x', 'sign-in-from:y'], created, at('2026-03-02T00:00:00Z'))),
      );
      expect(counts.filter(([byEmail]) => byEmail! <= 5).length).toBeLessThanOrEqual(5);
      expect(Math.max(...counts.map(([byEmail]) => byEmail!))).toBe(30);
      await stores.clinics.forgetEvents('sign-in:x');
      expect(await stores.clinics.countEvent(['sign-in:x'], created, at('2026-03-02T00:00:00Z'))).toEqual([1]);
    });

    it('a one-time link is used once, even when used many times at once; a new password ends every other link', async () => {
      const { therapist } = await clinic();
      const link = {
        purpose: 'reset' as const,
        userId: therapist.id,
        clinicId: therapist.clinicId,
        email: therapist.email,
        name: null,
        role: null,
        clinicName: null,
        timeZone: null,
        invitedBy: null,
        createdAt: created,
        expiresAt: at('2026-03-02T19:00:00Z'),
      };
      await stores.clinics.createLink('one', link);
      await stores.clinics.createLink('two', link);
      const uses = await Promise.all(Array.from({ length: 10 }, () => stores.clinics.useLink('one', created)));
      expect(uses.filter(Boolean)).toHaveLength(1);
      await stores.clinics.setPassword(therapist.id, 'new hash', created);
      expect(await stores.clinics.findLink('two', created)).toBeUndefined();
    });

    it("what a member sees is their scope: an admin the clinic, a therapist their own, nobody another clinic's", async () => {
      const one = await clinic('One');
      const other = await clinic('Other');
      const mine = await session(one.therapist, 'Mine');
      const theirs = await session(other.therapist, 'Theirs');
      expect(await stores.clinics.findSession(scopeOf(one.therapist), mine.id)).toBeDefined();
      expect(await stores.clinics.findSession(scopeOf(one.admin), mine.id)).toBeDefined();
      expect(await stores.clinics.findSession(scopeOf(one.admin), theirs.id)).toBeUndefined();
      expect(await stores.clinics.replaceFollowUpLink(scopeOf(one.admin), theirs.id, 'x')).toBe(false);
      const board = await stores.clinics.dashboard(scopeOf(one.admin), 0);
      expect(board.sessions.map((s) => s.clientRef)).toEqual(['Mine']);
      expect(board.counts.clients).toBe(1);
      expect((await stores.clinics.dashboard(scopeOf(one.therapist), 0)).shares.map((s) => s.name)).toEqual(['Sam']);
    });

    it('consent uses the follow-up link once: of two at once, one links its diary', async () => {
      const { therapist } = await clinic();
      const { id, followUp } = await session(therapist);
      const [a, b] = [await newDiary(), await newDiary()];
      const results = await Promise.all([
        stores.clinics.consent(hashToken(followUp), a.id, created),
        stores.clinics.consent(hashToken(followUp), b.id, created),
      ]);
      expect(results.sort()).toEqual([false, true]);
      expect(await stores.clinics.byFollowUpLink(hashToken(followUp))).toBeUndefined();
      const row = await database.db.selectFrom('clinic_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.follow_up_hash).toBeNull();
      expect([a.id, b.id]).toContain(row.diary_id);
    });

    const swollen = report({ localSigns: { swelling: true }, pain: { severity: 6, trend: 'worse' }, history: { cancer: false } }, 80);

    it('says which clinic a diary is shared with, and since when', async () => {
      const { therapist } = await clinic();
      const { diary } = await followed(therapist);
      expect(await stores.clinics.sharing(diary.id)).toEqual({ clinicName: 'Calm Hands', since: created, contactLine: null, toldAt: null });
      expect(await stores.clinics.sharing(randomUUID())).toBeUndefined();
      await stores.clinics.setContactLine(therapist.clinicId, 'Call 01632 960 123, Monday to Friday');
      expect(await stores.clinics.sharing(diary.id)).toMatchObject({ contactLine: 'Call 01632 960 123, Monday to Friday' });
      expect(await stores.clinics.contactLine(therapist.clinicId)).toBe('Call 01632 960 123, Monday to Friday');
      await stores.clinics.setContactLine(therapist.clinicId, '');
      expect(await stores.clinics.contactLine(therapist.clinicId)).toBeNull();
    });
    it("reads alongside a diary, in the diary's one query, whom it is shared with and what it keeps to remind", async () => {
      const { therapist } = await clinic();
      const { diary } = await followed(therapist);
      const alone = await newDiary();
      const reads = { sharing: stores.clinics.sharingRead, reminders: stores.reminders.settingsRead };
      const opened = at('2026-03-03T12:00:00Z');
      const alongside = async (id: string) => (await stores.diaries.useDiaryAtAGlance({ id }, opened, 1, reads))!.alongside;
      expect(await alongside(alone.id)).toEqual({ sharing: undefined, reminders: { email: null, devices: [] } });

      await stores.clinics.setContactLine(therapist.clinicId, 'Call 01632 960 123');
      await database.db
        .updateTable('clinic_sessions')
        .set({ attention_at: at('2026-03-03T10:00:00Z') })
        .where('diary_id', '=', diary.id)
        .execute();
      await stores.reminders.setEmail(diary.id, 'client@example.org');
      await database.db.updateTable('diaries').set({ reminder_email_confirmed_at: opened }).where('id', '=', diary.id).execute();
      // Added out of order: the devices come oldest first, not as they were kept.
      for (const [endpoint, added] of [
        ['https://push.example/two', at('2026-03-03T12:05:00Z')],
        ['https://push.example/one', opened],
      ] as const)
        await stores.reminders.subscribe(diary.id, { id: randomUUID(), endpoint, keys: { p256dh: 'p', auth: 'a' } }, added, 5);
      const { sharing, reminders } = await alongside(diary.id);
      // What the stores' own reads give, times and all (read back from JSON as text).
      expect(sharing).toEqual({
        clinicName: 'Calm Hands',
        since: created,
        contactLine: 'Call 01632 960 123',
        toldAt: at('2026-03-03T10:00:00Z'),
      });
      expect(sharing).toEqual(await stores.clinics.sharing(diary.id));
      expect(reminders).toEqual({
        email: { address: 'client@example.org', confirmed: true },
        devices: await stores.reminders.devices(diary.id),
      });
      expect(reminders.devices.map((d) => d.endpoint)).toEqual(['https://push.example/one', 'https://push.example/two']);
      expect(reminders.devices[0]!.addedAt).toEqual(opened);
      // The reads change nothing else of what the diary's query gives.
      const { alongside: none, ...plain } = (await stores.diaries.useDiaryAtAGlance({ id: diary.id }, opened, 1))!;
      expect(none).toEqual({});
      const { alongside: read, ...withReads } = (await stores.diaries.useDiaryAtAGlance({ id: diary.id }, opened, 1, reads))!;
      expect(withReads).toEqual(plain);
      expect(read.sharing?.clinicName).toBe('Calm Hands');
    });

    it("keeps the way to reach a client they chose to leave, for their clinic's scope only, and deletes it when they stop sharing", async () => {
      const one = await clinic('One');
      const other = await clinic('Other');
      const { id, followUp } = await session(one.therapist);
      const diary = await newDiary();
      expect(await stores.clinics.consent(hashToken(followUp), diary.id, created, '+44 7700 900123')).toBe(true);
      expect(await stores.clinics.clientContact(scopeOf(one.therapist), id)).toBe('+44 7700 900123');
      expect(await stores.clinics.clientContact(scopeOf(one.admin), id)).toBe('+44 7700 900123');
      expect(await stores.clinics.clientContact(scopeOf(other.admin), id)).toBeNull();
      expect((await stores.clinics.findSession(scopeOf(one.therapist), id))?.hasContact).toBe(true);
      await stores.clinics.stopSharing(diary.id, at('2026-03-05T09:00:00Z'));
      expect(await stores.clinics.clientContact(scopeOf(one.therapist), id)).toBeNull();
      const row = await database.db.selectFrom('clinic_sessions').select('client_contact').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.client_contact).toBeNull();
    });

    it("lists a clinic's sessions with their first and latest level, and nothing of a diary no longer shared", async () => {
      const { therapist, admin } = await clinic();
      await clinic('Other');
      const { diary } = await followed(therapist);
      await stores.diaries.addCheckIn(diary.id, checkIn(report({ general: { fever: true } }), at('2026-03-03T09:00:00Z')), generous);
      await stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T10:00:00Z')), generous);
      const stopped = await followed(therapist);
      await stores.diaries.addCheckIn(stopped.diary.id, checkIn(swollen), generous);
      await stores.clinics.stopSharing(stopped.diary.id, at('2026-03-05T09:00:00Z'));
      // A check-in kept at its first emergency answer, after a whole one: the latest has no pain score.
      const emergency = await followed(therapist);
      await stores.diaries.addCheckIn(emergency.diary.id, checkIn(report(), at('2026-03-03T09:00:00Z')), generous);
      const kept: StoppedReport = {
        reportedAt: '2026-03-03T10:00:00Z',
        massage: report().massage,
        bladderBowel: { bowelControlLoss: true },
      };
      const stoppedCheckIn = {
        id: randomUUID(),
        report: kept,
        stopped: true as const,
        assessment: assessStopped(kept, currentPolicy, translator('en'))!,
        at: at('2026-03-03T10:00:00Z'),
      };
      await stores.diaries.addCheckIn(emergency.diary.id, stoppedCheckIn, generous);
      const outcomes = await stores.clinics.sessionOutcomes(admin.clinicId);
      expect(outcomes).toHaveLength(3);
      const columns = outcomes.map((o) => [o.checkIns, o.firstLevel, o.firstStopped, o.latestLevel, o.latestStopped, o.sharingStopped]);
      expect(columns.sort()).toEqual([
        [0, null, false, null, false, true],
        [2, 'self-care', false, 'emergency', true, false],
        [2, 'urgent', false, 'self-care', false, false],
      ]);
    });

    it('deleting the diary deletes the way to reach its client too', async () => {
      const { therapist } = await clinic();
      const { id, followUp } = await session(therapist);
      const diary = await newDiary();
      await stores.clinics.consent(hashToken(followUp), diary.id, created, 'client@example.org');
      await stores.diaries.deleteDiary(diary.id, at('2026-03-06T09:00:00Z'));
      const row = await database.db.selectFrom('clinic_sessions').select('client_contact').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.client_contact).toBeNull();
    });

    it('a need raised after a member marked it handled makes the session new again; the clinic is told at the check-in', async () => {
      const { therapist, admin } = await clinic();
      const { diary } = await followed(therapist);
      const [{ id }] = (await stores.clinics.dashboard(scopeOf(therapist), 0)).sessions as [MassageSession];
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen, at('2026-03-03T10:00:00Z')), generous);
      const raised = (await stores.clinics.findSession(scopeOf(therapist), id))!;
      expect(raised.attentionAt).toEqual(at('2026-03-03T10:00:00Z'));
      expect(isHandled(raised)).toBe(false);
      expect(await stores.clinics.sharing(diary.id)).toMatchObject({ toldAt: at('2026-03-03T10:00:00Z') });
      const other = await clinic('Other');
      expect(
        await stores.clinics.markHandled(scopeOf(other.admin), id, { by: other.admin.id, at: at('2026-03-03T11:00:00Z'), note: 'x' }),
      ).toBe(false);
      expect(
        await stores.clinics.markHandled(scopeOf(admin), id, { by: admin.id, at: at('2026-03-03T11:00:00Z'), note: 'Called, resting' }),
      ).toBe(true);
      const handled = (await stores.clinics.findSession(scopeOf(therapist), id))!;
      expect(handled.handled).toEqual({ at: at('2026-03-03T11:00:00Z'), by: 'Ann', note: 'Called, resting' });
      expect(isHandled(handled)).toBe(true);
      // The same need again raises nothing new; an emergency does.
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen, at('2026-03-03T12:00:00Z')), generous);
      expect(isHandled((await stores.clinics.findSession(scopeOf(therapist), id))!)).toBe(true);
      await stores.diaries.addCheckIn(
        diary.id,
        checkIn(report({ nerve: { saddleNumbness: true } }, 90), at('2026-03-03T13:00:00Z')),
        generous,
      );
      const again = (await stores.clinics.findSession(scopeOf(therapist), id))!;
      expect(again.attentionAt).toEqual(at('2026-03-03T13:00:00Z'));
      expect(isHandled(again)).toBe(false);
    });

    it('second audit 10, alert pace: one alert per client an hour, across their sessions; a need held back is marked on its session', async () => {
      const { therapist } = await clinic();
      const hour = 3_600_000;
      const first = await session(therapist, 'Client A');
      const second = await session(therapist, 'client a');
      const other = await session(therapist, 'Client B');
      expect(await stores.clinics.alertDue(first.id, at('2026-03-03T09:00:00Z'), hour)).toBe(true);
      // The same client, through another session, within the hour: held back, and the session says so.
      expect(await stores.clinics.alertDue(second.id, at('2026-03-03T09:59:59Z'), hour)).toBe(false);
      expect((await stores.clinics.findSession(scopeOf(therapist), second.id))?.alertHeldAt).toEqual(at('2026-03-03T09:59:59Z'));
      expect(await stores.clinics.alertDue(other.id, at('2026-03-03T09:30:00Z'), hour)).toBe(true);
      expect(await stores.clinics.alertDue(second.id, at('2026-03-03T10:00:00Z'), hour)).toBe(true);
      expect((await stores.clinics.findSession(scopeOf(therapist), second.id))?.alertHeldAt).toBeNull();
      expect(await stores.clinics.alertDue(first.id, at('2026-03-03T10:30:00Z'), hour)).toBe(false);
    });

    it("a check-in keeps the session's dashboard row current; stopping to share leaves the session, marked, and nothing of the diary", async () => {
      const { therapist } = await clinic();
      const { diary, row } = await followed(therapist);
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen), generous);
      expect(await row()).toMatchObject({
        check_ins: 1,
        pressure_flag: true,
        not_easing_flag: true,
        local_signs: true,
        latest_level: 'see-clinician',
      });
      expect(await stores.clinics.stopSharing(diary.id, at('2026-03-05T09:00:00Z'))).toBe(true);
      expect(await row()).toMatchObject({
        diary_id: null,
        sharing_stopped_at: at('2026-03-05T09:00:00Z'),
        check_ins: 0,
        urgency: 0,
        latest_level: null,
        latest_at: null,
        pressure_flag: false,
        not_easing_flag: false,
        local_signs: false,
      });
      expect(await stores.clinics.sharing(diary.id)).toBeUndefined();
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen), generous);
      expect(await row()).toMatchObject({ diary_id: null, check_ins: 0, latest_level: null });
      expect(await stores.clinics.stopSharing(diary.id, at('2026-03-05T10:00:00Z'))).toBe(false);
    });

    it("the session follows each kept check-in, many at once, and no refused one; the diary's row counts what it holds", async () => {
      // Each change the clinic is told of, in the order the check-ins took their turns on the diary.
      const changes: { before: SessionState; after: SessionState }[] = [];
      stores = openStores(database.db, followUpUpdate, {
        followed: async (_transaction, { before, after }) => void changes.push({ before, after }),
      });
      const { therapist } = await clinic();
      const { diary, row } = await followed(therapist);
      // The diary's own count and latest time, which number check-ins and hold them to the limits, against the rows.
      const counted = async () => {
        const own = await database.db
          .selectFrom('diaries')
          .select(['check_ins', 'last_check_in_at'])
          .where('id', '=', diary.id)
          .executeTakeFirstOrThrow();
        const held = await stores.diaries.checkIns(diary.id);
        return { own, held: { check_ins: held.length, last_check_in_at: held.at(-1)?.createdAt ?? null } };
      };
      expect(await counted()).toEqual({ own: { check_ins: 0, last_check_in_at: null }, held: { check_ins: 0, last_check_in_at: null } });
      // Sixteen at once, each at its own time; the sixteenth would be one too many, so one of them is refused.
      const limits = { minIntervalMs: 0, max: 15 };
      const results = await Promise.allSettled(
        Array.from({ length: 16 }, (_, k) =>
          stores.diaries.addCheckIn(diary.id, checkIn(swollen, new Date(at('2026-03-03T09:00:00Z').getTime() + k * 1000)), limits),
        ),
      );
      expect(results.flatMap((r): unknown[] => (r.status === 'rejected' ? [r.reason] : []))).toMatchObject([{ reason: 'too-many' }]);
      const { own, held } = await counted();
      expect(own).toEqual(held);
      expect(own.check_ins).toBe(15);
      expect(await row()).toMatchObject({ check_ins: 15, latest_level: 'see-clinician', pressure_flag: true });
      // Each saw the session as the one before it left it, however long it waited for its turn.
      expect(changes).toHaveLength(15);
      expect(changes.map((change) => change.before)).toEqual([
        { level: null, pressure: false, notEasing: false },
        ...changes.slice(0, -1).map((change) => change.after),
      ]);
      // One too soon changes nothing, of the session or of the diary.
      const later = { minIntervalMs: 3_600_000, max: 300 };
      const used = await lastActive(diary.id);
      await expect(stores.diaries.addCheckIn(diary.id, checkIn(report(), at('2026-03-03T09:30:00Z')), later)).rejects.toMatchObject({
        reason: 'too-soon',
        retryAt: new Date(own.last_check_in_at!.getTime() + 3_600_000),
      });
      expect(await row()).toMatchObject({ check_ins: 15, latest_level: 'see-clinician' });
      expect(await counted()).toEqual({ own, held });
      expect(await lastActive(diary.id)).toEqual(used);
    });

    it('deleting a shared diary leaves the clinic the session, marked as stopped, and nothing of the diary', async () => {
      const { therapist } = await clinic();
      const { diary, row } = await followed(therapist);
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen), generous);
      expect(await stores.diaries.deleteDiary(diary.id, at('2026-03-06T09:00:00Z'))).toBe(true);
      expect(await row()).toMatchObject({
        diary_id: null,
        sharing_stopped_at: at('2026-03-06T09:00:00Z'),
        check_ins: 0,
        latest_level: null,
        pressure_flag: false,
      });
    });

    it('a shared diary deleted for lack of use leaves the clinic the session, marked as stopped, as if its owner deleted it', async () => {
      const { therapist } = await clinic();
      const { diary, row } = await followed(therapist);
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen, at('2026-03-03T09:00:00Z')), generous);
      const deletedAt = at('2026-09-01T00:30:00Z');
      expect(await stores.diaries.deleteInactive(at('2026-08-30T09:00:00Z'), deletedAt, 100)).toEqual([diary.id]);
      expect(await row()).toMatchObject({
        diary_id: null,
        sharing_stopped_at: deletedAt,
        check_ins: 0,
        latest_level: null,
        pressure_flag: false,
        client_contact: null,
      });
    });

    it('one record per client: a reference in any case is the same client; a therapist sees the clients of their own sessions', async () => {
      const { admin, therapist } = await clinic();
      const first = await session(therapist, 'Anna B.');
      await session(therapist, 'anna b.');
      await session(admin, 'Zoe 50%_');
      const [anna] = await stores.clinics.clients(scopeOf(therapist));
      expect(anna).toMatchObject({ reference: 'Anna B.', sessions: 2, id: first.id });
      expect((await stores.clinics.sessionsOf(scopeOf(therapist), anna!.id)).map((s) => s.clientRef)).toEqual(['Anna B.', 'Anna B.']);
      expect((await stores.clinics.clients(scopeOf(admin))).map((c) => c.reference).sort()).toEqual(['Anna B.', 'Zoe 50%_']);
      expect((await stores.clinics.clients(scopeOf(admin), '0%_')).map((c) => c.reference)).toEqual(['Zoe 50%_']);
      expect(await stores.clinics.clients(scopeOf(admin), '%')).toHaveLength(1);
      expect(
        await stores.clinics.findClient(scopeOf(therapist), (await stores.clinics.clients(scopeOf(admin), 'zoe'))[0]!.id),
      ).toBeUndefined();
      const other = await clinic('Other');
      expect(await stores.clinics.findClient(scopeOf(other.admin), anna!.id)).toBeUndefined();
      const sneaky = { ...massageSession(other.therapist), clientId: anna!.id };
      expect(await stores.clinics.recordSession(sneaky)).toBe(false);
    });

    it('a session is corrected or deleted in scope only; deleting a followed one leaves the diary, shared with no one', async () => {
      const { admin, therapist } = await clinic();
      const other = await clinic('Other');
      const { diary, row } = await followed(therapist);
      const { id } = await row();
      const change = { endedAt: at('2026-03-02T16:00:00Z'), massage: { endedAt: '2026-03-02T16:00:00Z', areasWorked: [] }, notes: 'n' };
      expect(await stores.clinics.updateSession(scopeOf(other.admin), id, change)).toBe(false);
      expect(await stores.clinics.updateSession(scopeOf(therapist), id, change)).toBe(true);
      expect(await row()).toMatchObject({ ended_at: change.endedAt, notes: 'n', diary_id: diary.id });
      expect(await stores.clinics.deleteSession(scopeOf(other.admin), id)).toBe(false);
      expect(await stores.clinics.deleteSession(scopeOf(admin), id)).toBe(true);
      expect(await stores.clinics.sharing(diary.id)).toBeUndefined();
      expect(await stores.diaries.checkIns(diary.id)).toEqual([]);
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen), generous);
      expect(await stores.diaries.checkIns(diary.id)).toHaveLength(1);
    });

    it("the dashboard's counters are its filters", async () => {
      const { admin, therapist } = await clinic();
      const { diary } = await followed(therapist);
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen), generous);
      await session(therapist, 'Waiting');
      const board = await stores.clinics.dashboard(scopeOf(admin), 0);
      expect(board.counts).toMatchObject({ clients: 2, waiting: 1, pressure: 1 });
      expect((await stores.clinics.dashboard(scopeOf(admin), 0, 'waiting')).sessions.map((s) => s.clientRef)).toEqual(['Waiting']);
      expect((await stores.clinics.dashboard(scopeOf(admin), 0, 'pressure')).sessions.map((s) => s.clientRef)).toEqual(['A']);
      expect((await stores.clinics.dashboard(scopeOf(admin), 0, 'emergency')).sessions).toEqual([]);
    });

    it("the dashboard's page reads its rows as the whole dashboard does, each with only what a row shows", async () => {
      const { admin, therapist } = await clinic();
      const { diary, row } = await followed(therapist);
      await stores.diaries.addCheckIn(diary.id, checkIn(swollen), generous);
      const handled = { by: admin.id, at: at('2026-03-03T11:00:00Z'), note: 'Called, resting' };
      expect(await stores.clinics.markHandled(scopeOf(admin), (await row()).id, handled)).toBe(true);
      // More than a page of clients, each recorded a minute after the one before: no two rows tie in the order.
      for (let k = 0; k < dashboardPageSize + 2; k++) {
        const input = { ...massageSession(k % 2 ? admin : therapist, `Client ${k}`), at: new Date(created.getTime() + k * 60_000) };
        expect(await stores.clinics.recordSession(input)).toBe(true);
      }
      const shown = [
        ...['id', 'therapistName', 'clientRef', 'endedAt', 'diaryId', 'sharingStoppedAt', 'latestLevel', 'latestAt'],
        ...['checkIns', 'pressureFlag', 'notEasingFlag', 'attentionAt', 'alertHeldAt'],
      ] as const;
      const rowOf = (s: MassageSession) => ({
        ...Object.fromEntries(shown.map((key) => [key, s[key]])),
        handled: s.handled && { at: s.handled.at, by: s.handled.by },
      });
      for (const [who, needs, page, count] of [
        [admin, undefined, 0, dashboardPageSize],
        [admin, undefined, 1, 3],
        [therapist, undefined, 0, 27],
        [admin, 'pressure', 0, 1],
      ] as const) {
        const whole = await stores.clinics.dashboard(scopeOf(who), page, needs);
        const rows = await stores.clinics.dashboardRows(scopeOf(who), page, needs);
        expect(rows.sessions).toHaveLength(count);
        expect(rows.sessions).toEqual(whole.sessions.map(rowOf));
        expect({ ...rows, sessions: [] }).toEqual({ ...whole, sessions: [] });
      }
      const [first] = (await stores.clinics.dashboardRows(scopeOf(admin), 0, 'pressure')).sessions;
      expect(first!.handled).toEqual({ at: handled.at, by: admin.name });
    });

    it("cancelling an invitation ends its link, and only that clinic's", async () => {
      const { admin } = await clinic();
      const invitation = (clinicId: string) => ({
        ...{ purpose: 'invitation' as const, userId: null, clinicId, email: 'new@example.org', name: 'New', role: 'therapist' as const },
        ...{ clinicName: null, timeZone: null, invitedBy: admin.id, createdAt: created, expiresAt: at('2026-03-09T18:00:00Z') },
      });
      await stores.clinics.createLink('mine', invitation(admin.clinicId));
      await stores.clinics.createLink('kept', invitation(admin.clinicId));
      expect(await stores.clinics.cancelInvitations(randomUUID(), 'new@example.org', created)).toBe(0);
      expect(await stores.clinics.cancelInvitations(admin.clinicId, 'new@example.org', created, 'kept')).toBe(1);
      expect(await stores.clinics.findLink('mine', created)).toBeUndefined();
      expect(await stores.clinics.findLink('kept', created)).toBeDefined();
    });

    it('keeps the audit log as codes with their values, newest first, in its clinic only; an entry from before codes reads as written', async () => {
      const { admin, therapist } = await clinic();
      const other = await clinic('Elsewhere');
      const entry = (who: Member, minutes: number) => ({ clinicId: who.clinicId, userId: who.id, at: at(`2026-03-03T09:${minutes}:00Z`) });
      await stores.clinics.audit({ ...entry(therapist, 10), code: 'session.deleted', values: { client: 'Ann’s “back”', session: 's1' } });
      await stores.clinics.audit({ ...entry(admin, 20), code: 'alerts.changed', values: { instant: true, digest: false } });
      await stores.clinics.audit({ ...entry(other.admin, 30), code: 'clients.searched', values: { found: 2 } });
      await database.db
        .insertInto('audit_log')
        .values({
          clinic_id: admin.clinicId,
          user_id: admin.id,
          action: 'viewed a client',
          subject: 'Old (1)',
          at: at('2026-03-01T09:00:00Z'),
        })
        .execute();
      expect(await stores.clinics.auditLog(admin.clinicId, 10)).toEqual([
        {
          at: at('2026-03-03T09:20:00Z'),
          event: { code: 'alerts.changed', values: { instant: true, digest: false } },
          name: 'Ann',
          email: admin.email,
        },
        {
          at: at('2026-03-03T09:10:00Z'),
          event: { code: 'session.deleted', values: { client: 'Ann’s “back”', session: 's1' } },
          name: 'Sam',
          email: therapist.email,
        },
        {
          at: at('2026-03-01T09:00:00Z'),
          event: { code: null, action: 'viewed a client', subject: 'Old (1)' },
          name: 'Ann',
          email: admin.email,
        },
      ]);
      expect(await stores.clinics.auditLog(admin.clinicId, 1)).toHaveLength(1);
    });

    it('work in one transaction happens all together or not at all', async () => {
      const { therapist } = await clinic();
      const { followUp } = await session(therapist);
      const failed = await stores
        .transaction(async ({ diaries, clinics }) => {
          const diary = await diaries.createDiary({
            id: randomUUID(),
            tokenHash: 'x',
            massage,
            timeZone: 'UTC',
            language: 'en',
            createdAt: created,
          });
          await clinics.consent(hashToken(followUp), diary.id, created);
          throw new Error('changed my mind');
        })
        .catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(Error);
      expect(await database.db.selectFrom('diaries').selectAll().execute()).toEqual([]);
      expect(await stores.clinics.byFollowUpLink(hashToken(followUp))).toBeDefined();
    });
  });

  runHousekeepingContract(engine, () => ({ database, stores }));
}
