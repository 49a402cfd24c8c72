// A diary's page reads each check-in at a glance and only the latest two whole (issue 18): the page it makes from
// that read is the page it would make from every check-in read whole, in every language, emergency included.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFor } from '../../../test/support/app-with-store.ts';
import { report, report3 } from '../../../test/support/reports.ts';
import { followUpUpdate } from '../../clinic/follow-up.ts';
import type { StoppedReport } from '../../contract/types.ts';
import {
  checkInOpensAt,
  defaultCheckInLimits,
  inWordsOf,
  latestInWordsOf,
  plannedCheckIns,
  type OpenDiaryAtAGlance,
} from '../../diary/service.ts';
import { assess, assessStopped, currentPolicy, policy2 } from '../../engine/assess.ts';
import { languages } from '../../i18n/languages.ts';
import { translator } from '../../i18n/messages.ts';
import type { Database } from '../../store/database.ts';
import type { Diary } from '../../store/diaries.ts';
import { openStores, type Stores } from '../../store/stores.ts';
import { diaryPage, shownWhole } from './diary.ts';

const generous = { minIntervalMs: 0, max: 300 };
const now = new Date('2026-03-03T13:00:00Z');

let database: Database;
let stores: Stores;
let diary: Diary;
beforeAll(async () => {
  database = await openFor('pglite');
  stores = openStores(database.db, followUpUpdate);
  const first = report({ pain: { severity: 6 } });
  diary = await stores.diaries.createDiary({
    id: randomUUID(),
    tokenHash: 'diary-page-test',
    massage: first.massage,
    timeZone: 'Europe/Madrid',
    language: 'en',
    createdAt: new Date('2026-03-02T18:00:00Z'),
  });
  const en = translator('en');
  const keep = (checkIn: Parameters<Stores['diaries']['addCheckIn']>[1]) => stores.diaries.addCheckIn(diary.id, checkIn, generous);
  // Policy 2 (an older policy: its row is marked), then policy 3 twice, then a check-in stopped at an emergency answer.
  await keep({ id: randomUUID(), report: first, assessment: assess(first, policy2, en), at: new Date('2026-03-03T09:00:00Z') });
  for (const [severity, at] of [
    [4, '2026-03-03T10:00:00Z'],
    [3, '2026-03-03T11:00:00Z'],
  ] as const) {
    const later = report3({ pain: { severity } });
    await keep({ id: randomUUID(), report: later, assessment: assess(later, currentPolicy, en), at: new Date(at) });
  }
  const stopped: StoppedReport = { reportedAt: '2026-03-03T12:00:00Z', massage: first.massage, bladderBowel: { bowelControlLoss: true } };
  await keep({
    id: randomUUID(),
    report: stopped,
    stopped: true,
    assessment: assessStopped(stopped, currentPolicy, en)!,
    at: new Date('2026-03-03T12:00:00Z'),
  });
});
afterAll(async () => database?.close());

describe("a diary's page", () => {
  it('is the same read at a glance as read whole: the banner, the emergency call, the chart, the table and its marks', async () => {
    const glance = (await stores.diaries.useDiaryAtAGlance({ id: diary.id }, now, shownWhole))!;
    const whole = (await stores.diaries.useDiary({ id: diary.id }, now))!;
    expect(glance.checkIns).toHaveLength(4);
    for (const language of languages) {
      const t = translator(language);
      const shell = { t, path: '/diary/x' };
      const worded = inWordsOf(whole, t);
      const fromWhole: OpenDiaryAtAGlance = { ...worded, latest: worded.checkIns.slice(-shownWhole), alongside: {} };
      const page = (open: OpenDiaryAtAGlance) =>
        diaryPage(
          shell,
          open,
          '/diary/x',
          now,
          {},
          false,
          undefined,
          'https://aftercare.example/diary/x',
          checkInOpensAt({ checkInLimits: defaultCheckInLimits }, open, now),
        );
      const atAGlance = page(latestInWordsOf(glance, t));
      expect(atAGlance).toBe(page(fromWhole));
      // What the page is there for, so that the comparison compares something: the emergency's call, and the change.
      expect(atAGlance).toContain('href="/emergency"');
      expect(atAGlance).toContain(`<p class="banner-level">${t('diary.change.heading')}</p>`);
      expect(atAGlance).toContain(t('diary.checkIns.olderPolicyMark'));
    }
  });

  it('refuses a diary read with too few check-ins whole, instead of showing no latest advice', async () => {
    const t = translator('en');
    const none = (await stores.diaries.useDiaryAtAGlance({ id: diary.id }, now, 0))!;
    const one = (await stores.diaries.useDiaryAtAGlance({ id: diary.id }, now, 1))!;
    for (const open of [none, one]) expect(() => diaryPage({ t, path: '/diary/x' }, open, '/diary/x', now)).toThrow(/read whole/);
    // Nor does the plan take a diary read with none whole for one with no check-in.
    expect(() => plannedCheckIns(none)).toThrow(/no check-in whole/);
    expect(plannedCheckIns(one)).toEqual(plannedCheckIns((await stores.diaries.useDiary({ id: diary.id }, now))!));
  });
});
