// `npm run bench:clinic`: the dashboard's p50 and p99 with 10,000 clients and 100,000 check-ins on PostgreSQL
// (DATABASE_URL, or the local default), for an admin (the whole clinic) and a therapist (their 500 clients).
// BENCH_CLIENTS and BENCH_REQUESTS change the size; the labels say the clients each one sees. Each line ends with the CPU
// time a dashboard took, the app's (this process, which answers in itself) and PostgreSQL's (a server on this machine,
// every connection and worker of it: bench/cpu.ts).
import { buildApp } from '../src/server/app.ts';
import { openIsolatedPostgres } from '../src/store/database.ts';
import { postgresCpuBetween, postgresCpuSeconds } from './cpu.ts';
import { seedClinic } from './seed-clinic.ts';

const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const clients = Number(process.env.BENCH_CLIENTS ?? 10_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 300);

const database = await openIsolatedPostgres(url);
try {
  const started = Date.now();
  const seeded = await seedClinic(database.db, clients);
  const counts = await database.db
    .selectFrom('check_ins')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(
    `seeded ${clients.toLocaleString('en')} clients and ${Number(counts.n).toLocaleString('en')} check-ins in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const app = buildApp({ db: database.db, web: { now: () => new Date('2026-03-08T12:00:00Z') } });
  for (const [who, email] of [
    [`admin (${clients.toLocaleString('en')} clients)`, seeded.adminEmail],
    [`therapist (${seeded.therapistClients.toLocaleString('en')} clients)`, seeded.therapistEmail],
  ] as const) {
    const page = await app.inject({ url: '/clinic/sign-in' });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const csrfCookie = String(page.headers['set-cookie']).split(';')[0]!;
    const signIn = await app.inject({
      method: 'POST',
      url: '/clinic/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
      payload: new URLSearchParams({ _csrf: csrf, email, password: seeded.password }).toString(),
    });
    const cookie = `${csrfCookie}; ${String(signIn.headers['set-cookie']).split(';')[0]}`;
    for (let k = 0; k < 20; k++) await app.inject({ url: '/clinic', headers: { cookie } });
    const times: number[] = [];
    // PostgreSQL's time read outside the app's, so that reading /proc is not counted as the app's.
    const [postgres0, app0] = [postgresCpuSeconds(), process.cpuUsage()];
    for (let k = 0; k < requests; k++) {
      const t = process.hrtime.bigint();
      const response = await app.inject({ url: '/clinic', headers: { cookie } });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (response.statusCode !== 200 || !response.body.includes('Who needs attention'))
        throw new Error(`dashboard answered ${response.statusCode}`);
    }
    const appCpu = process.cpuUsage(app0);
    const postgresCpu = postgresCpuBetween(postgres0, postgresCpuSeconds());
    const perRequest = (seconds: number) => `${((seconds * 1000) / requests).toFixed(2)} ms`;
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!.toFixed(1);
    console.log(
      `dashboard, ${who.padEnd(24)} p50 ${at(50)} ms, p99 ${at(99)} ms over ${requests} requests; ` +
        `CPU a request: app ${perRequest((appCpu.user + appCpu.system) / 1e6)}, PostgreSQL ${perRequest(postgresCpu)}`,
    );
  }
  await app.close();
} finally {
  await database.close();
}
