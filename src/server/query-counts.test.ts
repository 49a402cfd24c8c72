// What a page costs the database (issue 18): a diary's page, a check-in and the clinic's dashboard each send a fixed
// number of statements, whatever the diary or the clinic holds. N check-ins, or N clients, never cost N queries.
import { createECDH, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import { engines } from '../../test/support/app-with-store.ts';
import { checkInBody, report } from '../../test/support/reports.ts';

describe.each(engines())('statements per request (%s)', { timeout: 120_000 }, (engine) => {
  let h: ClinicHarness;
  afterEach(async () => h?.close());

  /** What one request costs the database, once the work it left for after its answer is done: statements, and what they answered. */
  async function costOf(request: () => Promise<{ statusCode: number; body: string }>) {
    await h.settled();
    const [statements, received] = [h.statements(), h.received()];
    const response = await request();
    expect(response.statusCode, response.body).toBeLessThan(400);
    await h.settled();
    return { statements: h.statements() - statements, received: h.received() - received };
  }
  const statementsOf = async (request: Parameters<typeof costOf>[0]) => (await costOf(request)).statements;
  const receivedBy = async (request: Parameters<typeof costOf>[0]) => (await costOf(request)).received;

  /**
   * A diary started by the API: its token, and what a check-in is whole (its report and its assessment, as JSON),
   * against which what a reader receives for each further check-in is measured.
   */
  async function diaryByApi() {
    const started = await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: { report: report() } });
    const { token, checkIns: first } = started.json<{ token: string; checkIns: { report: unknown; assessment: unknown }[] }>();
    return { token, whole: JSON.stringify([first[0]!.report, first[0]!.assessment]).length };
  }
  /** `count` more check-ins to the diary, by the API, each kept. */
  async function checkInsTo(token: string, count: number) {
    for (let k = 0; k < count; k++) {
      const response = await h.app.inject({ method: 'POST', url: `/api/v1/diaries/${token}/check-ins`, payload: checkInBody(report()) });
      expect(response.statusCode, response.body).toBe(201);
    }
  }

  it("a diary's page reads the diary with its check-ins at once: the same statements for 1 check-in as for 12", async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine, app: { checkInLimits: { minIntervalMs: 0, max: 300 } } });
    const started = await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: { report: report() } });
    const { token } = started.json<{ token: string }>();
    const page = () => h.app.inject({ method: 'GET', url: `/diary/${token}` });
    const checkIn = () => h.app.inject({ method: 'POST', url: `/api/v1/diaries/${token}/check-ins`, payload: checkInBody(report()) });

    const withOne = await statementsOf(page);
    // The diary with its check-ins, whom it is shared with, and what it keeps to remind (its address and devices): one.
    expect(withOne).toBe(1);
    const checkIns = [];
    for (let k = 0; k < 11; k++) checkIns.push(await statementsOf(checkIn));
    // The diary read, then in one transaction one statement: the diary's row updated (which holds the check-ins to it
    // in turn), the check-in numbered, checked against the limits and kept, and the session following it (if any)
    // brought up to date.
    expect(checkIns).toEqual(Array.from({ length: 11 }, () => 2));
    expect(await statementsOf(page)).toBe(withOne);
  });

  it("a diary's page and a check-in read what they use: each check-in past the two the page words adds only its glance", async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine, app: { checkInLimits: { minIntervalMs: 0, max: 300 } } });
    // The page shows of a check-in its time, pain score and level.
    const { token, whole } = await diaryByApi();
    const page = () => h.app.inject({ method: 'GET', url: `/diary/${token}` });
    const checkIn = () => h.app.inject({ method: 'POST', url: `/api/v1/diaries/${token}/check-ins`, payload: checkInBody(report()) });

    await checkInsTo(token, 2);
    const [pageOfThree, checkInToThree] = [await receivedBy(page), await receivedBy(checkIn)];
    await checkInsTo(token, 8);
    const [pageOfTwelve, checkInToTwelve] = [await receivedBy(page), await receivedBy(checkIn)];
    // Nine more check-ins: a fifth of what they are whole is more than their glances (times, score, level, policy).
    expect((pageOfTwelve - pageOfThree) / 9).toBeLessThan(whole / 5);
    expect((checkInToTwelve - checkInToThree) / 9).toBeLessThan(whole / 5);
    expect(whole).toBeGreaterThan(2000);
  });

  it("a check-in's form, a check-in sent with it and the reminders' routes read each check-in at a glance", async () => {
    // With the job queue, as the server runs: the reminders' routes are there only with it.
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      jobs: { retryLimit: 0 },
      app: { checkInLimits: { minIntervalMs: 0, max: 300 } },
    });
    const { token, whole } = await diaryByApi();
    const form = () => h.app.inject({ method: 'GET', url: `/diary/${token}/check-in` });
    const sent = async () => {
      const response = await h.app.inject({
        method: 'POST',
        url: `/diary/${token}/check-in`,
        payload: new URLSearchParams({ sinceLastCheckIn: 'none', 'pain.severity': '4', bleedingRisk: 'none' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      // Kept: the short check-in, its answers carried from the last whole one (kept by the API without policy 3's
      // bleeding question, which the short check-in asks then).
      expect(response.statusCode, response.body).toBe(303);
      return response;
    };
    // The reminders' routes open the diary for its id alone: here, stopping its mails.
    const stopMails = () =>
      h.app.inject({
        method: 'POST',
        url: `/diary/${token}/reminders/email`,
        payload: 'stop=1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });

    // And turning push on, which then reads the latest check-in alone, whole, to plan its reminders. Measured
    // a month on by the app's clock, when the planned check-in is past and no reminder is queued: the job queue runs on
    // the real clock, and a reminder it worked would read the diary in some later measurement.
    let devices = 0;
    const pushOn = async () => {
      const key = createECDH('prime256v1');
      key.generateKeys();
      const endpoint = `https://fcm.googleapis.com/fcm/send/device-${devices++}`;
      const keys = { p256dh: key.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
      h.setNow('2026-04-03T09:00:00Z');
      const response = await h.app.inject({ method: 'POST', url: `/diary/${token}/reminders/push`, payload: { endpoint, keys } });
      h.setNow('2026-03-03T09:00:00Z');
      // Off again: the check-ins that follow have no device to remind.
      const off = await h.app.inject({ method: 'POST', url: `/diary/${token}/reminders/push/off`, payload: { endpoint } });
      expect(off.statusCode, off.body).toBe(200);
      return response;
    };

    /** What each request receives, in this order: the check-in sent adds one, pushed on then off leaves no device. */
    const receivedByEach = async () => ({
      form: await receivedBy(form),
      sent: await receivedBy(sent),
      stop: await receivedBy(stopMails),
      push: await receivedBy(pushOn),
    });

    await checkInsTo(token, 2);
    // The last whole one is read alongside, in the diary's one query.
    expect(await statementsOf(form)).toBe(1);
    const atThree = await receivedByEach();
    await checkInsTo(token, 9);
    const atThirteen = await receivedByEach();
    // Ten more check-ins each time: a fifth of what they are whole is more than their glances.
    for (const request of ['form', 'sent', 'stop', 'push'] as const)
      expect((atThirteen[request] - atThree[request]) / 10, request).toBeLessThan(whole / 5);
    expect(whole).toBeGreaterThan(2000);
    expect((await h.app.inject({ url: `/api/v1/diaries/${token}` })).json<{ checkIns: unknown[] }>().checkIns).toHaveLength(14);
  });

  it('the calendar, and confirming an address with the reminders it queues, read the latest check-ins, not each whole', async () => {
    // With the job queue, as the server runs: the address's routes are there only with it, and it works the reminders.
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      jobs: { retryLimit: 0 },
      app: { checkInLimits: { minIntervalMs: 0, max: 300 } },
    });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };

    /**
     * What confirming an address costs the database, with all it sets going: its page, and the reminders it queues
     * for the planned check-in, the one due and the one missed (each checked by its job against the latest
     * check-in, then mailed), until the job queue has nothing left. A reminder's job is queued once for each diary
     * and planned time: hence a diary for each measure.
     */
    const confirming = async (token: string) => {
      const asked = await h.app.inject({
        method: 'POST',
        url: `/diary/${token}/reminders/email`,
        payload: new URLSearchParams({ email: 'pat@example.org' }).toString(),
        headers: form,
      });
      expect(asked.headers.location).toContain('reminders=confirm-sent');
      await h.jobs!.settled();
      const path = /(\/reminders\/confirm\/[A-Za-z0-9_-]{43})/.exec(h.mail.at(-1)!.text)![1]!;
      const mails = h.mail.length;
      await h.settled();
      const before = h.received();
      const page = await h.app.inject({ method: 'POST', url: path });
      expect(page.body).toContain('Email reminders are on');
      // The job queue runs on the real clock, months past the test's: the reminders are due at once, and run now.
      await h.jobs!.settled();
      await h.settled();
      const cost = h.received() - before;
      // The reminders really were checked and sent: the one due and the one missed, each by mail.
      expect(h.mail.slice(mails).map((mail) => mail.to)).toEqual(['pat@example.org', 'pat@example.org']);
      return cost;
    };

    const receivedByEach = async (token: string) => ({
      calendar: await receivedBy(() => h.app.inject({ url: `/diary/${token}/reminders.ics` })),
      apiCalendar: await receivedBy(() => h.app.inject({ url: `/api/v1/diaries/${token}/reminders.ics` })),
      confirming: await confirming(token),
    });

    // A diary of 3 check-ins, and one of 13.
    const three = await diaryByApi();
    await checkInsTo(three.token, 2);
    const atThree = await receivedByEach(three.token);
    const thirteen = await diaryByApi();
    await checkInsTo(thirteen.token, 12);
    const atThirteen = await receivedByEach(thirteen.token);
    const { whole } = three;
    // Ten more check-ins: a fifth of what they are whole is more than their glances.
    for (const request of ['calendar', 'apiCalendar', 'confirming'] as const)
      expect((atThirteen[request] - atThree[request]) / 10, request).toBeLessThan(whole / 5);
    expect(whole).toBeGreaterThan(2000);
  });

  it("a diary's page waits for the database once: the diary, with whom it is shared with and its reminders", async () => {
    // With the job queue, as the server runs: the page shows the reminders it keeps.
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine, jobs: { retryLimit: 0 } });
    const started = await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: { report: report() } });
    const { token } = started.json<{ token: string }>();
    await h.settled();
    const [statements, waits] = [h.statements(), h.waits()];
    const page = await h.app.inject({ method: 'GET', url: `/diary/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="reminder-email"');
    await h.settled();
    expect({ statements: h.statements() - statements, waits: h.waits() - waits }).toEqual({ statements: 1, waits: 1 });
  });

  it("a shared diary's page with an address and devices still waits once, and shows all of them, devices oldest first", async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine, jobs: { retryLimit: 0 } });
    const admin = await h.signUp('Calm Hands', 'admin@calm.example');
    const { diary: token } = await h.clientFollowsUp((await h.recordSession(admin, 'C-1')).link, {});
    await h.settled();
    const db = h.database.db;
    const { diary_id: diaryId } = await db.selectFrom('clinic_sessions').select('diary_id').executeTakeFirstOrThrow();
    await db.updateTable('clinics').set({ contact_line: 'Call 01632 960 123' }).execute();
    await db
      .updateTable('clinic_sessions')
      .set({ attention_at: new Date('2026-03-03T10:17:00Z') })
      .execute();
    await db
      .updateTable('diaries')
      .set({ reminder_email: 'client@example.org', reminder_email_confirmed_at: new Date('2026-03-03T09:10:00Z') })
      .where('id', '=', diaryId!)
      .execute();
    for (const [id, endpoint, at] of [
      ['00000000-0000-4000-8000-00000000000b', 'https://updates.push.services.mozilla.com/wpush/v2/b', '2026-03-03T11:00:00Z'],
      ['00000000-0000-4000-8000-00000000000a', 'https://fcm.googleapis.com/fcm/send/a', '2026-03-03T10:00:00Z'],
    ] as const)
      await db
        .insertInto('push_subscriptions')
        .values({ id, diary_id: diaryId!, endpoint, p256dh: 'p', auth: 'a', created_at: new Date(at) })
        .execute();
    const [statements, waits] = [h.statements(), h.waits()];
    const page = (await h.app.inject({ url: `/diary/${token}` })).body;
    await h.settled();
    expect({ statements: h.statements() - statements, waits: h.waits() - waits }).toEqual({ statements: 1, waits: 1 });
    for (const shown of [
      'Shared with Calm Hands',
      'You agreed on Tue 3 Mar, 09:00',
      'To reach Calm Hands: Call 01632 960 123',
      'Calm Hands was told on Tue 3 Mar, 10:17',
      'Email reminders go to <strong>client@example.org</strong>',
    ])
      expect(page).toContain(shown);
    const devices = [...page.matchAll(/>(\w+)[^<]*, added (Tue 3 Mar, \d\d:\d\d)\n/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(devices).toEqual(['Chrome Tue 3 Mar, 10:00', 'Firefox Tue 3 Mar, 11:00']);
  });

  it('a check-in waits for the database twice besides its begin and commit, with the job queue as the server runs', async () => {
    // The diary with its check-ins; then in one transaction one statement: its row updated, the check-in numbered and
    // kept, whether a reminder could reach anyone read (for the reminders' hook), and the session following it
    // brought up to date (four statements and four waits before, in issue 18's twelfth round).
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      jobs: { retryLimit: 0 },
      app: { checkInLimits: { minIntervalMs: 0, max: 300 } },
    });
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link } = await h.recordSession(admin, 'Client P');
    const { diary: token } = await h.clientFollowsUp(link, {});
    await h.settled();
    const [statements, waits] = [h.statements(), h.waits()];
    const checkIn = await h.app.inject({ method: 'POST', url: `/api/v1/diaries/${token}/check-ins`, payload: checkInBody(report()) });
    expect(checkIn.statusCode, checkIn.body).toBe(201);
    await h.settled();
    expect({ statements: h.statements() - statements, waits: h.waits() - waits }).toEqual({ statements: 2, waits: 2 });
    // The session followed the check-in in that statement.
    const [session] = await h.database.db.selectFrom('clinic_sessions').select(['check_ins', 'latest_level']).execute();
    expect(session).toEqual({ check_ins: 2, latest_level: checkIn.json<{ assessment: { level: string } }>().assessment.level });
  });

  it('the dashboard reads its page and its counters in two queries: the same statements for 1 client as for 4', async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine });
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    await h.recordSession(admin, 'First');
    const dashboard = () => admin.get('/clinic');
    const withOne = await statementsOf(dashboard);
    // The member's session, the page of clients, the counters with each member's share, and the audit of the view.
    expect(withOne).toBeLessThanOrEqual(4);
    for (const client of ['Second', 'Third', 'Fourth']) {
      const { link } = await h.recordSession(admin, client);
      await h.clientFollowsUp(link, {});
    }
    expect(await statementsOf(dashboard)).toBe(withOne);
  });

  it("the dashboard's page reads what its rows show: a session's notes and massage are not read; the API's sessions are whole", async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine });
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    await h.recordSession(admin, 'First');
    const [page, api] = [() => admin.get('/clinic'), () => admin.get('/api/v1/clinic/sessions')];
    const before = { page: await receivedBy(page), api: await receivedBy(api) };
    // What only the session's own page shows grows by 6,000 characters.
    const notes = 'n'.repeat(3000);
    const massage = { endedAt: '2026-03-02T17:00:00.000Z', areasWorked: ['psoas'], style: 'deep-tissue', note: 'm'.repeat(3000) };
    await h.database.db
      .updateTable('clinic_sessions')
      .set({ notes, massage: JSON.stringify(massage) })
      .execute();
    expect((await receivedBy(page)) - before.page).toBeLessThan(100);
    expect((await receivedBy(api)) - before.api).toBeGreaterThan(5000);
  });

  it('the dashboard waits for the database twice: the member, then the page, the counters and the audit of the view together', async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine });
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    await h.recordSession(admin, 'First');
    await h.settled();
    const [statements, waits] = [h.statements(), h.waits()];
    const response = await admin.get('/clinic');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('First');
    await h.settled();
    expect({ statements: h.statements() - statements, waits: h.waits() - waits }).toEqual({ statements: 4, waits: 2 });
  });
});
