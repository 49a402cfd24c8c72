// A diary's language (issue 17): the one it was started in, or the one its owner chose later on their device; and
// its mails (confirmation and reminders, subject lines included), pushes, calendar and PDF written in it, whatever
// language the request that sent them was in. Mail through a real SMTP server on loopback, pushes through a push
// service on loopback that decrypts them as a device would, the PDF read back by poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appWithStore, engines } from '../../test/support/app-with-store.ts';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import { testPushService, type TestPushService } from '../../test/support/push-service.ts';
import { report } from '../../test/support/reports.ts';
import { testSmtp, type TestSmtp } from '../../test/support/smtp.ts';
import { smtpMailer } from '../clinic/mailer.ts';

let smtp: TestSmtp;
let push: TestPushService;
beforeAll(async () => {
  smtp = await testSmtp();
  push = await testPushService();
  await (await appWithStore()).close();
});
afterAll(async () => {
  await smtp.close();
  await push.close();
});

const site = 'https://aftercare.example.org';

describe.each(engines)("a diary's language (%s)", (engine) => {
  let h: ClinicHarness;
  afterEach(async () => {
    await h?.close();
    smtp.delivered.length = 0;
    push.received.length = 0;
  });

  async function harness() {
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      engine,
      app: {
        mailer: await smtpMailer(smtp.url, 'Aftercare <no-reply@aftercare.example.org>'),
        publicUrl: new URL(site),
        extraPushServices: [push.origin],
        pushCertificate: push.certificate,
      },
      jobs: { retryLimit: 1, retryDelaySeconds: 1 },
    });
  }

  /** Each diary's language, as the database keeps it. */
  const languageOf = async () => (await h.database.db.selectFrom('diaries').select('language').execute()).map((row) => row.language);

  it('is the language the diary was started in: the request’s', async () => {
    await harness();
    const start = (headers: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/diaries',
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify({ report: report(), timeZone: 'Europe/Berlin' }),
      });
    expect((await start({ 'accept-language': 'de-AT, en;q=0.5' })).statusCode).toBe(201);
    expect((await start({})).statusCode).toBe(201);
    expect((await start({ 'accept-language': 'pt-BR' })).statusCode).toBe(201);
    expect((await languageOf()).sort()).toEqual(['de', 'en', 'en']);
  });

  it('follows a language its owner chooses; then its mails, pushes, calendar and PDF are in it, whoever asks', async () => {
    await harness();
    const admin = await h.signUp('Calm Hands', 'admin@example.org');
    const { link } = await h.recordSession(admin, 'Client P');
    const { client, diary: token } = await h.clientFollowsUp(link, {});
    await h.jobs!.settled();
    smtp.delivered.length = 0;
    expect(await languageOf()).toEqual(['en']);

    // A browser that only asks for Spanish does not change it: the owner has not chosen.
    await client.get(`/diary/${token}`, { 'accept-language': 'es' });
    expect(await languageOf()).toEqual(['en']);
    // Choosing Spanish with the chooser, then opening the diary, does.
    expect((await client.post('/language', { language: 'es', back: `/diary/${token}` }, { csrf: false })).statusCode).toBe(303);
    await client.get(`/diary/${token}`);
    expect(await languageOf()).toEqual(['es']);

    // The confirmation mail, in Spanish (the request that asked for it is not: no cookie, no Accept-Language).
    const asked = await h.app.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/email`,
      payload: 'email=pat%40example.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    });
    expect(asked.statusCode, asked.body).toBe(303);
    await h.jobs!.settled();
    const [confirmation] = await smtp.waitFor(1);
    smtp.delivered.length = 0;
    expect(confirmation!.subject).toBe('Aftercare: confirma tus recordatorios por correo electrónico');
    expect(confirmation!.text).toContain('Alguien, probablemente tú, pidió a un diario de recuperación de Aftercare');
    expect(confirmation!.text).toContain('(funciona durante 3 días):');
    expect(confirmation!.text).toContain('Aftercare da información general; no es un diagnóstico.');
    expect(confirmation!.raw('content-language')).toBe('es');
    expect(confirmation!.text.replace(/https:\/\/\S+/g, '')).not.toMatch(/\b(the|this|link|diagnosis)\b/i);
    const confirm = new RegExp(`${site}(/reminders/confirm/[A-Za-z0-9_-]{43})`).exec(confirmation!.text)![1]!;
    expect((await h.app.inject({ method: 'POST', url: confirm })).statusCode).toBe(200);
    await h.jobs!.settled();

    // A device asks for reminders: the due and the missed reminder come by mail and by push, in Spanish.
    const on = await h.app.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/push`,
      payload: JSON.stringify(push.subscribe()),
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    });
    expect(on.statusCode, on.body).toBe(200);
    await h.jobs!.settled();
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Aftercare: es hora de hacer el registro de tu espalda',
      'Aftercare: tu registro de ayer',
    ]);
    for (const mail of mails) {
      expect(mail.text).toContain('(este enlace funciona durante 7 días):');
      expect(mail.text).toContain(
        'dificultad para controlar la orina o las heces, no esperes al registro: llama ahora a tu número de emergencias.',
      );
      expect(mail.text).toContain('Puedes detenerlos con un clic:');
      expect(mail.raw('content-language')).toBe('es');
      // No English word is left in it (its links are paths, not words).
      expect(mail.text.replace(/https:\/\/\S+/g, '')).not.toMatch(/\b(the|this|link|diagnosis|check-in)\b/i);
    }
    const pushes = await push.waitFor(2);
    expect(pushes.map((p) => p.message.title).sort()).toEqual(['Es hora de hacer el registro de tu espalda', 'Tu registro de ayer']);
    expect(pushes.map((p) => p.message.body).sort()[0]).toMatch(/^Si notas la espalda mejor/);
    for (const one of pushes) expect((one.message as { lang?: string }).lang).toBe('es');

    // The calendar, fetched by a request in English, is in the diary's Spanish and says so.
    const ics = (await h.app.inject({ url: `/diary/${token}/reminders.ics`, headers: { 'accept-language': 'en' } })).body;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Aftercare: ¿cómo está tu espalda?');
    expect(event.description).toMatch(/^Es hora de hacer el registro de tu espalda después del masaje(?: \(.+\))?\. Abre https:\/\//);
    expect(ics).toContain('SUMMARY;LANGUAGE=es:');

    // Choosing German: the PDF for a clinician is in German.
    await client.post('/language', { language: 'de', back: `/diary/${token}` }, { csrf: false });
    await client.get(`/diary/${token}`);
    expect(await languageOf()).toEqual(['de']);
    const pdf = await h.app.inject({ url: `/diary/${token}/report.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.rawPayload, encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Letzte Empfehlung:', 'Einträge', 'Eintrag Stunden Schmerz Stufe Gründe', 'Die Uhrzeiten sind in der Zeitzone'])
      expect(text).toContain(words);
  }, 120_000); // one diary's whole story: a clinic, a consent, four mails, two pushes, a calendar and a PDF
});
