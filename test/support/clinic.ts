// A clinic walked through its pages in-process, as browsers would: signing up by the mailed link, inviting members,
// recording sessions, and a client following up. Mail is kept, and work after the answer is waited for.
import { expect } from 'vitest';
import type { Mail } from '../../src/clinic/mailer.ts';
import { appWithStore, type HarnessOptions } from './app-with-store.ts';
import { Visitor } from './browserless.ts';
import { calm, pain } from './forms.ts';

export { calm, pain };

export const password = 'correct horse battery';

/** The one-time link a mail carries, by its token. */
export function tokenIn(mail: Mail | undefined, path = '/clinic/reset/'): string {
  const match = new RegExp(`${path.replace(/\//g, '\\/')}([A-Za-z0-9_-]{43})`).exec(mail?.text ?? '');
  if (!match) throw new Error(`no ${path} link in: ${mail?.text}`);
  return match[1]!;
}

/** Every mail the app sends is kept in `mail`; with `options.app.mailer`, it is also sent on through that mailer. */
export async function clinicHarness(start = '2026-03-03T09:00:00Z', options: HarnessOptions = {}) {
  const mail: Mail[] = [];
  const { mailer: onward, ...appOptions } = options.app ?? {};
  const keep = async (m: Mail) => {
    mail.push(m);
    await onward?.send(m);
  };
  const harness = await appWithStore(start, { send: keep }, { ...options, app: appOptions });
  const { app } = harness;
  const settled = () => app.backgroundIdle();

  /** Chooses the password on the link of the latest mail to `email`; returns the visitor, now signed in. */
  async function accept(email: string, who = new Visitor(app)) {
    await settled();
    const token = tokenIn(mail.filter((m) => m.to === email).at(-1));
    expect((await who.get(`/clinic/reset/${token}`)).statusCode).toBe(200);
    const done = await who.post(`/clinic/reset/${token}`, { password });
    expect(done.statusCode, done.body).toBe(303);
    expect(done.headers.location).toBe('/clinic');
    return who;
  }

  async function signUp(clinicName: string, email: string, timeZone = 'UTC') {
    const admin = new Visitor(app);
    await admin.get('/clinic/sign-up');
    const asked = await admin.post('/clinic/sign-up', { clinicName, name: `Admin of ${clinicName}`, email, timeZone });
    expect(asked.statusCode, asked.body).toBe(303);
    expect((await admin.get(String(asked.headers.location))).body).toContain('Check your email');
    return accept(email.toLowerCase(), admin);
  }

  async function addTherapist(admin: Visitor, email: string) {
    await admin.get('/clinic/members');
    const invited = await admin.post('/clinic/members', { name: email.split('@')[0]!, email, role: 'therapist' });
    expect(invited.statusCode, invited.body).toBe(303);
    return accept(email);
  }

  async function signIn(email: string, who = new Visitor(app)) {
    await who.get('/clinic/sign-in');
    return who.post('/clinic/sign-in', { email, password });
  }

  async function recordSession(who: Visitor, clientRef: string) {
    await who.get('/clinic/sessions/new');
    const response = await who.post('/clinic/sessions', {
      clientRef,
      endedAt: '2026-03-02T17:00',
      style: 'deep-tissue',
      pressure: 'firm',
      areasWorked: ['psoas'],
    });
    expect(response.statusCode, response.body).toBe(303);
    const id = /^\/clinic\/sessions\/([0-9a-f-]{36})$/.exec(String(response.headers.location))![1]!;
    const page = (await who.get(`/clinic/sessions/${id}`)).body;
    const link = /\/follow-up\/([A-Za-z0-9_-]{43})/.exec(page)![1]!;
    expect(page).toContain('<svg');
    return { link, id };
  }

  /** The client agrees on the follow-up link and makes a first check-in; returns the client and their diary's token. */
  async function clientFollowsUp(link: string, checkIn: Record<string, string>) {
    const client = new Visitor(app);
    expect((await client.get(`/follow-up/${link}`)).body).toContain('I agree to share my check-ins');
    const consent = await client.post(`/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes' });
    expect(consent.statusCode, consent.body).toBe(303);
    const diary = /^\/diary\/([A-Za-z0-9_-]{43})\/check-in$/.exec(String(consent.headers.location))![1]!;
    expect(diary).not.toBe(link);
    await client.get(`/diary/${diary}/check-in`);
    const saved = await client.post(`/diary/${diary}/check-in`, { ...calm, ...pain, ...checkIn }, { csrf: false });
    expect(saved.statusCode, saved.body).toBe(303);
    return { client, diary };
  }

  return { ...harness, mail, settled, signUp, addTherapist, signIn, recordSession, clientFollowsUp, accept };
}

export type ClinicHarness = Awaited<ReturnType<typeof clinicHarness>>;
