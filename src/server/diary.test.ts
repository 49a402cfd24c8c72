// The recovery diary over HTTP, in-process, on a real embedded database: pages, API, data rights.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithStore } from '../../test/support/app-with-store.ts';
import { calm, shortCheckIn } from '../../test/support/forms.ts';
import { Visitor } from '../../test/support/browserless.ts';
import { checkInAnswers, report, report1, report3 } from '../../test/support/reports.ts';
import { assess1 } from '../engine/assess.ts';
import { translator } from '../i18n/messages.ts';
import { hashToken } from '../store/tokens.ts';

const english = translator('en');

const olderPolicyNote = translator('en')('diary.checkIns.olderPolicyNote');
const olderPolicyMark = translator('en')('diary.checkIns.olderPolicyMark');

let harness: Awaited<ReturnType<typeof appWithStore>>;
beforeEach(async () => {
  harness = await appWithStore('2026-03-03T09:00:00Z');
});
afterEach(async () => harness.close());

const answers = (changes: Record<string, unknown> = {}) => ({ ...checkInAnswers(report()), ...changes });

async function createDiary() {
  const response = await harness.app.inject({
    method: 'POST',
    url: '/api/v1/diaries',
    payload: JSON.stringify({ report: report(), timeZone: 'Europe/London' }),
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ token: string; links: Record<string, string>; checkIns: unknown[] }>();
}

describe('the diary API', () => {
  it('creates a diary from a report, with an unguessable token of 256 bits stored only as a hash', async () => {
    const created = await createDiary();
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.checkIns).toHaveLength(1);
    const rows = await harness.database.db.selectFrom('diaries').selectAll().execute();
    expect(rows[0]!.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(rows)).not.toContain(created.token);
  });

  it("adds check-ins with the diary's massage, works out the trend from the scores, and escalates when not easing", async () => {
    const { token } = await createDiary();
    harness.setNow('2026-03-03T09:05:00Z');
    const pain = { ...report().pain, severity: 4 } as Record<string, unknown>;
    delete pain.trend;
    const response = await harness.app.inject({
      method: 'POST',
      url: `/api/v1/diaries/${token}/check-ins`,
      payload: JSON.stringify({ ...answers({ pain, history: { cancer: false } }), reportedAt: '2026-03-06T10:00:00Z' }),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.report.massage.endedAt).toBe(report().massage.endedAt);
    expect(body.report.pain.trend).toBe('same');
    expect(body.assessment.reasons.map((r: { code: string }) => r.code)).toContain('not-easing');
    const diary = (await harness.app.inject({ url: `/api/v1/diaries/${token}` })).json();
    expect(diary.checkIns.map((c: { number: number }) => c.number)).toEqual([1, 2]);
  });

  it('refuses a bad check-in with every issue by its path, and saves nothing', async () => {
    const { token } = await createDiary();
    const response = await harness.app.inject({
      method: 'POST',
      url: `/api/v1/diaries/${token}/check-ins`,
      payload: JSON.stringify(answers({ pain: { severity: 12 }, massage: {} })),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.issues.map((i: { path: string }) => i.path)).toContain('massage');
    const bad = await harness.app.inject({
      method: 'POST',
      url: `/api/v1/diaries/${token}/check-ins`,
      payload: JSON.stringify(answers({ pain: { severity: 12 } })),
    });
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toContain('pain.severity');
    expect((await harness.app.inject({ url: `/api/v1/diaries/${token}` })).json().checkIns).toHaveLength(1);
    expect((await harness.app.inject({ method: 'POST', url: `/api/v1/diaries/${token}/check-ins`, payload: '{' })).statusCode).toBe(400);
  });

  it('names fields inside the report by their full path when a diary cannot be created', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/diaries',
      payload: JSON.stringify({ report: { ...report(), pain: 'sore' }, timeZone: 'Mars/Base' }),
    });
    expect(response.statusCode).toBe(422);
    expect(
      response
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['report.pain', 'timeZone']);
    const second = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/diaries',
      payload: JSON.stringify({ report: { ...report(), pain: 'sore' } }),
    });
    expect(second.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['report.pain']);
  });

  it('answers 404 for a link that opens nothing, of any shape', async () => {
    for (const token of ['nope', 'A'.repeat(43), '../../etc/passwd', '%00']) {
      expect((await harness.app.inject({ url: `/api/v1/diaries/${encodeURIComponent(token)}` })).statusCode).toBe(404);
      expect((await harness.app.inject({ url: `/diary/${encodeURIComponent(token)}` })).statusCode).toBe(404);
    }
  });

  it('deletes a diary for real: no row of it is left, and its link stops working', async () => {
    const keep = await createDiary();
    const gone = await createDiary();
    harness.setNow('2026-03-03T09:05:00Z');
    expect(
      (await harness.app.inject({ method: 'POST', url: `/api/v1/diaries/${gone.token}/check-ins`, payload: JSON.stringify(answers()) }))
        .statusCode,
    ).toBe(201);
    const id = (
      await harness.database.db.selectFrom('diaries').select('id').where('token_hash', '=', hashToken(gone.token)).executeTakeFirstOrThrow()
    ).id;
    expect((await harness.app.inject({ method: 'DELETE', url: `/api/v1/diaries/${gone.token}` })).statusCode).toBe(204);
    const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(harness.database.db)).rows[0]!.n);
    expect(await count(sql`select count(*) as n from diaries where id = ${id}`)).toBe(0);
    expect(await count(sql`select count(*) as n from check_ins where diary_id = ${id}`)).toBe(0);
    expect(
      await count(
        sql`select count(*) as n from check_ins where report::text like ${'%' + id + '%'} or assessment::text like ${'%' + id + '%'}`,
      ),
    ).toBe(0);
    expect((await harness.app.inject({ url: `/api/v1/diaries/${gone.token}` })).statusCode).toBe(404);
    expect((await harness.app.inject({ url: `/api/v1/diaries/${keep.token}` })).statusCode).toBe(200);
  });

  it('exports FHIR and reminders', async () => {
    const { token } = await createDiary();
    const fhir = await harness.app.inject({ url: `/api/v1/diaries/${token}/fhir` });
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    expect(fhir.json().resourceType).toBe('Bundle');
    const ics = await harness.app.inject({ url: `/api/v1/diaries/${token}/reminders.ics` });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART:20260305T170000Z');
    expect(ics.headers['cache-control']).toBe('no-store');
  });

  it('takes a check-in at most every two minutes, and says when the next one can come (429, Retry-After)', async () => {
    const { token } = await createDiary();
    const checkIn = () =>
      harness.app.inject({ method: 'POST', url: `/api/v1/diaries/${token}/check-ins`, payload: JSON.stringify(answers()) });
    harness.setNow('2026-03-03T09:01:00Z');
    const tooSoon = await checkIn();
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.headers['retry-after']).toBe('60');
    expect(tooSoon.json().error.code).toBe('too-many-requests');
    harness.setNow('2026-03-03T09:02:00Z');
    expect((await checkIn()).statusCode).toBe(201);
  });
});

describe('the diary API under policy 3 (/api/v3/diaries)', () => {
  const answers3 = (general: Record<string, unknown> = {}) => {
    const r = report3();
    return { ...checkInAnswers(r), general: { ...r.general, ...general } };
  };

  it("starts a diary and takes check-ins under policy 3: policy 3's signs are heard, its answer's links stay on v3", async () => {
    const created = await harness.app.inject({ method: 'POST', url: '/api/v3/diaries', payload: JSON.stringify({ report: report3() }) });
    expect(created.statusCode, created.body).toBe(201);
    const diary = created.json<{ token: string; links: Record<string, string>; checkIns: { assessment: { policyVersion: string } }[] }>();
    expect(created.headers.location).toBe(`/api/v3/diaries/${diary.token}`);
    expect(diary.links.checkIns).toBe(`/api/v3/diaries/${diary.token}/check-ins`);
    expect(diary.checkIns.map((c) => c.assessment.policyVersion)).toEqual(['3']);
    harness.setNow('2026-03-03T09:05:00Z');
    const checkIn = await harness.app.inject({
      method: 'POST',
      url: diary.links.checkIns,
      payload: JSON.stringify(answers3({ suddenSidePain: true })),
    });
    expect(checkIn.statusCode, checkIn.body).toBe(201);
    const assessment = checkIn.json<{ assessment: { level: string; policyVersion: string; reasons: { code: string }[] } }>().assessment;
    expect(assessment).toMatchObject({ level: 'emergency', policyVersion: '3' });
    expect(assessment.reasons.map((r) => r.code)).toContain('sudden-side-or-belly-pain');
  });

  it("refuses each policy's report on the other's route, naming the fields, and keeps nothing", async () => {
    const v2 = await harness.app.inject({ method: 'POST', url: '/api/v3/diaries', payload: JSON.stringify({ report: report() }) });
    expect(v2.statusCode).toBe(422);
    const paths = v2.json<{ error: { issues: { path: string }[] } }>().error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['report.general.suddenSidePain', 'report.general.faintOrPale', 'report.general.bleedingTendency']),
    );
    const v3 = await harness.app.inject({ method: 'POST', url: '/api/v1/diaries', payload: JSON.stringify({ report: report3() }) });
    expect(v3.statusCode).toBe(422);
    expect(await harness.database.db.selectFrom('diaries').select('id').execute()).toEqual([]);
    const { token } = await createDiary();
    harness.setNow('2026-03-03T09:05:00Z');
    const checkIn = await harness.app.inject({
      method: 'POST',
      url: `/api/v3/diaries/${token}/check-ins`,
      payload: JSON.stringify(answers()),
    });
    expect(checkIn.statusCode).toBe(422);
    expect(checkIn.json<{ error: { issues: { path: string }[] } }>().error.issues.map((i) => i.path)).toContain('general.suddenSidePain');
    expect((await harness.app.inject({ url: `/api/v1/diaries/${token}` })).json<{ checkIns: unknown[] }>().checkIns).toHaveLength(1);
  });
});

describe('a diary begun under policy 1', () => {
  it("keeps each stored check-in under the policy that assessed it, shows which, and assesses the API's new ones under policy 2", async () => {
    const { token } = await createDiary();
    // The first check-in as policy 1 stored it, before policy 2 existed.
    const old = report1();
    await harness.database.db
      .updateTable('check_ins')
      .set({ report: JSON.stringify(old), assessment: JSON.stringify(assess1(old, english)) })
      .where('seq', '=', 1)
      .execute();
    harness.setNow('2026-03-03T09:05:00Z');
    const added = await harness.app.inject({
      method: 'POST',
      url: `/api/v1/diaries/${token}/check-ins`,
      payload: JSON.stringify(answers()),
    });
    expect(added.statusCode, added.body).toBe(201);
    const diary = (await harness.app.inject({ url: `/api/v1/diaries/${token}` })).json();
    expect(diary.checkIns.map((c: { assessment: { policyVersion: string } }) => c.assessment.policyVersion)).toEqual(['1', '2']);
    // The person's diary says in plain words that an earlier check-in kept its advice; the policy numbers are for
    // the clinician's summary.
    const page = (await harness.app.inject({ url: `/diary/${token}` })).body;
    expect(page).toContain(olderPolicyNote.replace(/'/g, '&#39;'));
    // Both are older than the web's policy 3: each row says so.
    expect(page.split(`(${olderPolicyMark})`)).toHaveLength(3);
    expect(page).not.toMatch(/policy \d/i);
    const summary = (await harness.app.inject({ url: `/diary/${token}/report` })).body;
    expect(summary).toContain('Check-in 1 under policy 1; check-in 2 under policy 2.');
  });
});

describe('a diary whose link its clinic once held', () => {
  it('offers a new private link: the old one stops opening the diary, and this browser remembers the new one', async () => {
    const { token } = await createDiary();
    await harness.database.db.updateTable('diaries').set({ link_known_to_clinic: true }).execute();
    const page = await harness.app.inject({ url: `/diary/${token}` });
    expect(page.body).toContain('Get a new private link');
    const moved = await harness.app.inject({
      method: 'POST',
      url: `/diary/${token}/new-link`,
      headers: { cookie: `aftercare_diaries=${token}` },
    });
    expect(moved.statusCode).toBe(303);
    const fresh = /^\/diary\/([A-Za-z0-9_-]{43})\?link=new$/.exec(String(moved.headers.location))![1]!;
    expect(String(moved.headers['set-cookie'])).toContain(`aftercare_diaries=${fresh};`);
    expect((await harness.app.inject({ url: `/diary/${token}` })).statusCode).toBe(404);
    const after = await harness.app.inject({ url: `/diary/${fresh}?link=new` });
    expect(after.body).toContain('This diary has a new private link');
    expect(after.body).not.toContain('Get a new private link');
  });
});

describe('the diary pages', () => {
  type Jar = { cookies: Record<string, string> };
  const cookieHeader = (jar: Jar) =>
    Object.entries(jar.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  function keep(jar: Jar, setCookie: string | string[] | undefined) {
    for (const line of [setCookie ?? []].flat()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      jar.cookies[name!] = value!;
    }
  }
  async function post(jar: Jar, url: string, form: Record<string, string | string[]>) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    const response = await harness.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    });
    keep(jar, response.headers['set-cookie']);
    return response;
  }
  const pain = (severity: string) => ({
    'pain.severity': severity,
    'pain.qualities': 'dull-ache',
    'pain.extent': 'widespread',
    'pain.radiation': 'none',
    'localSigns.swelling': 'no',
    'localSigns.bruising': 'no',
  });

  const exported = async (link: string) => (await harness.app.inject({ url: `${link}/export.json` })).json();

  async function startFromResult(jar: Jar) {
    await post(jar, '/check/red-flags', calm);
    await post(jar, '/check/other-signs', calm);
    await post(jar, '/check/massage', {
      'massage.endedAt': '2026-03-02T17:00',
      timeZone: 'Europe/London',
      'massage.sharpPainDuring': 'no',
    });
    await post(jar, '/check/pain', { ...pain('5'), 'pain.trend': 'same' });
    const result = await harness.app.inject({ url: '/check/result', headers: { cookie: cookieHeader(jar) } });
    expect(result.body).toContain('Track my recovery');
    const started = await post(jar, '/diaries', {});
    expect(started.statusCode).toBe(303);
    return started.headers.location as string;
  }

  it('starts from a result page, remembers the diary in a cookie, and shows the chart and the next check-in', async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    expect(link).toMatch(/^\/diary\/[A-Za-z0-9_-]{43}$/);
    expect(jar.cookies.aftercare_diaries).toBe(link.slice(7));
    const page = await harness.app.inject({ url: link, headers: { cookie: cookieHeader(jar) } });
    expect(page.body).toContain('chart-diary');
    expect(page.body).toContain('Next check-in: <strong>Thu 5 Mar, 17:00</strong>');
    const list = await harness.app.inject({ url: '/diaries', headers: { cookie: cookieHeader(jar) } });
    expect(list.body).toContain(link);
    expect(list.body).toContain('(1 check-in)');
  });

  it("draws the chart's now line at the page's own time, not at the latest check-in", async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    harness.setNow('2026-03-04T21:00:00Z');
    const page = (await harness.app.inject({ url: link, headers: { cookie: cookieHeader(jar) } })).body;
    const nowLine = Number(/class="chart-now" x1="([\d.]+)"/.exec(page)![1]);
    const latestDot = Number(/class="chart-pain" cx="([\d.]+)"/.exec(page)![1]);
    expect(nowLine).toBeGreaterThan(latestDot + 10);
  });

  it('a check-in with the trend left open works it out, shows the rule, and bannners a change of advice', async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    const form = await harness.app.inject({ url: `${link}/check-in`, headers: { cookie: cookieHeader(jar) } });
    expect(form.body).toContain('Your last score was 5. A change of 2 or more counts: 3 or less is better, 7 or more is worse');
    expect(form.body).not.toContain('name="massage.endedAt"');
    harness.setNow('2026-03-06T12:00:00Z');
    // Three days on and not better: the check-in asks whether the person has had cancer, on the same page.
    const asked = await post(jar, `${link}/check-in`, { sinceLastCheckIn: 'none', 'pain.severity': '5' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Have you ever had cancer?');
    const saved = await post(jar, `${link}/check-in`, {
      sinceLastCheckIn: 'none',
      'pain.severity': '5',
      'history.cancer': 'no',
      shown: 'history.cancer',
    });
    expect(saved.statusCode).toBe(303);
    const page = await harness.app.inject({ url: link, headers: { cookie: cookieHeader(jar) } });
    expect(page.body).toContain('Not easing after 3 days: book a check with a doctor or physiotherapist.');
    expect(page.body).toContain('role="alert"');
  });

  it('an emergency answer in a check-in goes straight to the emergency page', async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    const response = await post(jar, `${link}/check-in`, { sinceLastCheckIn: 'since.nerve.saddleNumbness' });
    expect(response.headers.location).toBe('/emergency');
    const emergency = await harness.app.inject({ url: '/emergency', headers: { cookie: cookieHeader(jar) } });
    expect(emergency.body).toContain('You said you feel numb between your legs');
  });

  it.each<[string, Record<string, string | string[]>, string]>([
    ['sudden side or belly pain', { sinceLastCheckIn: 'since.general.suddenSidePain' }, 'sudden, very bad pain in your side'],
    [
      'red pee after pressure',
      { sinceLastCheckIn: 'since.bladderBowel.bloodInUrine', 'bladderBowel.redUrineAfterPressure': 'yes' },
      'a kidney was injured',
    ],
    ['a faint with a bruise', { sinceLastCheckIn: ['since.general.faintOrPale', 'since.localSigns.bruising'] }, 'bleeding inside the body'],
    [
      'brown pee with much less pee',
      { sinceLastCheckIn: 'since.bladderBowel.brownUrine', alsoUnwell: 'bladderBowel.littleOrNoUrine' },
      'your pee is brown',
    ],
    ['a fever with being very unwell', { sinceLastCheckIn: 'since.general.fever', alsoUnwell: 'general.veryUnwell' }, 'sepsis'],
    ['a serious accident', { sinceLastCheckIn: 'since.general.recentFallOrInjury', 'general.seriousAccident': 'yes' }, 'serious accident'],
  ])("policy 3's emergency item in a check-in, %s, goes straight to the emergency page", async (_name, form, words) => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    const response = await post(jar, `${link}/check-in`, form);
    expect(response.headers.location, response.body).toBe('/emergency');
    const emergency = await harness.app.inject({ url: '/emergency', headers: { cookie: cookieHeader(jar) } });
    expect(emergency.body).toContain(words);
    const kept = (await exported(link)).checkIns[1];
    expect(kept.assessment.level).toBe('emergency');
    expect(kept.assessment.policyVersion).toBe('3');
  });

  it('an emergency answer keeps the check-in at once, with only the answers given: no pain score, nothing read as "no"', async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    // Sent the moment the sign is ticked (the page's script does this), a minute after the first check-in: the
    // rest of the form is blank, and the two-minute pause between check-ins does not hold an emergency back.
    harness.setNow(new Date(Date.parse((await exported(link)).checkIns[0].reportedAt) + 60_000).toISOString());
    const response = await post(jar, `${link}/check-in`, { sinceLastCheckIn: 'since.bladderBowel.bowelControlLoss' });
    expect(response.headers.location).toBe('/emergency');
    const diary = await exported(link);
    expect(diary.checkIns).toHaveLength(2);
    const kept = diary.checkIns[1];
    expect(kept.assessment.level).toBe('emergency');
    expect(kept.assessment.reasons.map((r: { code: string }) => r.code)).toEqual(['bladder-bowel-control-loss']);
    expect(kept.stopped).toBe(true);
    expect(kept.report.bladderBowel).toEqual({ bowelControlLoss: true });
    expect(kept.report.pain).toBeUndefined();
    expect(kept.report.nerve).toBeUndefined();
    // Carried, as policy 3 says: both bleeding answers.
    expect(kept.report.general).toEqual({ bloodThinners: false, bleedingTendency: false });
    const page = await harness.app.inject({ url: link, headers: { cookie: cookieHeader(jar) } });
    expect(page.body).toContain('Not asked: stopped at the first emergency answer');
    expect(page.body).toContain('Now: Emergency');
    // The FHIR export says only what was said: a stopped response, and no pain score for it.
    const bundle = (await harness.app.inject({ url: `${link}/fhir.json` })).json();
    const resources = bundle.entry.map((e: { resource: { resourceType: string; id: string; status?: string } }) => e.resource);
    const responses = resources.filter((r: { resourceType: string }) => r.resourceType === 'QuestionnaireResponse');
    expect(responses.map((r: { status: string }) => r.status)).toEqual(['completed', 'stopped']);
    expect(resources.filter((r: { resourceType: string }) => r.resourceType === 'Observation')).toHaveLength(1);
    // The next check-in is still the short one, carried from the whole one before the stop (its bleeding answers: the
    // question is not asked again), never from the stopped one.
    harness.setNow(new Date(Date.parse(diary.checkIns[0].reportedAt) + 10 * 60_000).toISOString());
    const next = (await harness.app.inject({ url: `${link}/check-in`, headers: { cookie: cookieHeader(jar) } })).body;
    expect(next).toContain('name="sinceLastCheckIn"');
    expect(next).not.toContain('name="bladderBowel.bladderControlLoss"');
    expect(next).not.toContain('name="bleedingRisk"');
    expect((await post(jar, `${link}/check-in`, { sinceLastCheckIn: 'none', ...pain('3') })).headers.location).toBe(link);
    const third = (await exported(link)).checkIns[2];
    expect(third.stopped).toBeUndefined();
    expect(third.report.general).toMatchObject({ bloodThinners: false, bleedingTendency: false });
    expect(third.report.pain.severity).toBe(3);
  });

  it('an emergency check-in sent at the same moment as another is kept, even when its time was taken a moment before', async () => {
    // Two check-ins at once: each takes the server's time, then waits its turn on the diary. The emergency one here
    // took its time 300 ms before the one kept ahead of it; no pause applies to an emergency, so it is never too soon.
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    harness.setNow(new Date(Date.parse((await exported(link)).checkIns[0].reportedAt) - 300).toISOString());
    const response = await post(jar, `${link}/check-in`, { sinceLastCheckIn: 'since.bladderBowel.bowelControlLoss' });
    expect(response.headers.location, response.body).toBe('/emergency');
    const diary = await exported(link);
    expect(diary.checkIns.map((c: { assessment: { level: string } }) => c.assessment.level)).toEqual(['self-care', 'emergency']);
  });

  it('without scripts, an emergency answer on the whole first check-in keeps it too, as far as it was answered', async () => {
    // A diary with no check-in yet (as one started from a clinic's follow-up link) asks the whole questionnaire.
    const { token } = await createDiary();
    await harness.database.db.deleteFrom('check_ins').execute();
    await harness.database.db.updateTable('diaries').set({ check_ins: 0, last_check_in_at: null }).execute();
    const link = `/diary/${token}`;
    const jar: Jar = { cookies: {} };
    expect((await harness.app.inject({ url: `${link}/check-in` })).body).toContain('name="bladderBowel.bladderControlLoss"');
    const response = await post(jar, `${link}/check-in`, { 'bladderBowel.bladderControlLoss': 'no', 'nerve.legWeakness': 'both-legs' });
    expect(response.headers.location).toBe('/emergency');
    const kept = (await exported(link)).checkIns[0];
    expect(kept.stopped).toBe(true);
    expect(kept.report.nerve).toEqual({ legWeakness: 'both-legs' });
    expect(kept.report.bladderBowel).toEqual({ bladderControlLoss: false });
    expect(kept.assessment.reasons.map((r: { code: string }) => r.code)).toEqual(['weakness-both-legs']);
    // With no whole check-in to carry answers from, the next is the whole questionnaire again.
    expect((await harness.app.inject({ url: `${link}/check-in` })).body).toContain('name="bladderBowel.bladderControlLoss"');
  });

  it('says when the next check-in opens before it is sent: no "Check in now" while closed, and a form sent early keeps every answer', async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    const started = Date.parse((await exported(link)).checkIns[0].reportedAt);
    const closed = (await harness.app.inject({ url: link, headers: { cookie: cookieHeader(jar) } })).body;
    expect(closed).toContain('You can check in again from <strong>Tue 3 Mar, 09:02</strong>');
    expect(closed).not.toContain('Check in now');
    expect((await harness.app.inject({ url: `${link}/check-in` })).body).toContain(
      'You can send this check-in from <strong>Tue 3 Mar, 09:02</strong>',
    );
    harness.setNow(new Date(started + 60_000).toISOString());
    const early = await post(jar, `${link}/check-in`, {
      sinceLastCheckIn: ['since.localSigns.bruising'],
      'pain.severity': '6',
      'pain.trend': 'worse',
    });
    expect(early.statusCode).toBe(429);
    expect(early.headers['retry-after']).toBe('60');
    expect(early.body).toContain('You can check in again from Tue 3 Mar, 09:02');
    expect(early.body).toMatch(/value="6" checked/);
    expect(early.body).toMatch(/value="worse" checked/);
    expect(early.body).toMatch(/value="since.localSigns.bruising" checked/);
    harness.setNow(new Date(started + 2 * 60_000).toISOString());
    expect((await harness.app.inject({ url: link, headers: { cookie: cookieHeader(jar) } })).body).toContain('Check in now');
  });

  it('a check-in with missing answers is shown again with the errors and the answers given', async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    const response = await post(jar, `${link}/check-in`, { 'pain.severity': '3' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toMatch(/value="3" checked/);
  });

  it('offers a printable summary, a one-page PDF, FHIR, an export and a real delete', async () => {
    const jar: Jar = { cookies: {} };
    const link = await startFromResult(jar);
    expect((await harness.app.inject({ url: `${link}/report` })).body).toContain('Aftercare recovery summary');
    const pdf = await harness.app.inject({ url: `${link}/report.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const exported = (await harness.app.inject({ url: `${link}/export.json` })).json();
    expect(exported.checkIns).toHaveLength(1);
    expect((await harness.app.inject({ url: `${link}/delete` })).body).toContain('cannot be undone');
    await post(jar, `${link}/delete`, {});
    expect((await harness.app.inject({ url: link })).statusCode).toBe(404);
    expect(jar.cookies.aftercare_diaries).toBe('');
  });
});

describe('a diary begun under policy 2, checked in on the web', () => {
  it('asks the bleeding question once, then carries the answer; the new check-ins are under policy 3, the old one marked', async () => {
    const { token } = await createDiary();
    const person = new Visitor(harness.app);
    const bleeding = 'A condition that makes me bleed easily';
    expect((await person.get(`/diary/${token}/check-in`)).body).toContain(bleeding);
    harness.setNow('2026-03-03T09:05:00Z');
    const unanswered = await person.post(`/diary/${token}/check-in`, shortCheckIn(), { csrf: false });
    expect(unanswered.statusCode).toBe(422);
    const saved = await person.post(
      `/diary/${token}/check-in`,
      { ...shortCheckIn(), bleedingRisk: 'general.bleedingTendency' },
      { csrf: false },
    );
    expect(saved.statusCode).toBe(303);
    expect((await person.get(`/diary/${token}/check-in`)).body).not.toContain(bleeding);
    harness.setNow('2026-03-03T09:10:00Z');
    expect((await person.post(`/diary/${token}/check-in`, shortCheckIn(['localSigns.bruising']), { csrf: false })).statusCode).toBe(303);
    const diary = (await harness.app.inject({ url: `/api/v1/diaries/${token}` })).json();
    const checkIns = diary.checkIns as {
      report: { general: Record<string, boolean> };
      assessment: { policyVersion: string; reasons: { code: string }[] };
    }[];
    expect(checkIns.map((c) => c.assessment.policyVersion)).toEqual(['2', '3', '3']);
    expect(checkIns.map((c) => c.report.general.bleedingTendency)).toEqual([undefined, true, true]);
    // Carried: a bruise with a bleeding tendency is policy 3's see-clinician reason.
    expect(checkIns[2]!.assessment.reasons.map((r) => r.code)).toContain('bruising-with-bleeding-tendency');
    const page = (await harness.app.inject({ url: `/diary/${token}` })).body;
    expect(page.split(`(${olderPolicyMark})`)).toHaveLength(2);
  });

  it('a check-in stopped at an emergency answer carries nothing to the next: its bleeding answer is asked again', async () => {
    const { token } = await createDiary();
    const person = new Visitor(harness.app);
    const bleeding = 'A condition that makes me bleed easily';
    harness.setNow('2026-03-03T09:05:00Z');
    const stopped = await person.post(
      `/diary/${token}/check-in`,
      // Sent as the sign is ticked, before the pain is answered: kept as it stopped.
      { sinceLastCheckIn: 'since.bladderBowel.bowelControlLoss', bleedingRisk: 'general.bleedingTendency' },
      { csrf: false },
    );
    expect(stopped.headers.location).toBe('/emergency');
    const kept = (await harness.app.inject({ url: `/api/v1/diaries/${token}` })).json().checkIns[1];
    expect(kept.stopped).toBe(true);
    expect(kept.report.general.bleedingTendency).toBe(true);
    // The next check-in carries from the last whole one, policy 2's, which has no bleeding answer: asked again.
    expect((await person.get(`/diary/${token}/check-in`)).body).toContain(bleeding);
  });
});
