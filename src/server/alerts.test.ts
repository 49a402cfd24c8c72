// Therapists hear that a client needs attention: mails sent through a real SMTP server on loopback and read back,
// on both engines. A check-in queues the alert in its own transaction; the mail names no symptom or client, and only its
// subject says how soon ("urgent", "emergency").
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import { engines } from '../../test/support/app-with-store.ts';
import { testSmtp, type TestSmtp } from '../../test/support/smtp.ts';
import { smtpMailer } from '../clinic/mailer.ts';
import { digestHour } from '../clinic/alerts.ts';

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await testSmtp();
});
afterAll(() => smtp.close());

const publicUrl = new URL('https://aftercare.example.org');
const healthWords = /urgent|emergency|fever|pain|bladder|swelling|pressure|level|symptom|Client [A-Z]/i;

describe.each(engines())('alerts to therapists (%s)', (engine) => {
  let h: ClinicHarness;
  afterEach(async () => {
    await h?.close();
    smtp.delivered.length = 0;
    smtp.refuse.clear();
  });

  async function setUp() {
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      app: { mailer: await smtpMailer(smtp.url, 'Aftercare <no-reply@aftercare.example.org>'), publicUrl },
      jobs: { retryLimit: 1, retryDelaySeconds: 1 },
    });
    // Account mails (sign-up links) go through the harness's own list, not SMTP: only alerts arrive there.
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const therapist = await h.addTherapist(admin, 'thea@example.org');
    await h.settled();
    smtp.delivered.length = 0;
    return { admin, therapist };
  }

  /** A later check-in (the short one), with these signs ticked. */
  const checkIn = async (client: Awaited<ReturnType<ClinicHarness['clientFollowsUp']>>, at: string, ticked: readonly string[]) => {
    h.setNow(at);
    const { shortCheckIn } = await import('../../test/support/forms.ts');
    await client.client.get(`/diary/${client.diary}/check-in`);
    // A fever asks policy 3's "also" list: none of these.
    const also: Record<string, string> = ticked.includes('general.fever') ? { alsoUnwell: 'none' } : {};
    const saved = await client.client.post(`/diary/${client.diary}/check-in`, shortCheckIn(ticked, also), { csrf: false });
    expect([303].includes(saved.statusCode), saved.body).toBe(true);
  };

  it("an urgent check-in mails the session's therapist at once, with a link behind sign-in and no health details", async () => {
    const { therapist } = await setUp();
    const { id, link } = await h.recordSession(therapist, 'Client Q');
    await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    await h.jobs!.settled();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['thea@example.org']);
    expect(mail!.from).toContain('no-reply@aftercare.example.org');
    expect(mail!.subject).toBe('Aftercare: urgent, a client needs your attention today');
    const url = `https://aftercare.example.org/clinic/sessions/${id}`;
    expect(mail!.text).toContain(url);
    expect(mail!.text.replace(url, '')).not.toMatch(healthWords);
    // The link works for the therapist, signed in.
    expect((await therapist.get(new URL(url).pathname)).statusCode).toBe(200);
    expect(smtp.delivered).toHaveLength(1);
  });

  it('without a public address, every link in an alert is to the address the server listens on, its settings link too', async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      app: { mailer: await smtpMailer(smtp.url, 'Aftercare <no-reply@aftercare.example.org>') },
      jobs: { retryLimit: 1, retryDelaySeconds: 1 },
    });
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const therapist = await h.addTherapist(admin, 'thea@example.org');
    await h.settled();
    smtp.delivered.length = 0;
    const { id, link } = await h.recordSession(therapist, 'Client P');
    await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    await h.jobs!.settled();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.text).toContain(`${origin}/clinic/sessions/${id}`);
    expect(mail!.text).toContain(`${origin}/clinic/alerts`);
    expect(mail!.text).not.toContain('http://localhost');
  });

  it('tells once per new need: a second urgent check-in adds nothing; easing and then urgent again does', async () => {
    const { therapist } = await setUp();
    const { link } = await h.recordSession(therapist, 'Client R');
    const client = await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    await h.jobs!.settled();
    await smtp.waitFor(1);
    await checkIn(client, '2026-03-03T09:10:00Z', ['general.fever']);
    await h.jobs!.settled();
    expect(smtp.delivered).toHaveLength(1);
    await checkIn(client, '2026-03-03T09:20:00Z', []);
    // An hour after the first alert: within it, the alert pace holds a new need back (the test below).
    await checkIn(client, '2026-03-03T10:00:00Z', ['general.fever']);
    await h.jobs!.settled();
    await smtp.waitFor(2);
    expect(smtp.delivered).toHaveLength(2);
  });

  it('second audit 10, alert pace: a client flipping between urgent and emergency mails the therapist once an hour; the dashboard shows each check-in at once', async () => {
    const { therapist } = await setUp();
    const { id, link } = await h.recordSession(therapist, 'Client F');
    const client = await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    await h.jobs!.settled();
    expect((await smtp.waitFor(1))[0]!.subject).toContain('urgent');
    await checkIn(client, '2026-03-03T09:10:00Z', ['nerve.saddleNumbness']);
    await checkIn(client, '2026-03-03T09:20:00Z', ['general.fever']);
    await checkIn(client, '2026-03-03T09:30:00Z', ['nerve.saddleNumbness']);
    await h.jobs!.settled();
    expect(smtp.delivered).toHaveLength(1);
    // The emergency after the urgent alert is not mailed: the dashboard shows it, and says it was not mailed.
    const board = (await therapist.get('/clinic')).body;
    const row = board.slice(board.indexOf('Client F'), board.indexOf('</tr>', board.indexOf('Client F')));
    expect(row).toContain('Emergency, Tue 3 Mar, 09:30 (4 check-ins)');
    expect(row).toContain('Not emailed: within an hour of the last alert');
    expect((await therapist.get(`/clinic/sessions/${id}`)).body).toContain('id="check-in-4"');
    // An hour after the alert, the next new need is mailed again.
    await checkIn(client, '2026-03-03T10:00:00Z', ['general.fever']);
    await h.jobs!.settled();
    const [, second] = await smtp.waitFor(2);
    expect(second!.subject).toBe('Aftercare: urgent, a client needs your attention today');
    expect(smtp.delivered).toHaveLength(2);
    expect((await therapist.get('/clinic')).body).not.toContain('Not emailed');
  });

  it('the subject says "emergency" for an emergency check-in, and names no symptom or client', async () => {
    const { therapist } = await setUp();
    const { link } = await h.recordSession(therapist, 'Client E');
    const client = await h.clientFollowsUp(link, {});
    await checkIn(client, '2026-03-03T09:10:00Z', ['nerve.saddleNumbness']);
    await h.jobs!.settled();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe('Aftercare: emergency, a client needs your attention now');
    expect(mail!.text).not.toMatch(healthWords);
  });

  it('an emergency answer alone (one tap, the rest of the form blank) is kept: the therapist is mailed "emergency" and the dashboard counts it', async () => {
    const { therapist } = await setUp();
    const { id, link } = await h.recordSession(therapist, 'Client T');
    const client = await h.clientFollowsUp(link, {});
    h.setNow('2026-03-03T09:05:00Z');
    await client.client.get(`/diary/${client.diary}/check-in`);
    const saved = await client.client.post(
      `/diary/${client.diary}/check-in`,
      { sinceLastCheckIn: 'since.bladderBowel.bowelControlLoss' },
      { csrf: false },
    );
    expect(saved.headers.location).toBe('/emergency');
    await h.jobs!.settled();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe('Aftercare: emergency, a client needs your attention now');
    expect(mail!.text).toContain(`/clinic/sessions/${id}`);
    const dashboard = (await therapist.get('/clinic')).body;
    expect(dashboard).toMatch(/<strong>1<\/strong> emergency/);
    expect((await therapist.get('/clinic?needs=emergency')).body).toContain('Client T');
  });

  it('a self-care check-in tells no one', async () => {
    const { therapist } = await setUp();
    const { link } = await h.recordSession(therapist, 'Client S');
    await h.clientFollowsUp(link, {});
    await h.jobs!.settled();
    expect(smtp.delivered).toEqual([]);
  });

  it('admins who follow the whole clinic hear of every client; a member with alerts off hears nothing', async () => {
    const { admin, therapist } = await setUp();
    await admin.get('/clinic/alerts');
    expect((await admin.submit('/clinic/alerts', { instant: 'yes', wholeClinic: 'yes' })).body).toContain('Your alert settings are saved');
    await therapist.get('/clinic/alerts');
    await therapist.post('/clinic/alerts', {});
    const { link } = await h.recordSession(therapist, 'Client T');
    await h.clientFollowsUp(link, { 'bladderBowel.bladderControlLoss': 'yes' });
    await h.jobs!.settled();
    await smtp.waitFor(1);
    expect(smtp.delivered.map((m) => m.to).flat()).toEqual(['admin@example.org']);
    // The setting is audited.
    expect((await admin.get('/clinic/audit')).body).toContain('changed their alert settings');
  });

  it("a daily summary at 08:00 in the clinic's time zone, once a day, counting who needs attention", async () => {
    const { therapist } = await setUp();
    await therapist.get('/clinic/alerts');
    await therapist.post('/clinic/alerts', { instant: 'yes', digest: 'yes' });
    for (const [ref, changes] of [
      ['Client U', { 'general.fever': 'yes', alsoUnwell: 'none' }],
      ['Client V', {}],
      ['Client W', { 'general.recentFallOrInjury': 'yes', 'general.seriousAccident': 'no' }],
    ] as const) {
      const { link } = await h.recordSession(therapist, ref);
      await h.clientFollowsUp(link, changes);
    }
    await h.jobs!.settled();
    await smtp.waitFor(2);
    smtp.delivered.length = 0;
    // 07:00 in UTC (the clinic's zone): nothing; 08:00: one summary, however often the hour's tick runs.
    h.setNow(`2026-03-04T0${digestHour - 1}:00:00Z`);
    await h.jobs!.send('digest-tick', {});
    await h.jobs!.settled();
    expect(smtp.delivered).toEqual([]);
    h.setNow(`2026-03-04T0${digestHour}:00:00Z`);
    await h.jobs!.send('digest-tick', {});
    await h.jobs!.send('digest-tick', {});
    await h.jobs!.settled();
    const [digest] = await smtp.waitFor(1);
    expect(digest!.to).toEqual(['thea@example.org']);
    expect(digest!.subject).toBe('Aftercare: your daily summary');
    expect(digest!.text).toContain('2 clients’ check-ins in the last day need attention.');
    expect(digest!.text).toContain('https://aftercare.example.org/clinic');
    await h.jobs!.settled();
    expect(smtp.delivered).toHaveLength(1);
  });

  it('a mail the server refuses is retried, then shown to admins as undelivered', async () => {
    const { admin, therapist } = await setUp();
    smtp.refuse.add('thea@example.org');
    const { link } = await h.recordSession(therapist, 'Client X');
    await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    const until = Date.now() + 20_000;
    let page = '';
    let seenRetrying = false;
    while (Date.now() < until) {
      page = (await admin.get('/clinic/deliveries')).body;
      // The first failure shows at once, while it waits to be tried again.
      seenRetrying ||= page.includes('<td>thea@example.org</td><td>1, trying again</td>');
      if (page.includes('<td>thea@example.org</td><td>2</td>')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seenRetrying).toBe(true);
    expect(page).toMatch(/<td>Alert<\/td><td>thea@example.org<\/td><td>2<\/td><td>[^<]*no such mailbox/);
    // Therapists do not see it: for them, the page does not exist.
    expect((await therapist.get('/clinic/deliveries')).statusCode).toBe(404);
  }, 30_000);

  it('a clinic sends the follow-up link by email as well as by QR code; a bad address is named and nothing is saved', async () => {
    const { therapist } = await setUp();
    await therapist.get('/clinic/sessions/new');
    const form = { clientRef: 'Client Y', endedAt: '2026-03-02T17:00', style: 'sports', pressure: 'firm' };
    const refused = await therapist.post('/clinic/sessions', { ...form, clientEmail: 'yves at example' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('href="#f-clientEmail"');
    expect(refused.body).toContain('value="Client Y"'); // what was typed is kept
    expect((await therapist.get('/clinic')).body).not.toContain('Client Y');

    const created = await therapist.submit('/clinic/sessions', { ...form, clientEmail: 'Yves@Example.org' });
    expect(created.body).toContain('on its way by email to yves@example.org');
    await h.settled();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['yves@example.org']);
    expect(mail!.subject).toBe('Calm Hands: how is your back after your massage?');
    const link = /https:\/\/aftercare\.example\.org(\/follow-up\/[A-Za-z0-9_-]{43})/.exec(mail!.text)![1]!;
    expect(created.body).toContain(link);
    expect((await h.app.inject({ url: link })).body).toContain('I agree to share my check-ins');
    expect(mail!.text).toContain('not a diagnosis');
    expect(mail!.text).not.toContain('Client Y');
  });
});
