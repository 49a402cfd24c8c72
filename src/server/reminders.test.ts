// Reminders that reach the person, on both engines: email through a real SMTP server on loopback (read back with
// its headers), and web push to a push service on loopback that verifies VAPID and decrypts the payload as a device
// would. The tests' clock is months behind the real one, so a reminder's due time has already come for pg-boss and
// its jobs run at once.
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appWithStore, engines } from '../../test/support/app-with-store.ts';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import { shortCheckIn } from '../../test/support/forms.ts';
import { testPushService, type TestPushService } from '../../test/support/push-service.ts';
import { report } from '../../test/support/reports.ts';
import { testSmtp, type TestSmtp } from '../../test/support/smtp.ts';
import { smtpMailer } from '../clinic/mailer.ts';
import { jobsSchemaOf } from '../jobs/queue.ts';

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

describe.each(engines())('reminders for the person (%s)', (engine) => {
  let h: ClinicHarness;
  afterEach(async () => {
    await h?.close();
    smtp.delivered.length = 0;
    push.received.length = 0;
  });

  /** A client's diary with a first, ordinary check-in (self-care: a recheck is planned). */
  async function diary(plugin?: KyselyPlugin) {
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      ...(plugin ? { plugin } : {}),
      app: {
        mailer: await smtpMailer(smtp.url, 'Aftercare <no-reply@aftercare.example.org>'),
        publicUrl: new URL(site),
        extraPushServices: [push.origin],
        pushCertificate: push.certificate,
      },
      jobs: { retryLimit: 1, retryDelaySeconds: 1 },
    });
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link } = await h.recordSession(admin, 'Client P');
    const followed = await h.clientFollowsUp(link, {});
    await h.jobs!.settled();
    smtp.delivered.length = 0;
    const { id } = await h.database.db.selectFrom('diaries').select('id').executeTakeFirstOrThrow();
    return { ...followed, id };
  }

  type Client = Awaited<ReturnType<typeof diary>>['client'];
  const exported = async (client: Client, token: string) =>
    JSON.parse((await client.get(`/diary/${token}/export.json`)).body) as {
      reminders: { email: string | null; emailConfirmed: boolean; devices: number };
    };

  /** Gives the diary an address and confirms it from the one mail it gets, as its owner would; that mail is then cleared. */
  async function confirmEmail(client: Client, token: string, email = 'pat@example.org') {
    const asked = await client.post(`/diary/${token}/reminders/email`, { email }, { csrf: false });
    expect(asked.headers.location).toContain('reminders=confirm-sent');
    await h.jobs!.settled();
    const [mail] = await smtp.waitFor(1);
    smtp.delivered.length = 0;
    const path = new RegExp(`${site}(/reminders/confirm/[A-Za-z0-9_-]{43})`).exec(mail!.text)![1]!;
    expect((await h.app.inject({ method: 'POST', url: path })).body).toContain('Email reminders are on');
    await h.jobs!.settled();
  }

  const subscribe = (token: string, subscription: unknown, headers: Record<string, string> = {}) =>
    h.app.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/push`,
      payload: JSON.stringify(subscription),
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...headers },
    });

  it('email: the due reminder and, a day later, the missed one, each with a check-in link and one-click unsubscribe', async () => {
    const { client, diary: first } = await diary();
    let token = first;
    const page = await client.get(`/diary/${token}`);
    expect(page.body).toContain('Email me reminders');
    expect(page.body).toContain('Remind me on this device');
    await confirmEmail(client, token, 'Pat@Example.org');
    expect((await client.get(`/diary/${token}`)).body).toContain('Email reminders go to <strong>pat@example.org</strong>');
    expect((await exported(client, token)).reminders).toEqual({ email: 'pat@example.org', emailConfirmed: true, devices: 0 });

    await h.jobs!.settled();
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.to)).toEqual([['pat@example.org'], ['pat@example.org']]);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Aftercare: time to check in on your back',
      'Aftercare: your check-in from yesterday',
    ]);
    for (const mail of mails) {
      const unsubscribe = String(mail.raw('list-unsubscribe'));
      expect(unsubscribe).toMatch(new RegExp(`^<${site}/reminders/unsubscribe/[A-Za-z0-9_-]{43}>$`));
      expect(mail.raw('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.text).toContain('not a diagnosis');
      // The check-in link opens the check-in form of this diary, from any device, without the diary's own link.
      const checkIn = new RegExp(`${site}(/diary/[A-Za-z0-9_-]{43}/check-in)`).exec(mail.text)![1]!;
      expect(checkIn).not.toContain(token);
      const form = await h.app.inject({ url: checkIn });
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('How is your back now?');
      // The diary it opens says the link is a reminder's, for a week, and this browser does not keep it as the diary's.
      const opened = await h.app.inject({ url: checkIn.replace(/\/check-in$/, '') });
      expect(opened.body).toContain('You opened this diary from a reminder');
      expect(String(opened.headers['set-cookie'] ?? '')).not.toContain('aftercare_diaries');
    }
    // A reminder's link opens the check-in and the latest advice, nothing else, on the web and the JSON API.
    const reminderLink = new RegExp(`${site}(/diary/[A-Za-z0-9_-]{43})/check-in`).exec(mails[0]!.text)![1]!;
    const reminderToken = reminderLink.slice('/diary/'.length);
    const ownersPage = (await client.get(`/diary/${token}`)).body;
    const remindersPage = (await h.app.inject({ url: reminderLink })).body;
    for (const ownersOnly of ['/export.json', '/fhir.json', '/report', '/delete', '/reminders.ics', 'id="reminders"'])
      expect([ownersPage.includes(ownersOnly), remindersPage.includes(ownersOnly)], ownersOnly).toEqual([true, false]);
    const form = (path: string) => ({
      method: 'POST' as const,
      url: `${reminderLink}${path}`,
      payload: 'email=x%40example.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    });
    for (const path of ['/export.json', '/fhir.json', '/report', '/report.pdf', '/reminders.ics', '/delete'])
      expect((await h.app.inject({ url: `${reminderLink}${path}` })).statusCode, `GET ${path}`).toBe(404);
    for (const path of ['/delete', '/new-link', '/stop-sharing', '/reminders/email'])
      expect((await h.app.inject(form(path))).statusCode, `POST ${path}`).toBe(404);
    for (const path of ['', '/fhir', '/reminders.ics', '/sharing'])
      expect((await h.app.inject({ url: `/api/v1/diaries/${reminderToken}${path}` })).statusCode, `API ${path}`).toBe(404);
    expect((await subscribe(reminderToken, {})).statusCode).toBe(404);
    expect((await exported(client, token)).reminders.email).toBe('pat@example.org');
    // A new private link ends every link reminders handed out.
    const renewed = await client.post(`/diary/${token}/new-link`, {}, { csrf: false });
    token = /^\/diary\/([A-Za-z0-9_-]{43})/.exec(String(renewed.headers.location))![1]!;
    expect((await h.app.inject({ url: reminderLink })).statusCode).toBe(404);
    await h.jobs!.settled();
    expect(smtp.delivered).toHaveLength(2);

    // One click, as a mail client does it (RFC 8058): a POST with no cookie and no origin.
    const path = new URL(String(mails[0]!.raw('list-unsubscribe')).slice(1, -1)).pathname;
    expect((await h.app.inject({ url: path })).body).toContain('Stop email reminders'); // a GET only asks
    expect((await exported(client, token)).reminders.email).toBe('pat@example.org');
    const oneClick = await h.app.inject({
      method: 'POST',
      url: path,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.statusCode).toBe(200);
    expect((await exported(client, token)).reminders.email).toBeNull();
  });

  it('second audit 5: an unsubscribe link stops the address it was sent to, not the address the diary has now', async () => {
    const { client, diary: token } = await diary();
    await confirmEmail(client, token);
    const [mail] = await smtp.waitFor(2);
    const path = new URL(String(mail!.raw('list-unsubscribe')).slice(1, -1)).pathname;
    // The diary's owner moves the reminders to another address; the old mail's link must not stop the new one.
    await client.post(`/diary/${token}/reminders/email`, { stop: '1' }, { csrf: false });
    await client.post(`/diary/${token}/reminders/email`, { email: 'sam@example.org' }, { csrf: false });
    const oneClick = {
      method: 'POST' as const,
      url: path,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
    expect((await h.app.inject(oneClick)).statusCode).toBe(200);
    expect((await exported(client, token)).reminders.email).toBe('sam@example.org');
    // The address it was sent to is stopped for good: given again, it is refused.
    await client.post(`/diary/${token}/reminders/email`, { stop: '1' }, { csrf: false });
    const again = await client.post(`/diary/${token}/reminders/email`, { email: 'pat@example.org' }, { csrf: false });
    expect(again.statusCode).toBe(422);
    expect((await exported(client, token)).reminders.email).toBeNull();
  });

  it('each check-in plans its own reminders, in its transaction, once the diary has somewhere to send them', async () => {
    const { client, diary: token } = await diary();
    await confirmEmail(client, token);
    await smtp.waitFor(2);
    // After 72 hours, easing, the recheck is a day after each check-in: a new plan, with its own two reminders.
    h.setNow('2026-03-05T18:00:00Z');
    await client.get(`/diary/${token}/check-in`);
    const easing = shortCheckIn([], { 'pain.severity': '2', 'pain.trend': 'better' });
    expect((await client.post(`/diary/${token}/check-in`, easing, { csrf: false })).statusCode).toBe(303);
    await h.jobs!.settled();
    const mails = await smtp.waitFor(4);
    expect(
      mails
        .slice(2)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['Aftercare: time to check in on your back', 'Aftercare: your check-in from yesterday']);
    await h.jobs!.settled();
    expect(smtp.delivered).toHaveLength(4);
  });

  it('a check-in plans reminders for a diary with only a device, none for one whose address is not confirmed', async () => {
    // The check-in's own statement reads whether a reminder could reach anyone (issue 18): a device is enough.
    const { client, diary: token } = await diary();
    expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
    await h.jobs!.settled();
    await push.waitFor(2);
    push.received.length = 0;
    h.setNow('2026-03-05T18:00:00Z');
    await client.get(`/diary/${token}/check-in`);
    const easing = shortCheckIn([], { 'pain.severity': '2', 'pain.trend': 'better' });
    expect((await client.post(`/diary/${token}/check-in`, easing, { csrf: false })).statusCode).toBe(303);
    await h.jobs!.settled();
    expect((await push.waitFor(2)).map((r) => r.message.title).sort()).toEqual([
      'Time to check in on your back',
      'Your check-in from yesterday',
    ]);

    // An address given but never confirmed is nowhere to send a reminder: the check-in plans none.
    await h.close();
    const other = await diary();
    const asked = await other.client.post(`/diary/${other.diary}/reminders/email`, { email: 'pat@example.org' }, { csrf: false });
    expect(asked.headers.location).toContain('reminders=confirm-sent');
    await h.jobs!.settled();
    await smtp.waitFor(1);
    smtp.delivered.length = 0;
    h.setNow('2026-03-05T18:00:00Z');
    await other.client.get(`/diary/${other.diary}/check-in`);
    expect((await other.client.post(`/diary/${other.diary}/check-in`, easing, { csrf: false })).statusCode).toBe(303);
    await h.jobs!.settled();
    expect((await h.jobs!.counts()).filter((count) => count.name === 'reminder')).toEqual([]);
    expect(smtp.delivered).toHaveLength(0);
  });

  // Adding a device reads the diary, then keeps the device. A check-in kept between the two found nowhere to send a
  // reminder, so it planned none: the device's request must plan from the check-ins as they are once it is kept. The
  // check-in is made while the device's request holds the answer to its read, and so its connection: on PostgreSQL
  // only, since the embedded engine has one connection.
  if (engine === 'postgres')
    it("a device added while a check-in is kept gets the reminders for that check-in's recheck", async () => {
      let between: (() => Promise<void>) | undefined;
      const {
        client,
        diary: token,
        id,
      } = await diary({
        transformQuery: ({ node }) => node,
        transformResult: async ({ result }) => {
          const run = between;
          between = undefined;
          await run?.();
          return result;
        },
      });
      h.setNow('2026-03-05T18:00:00Z');
      await client.get(`/diary/${token}/check-in`);
      const easing = shortCheckIn([], { 'pain.severity': '2', 'pain.trend': 'better' });
      let checkedIn = 0;
      between = async () => {
        checkedIn = (await client.post(`/diary/${token}/check-in`, easing, { csrf: false })).statusCode;
      };
      expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
      expect(checkedIn).toBe(303);

      // After 72 hours, easing: the next check-in is a day after this one, and its two reminders are queued.
      const schema = await jobsSchemaOf(h.database.db);
      const queued = await sql<{ at: string; kind: string }>`
      select data->>'at' as at, data->>'kind' as kind from ${sql.table(`${schema}.job`)}
      where name = 'reminder' and data->>'diaryId' = ${id}`.execute(h.database.db);
      expect(
        queued.rows
          .filter((row) => row.at === '2026-03-06T18:00:00.000Z')
          .map((row) => row.kind)
          .sort(),
      ).toEqual(['due', 'missed']);
    });

  it('"stop reminders on this device" forgets its subscription', async () => {
    const { client, diary: token } = await diary();
    const subscription = push.subscribe();
    expect((await subscribe(token, subscription)).statusCode).toBe(200);
    expect((await exported(client, token)).reminders.devices).toBe(1);
    const off = await h.app.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/push/off`,
      payload: JSON.stringify({ endpoint: subscription.endpoint }),
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    });
    expect(off.statusCode).toBe(200);
    expect((await exported(client, token)).reminders.devices).toBe(0);
  });

  it('an address that is not one, or too long, is refused naming the field, and nothing is kept', async () => {
    const { client, diary: token } = await diary();
    const bad = await client.post(`/diary/${token}/reminders/email`, { email: 'pat at example' }, { csrf: false });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('href="#reminder-email"');
    expect(bad.body).toContain('Enter an email address like name@example.com');
    const long = await client.post(`/diary/${token}/reminders/email`, { email: `${'a'.repeat(5_000)}@example.org` }, { csrf: false });
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain('Use at most 254 characters');
    expect((await exported(client, token)).reminders.email).toBeNull();
  });

  it('web push: signed with VAPID, encrypted for the device, opening a check-in; a device that is gone is forgotten', async () => {
    const { client, diary: token, id } = await diary();
    const subscription = push.subscribe();
    const on = await subscribe(token, subscription);
    expect(on.statusCode, on.body).toBe(200);
    expect((await exported(client, token)).reminders.devices).toBe(1);
    await h.jobs!.settled();
    const received = await push.waitFor(2);
    const { publicKey } = JSON.parse((await h.app.inject({ url: '/push/key' })).body) as { publicKey: string };
    for (const one of received) {
      expect(one.vapidKey).toBe(publicKey);
      expect(one.claims.sub).toBe(site);
      expect(one.claims.aud).toBe(push.origin);
      expect(one.ttl).toBe(86_400);
      expect(one.message.tag).toBe('aftercare-reminder');
      const url = new URL(one.message.url);
      expect(url.origin).toBe(site);
      expect((await h.app.inject({ url: url.pathname })).body).toContain('How is your back now?');
    }
    expect(received.map((r) => r.message.title).sort()).toEqual(['Time to check in on your back', 'Your check-in from yesterday']);

    // The device unsubscribed: the next reminder finds it gone (410), and the server forgets it.
    push.gone(subscription.endpoint);
    h.setNow('2026-03-03T09:30:00Z');
    await client.get(`/diary/${token}/check-in`);
    expect((await client.post(`/diary/${token}/check-in`, shortCheckIn(), { csrf: false })).statusCode).toBe(303);
    const { plannedCheckIns } = JSON.parse((await client.get(`/diary/${token}/export.json`)).body) as { plannedCheckIns: string[] };
    await h.jobs!.send('reminder', { diaryId: id, at: plannedCheckIns[0]!, kind: 'due' });
    await h.jobs!.settled();
    expect((await exported(client, token)).reminders.devices).toBe(0);
  });

  it('the same VAPID key from every server on the database, made once', async () => {
    await diary();
    const first = (await h.app.inject({ url: '/push/key' })).body;
    const rows = await h.database.db.selectFrom('server_keys').select('name').execute();
    expect(rows.map((r) => r.name)).toEqual(['vapid']);
    expect((await h.app.inject({ url: '/push/key' })).body).toBe(first);
    expect(Buffer.from((JSON.parse(first) as { publicKey: string }).publicKey, 'base64url')).toHaveLength(65);
  });

  it('refuses a subscription that is not at a push service, or has bad keys, naming the field; and one from another site', async () => {
    const { diary: token } = await diary();
    const good = push.subscribe();
    for (const [subscription, field] of [
      [{ ...good, endpoint: 'http://10.0.0.5/admin' }, 'endpoint'],
      [{ ...good, endpoint: 'https://fcm.googleapis.com.evil.example/x' }, 'endpoint'],
      [{ ...good, endpoint: `https://fcm.googleapis.com/${'x'.repeat(3000)}` }, 'endpoint'],
      [{ ...good, keys: { ...good.keys, p256dh: 'AAAA' } }, 'keys.p256dh'],
      [{ ...good, keys: { ...good.keys, auth: 'x'.repeat(500) } }, 'keys.auth'],
    ] as const) {
      const refused = await subscribe(token, subscription);
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain(`${field} must be`);
    }
    // In the reader's language: the same code and path, the field named in Spanish words (issue 17).
    const spanish = await subscribe(token, { ...good, keys: { ...good.keys, p256dh: 'AAAA' } }, { 'accept-language': 'es' });
    const refusal = 'keys.p256dh debe ser una clave pública P-256 (65 bytes, base64url)';
    expect(JSON.parse(spanish.body)).toEqual({
      error: { code: 'invalid-input', message: refusal, issues: [{ path: 'keys.p256dh', message: refusal }] },
    });
    expect((await subscribe(token, good, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect(await h.database.db.selectFrom('push_subscriptions').select('id').execute()).toEqual([]);
  });

  it('a reminder whose check-in was made, or whose diary is gone, is not sent; deleting the diary deletes its address and devices', async () => {
    const { client, diary: token, id } = await diary();
    await confirmEmail(client, token);
    expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
    // The reminders planned so far are sent, each to the channels the diary had when it ran (a reminder that ran
    // between the address and the device reached only the address): once settled, nothing more is on its way.
    await h.jobs!.settled();
    smtp.delivered.length = 0;
    push.received.length = 0;
    // A reminder for a time that is no longer the plan (a check-in came since): nothing.
    await h.jobs!.send('reminder', { diaryId: id, at: '2026-03-03T10:00:00.000Z', kind: 'due' });
    await h.jobs!.settled();
    expect(smtp.delivered).toEqual([]);
    expect(push.received).toEqual([]);

    await client.get(`/diary/${token}/delete`);
    expect((await client.post(`/diary/${token}/delete`, {}, { csrf: false })).body).toContain('Diary deleted');
    for (const table of ['push_subscriptions', 'diary_links'] as const)
      expect(Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(h.database.db)).rows[0]!.n)).toBe(0);
    await h.jobs!.send('reminder', { diaryId: id, at: '2026-03-04T10:00:00.000Z', kind: 'missed' });
    await h.jobs!.settled();
    expect(smtp.delivered).toEqual([]);
  });

  /** Each diary's language, as the database keeps it. */
  const languageOf = async () => (await h.database.db.selectFrom('diaries').select('language').execute()).map((row) => row.language);

  // Issue 17: a diary's language, and its mails, pushes, calendar and PDF written in it whatever the request's.
  it('is the language the diary was started in: the request’s', async () => {
    await diary();
    const start = (headers: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/diaries',
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify({ report: report(), timeZone: 'Europe/Berlin' }),
      });
    expect((await start({ 'accept-language': 'de-AT, en;q=0.5' })).statusCode).toBe(201);
    expect((await start({})).statusCode).toBe(201);
    expect((await start({ 'accept-language': 'pt-BR' })).statusCode).toBe(201);
    // The followed diary, started on a page with no language asked for, and the three from the API.
    expect((await languageOf()).sort()).toEqual(['de', 'en', 'en', 'en']);
  }, 120_000); // a clinic, a consent and three diaries: slow on a busy machine

  it('follows a language its owner chooses; then its mails, pushes, calendar and PDF are in it, whoever asks', async () => {
    const { client, diary: token, id } = await diary();
    expect(await languageOf()).toEqual(['en']);

    // A browser that only asks for Spanish does not change it: the owner has not chosen.
    await client.get(`/diary/${token}`, { 'accept-language': 'es' });
    expect(await languageOf()).toEqual(['en']);
    // Choosing Spanish with the chooser, then opening the diary, does.
    expect((await client.post('/language', { language: 'es', back: `/diary/${token}` }, { csrf: false })).statusCode).toBe(303);
    await client.get(`/diary/${token}`);
    expect(await languageOf()).toEqual(['es']);

    // The confirmation mail, in Spanish (the request that asked for it is not: no cookie, no Accept-Language).
    const asked = await h.app.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/email`,
      payload: 'email=pat%40example.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    });
    expect(asked.statusCode, asked.body).toBe(303);
    const [confirmation] = await smtp.waitFor(1);
    smtp.delivered.length = 0;
    expect(confirmation!.subject).toBe('Aftercare: confirma tus recordatorios por correo electrónico');
    expect(confirmation!.text).toContain('Alguien, probablemente tú, pidió a un diario de recuperación de Aftercare');
    expect(confirmation!.text).toContain('(funciona durante 3 días):');
    expect(confirmation!.text).toContain('Aftercare da información general; no es un diagnóstico.');
    expect(confirmation!.raw('content-language')).toBe('es');
    expect(confirmation!.text.replace(/https:\/\/\S+/g, '')).not.toMatch(/\b(the|this|link|diagnosis)\b/i);
    const confirm = new RegExp(`${site}(/reminders/confirm/[A-Za-z0-9_-]{43})`).exec(confirmation!.text)![1]!;
    expect((await h.app.inject({ method: 'POST', url: confirm })).statusCode).toBe(200);
    await h.jobs!.settled();

    // The due and the missed reminder by mail, in Spanish.
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Aftercare: es hora de hacer el registro de tu espalda',
      'Aftercare: tu registro de ayer',
    ]);
    for (const mail of mails) {
      expect(mail.text).toContain('(este enlace funciona durante 7 días):');
      expect(mail.text).toContain(
        'dificultad para controlar la orina o las heces, no esperes al registro: llama ahora a tu número de emergencias.',
      );
      expect(mail.text).toContain('Puedes detenerlos con un clic:');
      expect(mail.raw('content-language')).toBe('es');
      // No English word is left in it (its links are paths, not words).
      expect(mail.text.replace(/https:\/\/\S+/g, '')).not.toMatch(/\b(the|this|link|diagnosis|check-in)\b/i);
    }

    // A device asks for reminders too; they reach it in Spanish.
    const on = await subscribe(token, push.subscribe());
    expect(on.statusCode, on.body).toBe(200);
    // The diary's reminders for its planned time were sent before the device came (each is queued once): sent again.
    const { plannedCheckIns } = JSON.parse((await client.get(`/diary/${token}/export.json`)).body) as { plannedCheckIns: string[] };
    for (const kind of ['due', 'missed'] as const) await h.jobs!.send('reminder', { diaryId: id, at: plannedCheckIns[0]!, kind });
    const pushes = await push.waitFor(2);
    expect(pushes.map((p) => p.message.title).sort()).toEqual(['Es hora de hacer el registro de tu espalda', 'Tu registro de ayer']);
    expect(pushes.map((p) => p.message.body).sort()[0]).toMatch(/^Si notas la espalda mejor/);
    for (const one of pushes) expect((one.message as { lang?: string }).lang).toBe('es');

    // The calendar, fetched by a request in English, is in the diary's Spanish and says so.
    const ics = (await h.app.inject({ url: `/diary/${token}/reminders.ics`, headers: { 'accept-language': 'en' } })).body;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Aftercare: ¿cómo está tu espalda?');
    expect(event.description).toMatch(/^Es hora de hacer el registro de tu espalda después del masaje(?: \(.+\))?\. Abre https:\/\//);
    expect(ics).toContain('SUMMARY;LANGUAGE=es:');

    // Choosing German: the PDF for a clinician is in German.
    await client.post('/language', { language: 'de', back: `/diary/${token}` }, { csrf: false });
    await client.get(`/diary/${token}`);
    expect(await languageOf()).toEqual(['de']);
    const pdf = await h.app.inject({ url: `/diary/${token}/report.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.rawPayload, encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Letzte Empfehlung:', 'Einträge', 'Eintrag Stunden Schmerz Stufe Gründe', 'Die Uhrzeiten sind in der Zeitzone'])
      expect(text).toContain(words);
  }, 120_000); // one diary's whole story: a clinic, a consent, four mails, two pushes, a calendar and a PDF
});
