// The clinic on a phone between sessions (issue 25 D), in-process: the time a session ended filled in with now, one
// record per client (picked or typed, found by search), correcting and deleting a session, the follow-up link shared
// or mailed again, the dashboard's counters as filters, and invitations sent again or cancelled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { throttle } from '../clinic/accounts.ts';
import { eventOf } from '../store/clinic-audit.ts';
import { Visitor } from '../../test/support/browserless.ts';
import { clinicHarness, tokenIn, type ClinicHarness } from '../../test/support/clinic.ts';

let h: ClinicHarness;
beforeEach(async () => {
  h = await clinicHarness('2026-03-03T09:00:00Z');
});
afterEach(async () => h.close());

/** The audit log as it is kept: a code and its values for each entry. */
const auditTrail = async () =>
  (await h.database.db.selectFrom('audit_log').select(['action', 'subject']).orderBy('id').execute()).map((a) =>
    eventOf(a.action, a.subject),
  );

describe('every new form that changes something', () => {
  it('is refused without its token', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id } = await h.recordSession(admin, 'Client');
    for (const url of [
      `/clinic/sessions/${id}/edit`,
      `/clinic/sessions/${id}/delete`,
      '/clinic/invitations/resend',
      '/clinic/invitations/cancel',
    ])
      expect((await admin.post(url, { email: 'x@example.com', endedAt: '2026-03-02T16:00' }, { csrf: false })).statusCode, url).toBe(403);
    expect(await h.database.db.selectFrom('clinic_sessions').select('ended_at').execute()).toHaveLength(1);
  });
});

describe('recording a session', () => {
  it("fills in when the session ended with the time now, in the clinic's time zone", async () => {
    const admin = await h.signUp('One', 'a@example.com', 'Europe/Berlin');
    h.setNow('2026-03-03T16:42:30Z');
    const form = (await admin.get('/clinic/sessions/new')).body;
    expect(form).toMatch(/id="f-endedAt" name="endedAt" type="datetime-local" value="2026-03-03T17:42"/);
  });

  it('one record per client: a reference typed again (in any case) is the same client, with the sessions under it', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const first = await h.recordSession(admin, 'Anna B.');
    await h.recordSession(admin, 'anna b.');
    await h.recordSession(admin, 'Zoe');
    const clients = await h.database.db.selectFrom('clinic_clients').select('reference').orderBy('reference').execute();
    expect(clients.map((c) => c.reference)).toEqual(['Anna B.', 'Zoe']);
    const found = (await admin.get('/clinic/clients?q=ANNA')).body;
    expect(found).toContain('1 client found.');
    expect(found).toContain('2 sessions');
    const clientId = /href="\/clinic\/clients\/([^"]+)"/.exec(found)![1]!;
    expect(clientId).toBe(first.id);
    const page = (await admin.get(`/clinic/clients/${clientId}`)).body;
    expect(page.match(/Session ended/g)).toHaveLength(2);
    // The session form offers the clients known, to pick by typing.
    expect((await admin.get('/clinic/sessions/new')).body).toMatch(
      /<datalist id="clients"><option value="Anna B."><\/option><option value="Zoe">/,
    );
  });

  it('a session recorded for a picked client goes under them, whatever reference the form carried', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id: clientId } = await h.recordSession(admin, 'Returning');
    const form = (await admin.get(`/clinic/sessions/new?client=${clientId}`)).body;
    expect(form).toContain(`<input type="hidden" name="clientId" value="${clientId}">`);
    expect(form).toContain('Client: <strong>Returning</strong>');
    const saved = await admin.post('/clinic/sessions', { clientId, clientRef: 'ignored', endedAt: '2026-03-03T08:00' });
    expect(saved.statusCode, saved.body).toBe(303);
    const sessions = await h.database.db.selectFrom('clinic_sessions').select(['client_id', 'client_ref']).execute();
    expect(sessions).toEqual([
      { client_id: clientId, client_ref: 'Returning' },
      { client_id: clientId, client_ref: 'Returning' },
    ]);
  });

  it("a therapist sees and picks only their own clients; another clinic's client is not found", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const therapist = await h.addTherapist(admin, 't@example.com');
    const { id: adminsClient } = await h.recordSession(admin, 'Admin client');
    await h.recordSession(therapist, 'Therapist client');
    expect((await therapist.get('/clinic/clients')).body).not.toContain('Admin client');
    expect((await therapist.get(`/clinic/clients/${adminsClient}`)).statusCode).toBe(404);
    expect((await therapist.post('/clinic/sessions', { clientId: adminsClient, endedAt: '2026-03-03T08:00' })).statusCode).toBe(404);
    const stranger = await h.signUp('Two', 'b@example.com');
    expect((await stranger.get(`/clinic/clients/${adminsClient}`)).statusCode).toBe(404);
    expect((await admin.get('/clinic/clients')).body).toContain('Therapist client');
  });

  it('a search that is too long or has a control character finds nothing and breaks nothing', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    await h.recordSession(admin, 'Anna');
    expect((await admin.get(`/clinic/clients?q=${'a'.repeat(5000)}`)).statusCode).toBe(200);
    const control = await admin.get('/clinic/clients?q=An%00');
    expect(control.statusCode).toBe(200);
    expect(control.body).toContain('0 clients found.');
  });
});

describe('correcting and deleting a session', () => {
  it('corrects what was recorded, refuses a bad field by name keeping what was typed, and audits it', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id } = await h.recordSession(admin, 'Client');
    const form = (await admin.get(`/clinic/sessions/${id}/edit`)).body;
    expect(form).toContain('value="2026-03-02T17:00"');
    expect(form).toMatch(/<option value="firm" selected>/);
    const refused = await admin.post(`/clinic/sessions/${id}/edit`, { endedAt: '2026-03-02T16:00', notes: `bad\u0007 keep me` });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('href="#f-notes"');
    expect(refused.body).toContain('control character');
    expect(refused.body).toContain('keep me');
    const long = await admin.post(`/clinic/sessions/${id}/edit`, { endedAt: '2026-03-02T16:00', notes: 'x'.repeat(2001) });
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain('Use at most 2000 characters for the notes');
    const saved = await admin.submit(`/clinic/sessions/${id}/edit`, {
      endedAt: '2026-03-02T16:00',
      pressure: 'light',
      notes: 'Lighter next time',
    });
    expect(saved.body).toContain('The session is corrected.');
    expect(saved.body).toContain('Lighter next time');
    expect(saved.body).toContain('Pressure: Light.');
    expect(await auditTrail()).toContainEqual({ code: 'session.corrected', values: { client: 'Client', session: id } });
  });

  it("deleting asks first and says the client's diary stays theirs; the diary is then shared with no one, and the audit keeps the trail", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Leaving');
    const { client, diary } = await h.clientFollowsUp(link, {});
    const confirm = (await admin.get(`/clinic/sessions/${id}/delete`)).body;
    expect(confirm).toContain('The client’s recovery diary is not deleted: it stays theirs.');
    expect(confirm).toContain('as if they had stopped sharing');
    expect((await admin.post(`/clinic/sessions/${id}/delete`, {}, { csrf: false })).statusCode).toBe(403);
    const deleted = await admin.post(`/clinic/sessions/${id}/delete`);
    expect(deleted.statusCode).toBe(303);
    expect(await h.database.db.selectFrom('clinic_sessions').selectAll().execute()).toEqual([]);
    expect((await admin.get(`/clinic/sessions/${id}`)).statusCode).toBe(404);
    const diaryPage = await client.get(`/diary/${diary}`);
    expect(diaryPage.statusCode).toBe(200);
    expect(diaryPage.body).not.toContain('Shared with One');
    expect(await h.database.db.selectFrom('diaries').select('id').execute()).toHaveLength(1);
    const trail = await auditTrail();
    expect(trail).toContainEqual({ code: 'session.recorded', values: { client: 'Leaving', session: id } });
    expect(trail).toContainEqual({ code: 'session.deleted', values: { client: 'Leaving', session: id } });
    // And the admin reads that trail, with the session gone.
    const log = (await admin.get('/clinic/audit')).body;
    expect(log).toContain(`<td>deleted a session</td><td>Leaving (${id})</td>`);
    expect(log).toContain(`<td>recorded a session</td><td>Leaving (${id})</td>`);
  });

  it("nobody corrects or deletes another clinic's session, nor a therapist another's", async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const therapist = await h.addTherapist(admin, 't@example.com');
    const { id } = await h.recordSession(admin, 'Admin client');
    const stranger = await h.signUp('Two', 'b@example.com');
    for (const who of [therapist, stranger]) {
      await who.get('/clinic');
      expect((await who.get(`/clinic/sessions/${id}/edit`)).statusCode).toBe(404);
      expect((await who.post(`/clinic/sessions/${id}/edit`, { endedAt: '2026-03-02T16:00' })).statusCode).toBe(404);
      expect((await who.post(`/clinic/sessions/${id}/delete`)).statusCode).toBe(404);
    }
    expect(await h.database.db.selectFrom('clinic_sessions').selectAll().execute()).toHaveLength(1);
  });
});

describe('the follow-up link', () => {
  it('is shown as text with Copy and Share buttons that scripts reveal, from the public address', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client');
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain(`<a href="http://localhost/follow-up/${link}" id="follow-up-url">http://localhost/follow-up/${link}</a>`);
    expect(page).toContain(`data-share-link="http://localhost/follow-up/${link}"`);
    expect(page).toMatch(/<button class="button" type="button" data-share hidden>Share<\/button>/);
    expect(page).toMatch(/data-copy hidden>Copy link<\/button>/);
  });

  it('a new link can be mailed to the client; a bad address is refused by name and nothing changes', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const { id, link } = await h.recordSession(admin, 'Client');
    const refused = await admin.post(`/clinic/sessions/${id}/link`, { clientEmail: 'not an address' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('href="#f-clientEmail"');
    expect(refused.body).toContain('value="not an address"');
    expect((await new Visitor(h.app).get(`/follow-up/${link}`)).statusCode).toBe(200);
    const renewed = await admin.submit(`/clinic/sessions/${id}/link`, { clientEmail: 'Client@Example.com' });
    expect(renewed.body).toContain('It is also on its way by email to client@example.com.');
    await h.settled();
    const mailed = tokenIn(h.mail.filter((m) => m.to === 'client@example.com').at(-1), '/follow-up/');
    expect(renewed.body).toContain(`http://localhost/follow-up/${mailed}`);
    expect((await new Visitor(h.app).get(`/follow-up/${link}`)).statusCode).toBe(404);
  });
});

describe('the dashboard', () => {
  it('has its counters as filters: ?needs=waiting shows only the clients who have not opened their link', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const followed = await h.recordSession(admin, 'Followed client');
    await h.recordSession(admin, 'Waiting client');
    await h.clientFollowsUp(followed.link, { 'localSigns.swelling': 'yes' });
    const all = (await admin.get('/clinic')).body;
    expect(all).toContain('href="/clinic?needs=waiting"');
    expect(all).toContain('Waiting client');
    expect(all).toContain('Followed client');
    const waiting = (await admin.get('/clinic?needs=waiting')).body;
    expect(waiting).toContain('Showing only: waiting for the client.');
    expect(waiting).toMatch(/href="\/clinic\?needs=waiting" aria-current="true"/);
    expect(waiting).toContain('Waiting client');
    expect(waiting).not.toContain('Followed client</a>');
    const pressure = (await admin.get('/clinic?needs=pressure')).body;
    expect(pressure).toContain('Followed client');
    expect(pressure).not.toContain('Waiting client');
    // A filter it does not have shows every client.
    expect((await admin.get('/clinic?needs=nonsense')).body).toContain('Waiting client');
  });
});

describe('invitations', () => {
  it('an admin sends one again with a new link (the old one stops working) or cancels it; both audited', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    await admin.get('/clinic/members');
    await admin.post('/clinic/members', { name: 'New', email: 'new@example.com', role: 'therapist' });
    await h.settled();
    const first = tokenIn(h.mail.at(-1));
    const members = (await admin.get('/clinic/members')).body;
    expect(members).toContain('Send again<span class="visually-hidden"> to new@example.com</span>');
    const resent = await admin.submit('/clinic/invitations/resend', { email: 'new@example.com' });
    expect(resent.body).toContain('The invitation is sent again to new@example.com');
    const second = tokenIn(h.mail.at(-1));
    expect(second).not.toBe(first);
    expect((await new Visitor(h.app).get(`/clinic/reset/${first}`)).statusCode).toBe(410);
    expect((await new Visitor(h.app).get(`/clinic/reset/${second}`)).statusCode).toBe(200);
    const cancelled = await admin.submit('/clinic/invitations/cancel', { email: 'new@example.com' });
    expect(cancelled.body).toContain('The invitation of new@example.com is cancelled');
    expect(cancelled.body).not.toContain('Invitations not yet accepted');
    const invited = new Visitor(h.app);
    expect((await invited.get(`/clinic/reset/${second}`)).statusCode).toBe(410);
    expect((await invited.post(`/clinic/reset/${second}`, { password: 'a long enough password' })).statusCode).toBe(410);
    expect((await admin.post('/clinic/invitations/cancel', { email: 'new@example.com' })).statusCode).toBe(404);
    const trail = await auditTrail();
    expect(trail).toContainEqual({ code: 'invitation.resent', values: { email: 'new@example.com' } });
    expect(trail).toContainEqual({ code: 'invitation.cancelled', values: { email: 'new@example.com' } });
  });

  it('sending again respects the mail limits: held back, the link sent before keeps working and the admin is told', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    await admin.get('/clinic/members');
    await admin.post('/clinic/members', { name: 'New', email: 'new@example.com', role: 'therapist' });
    for (let k = 1; k < throttle.mailsPerRecipient; k++) await admin.submit('/clinic/invitations/resend', { email: 'new@example.com' });
    await h.settled();
    const last = tokenIn(h.mail.at(-1));
    const held = await admin.post('/clinic/invitations/resend', { email: 'new@example.com' });
    expect(held.statusCode).toBe(429);
    expect(held.body).toContain('href="#f-invitations"');
    expect(held.body).toContain('has had as many emails as we send in an hour');
    expect(h.mail.filter((m) => m.to === 'new@example.com')).toHaveLength(throttle.mailsPerRecipient);
    expect((await new Visitor(h.app).get(`/clinic/reset/${last}`)).statusCode).toBe(200);
  });

  it('only an admin sends again or cancels', async () => {
    const admin = await h.signUp('One', 'a@example.com');
    const therapist = await h.addTherapist(admin, 't@example.com');
    await admin.post('/clinic/members', { name: 'New', email: 'new@example.com', role: 'therapist' });
    await therapist.get('/clinic');
    expect((await therapist.post('/clinic/invitations/cancel', { email: 'new@example.com' })).statusCode).toBe(404);
    expect((await therapist.post('/clinic/invitations/resend', { email: 'new@example.com' })).statusCode).toBe(404);
  });
});
