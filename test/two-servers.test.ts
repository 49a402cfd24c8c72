// Production on PostgreSQL: two server processes on one database, no sticky sessions. A clinic signs in on one
// and works on the other; a client's follow-up goes through either. Runs when DATABASE_URL is set (always in CI).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { calm, pain } from './support/forms.ts';
import { HttpBrowser } from './support/http-browser.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { postgresUrl } from './support/postgres-url.ts';

const url = postgresUrl('the two-server test');

/** The one-time link in the first message a server wrote to its outbox (no mail server configured). */
async function linkInOutbox(dataDir: string): Promise<string> {
  const folder = join(dataDir, 'outbox');
  for (let attempt = 0; attempt < 100; attempt++) {
    const files = existsSync(folder) ? readdirSync(folder) : [];
    const token = files.length
      ? /\/clinic\/reset\/([A-Za-z0-9_-]{43})/.exec(readFileSync(join(folder, files[0]!), 'utf8'))?.[1]
      : undefined;
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no message in ${folder}`);
}

describe.skipIf(!url)('two servers on one PostgreSQL database', () => {
  const database = `aftercare_e2e_${randomBytes(5).toString('hex')}`;
  const servers: ServerProcess[] = [];
  const admin = new pg.Client({ connectionString: url });

  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    await admin.query(`drop database if exists ${database}`);
    await admin.end();
  });

  it('sign in on one, act on the other, with the same data and the same rules', async () => {
    await admin.connect();
    await admin.query(`create database ${database}`);
    const databaseUrl = new URL(url!);
    databaseUrl.pathname = `/${database}`;
    // Both start at once: the migrations take their lock, one migrates and the other finds it done.
    const outboxOf = [1, 2].map((n) => mkdtempSync(join(tmpdir(), `aftercare-two-${n}-`)));
    const env = (n: number) => ({ DATABASE_URL: databaseUrl.toString(), AFTERCARE_DATA_DIR: outboxOf[n - 1]! });
    servers.push(...(await Promise.all([startServerProcess(env(1)), startServerProcess(env(2))])));
    const [a, b] = servers.map((s) => s.url) as [string, string];

    const clinic = new HttpBrowser();
    await clinic.request(a, '/clinic/sign-up');
    const asked = await clinic.request(a, '/clinic/sign-up', { clinicName: 'Two Doors', name: 'Ann', email: 'ann@example.com' });
    expect((await clinic.request(b, asked.location!)).text).toContain('Check your email');
    // No mail server: the message is in A's outbox, and its link works on B.
    const token = await linkInOutbox(outboxOf[0]!);
    await clinic.request(b, `/clinic/reset/${token}`);
    expect((await clinic.request(b, `/clinic/reset/${token}`, { password: 'correct horse battery' })).status).toBe(303);
    // Signed in on B; the session works on A.
    expect((await clinic.request(a, '/clinic')).text).toContain('Who needs attention');
    await clinic.request(a, '/clinic');
    expect((await clinic.request(b, '/clinic/sign-out', {})).location).toBe('/clinic/sign-in');
    expect((await clinic.request(a, '/clinic/sign-in')).text).toContain('You are signed out');

    expect((await clinic.request(b, '/clinic/sign-in', { email: 'ann@example.com', password: 'correct horse battery' })).status).toBe(303);
    await clinic.request(a, '/clinic/sessions/new');
    // These servers run on the real clock: the session ended yesterday.
    const endedAt = new Date(Date.now() - 20 * 3_600_000).toISOString().slice(0, 16);
    const created = await clinic.request(a, '/clinic/sessions', { clientRef: 'Client across', endedAt, style: 'sports', pressure: 'firm' });
    expect(created.status).toBe(303);
    // The new link is shown on the client's page, by either server.
    const link = /\/follow-up\/([A-Za-z0-9_-]{43})/.exec((await clinic.request(b, created.location!)).text)![1]!;

    // The client consents through B and checks in through A.
    const client = new HttpBrowser();
    await client.request(b, `/follow-up/${link}`);
    const diary = (await client.request(b, `/follow-up/${link}`, { sharpPainDuring: 'no', consent: 'yes' })).location!;
    expect(diary).toMatch(/^\/diary\/[A-Za-z0-9_-]{43}\/check-in$/);
    const checkIn = await client.request(a, diary, { ...calm, 'general.fever': 'yes', alsoUnwell: 'none', ...pain, 'pain.severity': '5' });
    expect(checkIn.status).toBe(303);

    // The dashboard on B shows the client as urgent; the CSRF token from A's page works on B.
    const dashboard = await clinic.request(b, '/clinic');
    expect(dashboard.text).toContain('Client across');
    expect(dashboard.text).toContain('Urgent');
    // Sign out everywhere on B ends the session on A too.
    expect((await clinic.request(b, '/clinic/sign-out-everywhere', {})).status).toBe(303);
    expect((await clinic.request(a, '/clinic')).location).toBe('/clinic/sign-in');
  }, 90_000);
});
