// Second audit 4 and 9: reminder mail only to an address that confirmed, a few confirmation mails a day to one
// address, never again to an address that stopped them, reminders planned on the server's clock; and failed jobs
// that leave a trace in the log without the address or a link. Email through a real SMTP server on loopback.
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appWithStore, engines } from '../../test/support/app-with-store.ts';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import { report } from '../../test/support/reports.ts';
import { testPushService, type TestPushService } from '../../test/support/push-service.ts';
import { testSmtp, type TestSmtp } from '../../test/support/smtp.ts';
import { smtpMailer } from '../clinic/mailer.ts';
import { checkInIntervalMs } from '../diary/service.ts';
import { jobsSchemaOf } from '../jobs/queue.ts';
import { hashToken } from '../store/tokens.ts';

let smtp: TestSmtp;
let push: TestPushService;
beforeAll(async () => {
  smtp = await testSmtp();
  push = await testPushService();
  // The embedded database's template is built once, here, in a hook's time rather than in the first test's.
  await (await appWithStore()).close();
});
afterAll(async () => {
  await smtp.close();
  await push.close();
});

const site = 'https://aftercare.example.org';
const confirmPathIn = (text: string) => new RegExp(`${site}(/reminders/confirm/([A-Za-z0-9_-]{43}))`).exec(text);

describe.each(engines())('a reminder address (%s)', (engine) => {
  let h: ClinicHarness;
  let log = '';
  afterEach(async () => {
    await h?.close();
    smtp.delivered.length = 0;
    smtp.refuse.clear();
    push.received.length = 0;
    log = '';
  });

  /** A clinic and `clients` diaries, each with a first check-in; the app's log is kept in `log`. */
  async function diaries(clients = 1) {
    const stream = new Writable({ write: (chunk, _encoding, done) => void ((log += String(chunk)), done()) });
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      app: {
        mailer: await smtpMailer(smtp.url, 'Aftercare <no-reply@aftercare.example.org>'),
        publicUrl: new URL(site),
        extraPushServices: [push.origin],
        pushCertificate: push.certificate,
        logger: { level: 'info', stream },
      },
      jobs: { retryLimit: 1, retryDelaySeconds: 1 },
    });
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const followed = [];
    for (let k = 0; k < clients; k++) followed.push(await h.clientFollowsUp((await h.recordSession(admin, `Client ${k}`)).link, {}));
    await h.jobs!.settled();
    smtp.delivered.length = 0;
    return { admin, followed };
  }

  const giveAddress = (client: ClinicHarness['app'], token: string, form: Record<string, string>, headers = {}) =>
    client.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/email`,
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
    });

  it('second audit 4: a new address gets one mail asking it to confirm, and no reminder until its link is followed, once', async () => {
    const { client, diary: token } = (await diaries()).followed[0]!;
    const asked = await giveAddress(h.app, token, { email: 'Pat@Example.org' });
    expect(asked.headers.location).toBe(`/diary/${token}?reminders=confirm-sent#reminders`);
    const page = (await client.get(String(asked.headers.location))).body;
    expect(page).toContain('Waiting for you to confirm');
    expect(page).toContain('Send the email again');
    await h.jobs!.settled();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['pat@example.org']);
    expect(mail!.subject).toBe('Aftercare: confirm your email reminders');
    expect(mail!.text).toContain('not a diagnosis');
    const [, path, confirmToken] = confirmPathIn(mail!.text)!;
    // Only its hash is kept.
    const links = await h.database.db.selectFrom('diary_links').select('token_hash').where('purpose', '=', 'confirm').execute();
    expect(links.map((l) => l.token_hash)).toEqual([hashToken(confirmToken!)]);

    // A reminder comes due before the address confirms: nothing goes to it.
    const { id } = await h.database.db.selectFrom('diaries').select('id').executeTakeFirstOrThrow();
    const planned = (JSON.parse((await client.get(`/diary/${token}/export.json`)).body) as { plannedCheckIns: string[] }).plannedCheckIns;
    await h.jobs!.send('reminder', { diaryId: id, at: planned[0]!, kind: 'due' });
    await h.jobs!.settled();
    expect(smtp.delivered).toHaveLength(1);

    // Opening the link only asks (a mail scanner confirms nothing); the button confirms, and the reminders start.
    expect((await h.app.inject({ url: path! })).body).toContain('Yes, email me reminders');
    expect((await client.get(`/diary/${token}`)).body).toContain('Waiting for you to confirm');
    expect((await h.app.inject({ method: 'POST', url: path!, headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'POST', url: path! })).body).toContain('Email reminders are on');
    expect((await client.get(`/diary/${token}`)).body).toContain('Email reminders go to <strong>pat@example.org</strong>');
    await h.jobs!.settled();
    const reminders = (await smtp.waitFor(3)).slice(1);
    expect(reminders.map((m) => m.subject).sort()).toEqual([
      'Aftercare: time to check in on your back',
      'Aftercare: your check-in from yesterday',
    ]);
    // The link works once.
    expect((await h.app.inject({ method: 'POST', url: path! })).statusCode).toBe(404);
  });

  it('second audit 4: at most 3 confirmation mails to one address a day, counted across diaries on its normalised form', async () => {
    const { followed } = await diaries(2);
    const [first, second] = followed.map((f) => f.diary);
    expect((await giveAddress(h.app, first!, { email: 'pat@example.org' })).headers.location).toContain('confirm-sent');
    expect((await giveAddress(h.app, first!, { again: '1' })).headers.location).toContain('confirm-sent');
    expect((await giveAddress(h.app, second!, { email: 'PAT@example.ORG' })).headers.location).toContain('confirm-sent');
    const limited = await giveAddress(h.app, second!, { again: '1' });
    expect(limited.headers.location).toContain('confirm-limit');
    expect((await h.app.inject({ url: String(limited.headers.location) })).body).toContain('the most it sends in a day');
    await h.jobs!.settled();
    expect((await smtp.waitFor(3)).map((m) => m.to)).toEqual([['pat@example.org'], ['pat@example.org'], ['pat@example.org']]);
    // Another address is not held back; the next day, the address may be asked again.
    expect((await giveAddress(h.app, second!, { email: 'sam@example.org' })).headers.location).toContain('confirm-sent');
    h.setNow('2026-03-04T09:01:00Z');
    expect((await giveAddress(h.app, first!, { again: '1' })).headers.location).toContain('confirm-sent');
    await h.jobs!.settled();
    expect(await smtp.waitFor(5)).toHaveLength(5);
  });

  it('second audit 4: an address that stopped reminders from a mail gets no mail again from any diary, and the page says why', async () => {
    const { followed } = await diaries(2);
    const [first, second] = followed.map((f) => f.diary);
    await giveAddress(h.app, first!, { email: 'pat@example.org' });
    await h.jobs!.settled();
    const [mail] = await smtp.waitFor(1);
    // The person who never asked stops it from the confirmation mail itself, with their mail client's one click.
    const stop = new URL(String(mail!.raw('list-unsubscribe')).slice(1, -1)).pathname;
    const oneClick = await h.app.inject({
      method: 'POST',
      url: stop,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.body).toContain('This cannot be undone');
    for (const token of [first!, second!]) {
      const refused = await giveAddress(h.app, token, { email: 'Pat@example.org' });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('This address asked Aftercare to stop all reminder emails');
      expect(refused.body).toContain('href="#reminder-email"');
    }
    // The confirmation link of the earlier mail no longer confirms anything.
    expect((await h.app.inject({ method: 'POST', url: confirmPathIn(mail!.text)![1]! })).statusCode).toBe(404);
    await h.jobs!.settled();
    expect(smtp.delivered).toHaveLength(1);
  });

  it('second audit 4: the address forms and the confirmation refuse a post from another site', async () => {
    const { diary: token } = (await diaries()).followed[0]!;
    expect((await giveAddress(h.app, token, { email: 'pat@example.org' }, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await giveAddress(h.app, token, { again: '1' }, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    await h.jobs!.settled();
    expect(smtp.delivered).toEqual([]);
  });

  it('second audit 4: a check-in dated in the past never makes a reminder due sooner than one check-in interval from now', async () => {
    const { diary: token } = (await diaries()).followed[0]!;
    // Reminders to a device, so that each check-in queues its own.
    const subscribed = await h.app.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/push`,
      payload: JSON.stringify(push.subscribe()),
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    });
    expect(subscribed.statusCode).toBe(200);
    await h.jobs!.settled();
    const r = report();
    const answers = {
      pain: r.pain,
      nerve: r.nerve,
      bladderBowel: r.bladderBowel,
      localSigns: r.localSigns,
      general: r.general,
      history: { cancer: false },
    };
    // Every two minutes, a check-in dated a day less a minute ago: its advice says to check again in a minute.
    for (let k = 0; k < 3; k++) {
      const now = Date.parse('2026-03-06T17:00:00Z') + k * 2 * 60_000;
      h.setNow(new Date(now).toISOString());
      const reportedAt = new Date(now - checkInIntervalMs + 60_000).toISOString();
      const checkIn = await h.app.inject({
        method: 'POST',
        url: `/api/v1/diaries/${token}/check-ins`,
        payload: JSON.stringify({ ...answers, reportedAt }),
      });
      expect(checkIn.statusCode, checkIn.body).toBe(201);
      expect(Date.parse(checkIn.json<{ assessment: { timeline: { recheckAt: string } } }>().assessment.timeline.recheckAt)).toBe(
        now + 60_000,
      );
      const diary = (await h.app.inject({ url: `/api/v1/diaries/${token}` })).json<{ plannedCheckIns: string[] }>();
      expect(Date.parse(diary.plannedCheckIns[0]!)).toBeGreaterThanOrEqual(now + checkInIntervalMs);
    }
    // Every reminder those check-ins queued waits a day from the server's time of its check-in.
    const due = await sql<{ at: string; start_after: Date }>`select data->>'at' as at, start_after
      from ${sql.table(`${await jobsSchemaOf(h.database.db)}.job`)} where name = 'reminder' and data->>'kind' = 'due'
      and data->>'at' > '2026-03-06'`.execute(h.database.db);
    expect(due.rows).toHaveLength(3);
    for (const row of due.rows) expect(new Date(row.start_after).getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-07T17:00:00Z'));
  }, 60_000);

  it('second audit 9: a failed mail logs its job, kind, attempt and error class, never the address or a link; a clinic sees its own', async () => {
    const { admin } = await diaries(0);
    // Both mailboxes are gone: each mail is refused (550), tried again, then failed for good.
    smtp.refuse.add('admin@example.org');
    smtp.refuse.add('pat@example.org');
    const { link } = await h.recordSession(admin, 'Client F');
    const { diary: token } = await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    await giveAddress(h.app, token, { email: 'pat@example.org' });
    const failures = () =>
      log
        .split('\n')
        .filter((line) => line.includes('"job":'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .map(({ job, kind, attempt, final, errorClass, status, msg }) => ({ job, kind, attempt, final, errorClass, status, msg }));
    const until = Date.now() + 20_000;
    while (failures().filter((f) => f.final).length < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = { errorClass: 'Error', status: 550 };
    expect(failures()).toContainEqual({
      job: 'mail',
      kind: 'alert',
      attempt: 1,
      final: false,
      ...refused,
      msg: 'job failed, to be tried again',
    });
    expect(failures()).toContainEqual({ job: 'mail', kind: 'alert', attempt: 2, final: true, ...refused, msg: 'job failed for good' });
    expect(failures()).toContainEqual({
      job: 'reminder-confirmation',
      kind: undefined,
      attempt: 2,
      final: true,
      ...refused,
      msg: 'job failed for good',
    });
    for (const secret of ['admin@example.org', 'pat@example.org', `${site}/`, token, link]) expect(log).not.toContain(secret);
    // The clinic's admins see its alert that failed; a person's reminder mail is theirs, never shown to the clinic.
    // The failure is logged just before the queue records it, so the page may lag the log by a moment.
    const row = '<td>Alert</td><td>admin@example.org</td><td>2</td>';
    let deliveries = (await admin.get('/clinic/deliveries')).body;
    for (const until = Date.now() + 5_000; !deliveries.includes(row) && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      deliveries = (await admin.get('/clinic/deliveries')).body;
    }
    expect(deliveries).toContain('<td>Alert</td><td>admin@example.org</td><td>2</td>');
    expect(deliveries).not.toContain('pat@example.org');
  }, 30_000);
});
