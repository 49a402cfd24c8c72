// Jobs across real server processes, with a real SMTP server: a server killed with kill -9 while it is sending loses
// no alert and, restarted, sends each exactly once; so are due reminders; a server stopped with SIGTERM under load
// loses no acknowledged check-in and no job; two servers on one PostgreSQL send each alert once.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jobQueue } from '../src/jobs/queue.ts';
import { openDatabase } from '../src/store/database.ts';
import { calm, pain } from './support/forms.ts';
import { checkInBody, report } from './support/reports.ts';
import { HttpBrowser } from './support/http-browser.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { testSmtp, type TestSmtp } from './support/smtp.ts';
import { postgresUrl } from './support/postgres-url.ts';

const url = postgresUrl('the tests of two servers sending jobs');

let smtp: TestSmtp;
const servers: ServerProcess[] = [];
beforeAll(async () => {
  smtp = await testSmtp();
});
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  smtp.hold(false);
  smtp.delivered.length = 0;
});
afterAll(() => smtp.close());

const mailEnv = () => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Aftercare <no-reply@aftercare.example.org>', JOB_LEASE_SECONDS: '10' });

/** A clinic with a therapist signed in on `base`, its link mailed through the test SMTP server. */
async function clinicOn(base: string, email: string) {
  const therapist = new HttpBrowser();
  await therapist.request(base, '/clinic/sign-up');
  await therapist.request(base, '/clinic/sign-up', { clinicName: `Clinic of ${email}`, name: 'Thea', email, timeZone: 'UTC' });
  const mails = await smtp.waitFor(smtp.delivered.length + 1);
  const token = /\/clinic\/reset\/([A-Za-z0-9_-]{43})/.exec(mails.filter((m) => m.to.includes(email)).at(-1)!.text)![1]!;
  await therapist.request(base, `/clinic/reset/${token}`);
  expect((await therapist.request(base, `/clinic/reset/${token}`, { password: 'correct horse battery' })).status).toBe(303);
  return therapist;
}

/** A session whose client agrees and checks in with a fever (urgent): one alert to the therapist. */
async function urgentClient(therapist: HttpBrowser, base: string, clientBase: string, ref: string): Promise<string> {
  await therapist.request(base, '/clinic/sessions/new');
  const endedAt = new Date(Date.now() - 20 * 3_600_000).toISOString().slice(0, 16);
  const created = await therapist.request(base, '/clinic/sessions', { clientRef: ref, endedAt, style: 'sports', pressure: 'firm' });
  expect(created.status, created.text.slice(0, 300)).toBe(303);
  const link = /\/follow-up\/([A-Za-z0-9_-]{43})/.exec((await therapist.request(base, created.location!)).text)![1]!;
  const id = sessionOf(created.location!);
  const client = new HttpBrowser();
  await client.request(clientBase, `/follow-up/${link}`);
  const diary = (await client.request(clientBase, `/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes' })).location!;
  expect((await client.request(clientBase, diary, { ...calm, ...pain, 'general.fever': 'yes', alsoUnwell: 'none' })).status).toBe(303);
  return id;
}

const alertsFor = (email: string) => smtp.delivered.filter((m) => m.to.includes(email) && m.subject.includes('needs your attention'));
const sessionOf = (text: string) => /\/clinic\/sessions\/([0-9a-f-]{36})/.exec(text)![1]!;

/** Once the mail server holds a message (the server is in the middle of sending it), kill -9 the server. */
async function killWhileSending() {
  const until = Date.now() + 15_000;
  while (smtp.holding() === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(smtp.holding()).toBeGreaterThan(0);
  servers[0]!.child.kill('SIGKILL');
  expect(await servers[0]!.exited).toBe('SIGKILL');
  servers.splice(0);
}

describe('a server killed while sending', () => {
  it('loses no alert: restarted, it sends every one exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-jobs-'));
    const env = { AFTERCARE_DATA_DIR: dataDir, ...mailEnv() };
    servers.push(await startServerProcess(env));
    const base = servers[0]!.url;
    const therapist = await clinicOn(base, 'kill@example.org');
    // The mail server takes the first alert in and never answers: the server is killed in the middle of sending it,
    // with the other alerts still queued behind it.
    smtp.hold(true);
    const sessions: string[] = [];
    for (const ref of ['Client 1', 'Client 2', 'Client 3']) sessions.push(await urgentClient(therapist, base, base, ref));
    await killWhileSending();
    expect(alertsFor('kill@example.org')).toEqual([]);

    smtp.hold(false);
    servers.push(await startServerProcess(env));
    // The queued ones at once; the one being sent when the process died once its lease (10 s) is over, then a retry.
    const deadline = Date.now() + 90_000;
    while (alertsFor('kill@example.org').length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // anything sent twice would arrive by now
    expect(
      alertsFor('kill@example.org')
        .map((m) => sessionOf(m.text))
        .sort(),
    ).toEqual([...sessions].sort());
  }, 150_000);
});

describe('a server stopped with SIGTERM under load', () => {
  it('answers the requests in flight, exits 0 within its grace, and loses no acknowledged check-in and no job', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-sigterm-'));
    const env = {
      AFTERCARE_DATA_DIR: dataDir,
      CHECK_IN_INTERVAL_SECONDS: '0',
      CHECK_INS_PER_DIARY: '100000',
      SHUTDOWN_GRACE_SECONDS: '3',
      ...mailEnv(),
    };
    servers.push(await startServerProcess(env));
    const base = servers[0]!.url;
    const therapist = await clinicOn(base, 'term@example.org');
    // An alert is being sent (the mail server never answers it) and another waits behind it when the signal comes.
    smtp.hold(true);
    const sessions = [await urgentClient(therapist, base, base, 'Client A'), await urgentClient(therapist, base, base, 'Client B')];
    const created = await fetch(`${base}/api/v1/diaries`, { method: 'POST', body: JSON.stringify({ report: report() }) });
    const { token } = (await created.json()) as { token: string };
    let acknowledged = 1; // the diary's first check-in
    let refused = 0;
    const writer = async () => {
      for (;;) {
        const answer = await fetch(`${base}/api/v1/diaries/${token}/check-ins`, { method: 'POST', body: checkInBody() }).catch(() => null);
        if (!answer) return refused++; // the server no longer takes connections: nothing was acknowledged
        expect(answer.status).toBe(201);
        acknowledged++;
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    while (smtp.holding() === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = Date.now();
    servers[0]!.child.kill('SIGTERM');
    expect(await servers[0]!.exited).toBe(0);
    const stoppedIn = Date.now() - signalled;
    await Promise.all(writers);
    servers.splice(0);
    expect(refused).toBe(4);
    expect(stoppedIn).toBeLessThan(3_000 + 2_000); // the grace, and the database's own close
    expect(alertsFor('term@example.org')).toEqual([]);

    // Restarted on the same folder (the lock was released): every check-in acknowledged is there, none more, and
    // each alert is sent exactly once, the one cut off by the stop after its lease (10 s) ran out.
    smtp.hold(false);
    servers.push(await startServerProcess(env));
    const diary = (await (await fetch(`${servers[0]!.url}/api/v1/diaries/${token}`)).json()) as { checkIns: unknown[] };
    expect(diary.checkIns.length).toBe(acknowledged);
    expect(acknowledged).toBeGreaterThan(5);
    const deadline = Date.now() + 90_000;
    while (alertsFor('term@example.org').length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // anything sent twice would arrive by now
    expect(
      alertsFor('term@example.org')
        .map((m) => sessionOf(m.text))
        .sort(),
    ).toEqual([...sessions].sort());
  }, 150_000);
});

/** A database of its own on the machine's PostgreSQL for the block's test, dropped after; its URL. */
function freshPostgres(): () => Promise<string> {
  const database = `aftercare_jobs_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  afterAll(async () => {
    await admin.query(`drop database if exists ${database}`);
    await admin.end();
  });
  return async () => {
    await admin.connect();
    await admin.query(`create database ${database}`);
    const databaseUrl = new URL(url!);
    databaseUrl.pathname = `/${database}`;
    return databaseUrl.toString();
  };
}

describe.skipIf(!url)('two servers on one PostgreSQL database', () => {
  const createDatabase = freshPostgres();

  it('send each alert once, whichever takes the check-in', async () => {
    const databaseUrl = await createDatabase();
    const env = (n: number) => ({
      DATABASE_URL: databaseUrl,
      AFTERCARE_DATA_DIR: mkdtempSync(join(tmpdir(), `aftercare-jobs-${n}-`)),
      ...mailEnv(),
    });
    servers.push(...(await Promise.all([startServerProcess(env(1)), startServerProcess(env(2))])));
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const therapist = await clinicOn(a, 'two@example.org');
    const sessions: string[] = [];
    for (let k = 0; k < 8; k++) sessions.push(await urgentClient(therapist, k % 2 ? a : b, k % 2 ? b : a, `Client ${k}`));
    const deadline = Date.now() + 60_000;
    while (alertsFor('two@example.org').length < sessions.length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(
      alertsFor('two@example.org')
        .map((m) => sessionOf(m.text))
        .sort(),
    ).toEqual([...sessions].sort());
  }, 120_000);
});

describe.skipIf(!url)('reminders across a kill -9, on PostgreSQL', () => {
  const createDatabase = freshPostgres();

  it('a server killed while sending due reminders sends each exactly once after a restart', async () => {
    const databaseUrl = await createDatabase();
    const env = {
      DATABASE_URL: databaseUrl,
      AFTERCARE_DATA_DIR: mkdtempSync(join(tmpdir(), 'aftercare-reminders-')),
      ...mailEnv(),
    };
    servers.push(await startServerProcess(env));
    const base = servers[0]!.url;
    // A diary started through the API now, a massage 20 hours ago, with email reminders on.
    const now = Date.now();
    const created = await fetch(`${base}/api/v1/diaries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        report: {
          ...report(),
          massage: { ...report().massage, endedAt: new Date(now - 20 * 3_600_000).toISOString() },
          reportedAt: new Date(now).toISOString(),
        },
      }),
    });
    expect(created.status).toBe(201);
    const { token, plannedCheckIns } = (await created.json()) as { token: string; plannedCheckIns: string[] };
    const person = new HttpBrowser();
    expect((await person.request(base, `/diary/${token}/reminders/email`, { email: 'pat@example.org' })).status).toBe(303);
    // The address confirms from the one mail it gets first.
    const confirmation = () => smtp.delivered.find((m) => m.subject === 'Aftercare: confirm your email reminders');
    while (!confirmation() && Date.now() - now < 30_000) await new Promise((resolve) => setTimeout(resolve, 100));
    const confirm = /\/reminders\/confirm\/[A-Za-z0-9_-]{43}/.exec(confirmation()!.text)![0];
    expect((await person.request(base, confirm, {})).status).toBe(200);

    // Its reminders come due (queued here, as the clock would bring them), while the mail server holds every message.
    const db = await openDatabase({ databaseUrl: databaseUrl });
    const { id } = await db.db.selectFrom('diaries').select('id').executeTakeFirstOrThrow();
    const queue = await jobQueue(db.db, { schema: 'aftercare_jobs' });
    smtp.hold(true);
    for (const kind of ['due', 'missed'] as const) await queue.send('reminder', { diaryId: id, at: plannedCheckIns[0]!, kind });
    await queue.stop();
    await db.close();
    await killWhileSending();

    smtp.hold(false);
    servers.push(await startServerProcess(env));
    const reminders = () => smtp.delivered.filter((m) => m.to.includes('pat@example.org') && m !== confirmation());
    const deadline = Date.now() + 90_000;
    while (reminders().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // anything sent twice would arrive by now
    expect(
      reminders()
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['Aftercare: time to check in on your back', 'Aftercare: your check-in from yesterday']);
  }, 150_000);
});
