// One set of planned check-ins: the diary page, the API's plannedCheckIns and reminders.ics (read back by two
// parsers and the strict line check) agree, in several time zones including one at +13:45; and while the advice
// is to get care first, none of them plans a check-in.
import ICAL from 'ical.js';
import ical from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import { appWithStore } from '../../test/support/app-with-store.ts';
import { icalProblems } from '../../test/support/ical-lines.ts';
import { checkInBody, report } from '../../test/support/reports.ts';
import { localTime } from '../present/time.ts';

let harness: Awaited<ReturnType<typeof appWithStore>> | undefined;
afterEach(async () => harness?.close());

async function diaryWith(timeZone: string, changes: Parameters<typeof report>[0], hours: number) {
  const first = report(changes, hours);
  harness = await appWithStore(first.reportedAt);
  const created = await harness.app.inject({
    method: 'POST',
    url: '/api/v1/diaries',
    payload: JSON.stringify({ report: first, timeZone }),
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ token: string }>().token;
}

async function threeViews(token: string, timeZone: string) {
  const api = (await harness!.app.inject({ url: `/api/v1/diaries/${token}` })).json<{ plannedCheckIns: string[] }>();
  const page = (await harness!.app.inject({ url: `/diary/${token}` })).body;
  const ics = await harness!.app.inject({ url: `/diary/${token}/reminders.ics` });
  const apiIcs = await harness!.app.inject({ url: `/api/v1/diaries/${token}/reminders.ics` });
  expect(ics.body).toBe(apiIcs.body);
  for (const answer of [ics, apiIcs]) expect(answer.headers['cache-control']).toBe('no-store');
  expect(icalProblems(ics.body)).toEqual([]);
  const byIcalJs = new ICAL.Component(ICAL.parse(ics.body))
    .getAllSubcomponents('vevent')
    .map((e) => new ICAL.Event(e).startDate.toJSDate().getTime());
  const byNodeIcal = Object.values(ical.sync.parseICS(ics.body))
    .filter((c): c is ical.VEvent => c?.type === 'VEVENT')
    .map((e) => e.start.getTime());
  expect(byNodeIcal).toEqual(byIcalJs);
  const shown = /Next check-in: <strong>([^<]+)<\/strong>/.exec(page)?.[1] ?? null;
  return { planned: api.plannedCheckIns.map((t) => Date.parse(t)), events: byIcalJs, shown, page, ics: ics.body, zone: timeZone };
}

describe('planned check-ins', () => {
  it.each(['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'])(
    'self-care on the first day, in %s: the page, the API and the calendar hold the same one time, in the diary zone',
    async (zone) => {
      const token = await diaryWith(zone, {}, 16);
      const views = await threeViews(token, zone);
      expect(views.planned).toHaveLength(1);
      expect(views.events).toEqual(views.planned);
      expect(views.shown).toBe(localTime(views.planned[0]!, zone, 'en'));
    },
  );

  it('see a clinician before 72 hours: one check-in a day later, not a second, earlier one at 72 hours', async () => {
    const token = await diaryWith(
      'Pacific/Chatham',
      { pain: { qualities: ['sharp'] }, history: { aged70OrOver: false, fragileBones: false } },
      60,
    );
    const views = await threeViews(token, 'Pacific/Chatham');
    const reportedAt = Date.parse(report({}, 60).reportedAt);
    expect(views.planned).toEqual([reportedAt + 24 * 3_600_000]);
    expect(views.events).toEqual(views.planned);
    expect(views.shown).toBe(localTime(views.planned[0]!, 'Pacific/Chatham', 'en'));
  });

  it('after a change of advice, the calendar says what changed, as the page does: it reads the last two check-ins', async () => {
    const token = await diaryWith(
      'Europe/London',
      { pain: { qualities: ['sharp'] }, history: { aged70OrOver: false, fragileBones: false } },
      16,
    );
    const later = report({}, 40);
    harness!.setNow(later.reportedAt);
    const second = await harness!.app.inject({ method: 'POST', url: `/api/v1/diaries/${token}/check-ins`, payload: checkInBody(later) });
    expect(second.statusCode, second.body).toBe(201);
    const views = await threeViews(token, 'Europe/London');
    expect(views.page).toContain('Good news: the advice is less urgent now.');
    expect(views.events).toEqual(views.planned);
    const events = new ICAL.Component(ICAL.parse(views.ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]!.getFirstPropertyValue('description')).toContain('Good news: the advice is less urgent now.');
  });

  it.each([
    ['urgent', { general: { fever: true } }],
    ['emergency', { bladderBowel: { bladderControlLoss: true } }],
  ] as const)('%s: no check-in anywhere; the calendar says why, as the page does', async (_level, changes) => {
    const token = await diaryWith('Europe/London', changes, 30);
    const views = await threeViews(token, 'Europe/London');
    expect(views.planned).toEqual([]);
    expect(views.events).toEqual([]);
    expect(views.shown).toBeNull();
    expect(views.page).toContain('No check-in is planned: get the care the advice says first.');
    const note = new ICAL.Component(ICAL.parse(views.ics)).getFirstSubcomponent('vjournal')!;
    expect(note.getFirstPropertyValue('description')).toContain('No check-in is planned: get the care the advice says first.');
    expect(views.ics).not.toContain('advice changed');
  });
});
