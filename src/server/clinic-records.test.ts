// A client's record a therapist can act on and file, in-process on a real embedded database: the way to reach a
// client they chose to leave, marking them contacted, the clinic's contact line in the client's diary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Visitor } from '../../test/support/browserless.ts';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import { calm, pain, shortCheckIn } from '../../test/support/forms.ts';

let h: ClinicHarness;
beforeEach(async () => {
  h = await clinicHarness();
});
afterEach(async () => h.close());

/** A client who consents on the link with these answers; the diary's token when it started. */
async function consent(link: string, answers: Record<string, string>) {
  const client = new Visitor(h.app);
  await client.get(`/follow-up/${link}`);
  const response = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes', ...answers });
  const diary = /^\/diary\/([A-Za-z0-9_-]{43})\/check-in$/.exec(String(response.headers.location ?? ''))?.[1];
  return { client, response, diary };
}

async function checkIn(client: Visitor, diary: string, form: Record<string, string | string[]>) {
  await client.get(`/diary/${diary}/check-in`);
  const saved = await client.post(`/diary/${diary}/check-in`, form, { csrf: false });
  expect(saved.statusCode, saved.body).toBe(303);
}

describe('the way to reach a client', () => {
  it('is asked separately, optional, and refused naming the field; what the client typed is shown again', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link } = await h.recordSession(admin, 'Client A');
    const page = (await new Visitor(h.app).get(`/follow-up/${link}`)).body;
    expect(page).toContain('Can Calm Hands contact you? (optional)');

    const missing = await consent(link, { contactAgree: 'yes', clientContact: '' });
    expect(missing.response.statusCode).toBe(422);
    expect(missing.response.body).toContain('href="#f-clientContact"');
    expect(missing.response.body).toContain('Enter a phone number or an email the clinic can reach you on');

    const unticked = await consent(link, { clientContact: '07700 900123' });
    expect(unticked.response.statusCode).toBe(422);
    expect(unticked.response.body).toContain('href="#f-contactAgree"');
    expect(unticked.response.body).toContain('value="07700 900123"');

    const long = await consent(link, { contactAgree: 'yes', clientContact: `${'7'.repeat(255)}` });
    expect(long.response.statusCode).toBe(422);
    expect(long.response.body).toContain('Use at most 254 characters for the phone number or email');

    const control = await consent(link, { contactAgree: 'yes', clientContact: '07700\u0007900123' });
    expect(control.response.statusCode).toBe(422);
    expect(control.response.body).toContain('The phone number or email has a character that cannot be typed');

    const odd = await consent(link, { contactAgree: 'yes', clientContact: 'call me maybe' });
    expect(odd.response.statusCode).toBe(422);
    expect(odd.response.body).toContain('checked');
    expect(odd.response.body).toContain('value="call me maybe"');
  });

  it("is shown on the client's page as a link that calls, audited when viewed, and deleted when the client stops sharing", async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link, id } = await h.recordSession(admin, 'Client B');
    const { client, response, diary } = await consent(link, { contactAgree: 'yes', clientContact: '+44 7700 900123' });
    expect(response.statusCode, response.body).toBe(303);
    const record = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(record).toContain('<a href="tel:+447700900123">Call +44 7700 900123</a>');
    expect((await admin.get('/clinic/audit')).body).toContain('viewed the client&#39;s phone or email');

    await client.post(`/diary/${diary}/stop-sharing`, {}, { csrf: false });
    expect((await admin.get(`/clinic/sessions/${id}`)).body).not.toContain('7700');
    const stored = await h.database.db.selectFrom('clinic_sessions').select('client_contact').executeTakeFirstOrThrow();
    expect(stored.client_contact).toBeNull();
  });

  it('an email becomes a mailto: link; a client who leaves none shows none', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const one = await h.recordSession(admin, 'Client C');
    await consent(one.link, { contactAgree: 'yes', clientContact: 'client@example.org' });
    expect((await admin.get(`/clinic/sessions/${one.id}`)).body).toContain(
      '<a href="mailto:client@example.org">Email client@example.org</a>',
    );
    const two = await h.recordSession(admin, 'Client D');
    await consent(two.link, {});
    const page = (await admin.get(`/clinic/sessions/${two.id}`)).body;
    expect(page).not.toContain('mailto:');
    expect(page).not.toContain('agreed to be contacted');
  });
});

describe('marking a client contacted', () => {
  it('keeps who, when and the note, audited; the dashboard shows it apart until a new need is raised', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const therapist = await h.addTherapist(admin, 'thea@example.org');
    const urgent = await h.recordSession(therapist, 'Client U');
    const calmOne = await h.recordSession(therapist, 'Client Z');
    const { client, diary } = await h.clientFollowsUp(urgent.link, { 'general.fever': 'yes' });
    await h.clientFollowsUp(calmOne.link, {});
    h.setNow('2026-03-03T10:00:00Z');

    await therapist.get(`/clinic/sessions/${urgent.id}`);
    const empty = await therapist.post(`/clinic/sessions/${urgent.id}/contacted`, { note: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('href="#f-note"');
    expect(empty.body).toContain('Enter the note on the contact');
    const long = await therapist.post(`/clinic/sessions/${urgent.id}/contacted`, { note: 'Called. '.repeat(40) });
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain('Use at most 300 characters for the note on the contact');
    expect(long.body).toContain('Called. Called. Called.');

    const done = await therapist.post(`/clinic/sessions/${urgent.id}/contacted`, { note: 'Called, will see GP today' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/clinic/sessions/${urgent.id}`);
    const record = (await therapist.get(`/clinic/sessions/${urgent.id}`)).body;
    expect(record).toContain('Marked as contacted.');
    expect(record).toContain('thea marked the client contacted on Tue 3 Mar, 10:00: Called, will see GP today');
    expect((await admin.get('/clinic/audit')).body).toContain('marked as contacted');

    const board = (await therapist.get('/clinic')).body;
    expect(board).toContain('Contacted by thea');
    // Handled rows come after new ones, whatever their level.
    expect(board.indexOf('Client Z')).toBeLessThan(board.indexOf('Client U'));

    h.setNow('2026-03-03T11:00:00Z');
    await checkIn(client, diary, shortCheckIn(['nerve.saddleNumbness']));
    const again = (await therapist.get('/clinic')).body;
    expect(again).not.toContain('Contacted by thea');
    expect(again.indexOf('Client U')).toBeLessThan(again.indexOf('Client Z'));
    expect((await therapist.get(`/clinic/sessions/${urgent.id}`)).body).toContain('needs attention again');
  });

  it("answers 404 for another clinic's record, as if it did not exist", async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { id } = await h.recordSession(admin, 'Client X');
    const other = await h.signUp('Other Place', 'other@example.org');
    await other.get('/clinic');
    expect((await other.post(`/clinic/sessions/${id}/contacted`, { note: 'Called' })).statusCode).toBe(404);
  });
});

describe("the clinic's contact line in the client's diary", () => {
  it('is set by an admin, refused naming the field, and shown in the diary with when the clinic was told', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    await admin.get('/clinic/members');
    const long = await admin.post('/clinic/contact-line', { contactLine: 'x'.repeat(201) });
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain('href="#f-contactLine"');
    expect(long.body).toContain('Use at most 200 characters for the clinic&#39;s contact line');
    expect(long.body).toContain('x'.repeat(201));
    const saved = await admin.post('/clinic/contact-line', { contactLine: 'Call 01632 960 123, Monday to Friday' });
    expect(saved.statusCode).toBe(303);
    expect((await admin.get('/clinic/members')).body).toContain('value="Call 01632 960 123, Monday to Friday"');
    expect((await admin.get('/clinic/audit')).body).toContain('changed the clinic&#39;s contact line');

    const { link } = await h.recordSession(admin, 'Client Y');
    const { client, diary } = await h.clientFollowsUp(link, { ...calm, ...pain, 'general.fever': 'yes' });
    const page = (await client.get(`/diary/${diary}`)).body;
    expect(page).toContain('To reach Calm Hands: Call 01632 960 123, Monday to Friday');
    expect(page).toContain('Calm Hands was told on Tue 3 Mar, 09:00');
  });

  it('is for admins only', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const therapist = await h.addTherapist(admin, 'thea@example.org');
    await therapist.get('/clinic');
    expect((await therapist.post('/clinic/contact-line', { contactLine: 'Call me' })).statusCode).toBe(404);
    expect(await h.database.db.selectFrom('clinics').select('contact_line').executeTakeFirstOrThrow()).toEqual({ contact_line: null });
  });
});
