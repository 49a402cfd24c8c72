// The diary's pages in the reader's language (issue 17): every state of the diary, the check-in, the summary for a
// clinician, deleting, the list of diaries and the reminder pages, in Spanish, French and German, from the browser's
// Accept-Language or the language chosen on the device, with the catalogue's words and the date written that
// language's way. English stays the answer to a browser that asks for none of them.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { appWithStore } from '../../test/support/app-with-store.ts';
import { shortCheckIn } from '../../test/support/forms.ts';
import { checkInAnswers, report } from '../../test/support/reports.ts';
import { localTime } from '../present/time.ts';
import { languageCookie } from '../i18n/request.ts';
import type { Language } from '../i18n/languages.ts';
import { translator, type MessageId } from '../i18n/messages.ts';
import { hashToken } from '../store/tokens.ts';

let h: Awaited<ReturnType<typeof appWithStore>>;
afterEach(async () => {
  await h?.jobs?.settled();
  await h?.close();
});

/** A cookie as this app names it: its public address is https, so every cookie carries the `__Host-` prefix. */
const cookie = (name: string, value: string) => `__Host-${name}=${value}`;

const form = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

/** A diary with its first check-in, kept in the embedded database; reminders on (the app runs a job queue). */
async function diary() {
  h = await appWithStore('2026-03-03T09:00:00Z', undefined, {
    app: { publicUrl: new URL('https://aftercare.example.org') },
    jobs: { retryLimit: 0 },
  });
  const started = await h.app.inject({
    method: 'POST',
    url: '/api/v1/diaries',
    payload: JSON.stringify({ report: report(), timeZone: 'Europe/Madrid' }),
  });
  expect(started.statusCode, started.body).toBe(201);
  const { token } = JSON.parse(started.body) as { token: string };
  const { id } = await h.database.db.selectFrom('diaries').select('id').executeTakeFirstOrThrow();
  // A day on, the next check-in is open (the first was made just now).
  h.setNow('2026-03-04T09:00:00Z');
  return { token, id };
}

/** The page as its reader sees it: tags gone, entities read, white space folded. */
const textOf = (page: string) =>
  page
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** A message as it stands in a page's text (its placeholders and tags aside): the words between them. */
const wordsOf = (language: Language, id: MessageId, values: Record<string, string | number> = {}) =>
  textOf(translator(language)(id, { strong: (w: string[]) => w.join(''), ...values }));

/** Sentences of the diary's English pages that a Spanish reader must never meet. */
const englishPhrases = [
  'Your recovery diary',
  'Massage ended',
  'Next check-in',
  'Check in now',
  'Pain over time',
  'Reminders',
  'Email me reminders',
  'Keep your diary',
  'For your doctor',
  'Your data',
  'Delete this diary',
  'Times are',
  'Save a copy of everything',
  'earlier questions',
];

const languages = ['es', 'fr', 'de'] as const;

describe('the diary page in the reader’s language', { timeout: 120_000 }, () => {
  for (const language of languages)
    it(`${language}: from Accept-Language, with <html lang>, Content-Language, the catalogue’s words and the date its way`, async () => {
      const { token } = await diary();
      const page = await h.app.inject({ url: `/diary/${token}`, headers: { 'accept-language': `${language};q=0.9, en;q=0.1` } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-language']).toBe(language);
      expect(page.body).toContain(`<html lang="${language}">`);
      const text = textOf(page.body);
      const t = translator(language);
      for (const id of [
        'diary.title',
        'diary.keepLink.heading',
        'diary.now.checkIn',
        'diary.course.heading',
        'diary.checkIns.heading',
        'diary.checkIns.olderPolicyNote',
        'diary.reminders.heading',
        'diary.email.label',
        'diary.share.heading',
        'diary.data.export',
      ] as const)
        expect(text, id).toContain(wordsOf(language, id));
      // The massage ended at 17:00 in Madrid (report()'s massage), written the language's way, in the diary's zone.
      const ended = localTime(report().massage.endedAt, 'Europe/Madrid', language);
      expect(text).toContain(t('diary.lead', { when: ended, zone: t('pages.time.zone', { city: 'Madrid' }) }));
    });

  it('es: no English sentence of the diary’s own is left on the page', async () => {
    const { token } = await diary();
    const text = textOf((await h.app.inject({ url: `/diary/${token}`, headers: { 'accept-language': 'es-MX' } })).body);
    for (const phrase of englishPhrases) expect(text, phrase).not.toContain(phrase);
  });

  it('the check fails on an English page: the phrases are the English page’s own', async () => {
    const { token } = await diary();
    const text = textOf((await h.app.inject({ url: `/diary/${token}` })).body);
    for (const phrase of englishPhrases) expect(text, phrase).toContain(phrase);
  });

  it('de: the language chosen on the device wins over the browser’s', async () => {
    const { token } = await diary();
    const page = await h.app.inject({
      url: `/diary/${token}`,
      headers: { 'accept-language': 'fr', cookie: cookie(languageCookie, 'de') },
    });
    expect(page.body).toContain('<html lang="de">');
    expect(textOf(page.body)).toContain('Ihr Genesungstagebuch');
  });

  it('fr: the notices after a change of reminders, a device, an address waiting to confirm, and a new link', async () => {
    const { token, id } = await diary();
    const headers = { 'accept-language': 'fr' };
    await h.database.db
      .insertInto('push_subscriptions')
      .values({
        id: randomUUID(),
        diary_id: id,
        endpoint: 'https://fcm.googleapis.com/fcm/send/a',
        p256dh: 'k',
        auth: 'a',
        created_at: new Date(),
      })
      .execute();
    await h.database.db.updateTable('diaries').set({ reminder_email: 'pat@example.org' }).execute();
    const text = textOf((await h.app.inject({ url: `/diary/${token}?reminders=confirm-limit&link=new`, headers })).body);
    expect(text).toContain(wordsOf('fr', 'diary.notice.confirmLimit', { count: 3 }));
    expect(text).toContain('Aftercare a envoyé 3 e-mails à cette adresse');
    expect(text).toContain(wordsOf('fr', 'diary.devices.heading'));
    expect(text).toContain('Chrome, ou un navigateur semblable, ajouté le');
    expect(text).toContain(wordsOf('fr', 'diary.email.waiting', { address: 'pat@example.org' }));
    expect(text).toContain(wordsOf('fr', 'diary.link.new'));
  });

  it('es: a diary whose link its clinic once held offers a new one in Spanish', async () => {
    const { token } = await diary();
    await h.database.db.updateTable('diaries').set({ link_known_to_clinic: true }).execute();
    const text = textOf((await h.app.inject({ url: `/diary/${token}`, headers: { 'accept-language': 'es' } })).body);
    expect(text).toContain(wordsOf('es', 'diary.link.knownToClinic'));
    expect(text).toContain('Conseguir un nuevo enlace privado');
  });
});

describe('the check-in page in French', { timeout: 120_000 }, () => {
  it('asks in French, with the trend rule’s numbers and the save button', async () => {
    const { token } = await diary();
    const page = await h.app.inject({ url: `/diary/${token}/check-in`, headers: { 'accept-language': 'fr-CH' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="fr">');
    const text = textOf(page.body);
    expect(text).toContain(wordsOf('fr', 'questionnaire.check-in.section.title'));
    expect(text).toContain('Votre dernier score était 4.');
    expect(text).toContain(wordsOf('fr', 'diary.checkIn.trendLeftOpen'));
    expect(text).toContain('Enregistrer ce bilan');
    expect(text).toContain('Retour au journal');
    expect(text).not.toContain('Save this check-in');
  });

  it('says in French when the next check-in opens, with the time written the French way', async () => {
    const { token } = await diary();
    // The first check-in was made just now: the next one opens a little later.
    h.setNow('2026-03-03T09:00:00Z');
    const text = textOf((await h.app.inject({ url: `/diary/${token}/check-in`, headers: { 'accept-language': 'fr' } })).body);
    expect(text).toMatch(/Vous venez de faire un bilan\. Vous pourrez envoyer celui-ci à partir du mar\. 3 mars, 10:0\d/);
  });
});

describe('the other diary pages in each language', { timeout: 120_000 }, () => {
  for (const language of languages)
    it(`${language}: the summary for a clinician, deleting, deleted, not found, and the list of diaries`, async () => {
      const { token } = await diary();
      const headers = { 'accept-language': language };
      const summary = await h.app.inject({ url: `/diary/${token}/report`, headers });
      expect(summary.headers['content-language']).toBe(language);
      const summaryText = textOf(summary.body);
      for (const id of ['diary.summary.title', 'diary.summary.hoursAfter', 'diary.summary.reasons', 'diary.backToDiary'] as const)
        expect(summaryText, id).toContain(wordsOf(language, id));
      expect(summaryText).toContain(translator(language)('diary.summary.zone', { zone: 'Europe/Madrid' }));

      expect(textOf((await h.app.inject({ url: `/diary/${token}/delete`, headers })).body)).toContain(
        wordsOf(language, 'diary.delete.button'),
      );
      const list = await h.app.inject({ url: '/diaries', headers: { ...headers, cookie: cookie('aftercare_diaries', token) } });
      const count = translator(language)('diary.checkInCount', { count: 1 });
      expect(textOf(list.body)).toContain(`(${count})`);
      expect(textOf(list.body)).toContain(wordsOf(language, 'diary.diaries.heading'));

      const deleted = await h.app.inject({ method: 'POST', url: `/diary/${token}/delete`, headers: { ...headers, ...form } });
      expect(textOf(deleted.body)).toContain(wordsOf(language, 'diary.deleted.text'));
      const gone = await h.app.inject({ url: `/diary/${token}`, headers });
      expect(gone.statusCode).toBe(404);
      expect(textOf(gone.body)).toContain(wordsOf(language, 'diary.notFound.text'));
      expect(textOf((await h.app.inject({ url: '/diaries', headers })).body)).toContain(wordsOf(language, 'diary.diaries.none'));
    });

  it('es: the summary says which policy assessed which check-ins, in Spanish', async () => {
    const { token } = await diary();
    // A second check-in under the web's policy: the summary then names both.
    const added = await h.app.inject({
      method: 'POST',
      url: `/diary/${token}/check-in`,
      // A diary kept under policy 2 is asked the bleeding question once.
      payload: new URLSearchParams({ ...(shortCheckIn() as Record<string, string>), bleedingRisk: 'none' }).toString(),
      headers: form,
    });
    expect(added.statusCode, added.body).toBe(303);
    const text = textOf((await h.app.inject({ url: `/diary/${token}/report`, headers: { 'accept-language': 'es' } })).body);
    expect(text).toContain('Registro 1 con la política 2; registro 2 con la política 3.');
    expect(text).toContain('el triaje sigue la política 2 y 3 de Aftercare.');
  });
});

describe('the reminder pages', { timeout: 120_000 }, () => {
  /** A confirmation link for the diary's address, as the confirmation mail would carry it. */
  async function confirmation(id: string) {
    await h.database.db.updateTable('diaries').set({ reminder_email: 'pat@example.org' }).execute();
    const token = 'c'.repeat(43);
    await h.database.db
      .insertInto('diary_links')
      .values({
        token_hash: hashToken(token),
        diary_id: id,
        purpose: 'confirm',
        expires_at: new Date('2026-03-06T09:00:00Z'),
        address_hash: hashToken('pat@example.org'),
      })
      .execute();
    return token;
  }

  it('de: confirming email reminders asks and answers in German', async () => {
    const { id } = await diary();
    const token = await confirmation(id);
    const headers = { 'accept-language': 'de-AT' };
    const asked = await h.app.inject({ url: `/reminders/confirm/${token}`, headers });
    expect(asked.body).toContain('<html lang="de">');
    expect(textOf(asked.body)).toContain('Ja, Erinnerungen per E-Mail schicken');
    expect(textOf(asked.body)).toContain(wordsOf('de', 'diary.confirm.notYou'));
    const confirmed = await h.app.inject({ method: 'POST', url: `/reminders/confirm/${token}`, headers: { ...headers, ...form } });
    expect(textOf(confirmed.body)).toContain('Erinnerungen per E-Mail sind an');
    expect(textOf(confirmed.body)).toContain(wordsOf('de', 'diary.confirmed.text'));
    // Used once: the link is gone, and says so in German.
    const again = await h.app.inject({ url: `/reminders/confirm/${token}`, headers });
    expect(again.statusCode).toBe(404);
    expect(textOf(again.body)).toContain('Dieser Link funktioniert nicht mehr');
  });

  it('es: an address refused, in Spanish, and the English one for a browser that asks for no language of ours', async () => {
    const { token } = await diary();
    await h.database.db
      .insertInto('reminder_suppressions')
      .values({ address_hash: hashToken('gone@example.org'), created_at: new Date() })
      .execute();
    const refused = await h.app.inject({
      method: 'POST',
      url: `/diary/${token}/reminders/email`,
      payload: 'email=gone%40example.org',
      headers: { ...form, 'accept-language': 'es' },
    });
    expect(refused.statusCode).toBe(422);
    expect(textOf(refused.body)).toContain(wordsOf('es', 'diary.notice.suppressed'));
    expect(textOf(refused.body)).toContain('Hay un error: Recordatorios por correo electrónico');
    const english = await h.app.inject({ url: `/diary/${token}`, headers: { 'accept-language': 'ja, zh;q=0.5' } });
    expect(english.body).toContain('<html lang="en-GB">');
    expect(textOf(english.body)).toContain('Your recovery diary');
  });
});

describe("the diary API's refusals in the reader's language", { timeout: 120_000 }, () => {
  const asked = (language: string) => ({ 'accept-language': language, 'content-type': 'application/json' });
  const messageOf = (body: string) => (JSON.parse(body) as { error: { code: string; message: string } }).error;

  it('no diary, not shared, a check-in too soon, and too many new diaries: each in the asked language, with its code', async () => {
    const { token } = await diary();
    const nobody = await h.app.inject({ url: `/api/v1/diaries/${'A'.repeat(43)}`, headers: asked('de') });
    expect(messageOf(nobody.body)).toEqual({ code: 'not-found', message: translator('de')('diary.notFound.text') });
    const unshared = await h.app.inject({ url: `/api/v1/diaries/${token}/sharing`, headers: asked('fr') });
    expect(messageOf(unshared.body)).toEqual({ code: 'not-found', message: translator('fr')('diary.api.notShared') });

    const checkIn = (language = 'es') => {
      return h.app.inject({
        method: 'POST',
        url: `/api/v1/diaries/${token}/check-ins`,
        headers: asked(language),
        payload: JSON.stringify(checkInAnswers(report())),
      });
    };
    expect((await checkIn()).statusCode).toBe(201);
    const tooSoon = await checkIn();
    expect(tooSoon.statusCode).toBe(429);
    const when = localTime(new Date(Date.parse('2026-03-04T09:02:00Z')), 'Europe/Madrid', 'es');
    expect(messageOf(tooSoon.body)).toEqual({ code: 'too-many-requests', message: translator('es')('diary.api.tooSoon', { when }) });
  });

  it('a check-in too soon says when the next one opens in the words of the answer and on the diary’s clock, not the English the diary was started in', async () => {
    const { token } = await diary();
    const checkIn = (language: string) =>
      h.app.inject({
        method: 'POST',
        url: `/api/v1/diaries/${token}/check-ins`,
        headers: asked(language),
        payload: JSON.stringify(checkInAnswers(report())),
      });
    expect((await checkIn('en')).statusCode).toBe(201);
    // 09:02 UTC is 10:02 in Madrid, the diary's time zone; each language writes the day its own way.
    const opens = { es: 'mié, 4 mar, 10:02', fr: 'mer. 4 mars, 10:02', de: 'Mi., 4. März, 10:02' };
    for (const [language, when] of Object.entries(opens) as [Language, string][]) {
      const refused = await checkIn(language);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-language']).toBe(language);
      expect(messageOf(refused.body)).toEqual({ code: 'too-many-requests', message: translator(language)('diary.api.tooSoon', { when }) });
    }
  });

  it('too many new diaries from one address, in French, with the seconds to wait', async () => {
    h = await appWithStore('2026-03-03T09:00:00Z', undefined, {
      app: { rateLimits: { assessmentsPerMinute: 300, diariesPerHour: 1, devicesPerHour: 20 } },
    });
    const start = () =>
      h.app.inject({ method: 'POST', url: '/api/v1/diaries', headers: asked('fr'), payload: JSON.stringify({ report: report() }) });
    expect((await start()).statusCode).toBe(201);
    const refused = await start();
    expect(refused.statusCode).toBe(429);
    expect(messageOf(refused.body)).toEqual({
      code: 'too-many-requests',
      message: translator('fr')('diary.api.tooMany', { what: 'diaries', seconds: 3600 }),
    });
    expect(messageOf(refused.body).message).toMatch(/3\s600 secondes/u);
  });
});
