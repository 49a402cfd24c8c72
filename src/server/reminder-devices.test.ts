// The devices that get a diary's reminders (second audit, findings 1, 3 and 8), on both engines: only a browser push
// service's endpoint is kept and posted to, the owner sees and removes the devices, a new link removes them all,
// five at most, and a device key that is not one is refused.
import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appWithStore, engines } from '../../test/support/app-with-store.ts';
import { bypassEndpoints } from '../../test/support/push-endpoints.ts';
import { testPushService, type TestPushService } from '../../test/support/push-service.ts';
import { report } from '../../test/support/reports.ts';
import { hashToken } from '../store/tokens.ts';
import type { RateLimits } from './config.ts';

let push: TestPushService;
beforeAll(async () => {
  push = await testPushService();
});
afterAll(() => push.close());

const sameSite = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };
const form = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

describe.each(engines())('the devices of a diary (%s)', (engine) => {
  let h: Awaited<ReturnType<typeof appWithStore>>;
  afterEach(async () => {
    // The reminders a test planned run to their end before the queue's schema goes.
    await h?.jobs?.settled();
    await h?.close();
    push.received.length = 0;
  });

  /** A diary with its first check-in (a recheck is planned, so reminders can be turned on). */
  async function diary(rateLimits?: RateLimits) {
    h = await appWithStore('2026-03-03T09:00:00Z', undefined, {
      engine,
      app: {
        publicUrl: new URL('https://aftercare.example.org'),
        extraPushServices: [push.origin],
        pushCertificate: push.certificate,
        ...(rateLimits ? { rateLimits } : {}),
      },
      jobs: { retryLimit: 0 },
    });
    const started = await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) });
    expect(started.statusCode, started.body).toBe(201);
    const { token } = JSON.parse(started.body) as { token: string };
    const { id } = await h.database.db.selectFrom('diaries').select('id').executeTakeFirstOrThrow();
    return { token, id };
  }

  const subscribe = (token: string, subscription: unknown, headers: Record<string, string> = sameSite) =>
    h.app.inject({ method: 'POST', url: `/diary/${token}/reminders/push`, payload: JSON.stringify(subscription), headers });
  const kept = async () => (await h.database.db.selectFrom('push_subscriptions').select(['id', 'endpoint']).execute()).length;

  it('second audit 1: an endpoint the allow-list let through but web-push reads as another host is refused, naming the field', async () => {
    const { token } = await diary();
    const keys = push.subscribe().keys;
    for (const endpoint of bypassEndpoints) {
      const refused = await subscribe(token, { endpoint, keys });
      expect(refused.statusCode, endpoint).toBe(422);
      expect(JSON.parse(refused.body).error.issues[0].path, endpoint).toBe('endpoint');
    }
    expect(await kept()).toBe(0);
  });

  it('second audit 1: a subscription kept before the check was strict is never posted to, and is forgotten', async () => {
    const { token, id } = await diary();
    expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
    await h.jobs!.settled();
    push.received.length = 0;
    // As the audit left it: kept when the allow-list was read by one parser and the send by another.
    const device = push.subscribe();
    await h.database.db
      .insertInto('push_subscriptions')
      .values({
        id: '00000000-0000-4000-8000-000000000001',
        diary_id: id,
        endpoint: `${push.origin.replace('127.0.0.1', '127.0.0.1;.fcm.googleapis.com')}/push/x`,
        p256dh: device.keys.p256dh,
        auth: device.keys.auth,
        created_at: new Date('2026-03-03T09:00:00Z'),
      })
      .execute();
    const { plannedCheckIns } = JSON.parse((await h.app.inject({ url: `/diary/${token}/export.json` })).body) as {
      plannedCheckIns: string[];
    };
    await h.jobs!.send('reminder', { diaryId: id, at: plannedCheckIns[0]!, kind: 'due' });
    await h.jobs!.settled();
    expect(await push.waitFor(1)).toHaveLength(1);
    expect(push.received).toHaveLength(1);
    const left = await h.database.db.selectFrom('push_subscriptions').select('endpoint').execute();
    expect(left.map((r) => r.endpoint)).toEqual([expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+\/push\//)]);
  });

  it('second audit 3: the owner sees each device (its browser and when it was added) and removes it; a reminder link sees none', async () => {
    const { token } = await diary();
    expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
    const page = (await h.app.inject({ url: `/diary/${token}` })).body;
    expect(page).toContain('Devices that get reminders');
    expect(page).toContain('A web browser, added');
    expect(page).not.toContain(push.origin); // the endpoint is the device's secret: never on the page
    const action = /action="(\/diary\/[^"]+\/reminders\/devices\/[0-9a-f-]{36}\/remove)"/.exec(page)![1]!;

    // A reminder's link opens the check-in only: no devices to see, none to remove.
    const reminderToken = 'r'.repeat(43);
    await h.database.db
      .insertInto('diary_links')
      .values({
        token_hash: hashToken(reminderToken),
        diary_id: (await h.database.db.selectFrom('diaries').select('id').executeTakeFirstOrThrow()).id,
        purpose: 'open',
        expires_at: new Date('2026-03-10T09:00:00Z'),
        address_hash: null,
      })
      .execute();
    const byReminder = await h.app.inject({ url: `/diary/${reminderToken}` });
    expect(byReminder.statusCode).toBe(200);
    expect(byReminder.body).not.toContain('Devices that get reminders');
    const deviceId = action.split('/')[5]!;
    const asReminder = await h.app.inject({
      method: 'POST',
      url: `/diary/${reminderToken}/reminders/devices/${deviceId}/remove`,
      headers: form,
    });
    expect(asReminder.statusCode).toBe(404);
    expect((await subscribe(reminderToken, push.subscribe())).statusCode).toBe(404);
    // From another site: refused, as every form is.
    const crossSite = await h.app.inject({ method: 'POST', url: action, headers: { ...form, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    expect(await kept()).toBe(1);

    const removed = await h.app.inject({ method: 'POST', url: action, headers: form });
    expect(removed.statusCode).toBe(303);
    expect(removed.headers.location).toBe(`/diary/${token}?reminders=device-removed#reminders`);
    expect(await kept()).toBe(0);
    expect((await h.app.inject({ method: 'POST', url: action, headers: form })).headers.location).toBe(`/diary/${token}#reminders`);
    const after = (await h.app.inject({ url: String(removed.headers.location) })).body;
    expect(after).toContain('The device was removed');
    expect(after).not.toContain('Devices that get reminders');
  });

  it('second audit 3: a new private link removes every device', async () => {
    const { token, id } = await diary();
    for (let k = 0; k < 2; k++) expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
    await h.database.db.updateTable('diaries').set({ link_known_to_clinic: true }).where('id', '=', id).execute();
    const renewed = await h.app.inject({ method: 'POST', url: `/diary/${token}/new-link`, headers: form });
    expect(renewed.statusCode).toBe(303);
    expect(await kept()).toBe(0);
    expect((await h.app.inject({ url: String(renewed.headers.location) })).body).toContain('No device gets reminders any more');
  });

  it('second audit 3: at most 5 devices a diary; the sixth is refused naming the limit, the same device again is not a new one', async () => {
    const { token } = await diary();
    const devices = Array.from({ length: 6 }, () => push.subscribe());
    for (const device of devices.slice(0, 5)) expect((await subscribe(token, device)).statusCode).toBe(200);
    const sixth = await subscribe(token, devices[5]);
    expect(sixth.statusCode).toBe(422);
    expect(JSON.parse(sixth.body).error.message).toContain('5 devices, the most it can have');
    expect((await subscribe(token, devices[0])).statusCode).toBe(200);
    expect(await kept()).toBe(5);
  });

  it('second audit 3: turning reminders on is limited per address, with 429', async () => {
    const { token } = await diary({ assessmentsPerMinute: 100, diariesPerHour: 10, devicesPerHour: 2 });
    expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
    expect((await subscribe(token, push.subscribe())).statusCode).toBe(200);
    const third = await subscribe(token, push.subscribe());
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
  });

  it('second audit 3: the device key must be a point on P-256 and the auth secret exactly 16 bytes', async () => {
    const { token } = await diary();
    const good = push.subscribe();
    const offCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]);
    const compressed = createECDH('prime256v1');
    compressed.generateKeys();
    for (const [keys, field] of [
      [{ ...good.keys, p256dh: offCurve.toString('base64url') }, 'keys.p256dh'],
      [{ ...good.keys, p256dh: compressed.getPublicKey(undefined, 'compressed').toString('base64url') }, 'keys.p256dh'],
      [
        { ...good.keys, p256dh: Buffer.concat([Buffer.from([5]), compressed.getPublicKey().subarray(1)]).toString('base64url') },
        'keys.p256dh',
      ],
      [{ ...good.keys, auth: randomBytes(15).toString('base64url') }, 'keys.auth'],
      [{ ...good.keys, auth: randomBytes(17).toString('base64url') }, 'keys.auth'],
    ] as const) {
      const refused = await subscribe(token, { endpoint: good.endpoint, keys });
      expect(refused.statusCode).toBe(422);
      expect(JSON.parse(refused.body).error.issues[0].path).toBe(field);
    }
    expect(await kept()).toBe(0);
  });

  it('second audit 8: a NUL byte or a control character in an endpoint is a 422 naming the field, never a 500', async () => {
    const { token } = await diary();
    const good = push.subscribe();
    const withNul = [
      `${good.endpoint}\u0000`,
      `\u0000${good.endpoint}`,
      good.endpoint.replace('/push/', '/push/\u0000'),
      good.endpoint.replace('127.0.0.1', '127.0.0.1\u0000'),
    ];
    for (const endpoint of [...withNul, `${good.endpoint}\u0001`, `${good.endpoint}\u007f`, `${good.endpoint}\u0085`])
      for (const path of ['', '/off']) {
        const refused = await h.app.inject({
          method: 'POST',
          url: `/diary/${token}/reminders/push${path}`,
          payload: JSON.stringify({ endpoint, keys: good.keys }),
          headers: sameSite,
        });
        expect(refused.statusCode, `${path} ${JSON.stringify(endpoint)}`).toBe(422);
        expect(JSON.parse(refused.body).error).toMatchObject({
          code: 'invalid-input',
          issues: [{ path: 'endpoint', message: 'endpoint must not contain spaces or control characters' }],
        });
      }
    expect(await kept()).toBe(0);
  });
});
