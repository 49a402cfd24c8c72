// Health data is not kept forever (issue 19, item 5): the hourly housekeeping job deletes a diary nobody used for
// RETENTION_DAYS, as its owner would (its clinic sees it stop), keeps a diary its owner opened, removes expired links,
// sign-in sessions and throttle events; the diary's page says how long it is kept. On both engines, with the job queue
// and the clock the tests set.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clinicHarness, tokenIn, type ClinicHarness } from '../../test/support/clinic.ts';
import { engines, idleHandlers, openFor, testQueue } from '../../test/support/app-with-store.ts';
import { Visitor } from '../../test/support/browserless.ts';
import { report } from '../../test/support/reports.ts';
import { translator } from '../i18n/messages.ts';
import { followUpUpdate } from '../clinic/follow-up.ts';
import { openStores } from '../store/stores.ts';
import { dropSharedSchema } from '../store/database.ts';
import { hashToken, newToken } from '../store/tokens.ts';

// The embedded database's template is built once, here, in a hook's time rather than in the first test's.
beforeAll(async () => (await openFor('pglite')).close());

describe.each(engines())('retention (%s)', (engine) => {
  let h: ClinicHarness;
  afterEach(async () => h?.close());

  const lastActive = async (token: string) =>
    (
      await h.database.db
        .selectFrom('diaries')
        .select('last_active_at')
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirstOrThrow()
    ).last_active_at;

  it('the housekeeping job is scheduled every hour, by the workers every server starts', async () => {
    const database = await openFor(engine);
    const { queue, schema } = await testQueue(database, engine);
    try {
      await queue.work(idleHandlers(), (error) => {
        throw error;
      });
      const rows = await sql<{ cron: string }>`select cron from ${sql.table(`${schema}.schedule`)} where name = 'housekeeping'`.execute(
        database.db,
      );
      // A minute of every hour of every day.
      expect(rows.rows.map((row) => row.cron)).toEqual([expect.stringMatching(/^[0-5]?\d \* \* \* \*$/)]);
    } finally {
      await queue.stop();
      if (engine === 'postgres') await dropSharedSchema(database.db, schema);
      await database.close();
    }
  }, 60_000);

  it('deletes a diary unused for RETENTION_DAYS, as its owner would: the clinic sees it stopped; a diary opened meanwhile is kept', async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine, app: { retentionDays: 30 }, jobs: { retryLimit: 0 } });
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const unused = await h.recordSession(admin, 'Client U');
    const used = await h.recordSession(admin, 'Client K');
    // Both follow up (consent and a first check-in) on 3 March at 09:00.
    const gone = await h.clientFollowsUp(unused.link, { 'localSigns.swelling': 'yes' });
    const kept = await h.clientFollowsUp(used.link, {});
    expect(await lastActive(gone.diary)).toEqual(new Date('2026-03-03T09:00:00Z'));
    // One opens their diary on 20 March: that is use.
    h.setNow('2026-03-20T12:00:00Z');
    expect((await kept.client.get(`/diary/${kept.diary}`)).statusCode).toBe(200);
    expect(await lastActive(kept.diary)).toEqual(new Date('2026-03-20T12:00:00Z'));
    // Links a reminder and a confirmation mail carried: one expired, one not.
    const keptId = (
      await h.database.db.selectFrom('diaries').select('id').where('token_hash', '=', hashToken(kept.diary)).executeTakeFirstOrThrow()
    ).id;
    await h.database.db
      .insertInto('diary_links')
      .values([
        { token_hash: 'expired', diary_id: keptId, purpose: 'open', expires_at: new Date('2026-03-27T12:00:00Z'), address_hash: null },
        { token_hash: 'current', diary_id: keptId, purpose: 'confirm', expires_at: new Date('2026-04-05T12:00:00Z'), address_hash: 'a' },
      ])
      .execute();

    const exists = async (token: string) =>
      (await h.database.db.selectFrom('diaries').select('id').where('token_hash', '=', hashToken(token)).executeTakeFirst()) !== undefined;

    // A minute short of thirty days after its last check-in: nothing goes.
    h.setNow('2026-04-02T08:59:00Z');
    await h.jobs!.send('housekeeping', {});
    await h.jobs!.settled();
    expect(await exists(gone.diary)).toBe(true);

    // A minute past: the unused diary goes, everything of it; the one opened on 20 March stays.
    h.setNow('2026-04-02T09:01:00Z');
    await h.jobs!.send('housekeeping', {});
    await h.jobs!.settled();
    expect(await exists(gone.diary)).toBe(false);
    expect((await gone.client.get(`/diary/${gone.diary}`)).statusCode).toBe(404);
    expect((await kept.client.get(`/diary/${kept.diary}`)).statusCode).toBe(200);
    // Its clinic sees what it sees when a client deletes their diary; the other session is still followed.
    // (A month on, the admin's session has ended: signed in again.)
    const member = new Visitor(h.app);
    expect((await h.signIn('admin@example.org', member)).statusCode).toBe(303);
    const page = (await member.get(`/clinic/sessions/${unused.id}`)).body;
    expect(page).toContain('The client stopped sharing on');
    expect((await member.get('/clinic')).body).not.toContain('Pressure may have been too much');
    expect((await member.get(`/clinic/sessions/${used.id}`)).body).not.toContain('The client stopped sharing on');
    // The expired link went in the same round.
    const links = await h.database.db.selectFrom('diary_links').select('token_hash').execute();
    expect(links.map((l) => l.token_hash)).toEqual(['current']);
  }, 90_000);

  it('removes expired account links, ended sign-in sessions and throttle events no limit counts, and keeps all that still works', async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine, jobs: { retryLimit: 0 } });
    // At 09:00: a sign-up (its link used, a session until 21:00), an invitation (a week), a reset link (an hour).
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    await admin.get('/clinic/members');
    expect((await admin.post('/clinic/members', { name: 'Thea', email: 'thea@example.org', role: 'therapist' })).statusCode).toBe(303);
    const stranger = new Visitor(h.app);
    await stranger.get('/clinic/reset');
    await stranger.post('/clinic/reset', { email: 'admin@example.org' });
    await h.settled();
    // At 10:30 the admin signs in on another device (a session until 22:30); at 21:10 someone guesses a password.
    h.setNow('2026-03-03T10:30:00Z');
    const phone = new Visitor(h.app);
    expect((await h.signIn('admin@example.org', phone)).statusCode).toBe(303);
    h.setNow('2026-03-03T21:10:00Z');
    const guesser = new Visitor(h.app);
    await guesser.get('/clinic/sign-in');
    expect((await guesser.post('/clinic/sign-in', { email: 'admin@example.org', password: 'a guess' })).statusCode).toBe(401);
    const purposes = async () =>
      (await h.database.db.selectFrom('account_links').select('purpose').orderBy('purpose').execute()).map((row) => row.purpose);
    expect(await purposes()).toEqual(['invitation', 'reset', 'sign-up']);

    h.setNow('2026-03-03T21:30:00Z');
    await h.jobs!.send('housekeeping', {});
    await h.jobs!.settled();
    // The reset link (ended at 10:00) and the first session (ended at 21:00) are gone, with every event before 20:30.
    expect(await purposes()).toEqual(['invitation', 'sign-up']);
    const sessions = await h.database.db.selectFrom('auth_sessions').select('expires_at').execute();
    expect(sessions).toEqual([{ expires_at: new Date('2026-03-03T22:30:00Z') }]);
    const events = await h.database.db.selectFrom('throttle_events').select('at').execute();
    expect(events.length).toBeGreaterThan(0);
    for (const { at } of events) expect(at).toEqual(new Date('2026-03-03T21:10:00Z'));
    // What was kept works: the phone is still signed in, the invitation still opens.
    expect((await phone.get('/clinic')).statusCode).toBe(200);
    const invitation = tokenIn(h.mail.filter((m) => m.to === 'thea@example.org').at(-1));
    expect((await new Visitor(h.app).get(`/clinic/reset/${invitation}`)).statusCode).toBe(200);
  }, 90_000);

  it("the diary's page says how long it is kept without use, and opening it is use", async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', { engine, app: { retentionDays: 45 } });
    const token = newToken();
    const stores = openStores(h.database.db, followUpUpdate);
    const { massage } = report();
    const at = new Date('2026-03-02T18:00:00Z');
    await stores.diaries.createDiary({
      id: randomUUID(),
      tokenHash: hashToken(token),
      massage,
      timeZone: 'UTC',
      language: 'en',
      createdAt: at,
    });
    const page = await h.app.inject({ url: `/diary/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('If you do not open this diary for 45 days, it is deleted, with everything in it.');
    expect(await lastActive(token)).toEqual(new Date('2026-03-03T09:00:00Z'));
  });
});

describe('the sentence on how long a diary is kept', () => {
  it('is said in each language, with the number of days', () => {
    expect(translator('en')('diary.retention.kept', { days: 180 })).toBe(
      'If you do not open this diary for 180 days, it is deleted, with everything in it.',
    );
    expect(translator('es')('diary.retention.kept', { days: 180 })).toBe(
      'Si no abres este diario durante 180 días, se borra con todo lo que contiene.',
    );
    expect(translator('fr')('diary.retention.kept', { days: 180 })).toBe(
      'Si vous n’ouvrez pas ce journal pendant 180 jours, il est supprimé avec tout ce qu’il contient.',
    );
    expect(translator('de')('diary.retention.kept', { days: 180 })).toBe(
      'Wenn Sie dieses Tagebuch 180 Tage lang nicht öffnen, wird es mit allem, was darin steht, gelöscht.',
    );
    // A thousand and more is written each language's way.
    expect(translator('de')('diary.retention.kept', { days: 3650 })).toContain('3.650 Tage');
  });
});
