// Second audit 2: a reminder's link opens the check-in (and the diary page's latest advice), nothing else. Every route
// that takes a diary's token is found in the app's routing table and tried with one, so a route added later, however
// it is registered, is held to it too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithStore } from '../../test/support/app-with-store.ts';
import { report } from '../../test/support/reports.ts';
import { hashToken } from '../store/tokens.ts';

/** What a reminder's link may open: the check-in, on the web and the JSON API, and the diary page itself. */
const opensToReminder = new Set([
  'get /diary/:token',
  'get /diary/:token/check-in',
  'post /diary/:token/check-in',
  'post /diary/:token/check-in/follow-ups',
  'post /api/v1/diaries/:token/check-ins',
  'post /api/v3/diaries/:token/check-ins',
]);

/**
 * Every route of the server that names a diary by its token, as `method path`, read from the app's own routing table
 * (Fastify's tree of path segments, each route's methods after its last segment; HEAD is GET's).
 */
function diaryRoutes(app: Awaited<ReturnType<typeof appWithStore>>['app']): string[] {
  const segments: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const found = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!found) continue;
    segments.length = found[1]!.length / 4;
    segments.push(found[2]!);
    const path = segments.join('');
    if (found[3] && /^\/(?:diary|api\/v\d\/diaries)\/:token/.test(path))
      for (const method of found[3].split(', ')) if (method !== 'HEAD') routes.push(`${method.toLowerCase()} ${path}`);
  }
  return routes.sort();
}

describe('second audit 2: a reminder’s link opens the check-in and the latest advice, nothing else', () => {
  let h: Awaited<ReturnType<typeof appWithStore>>;
  let owner: string;
  const reminder = 'r'.repeat(43);
  beforeAll(async () => {
    // With the job queue, so that the reminder routes are there to be tried.
    h = await appWithStore('2026-03-03T09:00:00Z', undefined, {
      app: { publicUrl: new URL('https://aftercare.example.org') },
      jobs: { retryLimit: 0 },
    });
    const started = await h.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report() }) });
    owner = (JSON.parse(started.body) as { token: string }).token;
    const { id } = await h.database.db.selectFrom('diaries').select('id').executeTakeFirstOrThrow();
    // A link as a reminder hands out: for a week, kept by its hash.
    await h.database.db
      .insertInto('diary_links')
      .values({
        token_hash: hashToken(reminder),
        diary_id: id,
        purpose: 'open',
        expires_at: new Date('2026-03-10T09:00:00Z'),
        address_hash: null,
      })
      .execute();
  }, 60_000);
  afterAll(async () => {
    await h?.jobs?.settled();
    await h?.close();
  });
  const wrong = 'w'.repeat(43);

  const send = (route: string, token: string) => {
    const [method, path] = route.split(' ') as [string, string];
    const url = path.replace(':token', token).replace(':device', '00000000-0000-4000-8000-000000000001');
    const json = path.startsWith('/api/') || path.includes('/push');
    return h.app.inject({
      method: method.toUpperCase() as 'GET',
      url,
      headers: { 'sec-fetch-site': 'same-origin', 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded' },
      ...(method === 'get' ? {} : { payload: json ? '{}' : 'email=x%40example.org' }),
    });
  };

  it('finds every route that takes a diary’s token (the list below is not empty by accident)', () => {
    const routes = diaryRoutes(h.app);
    for (const route of opensToReminder) expect(routes).toContain(route);
    for (const route of ['post /diary/:token/new-link', 'delete /api/v1/diaries/:token', 'post /diary/:token/reminders/push'])
      expect(routes).toContain(route);
    expect(routes.length).toBeGreaterThanOrEqual(25);
  });

  it('every other route answers it 404, as to a wrong link, on the web and the JSON API; the check-in and the diary page open', async () => {
    for (const route of diaryRoutes(h.app)) {
      const answer = await send(route, reminder);
      if (opensToReminder.has(route)) {
        expect(answer.statusCode, route).not.toBe(404);
        continue;
      }
      expect(answer.statusCode, route).toBe(404);
      const asWrong = await send(route, wrong);
      expect(answer.body.replaceAll(reminder, wrong), route).toBe(asWrong.body);
    }
    // Nothing of it changed: the owner's link opens the diary, which still has no address, no device and no new link.
    const exported = JSON.parse((await h.app.inject({ url: `/diary/${owner}/export.json` })).body) as {
      reminders: { email: string | null; devices: number };
    };
    expect(exported.reminders).toMatchObject({ email: null, devices: 0 });
    // The diary page by a reminder's link shows the latest advice, none of the owner's tools.
    const page = (await h.app.inject({ url: `/diary/${reminder}` })).body;
    for (const ownersOnly of ['/export.json', '/fhir.json', '/report', '/delete', '/reminders.ics', '/new-link', 'id="reminders"'])
      expect(page, ownersOnly).not.toContain(ownersOnly);
  });

  it('the owner’s own link opens each page the reminder’s link does not', async () => {
    for (const route of diaryRoutes(h.app).filter((r) => r.startsWith('get ') && !opensToReminder.has(r))) {
      const answer = await send(route, owner);
      // A diary shared with no clinic has no sharing to show: a 404 of its own, not a wrong link's.
      if (route.endsWith('/sharing')) expect(answer.body, route).not.toBe((await send(route, wrong)).body);
      else expect(answer.statusCode, route).toBe(200);
    }
  });
});
