// What an outside audit found (issue 9), each finding held by a test that failed before its fix. Tests that touch
// the database run on both engines (PostgreSQL when DATABASE_URL is set, as under CI).
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, type Engine, type HarnessOptions } from '../../test/support/app-with-store.ts';
import { Visitor } from '../../test/support/browserless.ts';
import { calm, clinicHarness, pain, password, tokenIn, type ClinicHarness } from '../../test/support/clinic.ts';
import { report } from '../../test/support/reports.ts';
import { passwordHasher } from '../clinic/passwords.ts';
import { isEmailAddress, readEmail } from '../contract/text.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { loggableUrl } from './request-log.ts';

let open: ClinicHarness[] = [];
afterEach(async () => {
  await Promise.all(open.map((h) => h.close()));
  open = [];
});
async function harness(engine: Engine = 'pglite', app: NonNullable<HarnessOptions['app']> = {}) {
  const h = await clinicHarness('2026-03-03T09:00:00Z', { engine, app });
  open.push(h);
  return h;
}

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('1. one request cannot freeze the server', () => {
  it('a 62 KB crafted email is refused by its length before any check looks at it, naming the field', async () => {
    const h = await harness();
    const crafted = `a@${'b.'.repeat(31_000)}@..`;
    expect(() => readEmail(crafted)).toThrow(/at most 254 characters/);
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/sign-up');
    const response = await visitor.post('/clinic/sign-up', { clinicName: 'X', name: 'Y', email: crafted });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('href="#f-email"');
  });

  it('the email check is one pass over the characters, and agrees with what a person means by an address', () => {
    for (const good of ['a@b.co', 'ann.smith+tag@mail.example.org', 'x@y.z.w']) expect(isEmailAddress(good)).toBe(true);
    for (const bad of [
      '',
      '@b.co',
      'a@',
      'a@b',
      'a@.b',
      'a@b.',
      'a@@b.co',
      'a b@c.de',
      'a@b..c',
      `${'a'.repeat(65)}@b.co`,
      `a@${'b'.repeat(250)}.co`,
    ])
      expect(isEmailAddress(bad), bad).toBe(false);
  });

  it('second audit 7: one mailbox, one address: display names, brackets, comments and lists are refused (a reminder to a stranger)', () => {
    for (const bad of [
      'name<victim@example.com>',
      '<victim@example.com>',
      'victim@example.com>',
      '"name"@example.com',
      'a,b@example.com',
      'a(comment)@example.com',
      'a@[127.0.0.1].com',
      'a\\b@example.com',
      'a;b@example.com',
      'a:b@example.com',
      'a\u007fb@example.com',
    ])
      expect(isEmailAddress(bad), bad).toBe(false);
    expect(() => readEmail('Name <victim@example.com>')).toThrow(/Enter an email address like name@example.com/);
    expect(readEmail('  Ann.Smith+tag@Mail.Example.org ')).toBe('ann.smith+tag@mail.example.org');
  });
  // Every other pattern in the project: test/patterns.test.ts proves each one safe with a ReDoS analyser.
});

describe('2. links come from the configured public address, never from the request', () => {
  it('a reset asked for with Host: attacker.example (and X-Forwarded-Host behind a trusted proxy) mails a link to PUBLIC_URL', async () => {
    const h = await harness('pglite', { publicUrl: new URL('https://aftercare.example.org'), trustProxy: 1 });
    await h.signUp('One', 'a@example.com');
    const attacker = new Visitor(h.app);
    await attacker.get('/clinic/reset');
    await h.app.inject({
      method: 'POST',
      url: '/clinic/reset',
      headers: {
        ...form,
        host: 'attacker.example',
        'x-forwarded-host': 'attacker.example',
        'x-forwarded-proto': 'http',
        cookie: `__Host-aftercare_csrf=${attacker.cookies['__Host-aftercare_csrf']}`,
      },
      payload: new URLSearchParams({ _csrf: attacker.csrf, email: 'a@example.com' }).toString(),
    });
    await h.settled();
    const mail = h.mail.at(-1)!;
    expect(mail.subject).toBe('Aftercare: choose a new password');
    expect(mail.text).toMatch(/https:\/\/aftercare\.example\.org\/clinic\/reset\/[A-Za-z0-9_-]{43}/);
    expect(mail.text).not.toContain('attacker');
  });

  it("follow-up links, their QR codes and the calendar's diary link use it too", async () => {
    const h = await harness('pglite', { publicUrl: new URL('https://aftercare.example.org') });
    const admin = await h.signUp('One', 'a@example.com');
    await admin.get('/clinic/sessions/new');
    const recorded = await h.app.inject({
      method: 'POST',
      url: '/clinic/sessions',
      headers: {
        ...form,
        host: 'attacker.example',
        cookie: Object.entries(admin.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
      payload: new URLSearchParams({ _csrf: admin.csrf, clientRef: 'C', endedAt: '2026-03-02T17:00' }).toString(),
    });
    expect(recorded.statusCode).toBe(303);
    expect(recorded.headers.location).toMatch(/^\/clinic\/sessions\/[0-9a-f-]{36}$/);
    // The session's page, with the cookies the answer set, still asked for under the attacker's Host.
    const jar = { ...admin.cookies };
    for (const line of [recorded.headers['set-cookie'] ?? []].flat()) {
      const [name, ...value] = String(line).split(';')[0]!.split('=');
      jar[name!] = value.join('=');
    }
    const page = await h.app.inject({
      url: String(recorded.headers.location),
      headers: {
        host: 'attacker.example',
        cookie: Object.entries(jar)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    });
    expect(page.body).toMatch(/href="https:\/\/aftercare\.example\.org\/follow-up\//);
    expect(page.body).not.toContain('attacker');
    const created = (await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) })).json();
    const ics = await h.app.inject({ url: `/api/v1/diaries/${created.token}/reminders.ics`, headers: { host: 'attacker.example' } });
    expect(ics.body).toContain('URL:https://aftercare.example.org/diary/');
  });

  it('without PUBLIC_URL, links are to the address the server says it listens on: localhost when it listens on every interface', async () => {
    const { app } = await harness();
    await app.listen({ host: '0.0.0.0', port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    const created = (await app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) })).json();
    const ics = await app.inject({ url: `/api/v1/diaries/${created.token}/reminders.ics` });
    expect(ics.body).toContain(`URL:http://localhost:${port}/diary/`);
    expect(ics.body).not.toContain('0.0.0.0');
  });

  it('PUBLIC_URL is checked at start: an origin only, http or https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://aftercare.example.org' }).publicUrl?.origin).toBe('https://aftercare.example.org');
    for (const bad of ['aftercare.example.org', 'ftp://x.org', 'https://x.org/app', 'https://x.org/?a=1', 'https://u:p@x.org'])
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(ConfigError);
  });
});

describe('3. after stopping to share, nothing the clinic holds opens the diary', () => {
  // The whole story is in clinic.test.ts ("…nothing it holds opens the diary"); this is its sharpest form.
  it('the follow-up token the therapist was shown never opens the diary, before or after stopping', async () => {
    const h = await harness();
    const admin = await h.signUp('One', 'a@example.com');
    const { link } = await h.recordSession(admin, 'C');
    const { client, diary } = await h.clientFollowsUp(link, {});
    expect(diary).not.toBe(link);
    for (const url of [`/diary/${link}`, `/api/v1/diaries/${link}`]) expect((await h.app.inject({ url })).statusCode).toBe(404);
    await client.post(`/diary/${diary}/stop-sharing`, {}, { csrf: false });
    h.setNow('2026-03-03T09:05:00Z');
    const checkIn = await h.app.inject({
      method: 'POST',
      url: `/api/v1/diaries/${link}/check-ins`,
      payload: JSON.stringify({
        pain: report().pain,
        nerve: report().nerve,
        bladderBowel: report().bladderBowel,
        localSigns: report().localSigns,
        general: report().general,
      }),
    });
    expect(checkIn.statusCode).toBe(404);
  });
});

describe.each(engines())('4. sign-in guesses sent at once are counted before any password is checked (%s)', (engine) => {
  it('thirty at once for one account: at most five are checked, the rest are refused as too many', async () => {
    const h = await harness(engine);
    await h.signUp('One', 'a@example.com');
    const attacker = new Visitor(h.app);
    await attacker.get('/clinic/sign-in');
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => attacker.post('/clinic/sign-in', { email: 'a@example.com', password: 'a wrong guess!' })),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
  });
});

describe('5. TRUST_PROXY says how many proxies to believe', () => {
  it('with one proxy, a client prefixing X-Forwarded-For cannot choose its own address for a per-address limit', async () => {
    const app = buildApp({ trustProxy: 1, rateLimits: { assessmentsPerMinute: 2, diariesPerHour: 1, devicesPerHour: 1 } });
    const send = (forwarded: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v2/assessments',
        payload: JSON.stringify(report()),
        headers: { 'x-forwarded-for': forwarded },
      });
    expect((await send('1.1.1.1, 203.0.113.9')).statusCode).toBe(200);
    expect((await send('2.2.2.2, 203.0.113.9')).statusCode).toBe(200);
    const third = await send('3.3.3.3, 203.0.113.9');
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBe('60');
    // Another real client (the address the proxy saw) has its own allowance.
    expect((await send('3.3.3.3, 203.0.113.10')).statusCode).toBe(200);
    await app.close();
  });

  it("takes a number of hops or the proxies' addresses, and refuses anything else by name", () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16, fd00::/8' }).trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16', 'fd00::/8']);
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const bad of ['true', 'yes', '10.0.0.0/33', '99']) expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });
});

describe('6. password hashing cannot be triggered without limit', () => {
  it('cheap checks come first: a reset with a token that opens nothing, and a sign-up for an existing address, hash nothing', async () => {
    const real = passwordHasher();
    let hashes = 0;
    const counting = {
      hash: async (p: string) => (hashes++, real.hash(p)),
      verify: async (p: string, stored: string | null) => (hashes++, real.verify(p, stored)),
    };
    const h = await harness('pglite', { hasher: counting });
    await h.signUp('One', 'a@example.com');
    hashes = 0;
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/reset');
    expect((await visitor.post(`/clinic/reset/${'A'.repeat(43)}`, { password: 'long enough password' })).statusCode).toBe(410);
    await visitor.get('/clinic/sign-up');
    expect(
      (await visitor.submit('/clinic/sign-up', { clinicName: 'Two', name: 'B', email: 'a@example.com', timeZone: 'UTC' })).body,
    ).toContain('Check your email');
    await h.settled();
    expect(hashes).toBe(0);
  });

  it('a bounded number of hashes run at once, and a bounded number wait: one more is refused as busy', async () => {
    const hasher = passwordHasher({ concurrent: 1, waiting: 1 });
    const first = hasher.hash('one password');
    const second = hasher.hash('two password');
    await expect(hasher.hash('three password')).rejects.toMatchObject({
      code: 'unavailable',
      retryAfterSeconds: 5,
      said: { id: 'clinic.error.hashingBusy' },
    });
    await Promise.all([first, second]);
    await expect(hasher.verify('one password', await first)).resolves.toBe(true);
  });
});

describe('7. no secret in any log line', () => {
  it('tokens in paths are redacted and query strings dropped, whatever the route', () => {
    const token = 'hqjIw3a1VfXMhIRbTdZjW2Evv3dJBPLWbdktjhWFBWE';
    expect(loggableUrl(`/diary/${token}/check-in?x=${token}`)).toBe('/diary/[redacted]/check-in');
    expect(loggableUrl(`/follow-up/${token}`)).toBe('/follow-up/[redacted]');
    expect(loggableUrl(`/clinic/reset/${token}#frag`)).toBe('/clinic/reset/[redacted]');
    expect(loggableUrl('/api/v1/assessments')).toBe('/api/v1/assessments');
  });

  it.each([false, true])(
    '4xx answers on secret links log no token, no query and no mail link (a line per request: %s)',
    async (logEveryRequest) => {
      let log = '';
      const stream = new Writable({ write: (chunk, _encoding, done) => void ((log += String(chunk)), done()) });
      const h = await harness('pglite', { logger: { level: 'info', stream }, logEveryRequest });
      const admin = await h.signUp('One', 'a@example.com');
      const { link } = await h.recordSession(admin, 'C');
      const { diary } = await h.clientFollowsUp(link, {});
      const secrets = [link, diary, tokenIn(h.mail.at(-1)), 'sekret-query'];
      for (const url of [
        `/diary/${diary}/nope?q=sekret-query`,
        `/follow-up/${link}`,
        `/clinic/reset/${secrets[2]}`,
        `/api/v1/diaries/${diary}/nope`,
      ])
        await h.app.inject({ url });
      await h.app.inject({ method: 'POST', url: `/diary/${diary}/check-in`, headers: { 'sec-fetch-site': 'cross-site' }, payload: 'x=1' });
      expect(log).toMatch(/"status(Code)?":404/);
      for (const secret of secrets) expect(log).not.toContain(secret);
    },
  );
});

describe('8. an admin disables a member', () => {
  it('their sessions end at once, they cannot sign in or get a reset link; it is audited, and can be undone', async () => {
    const h = await harness();
    const admin = await h.signUp('One', 'a@example.com');
    const therapist = await h.addTherapist(admin, 't@example.com');
    expect((await therapist.get('/clinic')).statusCode).toBe(200);
    const members = (await admin.get('/clinic/members')).body;
    const id = /action="\/clinic\/members\/([0-9a-f-]{36})\/disable"/.exec(members)![1]!;
    const disabled = await admin.submit(`/clinic/members/${id}/disable`);
    expect(disabled.body).toContain('is disabled');
    expect((await therapist.get('/clinic')).headers.location).toBe('/clinic/sign-in');
    expect((await h.signIn('t@example.com')).statusCode).toBe(403);
    const mails = h.mail.length;
    const stranger = new Visitor(h.app);
    await stranger.get('/clinic/reset');
    await stranger.post('/clinic/reset', { email: 't@example.com' });
    await h.settled();
    expect(h.mail.length).toBe(mails);
    expect((await admin.get('/clinic/audit')).body).toMatch(/disabled a member<\/td><td>t@example.com/);
    await admin.get('/clinic/members');
    await admin.post(`/clinic/members/${id}/enable`);
    h.setNow('2026-03-03T09:20:00Z');
    expect((await h.signIn('t@example.com')).statusCode).toBe(303);
  });

  it('a disabled member is told their access was turned off, only once the password is right: nothing else says an address exists', async () => {
    const h = await harness();
    const admin = await h.signUp('One', 'a@example.com');
    await h.addTherapist(admin, 't@example.com');
    const id = /action="\/clinic\/members\/([0-9a-f-]{36})\/disable"/.exec((await admin.get('/clinic/members')).body)![1]!;
    await admin.submit(`/clinic/members/${id}/disable`);
    const attempt = async (email: string, given: string) => {
      const visitor = new Visitor(h.app);
      await visitor.get('/clinic/sign-in');
      return visitor.post('/clinic/sign-in', { email, password: given });
    };
    const right = await attempt('t@example.com', password);
    expect(right.statusCode).toBe(403);
    expect(right.body).toContain('Your access was turned off by an admin of your clinic');
    expect(right.body).not.toContain('is not right');
    const strip = (body: string) => body.replace(/value="[^"]*"/g, '');
    const wrong = await attempt('t@example.com', 'not the password!');
    const unknown = await attempt('nobody@example.com', 'not the password!');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('The email or the password is not right');
    expect([unknown.statusCode, strip(unknown.body)]).toEqual([wrong.statusCode, strip(wrong.body)]);
  });

  it('an admin cannot disable themselves, nor a member of another clinic', async () => {
    const h = await harness();
    const admin = await h.signUp('One', 'a@example.com');
    const other = await h.signUp('Two', 'b@example.com');
    const theirs = /action="\/clinic\/members\/([0-9a-f-]{36})\//.exec((await other.get('/clinic/members')).body);
    expect(theirs).toBeNull(); // the only member there is the admin, who cannot be disabled
    const ids = await h.database.db.selectFrom('users').select(['id', 'email']).execute();
    await admin.get('/clinic/members');
    expect((await admin.post(`/clinic/members/${ids.find((u) => u.email === 'b@example.com')!.id}/disable`)).statusCode).toBe(404);
    expect((await admin.post(`/clinic/members/${ids.find((u) => u.email === 'a@example.com')!.id}/disable`)).statusCode).toBe(422);
  });
});

describe('9. a new password ends every outstanding reset link', () => {
  it('of two reset links, using one makes the other stop working', async () => {
    const h = await harness();
    await h.signUp('One', 'a@example.com');
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/reset');
    await visitor.post('/clinic/reset', { email: 'a@example.com' });
    await visitor.post('/clinic/reset', { email: 'a@example.com' });
    await h.settled();
    const [first, second] = h.mail.slice(-2).map((m) => tokenIn(m));
    await visitor.get(`/clinic/reset/${first}`);
    expect((await visitor.post(`/clinic/reset/${first}`, { password: 'a brand new password' })).statusCode).toBe(303);
    expect((await visitor.get(`/clinic/reset/${second}`)).statusCode).toBe(410);
  });
});

describe.each(engines())('10. control characters in free text are refused with a 422 that says so, never a 500 (%s)', (engine) => {
  it('every free-text field of every form', async () => {
    const h = await harness(engine);
    const admin = await h.signUp('One', 'a@example.com');
    const nul = 'bad\u0000text';
    const signedOut = new Visitor(h.app);
    await signedOut.get('/clinic/sign-up');
    for (const field of ['clinicName', 'name', 'email']) {
      const response = await signedOut.post('/clinic/sign-up', { clinicName: 'X', name: 'Y', email: 'z@example.com', [field]: nul });
      expect(response.statusCode, field).toBe(422);
      expect(response.body).toContain('control character');
    }
    await signedOut.get('/clinic/sign-in');
    for (const field of ['email', 'password'])
      expect((await signedOut.post('/clinic/sign-in', { email: 'a@example.com', password, [field]: nul })).statusCode, field).toBe(422);
    await signedOut.get('/clinic/reset');
    expect((await signedOut.post('/clinic/reset', { email: nul })).statusCode).toBe(303);
    await admin.get('/clinic/sessions/new');
    for (const field of ['clientRef', 'notes'])
      expect((await admin.post('/clinic/sessions', { clientRef: 'C', endedAt: '2026-03-02T17:00', [field]: nul })).statusCode, field).toBe(
        422,
      );
    await admin.get('/clinic/members');
    for (const field of ['name', 'email'])
      expect((await admin.post('/clinic/members', { name: 'N', email: 'n@example.com', [field]: nul })).statusCode, field).toBe(422);
    expect((await admin.post('/clinic/settings', { timeZone: nul })).statusCode).toBe(422);
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report(), timeZone: nul }) }))
        .statusCode,
    ).toBe(422);
    expect(await h.database.db.selectFrom('clinic_sessions').selectAll().execute()).toEqual([]);
  });
});

describe('11. a form token of the right length in another alphabet is refused (403), not a crash', () => {
  it('non-ASCII, 43 characters', async () => {
    const h = await harness();
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/sign-in');
    const response = await visitor.post('/clinic/sign-in', { _csrf: 'é'.repeat(43), email: 'a@example.com', password }, { csrf: false });
    expect(response.statusCode).toBe(403);
  });
});

describe('12. nothing that changes something is accepted from another site', () => {
  const crossSite = [{ 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'https://evil.example' }];

  it("the questionnaire, check-ins, stopping to share, deleting, and the JSON API's text/plain posts", async () => {
    const h = await harness();
    const created = (await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) })).json();
    const diary = created.token as string;
    const writes = [
      ['POST', '/check/red-flags', 'bladderBowel.bladderControlLoss=yes'],
      ['POST', '/check/restart', ''],
      ['POST', '/diaries', ''],
      ['POST', `/diary/${diary}/check-in`, new URLSearchParams({ ...calm, ...pain }).toString()],
      ['POST', `/diary/${diary}/stop-sharing`, ''],
      ['POST', `/diary/${diary}/delete`, ''],
      ['POST', `/diary/${diary}/new-link`, ''],
      ['POST', '/api/v1/assessments', JSON.stringify(report())],
      ['POST', '/api/v2/assessments', JSON.stringify(report())],
      ['POST', '/api/v1/diaries', JSON.stringify({ report: report() })],
      ['POST', `/api/v1/diaries/${diary}/check-ins`, '{}'],
      ['DELETE', `/api/v1/diaries/${diary}/sharing`, ''],
      ['DELETE', `/api/v1/diaries/${diary}`, ''],
      ['POST', '/clinic/sign-in', 'email=a@example.com'],
    ] as const;
    for (const [method, url, payload] of writes) {
      for (const headers of crossSite) {
        const response = await h.app.inject({ method, url, payload, headers: { 'content-type': 'text/plain', ...headers } });
        expect(response.statusCode, `${method} ${url} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    // Nothing changed: the diary is there, and no draft was written.
    expect((await h.app.inject({ url: `/api/v1/diaries/${diary}` })).statusCode).toBe(200);
    // From this site's own pages (or typed by the person, or a client that is not a browser), the same requests go on.
    const same = await h.app.inject({
      method: 'POST',
      url: '/check/red-flags',
      payload: 'bladderBowel.bladderControlLoss=no',
      headers: { ...form, 'sec-fetch-site': 'same-origin', origin: 'http://localhost' },
    });
    expect(same.statusCode).toBe(422);
    expect((await h.app.inject({ method: 'POST', url: '/api/v2/assessments', payload: JSON.stringify(report()) })).statusCode).toBe(200);
  });

  it('an Origin of this site passes where a browser sends no Fetch Metadata', async () => {
    const app = buildApp({ publicUrl: new URL('https://aftercare.example.org') });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v2/assessments',
      payload: JSON.stringify(report()),
      headers: { origin: 'https://aftercare.example.org' },
    });
    expect(ok.statusCode).toBe(200);
    await app.close();
  });

  it('the refusal is in the reader’s language, its code the same (issue 17)', async () => {
    const app = buildApp({ publicUrl: new URL('https://aftercare.example.org') });
    const refused = async (language: string) =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/v2/assessments',
          payload: JSON.stringify(report()),
          headers: { 'sec-fetch-site': 'cross-site', 'accept-language': language },
        })
      ).json();
    expect(await refused('en')).toEqual({
      error: { code: 'forbidden', message: 'This request came from another site, so it was refused. Open Aftercare itself and try again.' },
    });
    expect(await refused('de')).toEqual({
      error: {
        code: 'forbidden',
        message:
          'Diese Anfrage kam von einer anderen Website und wurde deshalb abgelehnt. Öffnen Sie Aftercare selbst und versuchen Sie es noch einmal.',
      },
    });
    await app.close();
  });
});

describe('13. answers and timing do not say whether an address has an account', () => {
  it('sign-up, invitations and resets answer the same for a known and an unknown address', async () => {
    const h = await harness();
    const admin = await h.signUp('One', 'a@example.com');
    await h.signUp('Two', 'b@example.com');
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/sign-up');
    const strip = (body: string) => body.replace(/value="[A-Za-z0-9_-]{43}"/g, '').replace(/[a-z]@example\.com/g, 'X');
    const signUp = async (email: string) => {
      const sent = await visitor.post('/clinic/sign-up', { clinicName: 'Three', name: 'C', email, timeZone: 'UTC' });
      return [sent.statusCode, sent.headers.location, strip((await visitor.get(String(sent.headers.location))).body)];
    };
    expect(await signUp('b@example.com')).toEqual(await signUp('c@example.com'));
    await admin.get('/clinic/members');
    const elsewhere = await admin.post('/clinic/members', { name: 'B', email: 'b@example.com', role: 'therapist' });
    expect(elsewhere.statusCode).toBe(303);
    expect(strip((await admin.get('/clinic/members')).body).replace(/<ul>.*?<\/ul>/s, '')).toContain('X was invited');
    const nowhere = await admin.post('/clinic/members', { name: 'B', email: 'd@example.com', role: 'therapist' });
    expect(nowhere.statusCode).toBe(303);
    await h.settled();
    // What differs goes by mail, to the address itself.
    expect(h.mail.find((m) => m.to === 'b@example.com' && m.subject === 'Aftercare: you already have an account')).toBeDefined();
    expect(h.mail.find((m) => m.to === 'b@example.com' && m.subject === 'Aftercare: One invited you')?.text).toContain(
      'already has an account',
    );
  });

  it('the answer does not wait for the lookup or the mail: with a mail server that never answers, it still comes', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = await harness('pglite', { mailer: { send: () => gate } });
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/sign-up');
    expect(
      (await visitor.post('/clinic/sign-up', { clinicName: 'X', name: 'Y', email: 'z@example.com', timeZone: 'UTC' })).statusCode,
    ).toBe(303);
    await visitor.get('/clinic/reset');
    expect((await visitor.post('/clinic/reset', { email: 'z@example.com' })).statusCode).toBe(303);
    release();
  });
});

describe('14. mails are limited per recipient and per requester', () => {
  it('thirty reset requests for one address send three mails', async () => {
    const h = await harness();
    await h.signUp('One', 'a@example.com');
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/reset');
    for (let k = 0; k < 30; k++) await visitor.post('/clinic/reset', { email: 'a@example.com' });
    await h.settled();
    // The sign-up link was the first of the three.
    expect(h.mail.filter((m) => m.to === 'a@example.com')).toHaveLength(3);
  });

  it('one requester sends twenty mails an hour, whatever the addresses', async () => {
    const h = await harness();
    const admin = await h.signUp('One', 'a@example.com');
    await admin.get('/clinic/members');
    const before = h.mail.length;
    for (let k = 0; k < 25; k++) await admin.post('/clinic/members', { name: `M${k}`, email: `m${k}@example.com`, role: 'therapist' });
    await h.settled();
    // The sign-up mail was this requester's first of the hour.
    expect(h.mail.length - before).toBe(19);
  });
});

describe.each(engines())('15. two consents at once (%s; the race itself: store.contract.ts)', (engine) => {
  it('one starts the diary; the other is told the link was used; no 500, one diary', async () => {
    const h = await harness(engine);
    const admin = await h.signUp('One', 'a@example.com');
    const { link } = await h.recordSession(admin, 'C');
    const client = new Visitor(h.app);
    await client.get(`/follow-up/${link}`);
    const answers = await Promise.all([1, 2].map(() => client.post(`/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes' })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([303, 404]);
    expect(answers.find((a) => a.statusCode === 404)!.body).toContain('your diaries');
    expect(await h.database.db.selectFrom('diaries').selectAll().execute()).toHaveLength(1);
  });
});

describe('16. the calendar carries the diary link, and is never cached', () => {
  it('reminders.ics on the page and the API answer Cache-Control: no-store', async () => {
    const h = await harness();
    const created = (await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) })).json();
    for (const url of [`/diary/${created.token}/reminders.ics`, `/api/v1/diaries/${created.token}/reminders.ics`]) {
      expect((await h.app.inject({ url })).headers['cache-control'], url).toBe('no-store');
    }
  });
});

// 17, a stale lock whose pid now belongs to another process: src/store/database.test.ts ("the data folder lock").

describe('abuse limits on the anonymous write paths', () => {
  it('new diaries are limited per address, with 429 and Retry-After', async () => {
    const h = await harness('pglite', { rateLimits: { assessmentsPerMinute: 100, diariesPerHour: 2, devicesPerHour: 20 } });
    const start = () => h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) });
    expect((await start()).statusCode).toBe(201);
    expect((await start()).statusCode).toBe(201);
    const third = await start();
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('too-many-requests');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('second audit 7. one mailbox, one address', () => {
  it('limits count the normalised address: one mailbox written many ways gets three sign-up mails, and no display name reaches it', async () => {
    const h = await harness();
    const forms = [
      'pat@example.org',
      'Pat@Example.org',
      ' PAT@EXAMPLE.ORG ',
      'pat@example.org ',
      'x<pat@example.org>',
      'Pat <pat@example.org>',
      'y<Pat@Example.org>',
      '"Pat"<pat@example.org>',
      'pat@example.org,pat@example.org',
    ];
    const visitor = new Visitor(h.app);
    await visitor.get('/clinic/sign-up');
    const statuses = [];
    for (const email of forms)
      statuses.push((await visitor.post('/clinic/sign-up', { clinicName: 'C', name: 'Pat', email, timeZone: 'UTC' })).statusCode);
    await h.settled();
    // The mailbox a mail reaches: the address inside brackets when the recipient has a display name.
    const mailbox = (to: string) => (/<([^<>]*)>/.exec(to)?.[1] ?? to).trim().toLowerCase();
    expect(h.mail.filter((m) => mailbox(m.to) === 'pat@example.org')).toHaveLength(3);
    expect(h.mail.map((m) => m.to)).toEqual(['pat@example.org', 'pat@example.org', 'pat@example.org']);
    // The same answer for the address however it is cased (a fourth is limited, not refused); every other form is refused.
    expect(statuses).toEqual([303, 303, 303, 303, 422, 422, 422, 422, 422]);
  });
});

describe('second audit, 6. no open redirect from the country page', () => {
  it.each([
    '//2130706433/x',
    '/\\attacker.example',
    '/\\/attacker.example',
    '//attacker.example',
    'https://attacker.example',
    '/a//b',
    '/%2f%2fx',
  ])('back=%s goes to the start page, on the form and after choosing', async (back) => {
    const app = buildApp();
    try {
      const page = await app.inject({ url: `/country?back=${encodeURIComponent(back)}` });
      expect(page.body).toContain('name="back" value="/"');
      const chosen = await app.inject({
        method: 'POST',
        url: '/country',
        payload: new URLSearchParams({ country: 'GB', back }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(chosen.statusCode).toBe(303);
      expect(chosen.headers.location).toBe('/');
    } finally {
      await app.close();
    }
  });
  it('a path on this site is kept', async () => {
    const app = buildApp();
    try {
      const chosen = await app.inject({
        method: 'POST',
        url: '/country',
        payload: new URLSearchParams({ country: 'GB', back: '/check/red-flags' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(chosen.headers.location).toBe('/check/red-flags');
    } finally {
      await app.close();
    }
  });
});

describe('second audit 12. a diary link opened from another site asks before it is remembered', () => {
  it('followed from another site: not remembered, and the page offers to; asked, it is', async () => {
    const h = await harness();
    const { token } = (
      await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) })
    ).json();
    const planted = await h.app.inject({ url: `/diary/${token}`, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(planted.statusCode).toBe(200);
    expect(String(planted.headers['set-cookie'] ?? '')).not.toContain('aftercare_diaries');
    expect(planted.body).toContain('Remember this diary on this device');
    const asked = await h.app.inject({ method: 'POST', url: `/diary/${token}/remember`, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(asked.statusCode).toBe(303);
    expect(String(asked.headers['set-cookie'])).toContain(`aftercare_diaries=${token}`);
    // Typed or from a bookmark (no other site), it is remembered at once, as before.
    const typed = await h.app.inject({ url: `/diary/${token}`, headers: { 'sec-fetch-site': 'none' } });
    expect(String(typed.headers['set-cookie'])).toContain(`aftercare_diaries=${token}`);
    expect(typed.body).not.toContain('Remember this diary on this device');
    // Another site cannot make the browser remember it either.
    expect(
      (await h.app.inject({ method: 'POST', url: `/diary/${token}/remember`, headers: { 'sec-fetch-site': 'cross-site' } })).statusCode,
    ).toBe(403);
  });
});
