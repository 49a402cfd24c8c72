// The second audit's probes (issue 24), repeated over HTTP against a real listening server as an attacker without an
// account would send them: the ways around the push allow-list, forty devices on one diary, the redirect forms of
// /country?back=, the address forms that reach a second mailbox, and NUL bytes in paths and fields. Every probe
// must be refused; the counts per group are printed for the closing note.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visitor } from './support/browserless.ts';
import { clinicHarness, type ClinicHarness } from './support/clinic.ts';
import { bypassEndpoints } from './support/push-endpoints.ts';
import { testPushService, type TestPushService } from './support/push-service.ts';
import { rawRequest } from './support/raw-http.ts';
import { report } from './support/reports.ts';

const counts = new Map<string, { sent: number; refused: number }>();

/** Counts one probe of `group`, and holds that it was refused. */
function refused(group: string, what: string, wasRefused: boolean) {
  const count = counts.get(group) ?? { sent: 0, refused: 0 };
  count.sent++;
  if (wasRefused) count.refused++;
  counts.set(group, count);
  expect(wasRefused, `${group}: ${what}`).toBe(true);
}

/** A refusal a client can read: a 4xx, never a 500, in the project's error shape when it is JSON. */
async function isRefusal(answer: Response): Promise<boolean> {
  const body = await answer.text();
  if (answer.status < 400 || answer.status >= 500) return false;
  if (!(answer.headers.get('content-type') ?? '').startsWith('application/json')) return body.includes('<h1>');
  return typeof (JSON.parse(body) as { error?: { code?: unknown } }).error?.code === 'string';
}

let h: ClinicHarness;
let push: TestPushService;
let base: string;
let port: number;
let admin: Visitor;
let token: string;
const logged: string[] = [];

beforeAll(async () => {
  push = await testPushService();
  h = await clinicHarness('2026-03-03T09:00:00Z', {
    app: {
      extraPushServices: [push.origin],
      pushCertificate: push.certificate,
      logger: { level: 'info', stream: { write: (line: string) => void logged.push(line) } },
    },
    jobs: { retryLimit: 0 },
  });
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  port = (h.app.server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  admin = await h.signUp('Calm Hands', 'admin@example.org');
  const started = await fetch(`${base}/api/v1/diaries`, { method: 'POST', body: JSON.stringify({ report: report() }) });
  token = ((await started.json()) as { token: string }).token;
});

afterAll(async () => {
  console.log([...counts].map(([group, { sent, refused: n }]) => `audit probes, ${group}: ${n} of ${sent} refused`).join('\n'));
  await h.jobs?.settled();
  await h.close();
  await push.close();
});

const json = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const formPost = (path: string, fields: Record<string, string>, who?: Visitor) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(who
        ? {
            cookie: Object.entries(who.cookies)
              .map(([k, v]) => `${k}=${v}`)
              .join('; '),
          }
        : {}),
    },
    body: new URLSearchParams(who ? { _csrf: who.csrf, ...fields } : fields),
  });
const kept = async () => (await h.database.db.selectFrom('push_subscriptions').select('id').execute()).length;

describe('the second audit, probed again', () => {
  it('push endpoints around the allow-list: refused when turned on and when turned off, none kept', async () => {
    const { keys } = push.subscribe();
    for (const endpoint of bypassEndpoints) {
      refused('push endpoints', endpoint, await isRefusal(await json(`/diary/${token}/reminders/push`, { endpoint, keys })));
      refused('push endpoints', `off ${endpoint}`, await isRefusal(await json(`/diary/${token}/reminders/push/off`, { endpoint })));
    }
    expect(await kept()).toBe(0);
  });

  it('forty devices on one diary: five are kept, every one after is refused', async () => {
    const answers = [];
    for (let k = 0; k < 40; k++) answers.push(await json(`/diary/${token}/reminders/push`, push.subscribe()));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    for (const [k, answer] of answers.slice(5).entries()) refused('devices past the fifth', `device ${k + 6}`, await isRefusal(answer));
    expect(await kept()).toBe(5);
  });

  it('redirects from /country?back= go to a path on this site or the start page', async () => {
    const host = 'evil.example';
    const forms = [
      `//${host}`,
      `//${host}/x`,
      `/\\${host}`,
      `\\\\${host}`,
      `\\/${host}`,
      `/%2f${host}`,
      `%2f%2f${host}`,
      `/%5c${host}`,
      `https:${host}`,
      `https://${host}`,
      `https:/${host}`,
      `//2130706433/x`,
      `//0x7f.1/x`,
      `///${host}`,
      `/\t/${host}`,
      `/\n/${host}`,
      ` //${host}`,
      `javascript:alert(1)`,
      `data:text/html,x`,
      `//${host}@aftercare.example`,
      `/.${host}`.replace('/.', '//.'),
      `/%09/${host}`,
      `/diary/../../${host}`,
    ];
    for (const back of forms) {
      const page = await (await fetch(`${base}/country?back=${encodeURIComponent(back)}`)).text();
      refused('redirects', `GET ${back}`, /name="back" value="\/"/.test(page));
      const sent = await formPost('/country', { country: 'JP', back });
      refused('redirects', `POST ${back}`, sent.status === 303 && sent.headers.get('location') === '/');
    }
  });

  it('address forms that reach a second mailbox are refused wherever an address is typed, and no mail goes out', async () => {
    const addresses = [
      'name<victim@example.com>',
      'Name <victim@example.com>',
      'x<admin@example.org>',
      'admin@example.org, victim@example.com',
      '<victim@example.com>',
      '"a"@example.com',
      '"victim@example.com"@example.org',
      'a@example.com, victim@example.com',
      'a@example.com;victim@example.com',
      'a@example.com victim@example.com',
      'victim@example.com (comment)',
      'a(comment)@example.com',
      'a@[127.0.0.1]',
      'a@example.com\r\nBcc: victim@example.com',
      'a\u0000@example.com',
    ];
    const sentBefore = h.mail.length;
    await admin.get('/clinic/members');
    for (const email of addresses) {
      refused('addresses', `reminders ${email}`, (await formPost(`/diary/${token}/reminders/email`, { email })).status === 422);
      const stranger = new Visitor(h.app);
      await stranger.get('/clinic/sign-up');
      const signUp = await formPost('/clinic/sign-up', { clinicName: 'X', name: 'Y', email, timeZone: 'UTC' }, stranger);
      refused('addresses', `sign-up ${email}`, signUp.status === 422);
      const invite = await formPost('/clinic/members', { name: 'Z', email, role: 'therapist' }, admin);
      refused('addresses', `invitation ${email}`, invite.status === 422);
      // A reset answers alike for every address (no one learns who has an account): refused means no mail.
      await stranger.get('/clinic/reset');
      const mailsBefore = h.mail.length;
      await formPost('/clinic/reset', { email }, stranger);
      await h.settled();
      refused('addresses', `reset ${email}`, h.mail.length === mailsBefore);
    }
    await h.settled();
    expect(h.mail.slice(sentBefore)).toEqual([]);
  });

  it('NUL bytes and control characters in paths and fields: a 400 or 404 in the usual shape, never a 500', async () => {
    const signedIn = {
      cookie: Object.entries(admin.cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
    };
    const paths = [
      '/%00',
      '/diary/%00',
      `/diary/${token}%00`,
      `/diary/${token}/%00`,
      `/diary/${token}/check-in%00`,
      '/api/v1/diaries/%00',
      `/api/v1/diaries/${token}%00/check-ins`,
      `/api/v1/diaries/${token}/fhir%00`,
      '/clinic/reset/%00',
      '/reminders/unsubscribe/%00',
      '/follow-up/%00',
      '/check/%00',
      '/check/red-flags%00',
      '/%01',
      '/diary/%1f',
      '/diary/%7F',
      '/%C0%80',
      '/diary/%E0%A4%A',
    ];
    for (const path of paths) {
      refused('NUL bytes', `GET ${path}`, await isRefusal(await fetch(`${base}${path}`, { redirect: 'manual' })));
      refused(
        'NUL bytes',
        `GET ${path} signed in`,
        await isRefusal(await fetch(`${base}${path}`, { headers: signedIn, redirect: 'manual' })),
      );
    }
    for (const path of ['/clinic/sessions/%00', '/clinic/clients/%00', '/clinic/sessions/%00/edit', '/api/v1/clinic/sessions/%00'])
      refused(
        'NUL bytes',
        `GET ${path} signed in`,
        await isRefusal(await fetch(`${base}${path}`, { headers: signedIn, redirect: 'manual' })),
      );
    for (const line of [
      'GET /diary/\u0000 HTTP/1.1',
      'GET /\u0000 HTTP/1.1',
      'POST /api/v1/diaries\u0000 HTTP/1.1',
      'GET /clinic\u0001 HTTP/1.1',
    ]) {
      const answer = await rawRequest(port, `${line}\r\nHost: 127.0.0.1\r\n\r\n`);
      refused('NUL bytes', JSON.stringify(line), answer.status === 400 && JSON.parse(answer.body).error.code === 'bad-request');
    }
    const fields: [string, Record<string, string>, Visitor?][] = [
      [`/diary/${token}/reminders/email`, { email: 'a\u0000b@example.org' }],
      ['/country', { country: 'JP\u0000', back: '/\u0000' }],
      [`/diary/${token}/check-in`, { 'pain.severity': '3\u0000' }],
      ['/clinic/sessions', { clientRef: 'A\u0000B', endedAt: '2026-03-02T17:00', style: 'deep-tissue', pressure: 'firm' }, admin],
      ['/clinic/members', { name: 'Z\u0000', email: 'z@example.org', role: 'therapist' }, admin],
      ['/clinic/settings', { name: 'Admin\u0000' }, admin],
    ];
    for (const [path, values, who] of fields) refused('NUL bytes', `POST ${path}`, await isRefusal(await formPost(path, values, who)));
    const { keys, endpoint } = push.subscribe();
    // A NUL byte at each place in a push endpoint: refused naming the field, and nothing kept.
    const withNul = [
      `${endpoint}\u0000`,
      `\u0000${endpoint}`,
      endpoint.replace('/push/', '/push/\u0000'),
      endpoint.replace('127.0.0.1', '127.0.0.1\u0000'),
    ];
    const devices = await kept();
    for (const nul of withNul)
      for (const [path, body] of [
        [`/diary/${token}/reminders/push`, { endpoint: nul, keys }],
        [`/diary/${token}/reminders/push/off`, { endpoint: nul }],
      ] as const) {
        const answer = await json(path, body);
        // Refused for the NUL byte itself (the diary already has its five devices: that refusal names the field too).
        type Issues = { error: { issues: { path: string; message: string }[] } };
        const issue = answer.status === 422 ? ((await answer.clone().json()) as Issues).error.issues[0] : undefined;
        const forTheByte = issue?.path === 'endpoint' && issue.message.includes('control characters');
        refused('NUL bytes', `JSON ${path} ${JSON.stringify(nul)}`, (await isRefusal(answer)) && forTheByte);
      }
    expect(await kept()).toBe(devices);
    for (const [path, body] of [
      ['/api/v1/diaries', { report: report(), timeZone: 'UTC\u0000' }],
      ['/api/v1/diaries', { report: { ...report(), massage: { ...report().massage, style: 'deep\u0000' } } }],
      [`/api/v1/diaries/${token}/check-ins`, { pain: { severity: 3, trend: 'same\u0000' } }],
      ['/api/v2/assessments', { ...report(), reportedAt: '2026-03-03T09:00:00Z\u0000' }],
    ] as const)
      refused('NUL bytes', `JSON ${path}`, await isRefusal(await json(path, body)));
    expect(logged.filter((line) => /"level":50|"stack"/.test(line))).toEqual([]);
  });
});
