// The clinic side, in-process on a real embedded database: accounts, follow-up, dashboard, isolation, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Visitor } from '../../test/support/browserless.ts';
import { clinicHarness, password, tokenIn, type ClinicHarness } from '../../test/support/clinic.ts';
import { shortCheckIn } from '../../test/support/forms.ts';
import { validateSharing } from '../contract/validate.ts';
import { translator } from '../i18n/messages.ts';

let h: ClinicHarness;
beforeEach(async () => {
  h = await clinicHarness();
});
afterEach(async () => h.close());

describe('accounts', () => {
  it('signs up a clinic by a link mailed to the address: the account exists once the password is chosen', async () => {
    const admin = new Visitor(h.app);
    await admin.get('/clinic/sign-up');
    const asked = await admin.submit('/clinic/sign-up', {
      clinicName: 'Back Care',
      name: 'Ann',
      email: 'Ann@Example.com',
      timeZone: 'UTC',
    });
    expect(asked.body).toContain('We sent a message to <strong>ann@example.com</strong>');
    expect(await h.database.db.selectFrom('users').selectAll().execute()).toEqual([]);
    await h.settled();
    expect(h.mail[0]).toMatchObject({ to: 'ann@example.com', subject: 'Aftercare: finish creating your clinic account' });
    await h.accept('ann@example.com', admin);
    expect(String(admin.lastSetCookie)).toMatch(/aftercare_clinic=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    expect((await admin.get('/clinic')).body).toContain('Who needs attention');
    const stored = await h.database.db.selectFrom('users').select(['email', 'password_hash', 'role']).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ email: 'ann@example.com', role: 'admin' });
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('refuses a short password and a missing name, naming the field', async () => {
    const other = new Visitor(h.app);
    await other.get('/clinic/sign-up');
    const refused = await other.post('/clinic/sign-up', { clinicName: 'Two', name: '', email: 'b@example.com' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('href="#f-name"');
    await other.post('/clinic/sign-up', { clinicName: 'Two', name: 'B', email: 'b@example.com' });
    await h.settled();
    const token = tokenIn(h.mail.at(-1));
    await other.get(`/clinic/reset/${token}`);
    const short = await other.post(`/clinic/reset/${token}`, { password: 'short' });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain('href="#f-password"');
  });

  it('a password refused on a sign-up link keeps the sign-up wording, not the reset one', async () => {
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/sign-up');
    await visitor.post('/clinic/sign-up', { clinicName: 'Back Care', name: 'Ann', email: 'ann@example.com', timeZone: 'UTC' });
    await h.settled();
    const token = tokenIn(h.mail.at(-1));
    await visitor.get(`/clinic/reset/${token}`);
    const refused = await visitor.post(`/clinic/reset/${token}`, { password: 'short' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('<h1>Choose your password</h1>');
    expect(refused.body).toContain('This finishes creating the account for Back Care.');
    expect(refused.body).not.toContain('new password');
  });

  it('refuses every form that changes something without its token', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id } = await h.recordSession(admin, 'Client');
    for (const url of [
      '/clinic/sign-in',
      '/clinic/sign-up',
      '/clinic/sign-out',
      '/clinic/sign-out-everywhere',
      '/clinic/reset',
      '/clinic/sessions',
      `/clinic/sessions/${id}/link`,
      '/clinic/members',
    ]) {
      expect((await admin.post(url, {}, { csrf: false })).statusCode, url).toBe(403);
    }
    expect(
      (await admin.post('/clinic/sessions', { _csrf: 'x'.repeat(43), clientRef: 'Sneaky', endedAt: '2026-03-02T17:00' }, { csrf: false }))
        .statusCode,
    ).toBe(403);
  });

  it('throttles sign-in after five attempts for an email, and says so', async () => {
    await h.signUp('One', 'a@example.com');
    const attacker = new Visitor(h.app);
    await attacker.get('/clinic/sign-in');
    for (let k = 0; k < 5; k++)
      expect((await attacker.post('/clinic/sign-in', { email: 'a@example.com', password: 'wrong password!' })).statusCode).toBe(401);
    const blocked = await attacker.post('/clinic/sign-in', { email: 'a@example.com', password });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('Too many sign-in attempts');
    h.setNow('2026-03-03T09:16:00Z');
    expect((await attacker.post('/clinic/sign-in', { email: 'a@example.com', password })).statusCode).toBe(303);
  });

  it('signs out one session, or every session of the member', async () => {
    await h.signUp('One', 'a@example.com');
    const laptop = new Visitor(h.app);
    const phone = new Visitor(h.app);
    for (const device of [laptop, phone]) expect((await h.signIn('a@example.com', device)).statusCode).toBe(303);
    await laptop.get('/clinic');
    await laptop.post('/clinic/sign-out-everywhere');
    expect((await phone.get('/clinic')).headers.location).toBe('/clinic/sign-in');
    expect((await laptop.get('/clinic')).headers.location).toBe('/clinic/sign-in');
  });

  it('resets a password by a one-time link, signing out old sessions', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const stranger = new Visitor(h.app);
    await stranger.get('/clinic/reset');
    expect((await stranger.submit('/clinic/reset', { email: 'nobody@example.com' })).body).toContain('If an account has that email');
    await h.settled();
    expect(h.mail.filter((m) => m.to === 'nobody@example.com')).toHaveLength(0);
    await stranger.post('/clinic/reset', { email: 'a@example.com' });
    await h.settled();
    const token = tokenIn(h.mail.at(-1));
    await stranger.get(`/clinic/reset/${token}`);
    expect((await stranger.post(`/clinic/reset/${token}`, { password: 'a brand new password' })).statusCode).toBe(303);
    expect((await stranger.post(`/clinic/reset/${token}`, { password: 'and another one!' })).statusCode).toBe(410);
    expect((await admin.get('/clinic')).headers.location).toBe('/clinic/sign-in');
    await stranger.get('/clinic/sign-in');
    expect((await stranger.post('/clinic/sign-in', { email: 'a@example.com', password: 'a brand new password' })).statusCode).toBe(303);
  });
});

describe('follow-up and the dashboard', () => {
  it("a follow-up link starts a diary of the client's own after consent, and the dashboard puts the most urgent first with its flags", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const calmClient = await h.recordSession(admin, 'Calm client');
    const swollen = await h.recordSession(admin, 'Swollen client');
    const feverish = await h.recordSession(admin, 'Feverish client');
    await h.recordSession(admin, 'Quiet client');
    await h.clientFollowsUp(calmClient.link, {});
    const { diary } = await h.clientFollowsUp(swollen.link, { 'localSigns.swelling': 'yes' });
    await h.clientFollowsUp(feverish.link, { 'general.fever': 'yes', alsoUnwell: 'none' });

    const withoutConsent = new Visitor(h.app);
    await withoutConsent.get(`/follow-up/${(await h.recordSession(admin, 'Undecided')).link}`);

    const api = (await admin.get('/api/v1/clinic/sessions')).json();
    expect(api.sessions.map((s: { clientRef: string }) => s.clientRef).slice(0, 3)).toEqual([
      'Feverish client',
      'Swollen client',
      'Calm client',
    ]);
    const swollenRow = api.sessions.find((s: { clientRef: string }) => s.clientRef === 'Swollen client');
    expect(swollenRow).toMatchObject({ latestLevel: 'self-care', pressureFlag: true, notEasingFlag: false });
    expect(api.counts).toMatchObject({ urgent: 1, pressure: 1, waiting: 2, clients: 5 });

    const page = await admin.get('/clinic');
    expect(page.body.indexOf('Feverish client')).toBeLessThan(page.body.indexOf('Swollen client'));
    expect(page.body).toContain('Pressure may have been too much');
    // One therapist, three followed sessions, one with local signs.
    expect(page.body).toContain('<td data-label="Followed up">3</td><td data-label="With local signs">33 % (1)</td>');

    const record = await admin.get(`/clinic/sessions/${swollen.id}`);
    expect(record.body).toContain('chart-client');
    expect(record.body).toContain('Pressure may have been too much');
    // The client's name is on the page, never in its title.
    expect(record.body).toContain('<title>Client record – Aftercare</title>');
    // The diary has the session's massage: deep tissue, firm, psoas, ended 17:00.
    const opened = (await h.app.inject({ url: `/api/v1/diaries/${diary}` })).json();
    expect(opened.diary.massage).toMatchObject({
      style: 'deep-tissue',
      pressure: 'firm',
      areasWorked: ['psoas'],
      sharpPainDuring: false,
      endedAt: '2026-03-02T17:00:00+00:00',
    });
  });

  it("flags policy 3's new levels like the others: sudden side pain (emergency), a faint (urgent), a bruise with a bleeding tendency", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const sudden = await h.recordSession(admin, 'Sudden client');
    const faint = await h.recordSession(admin, 'Faint client');
    const bruised = await h.recordSession(admin, 'Bruised client');
    await h.clientFollowsUp(sudden.link, { sinceMassage: 'general.suddenSidePain' });
    await h.clientFollowsUp(faint.link, { sinceMassage: 'general.faintOrPale' });
    await h.clientFollowsUp(bruised.link, { bleedingRisk: 'general.bleedingTendency', 'localSigns.bruising': 'yes' });

    const api = (await admin.get('/api/v1/clinic/sessions')).json();
    const rows = api.sessions as { clientRef: string; latestLevel: string }[];
    expect(rows.map((s) => [s.clientRef, s.latestLevel])).toEqual([
      ['Sudden client', 'emergency'],
      ['Faint client', 'urgent'],
      ['Bruised client', 'see-clinician'],
    ]);
    expect(api.counts).toMatchObject({ emergency: 1, urgent: 1, clients: 3 });
    const page = (await admin.get('/clinic')).body;
    expect(page.indexOf('Sudden client')).toBeLessThan(page.indexOf('Faint client'));
    expect(page.indexOf('Faint client')).toBeLessThan(page.indexOf('Bruised client'));
  });

  it("the client's chart draws its now line at the page's own time, and speaks of the client's pain", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client C');
    await h.clientFollowsUp(link, {});
    h.setNow('2026-03-03T20:00:00Z');
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    const nowLine = Number(/class="chart-now" x1="([\d.]+)"/.exec(page)![1]);
    const latestDot = Number(/class="chart-pain" cx="([\d.]+)"/.exec(page)![1]);
    expect(nowLine).toBeGreaterThan(latestDot + 10);
    expect(page).toContain('Dots: the client&#39;s pain');
    expect(page).not.toContain('your pain');
  });

  it("shows the massage in the questionnaire's words, and counts one check-in as one", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client W');
    await h.clientFollowsUp(link, {});
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('Deep tissue');
    expect(page).not.toContain('deep-tissue,');
    expect(page).toContain('Pressure: Firm');
    const dashboard = (await admin.get('/clinic')).body;
    expect(dashboard).toContain('(1 check-in)');
    expect(dashboard).not.toContain('1 check-ins');
  });

  it('flags not easing after 72 h', async () => {
    h.setNow('2026-03-06T10:00:00Z');
    const admin = await h.signUp('One', 'a@example.com');
    const { link } = await h.recordSession(admin, 'Slow client');
    await h.clientFollowsUp(link, { 'history.cancer': 'no' });
    expect((await admin.get('/api/v1/clinic/sessions')).json().sessions[0]).toMatchObject({
      notEasingFlag: true,
      latestLevel: 'see-clinician',
    });
  });

  it('a consent refused or half-given starts no diary', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { link } = await h.recordSession(admin, 'Client');
    const client = new Visitor(h.app);
    await client.get(`/follow-up/${link}`);
    const response = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no' });
    expect(response.statusCode).toBe(422);
    expect(await h.database.db.selectFrom('diaries').selectAll().execute()).toHaveLength(0);
  });

  it('a consent refused keeps the answers given, as the questionnaire does', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { link } = await h.recordSession(admin, 'Client');
    const client = new Visitor(h.app);
    await client.get(`/follow-up/${link}`);
    const withoutConsent = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'yes', timeZone: 'Europe/Berlin' });
    expect(withoutConsent.statusCode).toBe(422);
    expect(withoutConsent.body).toContain('href="#f-consent"');
    expect(withoutConsent.body).toMatch(/id="f-sharp-y" name="sharpPainDuring" value="yes" checked/);
    expect(withoutConsent.body).not.toMatch(/id="f-sharp-n"[^>]* checked/);
    expect(withoutConsent.body).toMatch(/<option value="Europe\/Berlin"[^>]* selected>/);
    const withoutAnswer = await client.post(`/follow-up/${link}`, { consent: 'yes' });
    expect(withoutAnswer.statusCode).toBe(422);
    expect(withoutAnswer.body).toContain('href="#f-sharpPainDuring"');
    expect(withoutAnswer.body).toMatch(/id="f-consent" name="consent" value="yes" checked/);
  });

  it('a record refused names every field to correct, and keeps what was typed', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    await admin.get('/clinic/sessions/new');
    const refused = await admin.post('/clinic/sessions', {
      clientRef: '',
      endedAt: '2026-02-30T10:00',
      style: 'hot-stones',
      notes: 'keep me',
    });
    expect(refused.statusCode).toBe(422);
    for (const field of ['clientRef', 'endedAt', 'style']) expect(refused.body).toContain(`href="#f-${field}"`);
    expect(refused.body).toContain('keep me');
    expect(await h.database.db.selectFrom('clinic_sessions').selectAll().execute()).toEqual([]);
  });
});

describe('forms answer with a redirect to a page (POST-redirect-GET)', () => {
  it('saving a session and reloading its page records it once, mails once, and shows the same follow-up link', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    await admin.get('/clinic/sessions/new');
    const saved = await admin.post('/clinic/sessions', { clientRef: 'Once', endedAt: '2026-03-02T17:00', clientEmail: 'c@example.com' });
    expect(saved.statusCode).toBe(303);
    const page = String(saved.headers.location);
    expect(page).toMatch(/^\/clinic\/sessions\/[0-9a-f-]{36}$/);
    const first = (await admin.get(page)).body;
    const link = /http:\/\/localhost\/follow-up\/([A-Za-z0-9_-]{43})/.exec(first)![1]!;
    expect(first).toContain('QR code of the follow-up link');
    expect(first).toContain('The link is also on its way by email to c@example.com.');
    const reloaded = (await admin.get(page)).body;
    expect(reloaded).toContain(`/follow-up/${link}`);
    expect(reloaded).not.toContain('on its way by email');
    await h.settled();
    expect(await h.database.db.selectFrom('clinic_sessions').selectAll().execute()).toHaveLength(1);
    expect(h.mail.filter((m) => m.to === 'c@example.com')).toHaveLength(1);
    expect(tokenIn(h.mail.at(-1), '/follow-up/')).toBe(link);
    // Only its hash is stored: the link lives on the page only in the browser that made it, and only for a while.
    expect(JSON.stringify(await h.database.db.selectFrom('clinic_sessions').selectAll().execute())).not.toContain(link);
    const otherDevice = new Visitor(h.app);
    await h.signIn('a@example.com', otherDevice);
    expect((await otherDevice.get(page)).body).not.toContain('/follow-up/');
    h.setNow('2026-03-03T09:16:00Z');
    expect((await admin.get(page)).body).toContain(`/follow-up/${link}`);
    // Signing out forgets it: whoever signs in next on this browser does not find it there.
    await admin.post('/clinic/sign-out');
    await h.signIn('a@example.com', admin);
    expect((await admin.get(page)).body).not.toContain('/follow-up/');
  });

  it("a new follow-up link replaces the old one on the client's page; once the client agrees, no link is shown", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client');
    const renewed = await admin.post(`/clinic/sessions/${id}/link`);
    expect(renewed.statusCode).toBe(303);
    expect(renewed.headers.location).toBe(`/clinic/sessions/${id}`);
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('A new follow-up link is made');
    const newer = /\/follow-up\/([A-Za-z0-9_-]{43})/.exec(page)![1]!;
    expect(newer).not.toBe(link);
    expect((await new Visitor(h.app).get(`/follow-up/${link}`)).statusCode).toBe(404);
    await h.clientFollowsUp(newer, {});
    const after = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(after).not.toContain('/follow-up/');
    expect(after).not.toContain('QR code');
  });

  it('every other clinic form answers 303 to a page that says, once, what was done', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    await admin.get('/clinic/alerts');
    expect((await admin.post('/clinic/alerts', { instant: 'yes' })).headers.location).toBe('/clinic/alerts');
    const saved = (await admin.get('/clinic/alerts')).body;
    expect(saved).toContain('Your alert settings are saved.');
    expect(saved).toMatch(/id="f-instant" name="instant" value="yes" checked/);
    expect((await admin.get('/clinic/alerts')).body).not.toContain('are saved');

    await admin.get('/clinic/members');
    const invited = await admin.post('/clinic/members', { name: 'Tess', email: 't@example.com', role: 'therapist' });
    expect([invited.statusCode, invited.headers.location]).toEqual([303, '/clinic/members']);
    expect((await admin.get('/clinic/members')).body).toContain('t@example.com was invited');
    expect((await admin.get('/clinic/members')).body).not.toContain('was invited:');
    await h.accept('t@example.com');
    const id = /action="\/clinic\/members\/([0-9a-f-]{36})\/disable"/.exec((await admin.get('/clinic/members')).body)![1]!;
    expect((await admin.submit(`/clinic/members/${id}/disable`)).body).toContain('Tess is disabled');
    expect((await admin.submit(`/clinic/members/${id}/enable`)).body).toContain('Tess can sign in again');
    expect((await admin.submit('/clinic/settings', { timeZone: 'Europe/Berlin' })).body).toContain('now shown in Europe/Berlin');
    expect(await h.database.db.selectFrom('audit_log').select('subject').where('action', '=', 'member.invited').execute()).toEqual([
      { subject: JSON.stringify({ role: 'therapist', email: 't@example.com' }) },
    ]);

    const signedOut = await admin.post('/clinic/sign-out');
    expect([signedOut.statusCode, signedOut.headers.location]).toEqual([303, '/clinic/sign-in']);
    expect((await admin.get('/clinic/sign-in')).body).toContain('You are signed out.');
    expect((await admin.get('/clinic/sign-in')).body).not.toContain('You are signed out.');

    const stranger = new Visitor(h.app);
    await stranger.get('/clinic/sign-up');
    const asked = await stranger.post('/clinic/sign-up', { clinicName: 'Two', name: 'B', email: 'B@example.com', timeZone: 'UTC' });
    expect([asked.statusCode, asked.headers.location]).toEqual([303, '/clinic/sign-up/sent']);
    expect((await stranger.get('/clinic/sign-up/sent')).body).toContain('We sent a message to <strong>b@example.com</strong>');
    const reset = await stranger.post('/clinic/reset', { email: 'a@example.com' });
    expect([reset.statusCode, reset.headers.location]).toEqual([303, '/clinic/reset/sent']);
    expect((await stranger.get('/clinic/reset/sent')).body).toContain('If an account has that email');
    await h.settled();
    const token = tokenIn(h.mail.filter((m) => m.to === 'a@example.com').at(-1));
    await stranger.get(`/clinic/reset/${token}`);
    expect((await stranger.submit(`/clinic/reset/${token}`, { password: 'a brand new password' })).body).toContain(
      'Your password is changed',
    );
  });
});

describe("the clinic's time zone", () => {
  it('is chosen at sign-up: typed session times are read in it, and the pages show times in it', async () => {
    const admin = await h.signUp('East', 'a@example.com', 'America/New_York');
    const recorded = await (async () => {
      await admin.get('/clinic/sessions/new');
      return admin.post('/clinic/sessions', { clientRef: 'NY', endedAt: '2026-03-02T12:00', areasWorked: ['psoas'] });
    })();
    expect(recorded.statusCode).toBe(303);
    const id = /^\/clinic\/sessions\/([0-9a-f-]{36})$/.exec(String(recorded.headers.location))![1]!;
    // 12:00 in New York on 2 March is 17:00 UTC.
    expect((await admin.get(`/api/v1/clinic/sessions/${id}`)).json().session.endedAt).toBe('2026-03-02T17:00:00.000Z');
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('Times are in America/New_York');
    expect(page).toContain('12:00');
    expect((await admin.get('/clinic')).body).toContain('Times are in America/New_York');
    expect((await admin.get('/clinic/audit')).body).toContain('Times are in America/New_York');
  });

  it('refuses a zone that is not one, naming the field; only an admin changes it, and the change is audited', async () => {
    const refused = new Visitor(h.app);
    await refused.get('/clinic/sign-up');
    const response = await refused.post('/clinic/sign-up', {
      clinicName: 'X',
      name: 'Ann',
      email: 'x@example.com',
      timeZone: 'Mars/Olympus',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('href="#f-timeZone"');
    const admin = await h.signUp('One', 'a@example.com');
    expect((await admin.get('/clinic')).body).toContain('Times are in UTC');
    await admin.get('/clinic/members');
    expect((await admin.post('/clinic/settings', { timeZone: 'Nowhere/Else' })).statusCode).toBe(422);
    const saved = await admin.submit('/clinic/settings', { timeZone: 'Europe/Berlin' });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('now shown in Europe/Berlin');
    expect((await admin.get('/clinic')).body).toContain('Times are in Europe/Berlin');
    expect((await admin.get('/clinic/audit')).body).toContain('changed the clinic’s time zone</td><td>Europe/Berlin');
    const therapist = await h.addTherapist(admin, 't@example.com');
    expect((await therapist.get('/clinic')).body).toContain('Times are in Europe/Berlin');
    expect((await therapist.post('/clinic/settings', { timeZone: 'UTC' })).statusCode).toBe(404);
  });
});

describe("the client's time zone", () => {
  it('the diary a follow-up link starts keeps the time zone the client chose, or the default when it is not a real one', async () => {
    const admin = await h.signUp('Calm Hands', 'a@example.com');
    for (const [chosen, shown] of [
      ['America/New_York', 'New York time'],
      ['Mars/Olympus', 'UTC'],
    ] as const) {
      const { link } = await h.recordSession(admin, `Client in ${chosen}`);
      const client = new Visitor(h.app);
      const consent = (await client.get(`/follow-up/${link}`)).body;
      expect(consent).toContain('name="timeZone"');
      expect(consent).toContain('(UTC)'); // the app's default zone, until the browser's script chooses the client's own
      const response = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes', timeZone: chosen });
      expect(response.statusCode).toBe(303);
      expect((await client.get(String(response.headers.location).replace('/check-in', ''))).body).toContain(`Times are ${shown}.`);
    }
  });
});

describe('stopping to share', () => {
  it('the client stops sharing from the diary: the clinic keeps the session, marked, and nothing it holds opens the diary', async () => {
    const admin = await h.signUp('Calm Hands', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client S');
    const { client, diary } = await h.clientFollowsUp(link, { 'localSigns.swelling': 'yes' });
    expect((await client.get(`/diary/${diary}`)).body).toContain('Shared with Calm Hands');
    expect((await admin.get(`/clinic/sessions/${id}`)).body).toContain('4/10');

    const stop = await client.post(`/diary/${diary}/stop-sharing`, {}, { csrf: false });
    expect(stop.statusCode).toBe(303);
    expect(stop.headers.location).toBe(`/diary/${diary}?sharing=stopped`);
    const after = (await client.get(`/diary/${diary}?sharing=stopped`)).body;
    expect(after).toContain('You stopped sharing this diary');
    expect(after).not.toContain('Shared with Calm Hands');
    // A check-in after stopping stays with the client.
    h.setNow('2026-03-03T09:10:00Z');
    await client.get(`/diary/${diary}/check-in`);
    expect((await client.post(`/diary/${diary}/check-in`, shortCheckIn([], { 'pain.severity': '9' }), { csrf: false })).statusCode).toBe(
      303,
    );

    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('The client stopped sharing on');
    expect(page).not.toContain('9/10');
    expect(page).not.toContain('Make a new follow-up link');
    expect((await admin.post(`/clinic/sessions/${id}/link`)).statusCode).toBe(404);
    const dashboard = (await admin.get('/clinic')).body;
    expect(dashboard).toContain('Stopped sharing');
    expect(dashboard).toMatch(/<strong>0<\/strong> waiting for the client/);
    expect(dashboard).toMatch(/<strong>1<\/strong> stopped sharing/);
    expect((await admin.get(`/api/v1/clinic/sessions/${id}`)).json()).toMatchObject({
      session: { diaryId: null, checkIns: 0, latestLevel: null, pressureFlag: false },
      checkIns: [],
    });
    // What the clinic was given, the follow-up link, opens nothing of the diary: not its page, its API or its exports.
    for (const url of [
      `/follow-up/${link}`,
      `/diary/${link}`,
      `/diary/${link}/export.json`,
      `/api/v1/diaries/${link}`,
      `/api/v1/diaries/${link}/fhir`,
    ]) {
      expect((await admin.get(url)).statusCode, url).toBe(404);
    }
    expect((await h.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${link}` })).statusCode).toBe(404);
    expect((await client.get(`/diary/${diary}`)).statusCode).toBe(200);
  });

  it('through the API too: GET says with whom and since when, DELETE stops it, and a second DELETE finds nothing to stop', async () => {
    const admin = await h.signUp('Calm Hands', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client API');
    const { diary } = await h.clientFollowsUp(link, {});
    const sharing = await h.app.inject({ method: 'GET', url: `/api/v1/diaries/${diary}/sharing` });
    expect(sharing.statusCode).toBe(200);
    expect(sharing.json()).toEqual({ clinicName: 'Calm Hands', since: '2026-03-03T09:00:00.000Z', contactLine: null, toldAt: null });
    expect(validateSharing(sharing.json())).toBe(true);
    expect((await h.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${diary}/sharing` })).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/clinic/sessions/${id}`)).json().session).toMatchObject({
      diaryId: null,
      sharingStoppedAt: '2026-03-03T09:00:00.000Z',
    });
    const again = await h.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${diary}/sharing` });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toContain('not shared');
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/diaries/${diary}/sharing` })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${'x'.repeat(43)}/sharing` })).json().error.message).toContain(
      'This link does not open a diary',
    );
  });

  it('deleting a shared diary stops sharing too', async () => {
    const admin = await h.signUp('Calm Hands', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client D');
    const { client, diary } = await h.clientFollowsUp(link, { 'localSigns.swelling': 'yes' });
    await client.get(`/diary/${diary}/delete`);
    expect((await client.post(`/diary/${diary}/delete`, {}, { csrf: false })).statusCode).toBe(200);
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('The client stopped sharing on');
    expect(page).not.toContain('has not opened the follow-up link');
    expect((await admin.get('/clinic')).body).not.toContain('Pressure may have been too much');
    expect((await client.get(`/diary/${diary}`)).statusCode).toBe(404);
  });
});

describe('isolation', () => {
  it("another clinic's session is 404 on every page and API route that names it", async () => {
    const mine = await h.signUp('Mine', 'a@example.com');
    const theirs = await h.signUp('Theirs', 'b@example.com');
    const { id, link } = await h.recordSession(theirs, 'Their client');
    await h.clientFollowsUp(link, {});
    await mine.get('/clinic');
    expect((await mine.get(`/clinic/sessions/${id}`)).statusCode).toBe(404);
    expect((await mine.post(`/clinic/sessions/${id}/link`)).statusCode).toBe(404);
    expect((await mine.get(`/api/v1/clinic/sessions/${id}`)).statusCode).toBe(404);
    expect((await mine.get('/clinic')).body).not.toContain('Their client');
    expect((await mine.get('/api/v1/clinic/sessions')).json().sessions).toEqual([]);
    expect((await theirs.get(`/clinic/sessions/${id}`)).statusCode).toBe(200);
  });

  it("a therapist sees only their own clients; an admin sees the clinic; members and audit are the admin's", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const t1 = await h.addTherapist(admin, 't1@example.com');
    const t2 = await h.addTherapist(admin, 't2@example.com');
    const first = await h.recordSession(t1, 'Client of t1');
    const second = await h.recordSession(t2, 'Client of t2');
    expect((await t1.get(`/clinic/sessions/${second.id}`)).statusCode).toBe(404);
    expect((await t1.get(`/api/v1/clinic/sessions/${second.id}`)).statusCode).toBe(404);
    expect((await t1.get('/clinic')).body).not.toContain('Client of t2');
    expect((await admin.get(`/clinic/sessions/${first.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/clinic/sessions/${second.id}`)).statusCode).toBe(200);
    expect((await t1.get('/clinic/members')).statusCode).toBe(404);
    expect((await t1.get('/clinic/audit')).statusCode).toBe(404);
  });

  it("a client's diary link opens that one diary and nothing else", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const a = await h.recordSession(admin, 'A');
    const b = await h.recordSession(admin, 'B');
    const { client, diary } = await h.clientFollowsUp(a.link, {});
    const other = await h.clientFollowsUp(b.link, {});
    expect((await client.get(`/diary/${diary}`)).statusCode).toBe(200);
    expect((await client.get('/clinic')).headers.location).toBe('/clinic/sign-in');
    expect((await client.get(`/api/v1/clinic/sessions/${a.id}`)).statusCode).toBe(401);
    expect((await client.get('/diaries')).body).not.toContain(other.diary);
    // Once agreed, the follow-up link asks nothing and opens nothing.
    const used = await client.get(`/follow-up/${a.link}`);
    expect(used.statusCode).toBe(404);
    expect(used.body).toContain('your diaries');
  });

  it('is unauthorised without a session: pages redirect to sign in, the API answers 401', async () => {
    const anonymous = new Visitor(h.app);
    for (const url of ['/clinic', '/clinic/sessions/new', '/clinic/members', '/clinic/audit', '/clinic/sessions/x'])
      expect((await anonymous.get(url)).headers.location).toBe('/clinic/sign-in');
    expect((await anonymous.get('/api/v1/clinic/sessions')).statusCode).toBe(401);
  });
});

describe('the audit log', () => {
  it('records who viewed or changed which client record, and only an admin reads it', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const therapist = await h.addTherapist(admin, 't@example.com');
    const { id } = await h.recordSession(therapist, 'Client X');
    await therapist.get(`/clinic/sessions/${id}`);
    const log = (await admin.get('/clinic/audit')).body;
    expect(log).toMatch(/t<\/td><td>recorded a session<\/td><td>Client X/);
    expect(log).toMatch(/t<\/td><td>viewed a client<\/td><td>Client X/);
    expect(log).toContain('invited a therapist');
  });

  it('keeps a code and its values, never a sentence, worded in the reader’s language; an entry from before codes reads as written', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id } = await h.recordSession(admin, 'Client X');
    await admin.get('/clinic?needs=waiting');
    const rows = await h.database.db.selectFrom('audit_log').select(['clinic_id', 'user_id', 'action', 'subject']).orderBy('id').execute();
    const kept = rows.map(({ action, subject }) => ({ action, subject }));
    expect(kept).toContainEqual({ action: 'session.recorded', subject: JSON.stringify({ client: 'Client X', session: id }) });
    expect(kept).toContainEqual({ action: 'dashboard.viewed', subject: JSON.stringify({ page: 1, needs: 'waiting' }) });
    // Every line is a code: no sentence is stored.
    expect(kept.filter(({ action }) => !/^[a-z]+\.[a-zA-Z]+$/.test(action))).toEqual([]);
    // An entry written before codes: its English sentence, shown as it was written in every language.
    const { clinic_id, user_id } = rows[0]!;
    await h.database.db
      .insertInto('audit_log')
      .values({ clinic_id, user_id, action: 'viewed a client', subject: 'Old Client (1234)', at: new Date('2026-03-01T09:00:00Z') })
      .execute();

    const english = (await admin.get('/clinic/audit')).body;
    expect(english).toContain(`<td>recorded a session</td><td>Client X (${id})</td>`);
    expect(english).toContain('<td>viewed the dashboard</td><td>page 1, showing only: waiting for the client</td>');
    expect(english).toContain('<td>viewed a client</td><td>Old Client (1234)</td>');

    expect((await admin.post('/language', { language: 'de', back: '/clinic/audit' }, { csrf: false })).statusCode).toBe(303);
    const german = (await admin.get('/clinic/audit')).body;
    const waiting = translator('de')('clinic.dashboard.count.waiting');
    expect(german).toContain(`<td>hat eine Sitzung erfasst</td><td>Client X (${id})</td>`);
    expect(german).toContain(`<td>hat die Übersicht angesehen</td><td>Seite 1, nur: ${waiting}</td>`);
    expect(german).toContain('<td>viewed a client</td><td>Old Client (1234)</td>');
    expect(german).not.toContain('recorded a session');
  });
});
