// One storage suite for every engine (STYLE 11): the embedded engine and PostgreSQL run the same tests.
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { assess } from '../engine/assess.ts';
import type { Database } from './database.ts';
import { diaryStore, type DiaryStore } from './diaries.ts';
import { hashToken, newToken } from './tokens.ts';

export function runStoreContract(engine: string, open: () => Promise<Database>) {
  describe(`the diary store on ${engine}`, () => {
    let database: Database;
    let store: DiaryStore;
    beforeEach(async () => {
      await database?.close();
      database = await open();
      store = diaryStore(database.db);
    });
    afterAll(async () => database?.close());

    const massage = report().massage;
    const newDiary = () => store.createDiary({ tokenHash: hashToken(newToken()), massage, timeZone: 'Europe/London', createdAt: new Date('2026-03-02T18:00:00Z') });

    it('creates a diary and finds it by the hash of its token only', async () => {
      const token = newToken();
      const diary = await store.createDiary({ tokenHash: hashToken(token), massage, timeZone: 'Europe/London', createdAt: new Date('2026-03-02T18:00:00Z') });
      expect(await store.findDiary(hashToken(token))).toEqual(diary);
      expect(await store.findDiary(token)).toBeUndefined();
      const stored = await database.db.selectFrom('diaries').selectAll().execute();
      expect(JSON.stringify(stored)).not.toContain(token);
    });

    it('keeps check-ins in order, with the report and assessment intact', async () => {
      const diary = await newDiary();
      for (const hours of [16, 40, 80]) {
        const r = report({}, hours);
        await store.addCheckIn(diary.id, r, assess(r));
      }
      const checkIns = await store.checkIns(diary.id);
      expect(checkIns.map((c) => c.seq)).toEqual([1, 2, 3]);
      expect(checkIns[2]!.report).toEqual(report({}, 80));
      expect(checkIns[2]!.assessment).toEqual(JSON.parse(JSON.stringify(assess(report({}, 80)))));
    });

    it('numbers check-ins added at the same moment without a gap or a repeat', async () => {
      const diary = await newDiary();
      const r = report();
      await Promise.all(Array.from({ length: 24 }, () => store.addCheckIn(diary.id, r, assess(r))));
      expect((await store.checkIns(diary.id)).map((c) => c.seq)).toEqual(Array.from({ length: 24 }, (_, k) => k + 1));
    });

    it('refuses a check-in for a diary that does not exist', async () => {
      const r = report();
      await expect(store.addCheckIn('no-such-diary', r, assess(r))).rejects.toThrow();
    });

    it('deletes a diary for real: no row of it is left', async () => {
      const keep = await newDiary();
      const gone = await newDiary();
      const r = report();
      await store.addCheckIn(keep.id, r, assess(r));
      await store.addCheckIn(gone.id, r, assess(r));
      expect(await store.deleteDiary(gone.id, new Date('2026-03-05T09:00:00Z'))).toBe(true);
      const count = async (table: 'diaries' | 'check_ins', column: 'id' | 'diary_id', id: string) =>
        Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(database.db)).rows[0]!.n);
      expect(await count('diaries', 'id', gone.id)).toBe(0);
      expect(await count('check_ins', 'diary_id', gone.id)).toBe(0);
      expect(await count('check_ins', 'diary_id', keep.id)).toBe(1);
      expect(await store.deleteDiary(gone.id, new Date('2026-03-05T09:00:00Z'))).toBe(false);
    });

    /** A clinic session that follows `diaryId`, as the follow-up link leaves it after consent. */
    async function followedBy(diaryId: string) {
      const at = new Date('2026-03-02T18:00:00Z');
      const id = newToken();
      await database.db.insertInto('clinics').values({ id, name: 'Calm Hands', created_at: at }).execute();
      await database.db.insertInto('users').values({ id, clinic_id: id, email: `${id}@example.org`, name: 'Sam', role: 'therapist', created_at: at }).execute();
      await database.db.insertInto('clinic_sessions').values({
        id, clinic_id: id, therapist_id: id, client_ref: 'A', ended_at: at, massage: sql`${JSON.stringify(massage)}::jsonb`,
        follow_up_hash: hashToken(newToken()), created_at: at, diary_id: diaryId, consented_at: at,
      }).execute();
      return async () => database.db.selectFrom('clinic_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    }
    const swollen = report({ localSigns: { swelling: true }, pain: { severity: 6, trend: 'worse' } }, 80);

    it('says which clinic a diary is shared with, and since when', async () => {
      const diary = await newDiary();
      expect(await store.sharing(diary.id)).toBeUndefined();
      await followedBy(diary.id);
      expect(await store.sharing(diary.id)).toEqual({ clinicName: 'Calm Hands', since: new Date('2026-03-02T18:00:00Z') });
    });

    it('stops sharing: the clinic keeps the session, marked, and nothing of the diary; later check-ins stay private', async () => {
      const diary = await newDiary();
      const session = await followedBy(diary.id);
      await store.addCheckIn(diary.id, swollen, assess(swollen));
      expect(await session()).toMatchObject({ check_ins: 1, pressure_flag: true, latest_level: 'see-clinician' });
      expect(await store.stopSharing(diary.id, new Date('2026-03-05T09:00:00Z'))).toBe(true);
      expect(await session()).toMatchObject({
        diary_id: null, sharing_stopped_at: new Date('2026-03-05T09:00:00Z'), check_ins: 0, urgency: 0,
        latest_level: null, latest_at: null, pressure_flag: false, not_easing_flag: false, local_signs: false,
      });
      expect(await store.sharing(diary.id)).toBeUndefined();
      await store.addCheckIn(diary.id, swollen, assess(swollen));
      expect(await session()).toMatchObject({ diary_id: null, check_ins: 0, latest_level: null });
      expect(await store.checkIns(diary.id)).toHaveLength(2);
      expect(await store.stopSharing(diary.id, new Date('2026-03-05T10:00:00Z'))).toBe(false);
    });

    it('deleting a shared diary leaves the clinic the session, marked as stopped, and nothing of the diary', async () => {
      const diary = await newDiary();
      const session = await followedBy(diary.id);
      await store.addCheckIn(diary.id, swollen, assess(swollen));
      expect(await store.deleteDiary(diary.id, new Date('2026-03-06T09:00:00Z'))).toBe(true);
      expect(await session()).toMatchObject({ diary_id: null, sharing_stopped_at: new Date('2026-03-06T09:00:00Z'), check_ins: 0, latest_level: null, pressure_flag: false });
    });
  });
}
