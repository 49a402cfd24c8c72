// The clinic side, in-process on a real embedded database: accounts, follow-up, dashboard, isolation, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithStore } from '../../test/support/app-with-store.ts';
import { Visitor } from '../../test/support/browserless.ts';
import type { Mail } from '../clinic/mailer.ts';

let harness: Awaited<ReturnType<typeof appWithStore>>;
let mail: Mail[];
beforeEach(async () => {
  mail = [];
  harness = await appWithStore('2026-03-03T09:00:00Z', { send: async (m) => void mail.push(m) });
});
afterEach(async () => harness.close());

const password = 'correct horse battery';

async function signUp(clinicName: string, email: string) {
  const admin = new Visitor(harness.app);
  await admin.get('/clinic/sign-up');
  const response = await admin.post('/clinic/sign-up', { clinicName, name: `Admin of ${clinicName}`, email, password });
  expect(response.statusCode).toBe(303);
  return admin;
}

async function addTherapist(admin: Visitor, email: string) {
  await admin.get('/clinic/members');
  expect((await admin.post('/clinic/members', { name: email.split('@')[0]!, email, role: 'therapist' })).statusCode).toBe(200);
  const link = /\/clinic\/reset\/([A-Za-z0-9_-]{43})/.exec(mail.at(-1)!.text)![1]!;
  const therapist = new Visitor(harness.app);
  await therapist.get(`/clinic/reset/${link}`);
  expect((await therapist.post(`/clinic/reset/${link}`, { password })).body).toContain('Your password is changed');
  expect((await therapist.post('/clinic/sign-in', { email, password })).statusCode).toBe(303);
  return therapist;
}

async function recordSession(who: Visitor, clientRef: string) {
  await who.get('/clinic/sessions/new');
  const response = await who.post('/clinic/sessions', { clientRef, endedAt: '2026-03-02T17:00', style: 'deep-tissue', pressure: 'firm', areasWorked: ['psoas'] });
  expect(response.statusCode).toBe(201);
  const link = /\/follow-up\/([A-Za-z0-9_-]{43})/.exec(response.body)![1]!;
  expect(response.body).toContain('<svg');
  const dashboard = await who.get('/clinic');
  const id = new RegExp(`href="/clinic/sessions/([0-9a-f-]{36})">${clientRef}<`).exec(dashboard.body)![1]!;
  return { link, id };
}

const calm = { 'bladderBowel.bladderControlLoss': 'no', 'bladderBowel.bowelControlLoss': 'no', 'bladderBowel.difficultyUrinating': 'no', 'nerve.saddleNumbness': 'no', 'nerve.legWeakness': 'none', 'nerve.numbness': 'none', 'nerve.tingling': 'none', 'general.fever': 'no', 'general.recentFallOrInjury': 'no', 'general.bloodThinners': 'no' };
const pain = { 'pain.severity': '4', 'pain.qualities': 'dull-ache', 'pain.extent': 'widespread', 'pain.radiation': 'none', 'pain.trend': 'same', 'localSigns.swelling': 'no', 'localSigns.bruising': 'no' };

async function clientFollowsUp(link: string, checkIn: Record<string, string>) {
  const client = new Visitor(harness.app);
  expect((await client.get(`/follow-up/${link}`)).body).toContain('I agree to share my check-ins');
  const consent = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes' });
  expect(consent.headers.location).toBe(`/diary/${link}/check-in`);
  await client.get(`/diary/${link}/check-in`);
  const saved = await client.post(`/diary/${link}/check-in`, { ...calm, ...pain, ...checkIn }, { csrf: false });
  expect(saved.statusCode).toBe(303);
  return client;
}

describe('accounts', () => {
  it('signs up a clinic with its admin; the session cookie is HttpOnly and SameSite=Lax', async () => {
    const admin = new Visitor(harness.app);
    await admin.get('/clinic/sign-up');
    const response = await admin.post('/clinic/sign-up', { clinicName: 'Back Care', name: 'Ann', email: 'Ann@Example.com', password });
    expect(String(response.headers['set-cookie'])).toMatch(/aftercare_clinic=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    expect((await admin.get('/clinic')).body).toContain('Who needs attention');
    const stored = await harness.database.db.selectFrom('users').select(['email', 'password_hash']).executeTakeFirstOrThrow();
    expect(stored.email).toBe('ann@example.com');
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('refuses a short password and a taken email, naming the field', async () => {
    await signUp('One', 'a@example.com');
    const other = new Visitor(harness.app);
    await other.get('/clinic/sign-up');
    expect((await other.post('/clinic/sign-up', { clinicName: 'Two', name: 'B', email: 'b@example.com', password: 'short' })).body).toContain('href="#f-password"');
    expect((await other.post('/clinic/sign-up', { clinicName: 'Two', name: 'B', email: 'A@example.com', password })).body).toContain('An account with this email already exists');
  });

  it('refuses every form that changes something without its CSRF token', async () => {
    const admin = await signUp('One', 'a@example.com');
    const { id } = await recordSession(admin, 'Client');
    for (const url of ['/clinic/sign-in', '/clinic/sign-up', '/clinic/sign-out', '/clinic/sign-out-everywhere', '/clinic/reset', '/clinic/sessions', `/clinic/sessions/${id}/link`, '/clinic/members']) {
      expect((await admin.post(url, {}, { csrf: false })).statusCode, url).toBe(403);
    }
    expect((await admin.post('/clinic/sessions', { _csrf: 'x'.repeat(43), clientRef: 'Sneaky', endedAt: '2026-03-02T17:00' }, { csrf: false })).statusCode).toBe(403);
  });

  it('throttles sign-in after five failures for an email, and says so', async () => {
    await signUp('One', 'a@example.com');
    const attacker = new Visitor(harness.app);
    await attacker.get('/clinic/sign-in');
    for (let k = 0; k < 5; k++) expect((await attacker.post('/clinic/sign-in', { email: 'a@example.com', password: 'wrong password!' })).statusCode).toBe(401);
    const blocked = await attacker.post('/clinic/sign-in', { email: 'a@example.com', password });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('Too many failed sign-ins');
    harness.setNow('2026-03-03T09:16:00Z');
    expect((await attacker.post('/clinic/sign-in', { email: 'a@example.com', password })).statusCode).toBe(303);
  });

  it('signs out one session, or every session of the member', async () => {
    await signUp('One', 'a@example.com');
    const laptop = new Visitor(harness.app);
    const phone = new Visitor(harness.app);
    for (const device of [laptop, phone]) {
      await device.get('/clinic/sign-in');
      expect((await device.post('/clinic/sign-in', { email: 'a@example.com', password })).statusCode).toBe(303);
    }
    await laptop.get('/clinic');
    await laptop.post('/clinic/sign-out-everywhere');
    expect((await phone.get('/clinic')).headers.location).toBe('/clinic/sign-in');
    expect((await laptop.get('/clinic')).headers.location).toBe('/clinic/sign-in');
  });

  it('resets a password by a one-time link (logged when no mail server), signing out old sessions', async () => {
    const admin = await signUp('One', 'a@example.com');
    const stranger = new Visitor(harness.app);
    await stranger.get('/clinic/reset');
    expect((await stranger.post('/clinic/reset', { email: 'nobody@example.com' })).body).toContain('If an account has that email');
    expect(mail).toHaveLength(0);
    await stranger.post('/clinic/reset', { email: 'a@example.com' });
    const token = /\/clinic\/reset\/([A-Za-z0-9_-]{43})/.exec(mail[0]!.text)![1]!;
    await stranger.get(`/clinic/reset/${token}`);
    expect((await stranger.post(`/clinic/reset/${token}`, { password: 'a brand new password' })).statusCode).toBe(200);
    expect((await stranger.post(`/clinic/reset/${token}`, { password: 'and another one!' })).statusCode).toBe(410);
    expect((await admin.get('/clinic')).headers.location).toBe('/clinic/sign-in');
    expect((await stranger.post('/clinic/sign-in', { email: 'a@example.com', password: 'a brand new password' })).statusCode).toBe(303);
  });
});

describe('follow-up and the dashboard', () => {
  it('a follow-up link opens a diary with the massage filled in, after consent, and the dashboard puts the most urgent first with its flags', async () => {
    const admin = await signUp('One', 'a@example.com');
    const calmClient = await recordSession(admin, 'Calm client');
    const swollen = await recordSession(admin, 'Swollen client');
    const feverish = await recordSession(admin, 'Feverish client');
    await recordSession(admin, 'Quiet client');
    await clientFollowsUp(calmClient.link, {});
    await clientFollowsUp(swollen.link, { 'localSigns.swelling': 'yes' });
    await clientFollowsUp(feverish.link, { 'general.fever': 'yes' });

    const withoutConsent = new Visitor(harness.app);
    await withoutConsent.get(`/follow-up/${(await recordSession(admin, 'Undecided')).link}`);

    const api = (await admin.get('/api/v1/clinic/sessions')).json();
    expect(api.sessions.map((s: { clientRef: string }) => s.clientRef).slice(0, 3)).toEqual(['Feverish client', 'Swollen client', 'Calm client']);
    const swollenRow = api.sessions.find((s: { clientRef: string }) => s.clientRef === 'Swollen client');
    expect(swollenRow).toMatchObject({ latestLevel: 'self-care', pressureFlag: true, notEasingFlag: false });
    expect(api.counts).toMatchObject({ urgent: 1, pressure: 1, waiting: 2, clients: 5 });

    const page = await admin.get('/clinic');
    expect(page.body.indexOf('Feverish client')).toBeLessThan(page.body.indexOf('Swollen client'));
    expect(page.body).toContain('Pressure may have been too much');
    // One therapist, three followed sessions, one with local signs.
    expect(page.body).toMatch(/<td>3<\/td><td>33 % \(1\)<\/td>/);

    const record = await admin.get(`/clinic/sessions/${swollen.id}`);
    expect(record.body).toContain('chart-client');
    expect(record.body).toContain('Pressure may have been too much');
    // The diary has the session's massage: deep tissue, firm, psoas, ended 17:00.
    const diary = (await harness.app.inject({ url: `/api/v1/diaries/${swollen.link}` })).json();
    expect(diary.diary.massage).toMatchObject({ style: 'deep-tissue', pressure: 'firm', areasWorked: ['psoas'], sharpPainDuring: false, endedAt: '2026-03-02T17:00:00+00:00' });
  });

  it('flags not easing after 72 h', async () => {
    harness.setNow('2026-03-06T10:00:00Z');
    const admin = await signUp('One', 'a@example.com');
    const { link } = await recordSession(admin, 'Slow client');
    await clientFollowsUp(link, {});
    expect((await admin.get('/api/v1/clinic/sessions')).json().sessions[0]).toMatchObject({ notEasingFlag: true, latestLevel: 'see-clinician' });
  });

  it('a consent refused or half-given starts no diary', async () => {
    const admin = await signUp('One', 'a@example.com');
    const { link } = await recordSession(admin, 'Client');
    const client = new Visitor(harness.app);
    await client.get(`/follow-up/${link}`);
    const response = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no' });
    expect(response.statusCode).toBe(422);
    expect((await harness.database.db.selectFrom('diaries').selectAll().execute())).toHaveLength(0);
  });
});

describe('the clinic\'s time zone', () => {
  it('is chosen at sign-up: typed session times are read in it, and the pages show times in it', async () => {
    const admin = new Visitor(harness.app);
    expect((await admin.get('/clinic/sign-up')).body).toContain('name="timeZone"');
    expect((await admin.post('/clinic/sign-up', { clinicName: 'East', name: 'Ann', email: 'a@example.com', password, timeZone: 'America/New_York' })).statusCode).toBe(303);
    await admin.get('/clinic/sessions/new');
    const recorded = await admin.post('/clinic/sessions', { clientRef: 'NY', endedAt: '2026-03-02T12:00', areasWorked: ['psoas'] });
    expect(recorded.statusCode).toBe(201);
    const id = /href="\/clinic\/sessions\/([0-9a-f-]{36})"/.exec(recorded.body)![1]!;
    // 12:00 in New York on 2 March is 17:00 UTC.
    expect((await admin.get(`/api/v1/clinic/sessions/${id}`)).json().session.endedAt).toBe('2026-03-02T17:00:00.000Z');
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('Times are in America/New_York');
    expect(page).toContain('12:00');
    expect((await admin.get('/clinic')).body).toContain('Times are in America/New_York');
    expect((await admin.get('/clinic/audit')).body).toContain('Times are in America/New_York');
  });

  it('refuses a zone that is not one, naming the field; only an admin changes it, and the change is audited', async () => {
    const refused = new Visitor(harness.app);
    await refused.get('/clinic/sign-up');
    const response = await refused.post('/clinic/sign-up', { clinicName: 'X', name: 'Ann', email: 'x@example.com', password, timeZone: 'Mars/Olympus' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('href="#f-timeZone"');
    const admin = await signUp('One', 'a@example.com');
    expect((await admin.get('/clinic')).body).toContain('Times are in UTC');
    await admin.get('/clinic/members');
    expect((await admin.post('/clinic/settings', { timeZone: 'Nowhere/Else' })).statusCode).toBe(422);
    const saved = await admin.post('/clinic/settings', { timeZone: 'Europe/Berlin' });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('now shown in Europe/Berlin');
    expect((await admin.get('/clinic')).body).toContain('Times are in Europe/Berlin');
    expect((await admin.get('/clinic/audit')).body).toMatch(/changed the clinic&#39;s time zone<\/td><td>Europe\/Berlin/);
    const therapist = await addTherapist(admin, 't@example.com');
    expect((await therapist.get('/clinic')).body).toContain('Times are in Europe/Berlin');
    await therapist.get('/clinic');
    expect((await therapist.post('/clinic/settings', { timeZone: 'UTC' })).statusCode).toBe(404);
  });
});

describe('the client\'s time zone', () => {
  it('the diary a follow-up link starts keeps the time zone the client chose, or the default when it is not a real one', async () => {
    const admin = await signUp('Calm Hands', 'a@example.com');
    for (const [chosen, shown] of [['America/New_York', 'America/New_York'], ['Mars/Olympus', 'UTC']] as const) {
      const { link } = await recordSession(admin, `Client in ${chosen}`);
      const client = new Visitor(harness.app);
      const consent = (await client.get(`/follow-up/${link}`)).body;
      expect(consent).toContain('name="timeZone"');
      expect(consent).toContain('(UTC)'); // the app's default zone, until the browser's script chooses the client's own
      const response = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes', timeZone: chosen });
      expect(response.statusCode).toBe(303);
      expect((await client.get(`/diary/${link}`)).body).toContain(`Times are in ${shown}`);
    }
  });
});

describe('stopping to share', () => {
  it('the client stops sharing from the diary: the clinic keeps the session, marked, and sees nothing of the diary again', async () => {
    const admin = await signUp('Calm Hands', 'a@example.com');
    const { id, link } = await recordSession(admin, 'Client S');
    const client = await clientFollowsUp(link, { 'localSigns.swelling': 'yes' });
    const diary = (await client.get(`/diary/${link}`)).body;
    expect(diary).toContain('Shared with Calm Hands');
    expect((await admin.get(`/clinic/sessions/${id}`)).body).toContain('4/10');

    const stop = await client.post(`/diary/${link}/stop-sharing`, {}, { csrf: false });
    expect(stop.statusCode).toBe(303);
    expect(stop.headers.location).toBe(`/diary/${link}?sharing=stopped`);
    const after = (await client.get(`/diary/${link}?sharing=stopped`)).body;
    expect(after).toContain('You stopped sharing this diary');
    expect(after).not.toContain('Shared with Calm Hands');
    // A check-in after stopping stays with the client.
    await client.get(`/diary/${link}/check-in`);
    expect((await client.post(`/diary/${link}/check-in`, { ...calm, ...pain, 'pain.severity': '9' }, { csrf: false })).statusCode).toBe(303);

    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('The client stopped sharing on');
    expect(page).not.toContain('9/10');
    expect(page).not.toContain('Make a new follow-up link');
    expect((await admin.post(`/clinic/sessions/${id}/link`)).statusCode).toBe(404);
    const dashboard = (await admin.get('/clinic')).body;
    expect(dashboard).toContain('Stopped sharing');
    expect(dashboard).toMatch(/<strong>0<\/strong> waiting for the client/);
    expect(dashboard).toMatch(/<strong>1<\/strong> stopped sharing/);
    expect((await admin.get(`/api/v1/clinic/sessions/${id}`)).json()).toMatchObject({ session: { diaryId: null, checkIns: 0, latestLevel: null, pressureFlag: false }, checkIns: [] });
    // The follow-up link does not ask again: it is the diary's link, and the diary is still the client's.
    expect((await client.get(`/follow-up/${link}`)).headers.location).toBe(`/diary/${link}`);
    expect((await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes' })).headers.location).toBe(`/diary/${link}`);
    expect((await client.get(`/diary/${link}`)).statusCode).toBe(200);
  });

  it('through the API too: GET says with whom and since when, DELETE stops it, and a second DELETE finds nothing to stop', async () => {
    const admin = await signUp('Calm Hands', 'a@example.com');
    const { id, link } = await recordSession(admin, 'Client API');
    await clientFollowsUp(link, {});
    const sharing = await harness.app.inject({ method: 'GET', url: `/api/v1/diaries/${link}/sharing` });
    expect(sharing.statusCode).toBe(200);
    expect(sharing.json()).toEqual({ clinicName: 'Calm Hands', since: '2026-03-03T09:00:00.000Z' });
    expect((await harness.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${link}/sharing` })).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/clinic/sessions/${id}`)).json().session).toMatchObject({ diaryId: null, sharingStoppedAt: '2026-03-03T09:00:00.000Z' });
    const again = await harness.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${link}/sharing` });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toContain('not shared');
    expect((await harness.app.inject({ method: 'GET', url: `/api/v1/diaries/${link}/sharing` })).statusCode).toBe(404);
    expect((await harness.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${'x'.repeat(43)}/sharing` })).json().error.message).toContain('No diary has this link');
  });

  it('deleting a shared diary stops sharing too, and the follow-up link finds no diary', async () => {
    const admin = await signUp('Calm Hands', 'a@example.com');
    const { id, link } = await recordSession(admin, 'Client D');
    const client = await clientFollowsUp(link, { 'localSigns.swelling': 'yes' });
    await client.get(`/diary/${link}/delete`);
    expect((await client.post(`/diary/${link}/delete`, {}, { csrf: false })).statusCode).toBe(200);
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('The client stopped sharing on');
    expect(page).not.toContain('has not opened the follow-up link');
    expect((await admin.get('/clinic')).body).not.toContain('Pressure may have been too much');
    const followUp = await client.get(`/follow-up/${link}`);
    expect(followUp.headers.location).toBe(`/diary/${link}`);
    expect((await client.get(`/diary/${link}`)).statusCode).toBe(404);
  });
});

describe('isolation', () => {
  it('another clinic\'s session is 404 on every page and API route that names it', async () => {
    const mine = await signUp('Mine', 'a@example.com');
    const theirs = await signUp('Theirs', 'b@example.com');
    const { id, link } = await recordSession(theirs, 'Their client');
    await clientFollowsUp(link, {});
    await mine.get('/clinic');
    expect((await mine.get(`/clinic/sessions/${id}`)).statusCode).toBe(404);
    expect((await mine.post(`/clinic/sessions/${id}/link`)).statusCode).toBe(404);
    expect((await mine.get(`/api/v1/clinic/sessions/${id}`)).statusCode).toBe(404);
    expect((await mine.get('/clinic')).body).not.toContain('Their client');
    expect((await mine.get('/api/v1/clinic/sessions')).json().sessions).toEqual([]);
    // The owner sees it.
    expect((await theirs.get(`/clinic/sessions/${id}`)).statusCode).toBe(200);
  });

  it('a therapist sees only their own clients; an admin sees the clinic; members and audit are the admin\'s', async () => {
    const admin = await signUp('One', 'a@example.com');
    const t1 = await addTherapist(admin, 't1@example.com');
    const t2 = await addTherapist(admin, 't2@example.com');
    const first = await recordSession(t1, 'Client of t1');
    const second = await recordSession(t2, 'Client of t2');
    expect((await t1.get(`/clinic/sessions/${second.id}`)).statusCode).toBe(404);
    expect((await t1.get(`/api/v1/clinic/sessions/${second.id}`)).statusCode).toBe(404);
    expect((await t1.get('/clinic')).body).not.toContain('Client of t2');
    expect((await admin.get(`/clinic/sessions/${first.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/clinic/sessions/${second.id}`)).statusCode).toBe(200);
    expect((await t1.get('/clinic/members')).statusCode).toBe(404);
    expect((await t1.get('/clinic/audit')).statusCode).toBe(404);
  });

  it('a client\'s link opens that one diary and nothing else', async () => {
    const admin = await signUp('One', 'a@example.com');
    const a = await recordSession(admin, 'A');
    const b = await recordSession(admin, 'B');
    const client = await clientFollowsUp(a.link, {});
    await clientFollowsUp(b.link, {});
    expect((await client.get(`/diary/${a.link}`)).statusCode).toBe(200);
    expect((await client.get('/clinic')).headers.location).toBe('/clinic/sign-in');
    expect((await client.get(`/api/v1/clinic/sessions/${a.id}`)).statusCode).toBe(401);
    expect((await client.get('/diaries')).body).not.toContain(b.link);
    // Once agreed, the follow-up link is the diary's link.
    expect((await client.get(`/follow-up/${a.link}`)).headers.location).toBe(`/diary/${a.link}`);
  });

  it('is unauthorised without a session: pages redirect to sign in, the API answers 401', async () => {
    const anonymous = new Visitor(harness.app);
    for (const url of ['/clinic', '/clinic/sessions/new', '/clinic/members', '/clinic/audit', '/clinic/sessions/x']) expect((await anonymous.get(url)).headers.location).toBe('/clinic/sign-in');
    expect((await anonymous.get('/api/v1/clinic/sessions')).statusCode).toBe(401);
  });
});

describe('the audit log', () => {
  it('records who viewed or changed which client record, and only an admin reads it', async () => {
    const admin = await signUp('One', 'a@example.com');
    const therapist = await addTherapist(admin, 't@example.com');
    const { id } = await recordSession(therapist, 'Client X');
    await therapist.get(`/clinic/sessions/${id}`);
    const log = (await admin.get('/clinic/audit')).body;
    expect(log).toMatch(/t<\/td><td>recorded a session<\/td><td>Client X/);
    expect(log).toMatch(/t<\/td><td>viewed a client<\/td><td>Client X/);
    expect(log).toContain('added a therapist');
  });
});
