// A client's record a therapist can act on and file, in-process on a real embedded database: the way to reach a
// client they chose to leave, marking them contacted, the clinic's contact line in the client's diary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Visitor } from '../../test/support/browserless.ts';
import { validateSharing } from '../contract/validate.ts';
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

describe('every new form that changes something', () => {
  it('is refused without its token, and changes nothing', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link, id } = await h.recordSession(admin, 'Client N');
    await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    await admin.get('/clinic/members');
    expect((await admin.post(`/clinic/sessions/${id}/contacted`, { note: 'Called' }, { csrf: false })).statusCode).toBe(403);
    expect((await admin.post('/clinic/contact-line', { contactLine: 'Call us' }, { csrf: false })).statusCode).toBe(403);
    const session = await h.database.db.selectFrom('clinic_sessions').select('handled_at').executeTakeFirstOrThrow();
    expect(session.handled_at).toBeNull();
    expect(await h.database.db.selectFrom('clinics').select('contact_line').executeTakeFirstOrThrow()).toEqual({ contact_line: null });
  });
});

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
    expect((await admin.get('/clinic/audit')).body).toContain('viewed the client’s phone or email');

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
    const { client, diary } = await h.clientFollowsUp(urgent.link, { 'general.fever': 'yes', alsoUnwell: 'none' });
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
    expect((await admin.get('/clinic/audit')).body).toContain('changed the clinic’s contact line');

    const { link } = await h.recordSession(admin, 'Client Y');
    const { client, diary } = await h.clientFollowsUp(link, { ...calm, ...pain, 'general.fever': 'yes', alsoUnwell: 'none' });
    const page = (await client.get(`/diary/${diary}`)).body;
    expect(page).toContain('To reach Calm Hands: Call 01632 960 123, Monday to Friday');
    expect(page).toContain('Calm Hands was told on Tue 3 Mar, 09:00');
    // The diary's API says the same as its page: the clinic, how to reach it and when it was told.
    const api = await h.app.inject({ method: 'GET', url: `/api/v1/diaries/${diary}/sharing` });
    expect(api.json()).toEqual({
      clinicName: 'Calm Hands',
      since: '2026-03-03T09:00:00.000Z',
      contactLine: 'Call 01632 960 123, Monday to Friday',
      toldAt: '2026-03-03T09:00:00.000Z',
    });
    expect(validateSharing(api.json()), JSON.stringify(validateSharing.errors)).toBe(true);
  });

  it('is for admins only', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const therapist = await h.addTherapist(admin, 'thea@example.org');
    await therapist.get('/clinic');
    expect((await therapist.post('/clinic/contact-line', { contactLine: 'Call me' })).statusCode).toBe(404);
    expect(await h.database.db.selectFrom('clinics').select('contact_line').executeTakeFirstOrThrow()).toEqual({ contact_line: null });
  });
});

describe("the client's record, worth filing", () => {
  it('says what the client answered and why each sign was raised, in words: no codes, no policy number', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link, id } = await h.recordSession(admin, 'Client W');
    await h.clientFollowsUp(link, {
      bleedingRisk: 'general.bloodThinners',
      'localSigns.bruising': 'yes',
      'pain.qualities': ['dull-ache', 'burning'],
      'pain.regions': 'psoas',
    } as unknown as Record<string, string>);
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    expect(page).toContain('<dt>Areas worked</dt><dd>Psoas</dd>');
    expect(page).toContain('<dt>Where it hurts</dt><dd>Psoas</dd>');
    expect(page).toContain('<dt>What it feels like</dt><dd>A dull ache, Burning</dd>');
    expect(page).toContain('<dt>How far it travels</dt><dd>No, it stays in the back</dd>');
    expect(page).toContain('<dt>Swelling where massaged</dt><dd>No</dd>');
    expect(page).toContain('<dt>Bruising where massaged</dt><dd>Yes</dd>');
    expect(page).toContain('<dt>Sharp pain during the session</dt><dd>No</dd>');
    expect(page).toContain('<strong>Bruising while you take blood-thinning medicine</strong>');
    expect(page).toContain('Advice given:');
    expect(page).not.toContain('bruising-on-blood-thinners');
    expect(page).not.toMatch(/policy \d/i);
    expect(page).toContain(`href="/clinic/sessions/${id}/print"`);
    expect(page).toContain(`href="/clinic/sessions/${id}/follow-up.pdf"`);
  });

  it('a check-in stopped at an emergency answer shows only what was answered', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link, id } = await h.recordSession(admin, 'Client S');
    const { client, diary } = await h.clientFollowsUp(link, {});
    h.setNow('2026-03-03T09:01:00Z');
    await client.get(`/diary/${diary}/check-in`);
    const stopped = await client.post(
      `/diary/${diary}/check-in`,
      { sinceLastCheckIn: 'since.bladderBowel.bowelControlLoss' },
      { csrf: false },
    );
    expect(stopped.headers.location).toBe('/emergency');
    const page = (await admin.get(`/clinic/sessions/${id}`)).body;
    const second = page.slice(page.indexOf('id="check-in-2"'), page.indexOf('id="check-in-1"'));
    expect(second).toContain('only the answers given up to it are shown');
    expect(second).toContain('<dt>Pain score</dt><dd>Not asked: stopped at the first emergency answer</dd>');
    expect(second).not.toContain('Swelling where massaged');
    expect(second).not.toContain('What it feels like');
    expect(second).toContain('<strong>Losing control of your bladder or bowels</strong>');
  });

  it('prints and downloads as a PDF, each audited; another clinic gets 404', async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link, id } = await h.recordSession(admin, 'Client P');
    await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    const print = await admin.get(`/clinic/sessions/${id}/print`);
    expect(print.statusCode).toBe(200);
    expect(print.body).toContain('<h1>Follow-up of Client P</h1>');
    expect(print.body).toContain('Check-in 1');
    expect(print.body).not.toContain('class="clinic-nav"');
    const pdf = await admin.get(`/clinic/sessions/${id}/follow-up.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toContain('no-store');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const log = (await admin.get('/clinic/audit')).body;
    expect(log).toContain('printed a client’s follow-up');
    expect(log).toContain('downloaded a client’s follow-up as a PDF');
    const other = await h.signUp('Other Place', 'other@example.org');
    expect((await other.get(`/clinic/sessions/${id}/print`)).statusCode).toBe(404);
    expect((await other.get(`/clinic/sessions/${id}/follow-up.pdf`)).statusCode).toBe(404);
  });

  it("the admin's CSV has one row per session, its columns as documented, formula-safe, audited; not for therapists", async () => {
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const therapist = await h.addTherapist(admin, '=cmd@example.org');
    const one = await h.recordSession(therapist, 'Client One');
    await h.clientFollowsUp(one.link, { 'general.fever': 'yes', alsoUnwell: 'none' });
    await therapist.get(`/clinic/sessions/${one.id}`);
    await therapist.post(`/clinic/sessions/${one.id}/contacted`, { note: 'Called' });
    await h.recordSession(admin, 'Client Two');
    const csv = await admin.get('/clinic/export/sessions.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      '"Session ended","Therapist","Style","Pressure","Areas worked","Check-ins","First level","Latest level","Flags","Handled"',
    );
    expect(lines).toHaveLength(3);
    // Both sessions ended at the same time: their order is not the point here.
    expect(lines.find((line) => line.includes("'=cmd"))).toBe(
      `"2026-03-02T17:00:00+00:00","'=cmd","Deep tissue","Firm","Psoas","1","Urgent","Urgent","","Contacted 2026-03-03T09:00:00+00:00"`,
    );
    expect(lines.find((line) => line.includes('Admin of'))).toContain('"Admin of Calm Hands","Deep tissue","Firm","Psoas","0","","","",""');
    expect(csv.body).not.toContain('Client One');
    expect((await admin.get('/clinic/audit')).body).toContain('exported the sessions as CSV');
    expect((await therapist.get('/clinic/export/sessions.csv')).statusCode).toBe(404);
  });
});
