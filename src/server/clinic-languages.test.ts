// A clinic member's own language (issue 17): their pages and mails are in it, whatever the device's; the client's
// consent page is in the client's. In-process on a real embedded database.
import { afterEach, describe, expect, it } from 'vitest';
import { Visitor } from '../../test/support/browserless.ts';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';

let h: ClinicHarness;
afterEach(async () => h?.close());

/** Chooses a language with the chooser every page has, as a person taps it. */
async function choose(who: Visitor, language: string, back = '/') {
  const chosen = await who.post('/language', { language, back }, { csrf: false });
  expect(chosen.statusCode, chosen.body).toBe(303);
}

/** The stored language of the member with this email. */
const storedLanguage = async (email: string) =>
  (await h.database.db.selectFrom('users').select('language').where('email', '=', email).executeTakeFirstOrThrow()).language;

/** An admin reading English, and a therapist who joined from a browser in German. */
async function clinicOfTwoLanguages() {
  const admin = await h.signUp('Calm Hands', 'admin@example.org');
  await admin.get('/clinic/members');
  const invited = await admin.post('/clinic/members', { name: 'Thea', email: 'thea@example.org', role: 'therapist' });
  expect(invited.statusCode, invited.body).toBe(303);
  const therapist = new Visitor(h.app);
  await choose(therapist, 'de');
  await h.accept('thea@example.org', therapist);
  return { admin, therapist };
}

// Each test signs members up with real password hashing: slow on a busy machine.
const slow = 120_000;

describe("a clinic member's own language", () => {
  it(
    'is the one they joined in: the dashboard is German for a German member and English for an English one of the same clinic',
    async () => {
      h = await clinicHarness();
      const { admin, therapist } = await clinicOfTwoLanguages();
      expect(await storedLanguage('thea@example.org')).toBe('de');
      expect(await storedLanguage('admin@example.org')).toBe('en');
      await h.recordSession(therapist, 'Client K');

      const german = await therapist.get('/clinic');
      expect(german.headers['content-language']).toBe('de');
      expect(german.body).toContain('<html lang="de">');
      expect(german.body).toContain('<h1>Wer Aufmerksamkeit braucht</h1>');
      expect(german.body).toContain('Wartet auf die Kundin oder den Kunden');
      expect(german.body).not.toContain('Who needs attention');

      const english = await admin.get('/clinic');
      expect(english.headers['content-language']).toBe('en-GB');
      expect(english.body).toContain('<h1>Who needs attention</h1>');
      expect(english.body).toContain('Waiting for the client');
      expect(english.body).not.toContain('Wer Aufmerksamkeit braucht');
    },
    slow,
  );

  it(
    'follows the member to a device that speaks another language, until they choose another with the chooser',
    async () => {
      h = await clinicHarness();
      await clinicOfTwoLanguages();
      // A shared tablet in French: the German member still reads German once signed in.
      const tablet = new Visitor(h.app);
      await choose(tablet, 'fr');
      expect((await h.signIn('thea@example.org', tablet)).statusCode).toBe(303);
      expect((await tablet.get('/clinic/alerts')).body).toContain('<h1>Benachrichtigungen</h1>');
      // Choosing Spanish while signed in is one tap, and makes Spanish the member's own: on every device, and in mails.
      await choose(tablet, 'es', '/clinic/alerts');
      expect(await storedLanguage('thea@example.org')).toBe('es');
      expect((await tablet.get('/clinic/alerts')).body).toContain('<h1>Avisos</h1>');
      const laptop = new Visitor(h.app);
      expect((await h.signIn('thea@example.org', laptop)).statusCode).toBe(303);
      expect((await laptop.get('/clinic')).body).toContain('<h1>Quién necesita atención</h1>');
      // A language Aftercare does not speak changes nothing of the member's.
      await choose(laptop, 'xx');
      expect(await storedLanguage('thea@example.org')).toBe('es');
    },
    slow,
  );

  it(
    'is the language of the errors said to them; before signing in, the browser’s is',
    async () => {
      h = await clinicHarness();
      const { therapist } = await clinicOfTwoLanguages();
      // The page of an expired form is in the member's language (its words are the error page's own).
      const refused = await therapist.post('/clinic/alerts', { _csrf: 'x'.repeat(43) }, { csrf: false });
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain('<html lang="de">');
      // A record outside their scope, asked of the clinic's API: the error's message is the member's.
      const missing = await therapist.get('/api/v1/clinic/sessions/00000000-0000-4000-8000-000000000000');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { code: 'not-found', message: 'Diese Akte gibt es in Ihrer Praxis nicht.' } });
      // Before signing in there is no member: a used link says so in the browser's language.
      const stranger = new Visitor(h.app);
      const gone = await stranger.get(`/clinic/reset/${'a'.repeat(43)}`, { 'accept-language': 'fr-FR' });
      expect(gone.statusCode).toBe(410);
      expect(gone.body).toContain('Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.');
      const api = await stranger.get('/api/v1/clinic/sessions', { 'accept-language': 'es' });
      expect(api.statusCode).toBe(401);
      expect(api.json()).toMatchObject({ error: { message: 'Inicia sesión primero.' } });
    },
    slow,
  );

  it(
    'writes each alert in its recipient’s language, and a reset mail in the member’s, whoever asks',
    async () => {
      h = await clinicHarness('2026-03-03T09:00:00Z', { jobs: { retryLimit: 1, retryDelaySeconds: 1 } });
      const { admin, therapist } = await clinicOfTwoLanguages();
      expect((await admin.submit('/clinic/alerts', { instant: 'yes', wholeClinic: 'yes' })).body).toContain(
        'Your alert settings are saved',
      );
      const { id, link } = await h.recordSession(therapist, 'Client Q');
      await h.clientFollowsUp(link, { 'general.fever': 'yes', alsoUnwell: 'none' });
      await h.jobs!.settled();
      await h.settled();
      const alerts = h.mail.filter((m) => m.text.includes(`/clinic/sessions/${id}`));
      const to = (email: string) => alerts.find((m) => m.to === email);
      expect(to('thea@example.org')).toMatchObject({
        subject: 'Aftercare: dringend, jemand aus Ihrer Kundschaft braucht heute noch Ihre Aufmerksamkeit',
      });
      expect(to('thea@example.org')!.text).toContain('Der Eintrag einer Kundin oder eines Kunden braucht Ihre Aufmerksamkeit.');
      expect(to('admin@example.org')).toMatchObject({ subject: 'Aftercare: urgent, a client needs your attention today' });
      expect(to('admin@example.org')!.text).toContain('A client’s check-in needs your attention.');

      // Asked for from an English browser, the reset link still goes out in the member's German.
      const stranger = new Visitor(h.app);
      await stranger.get('/clinic/reset');
      await stranger.post('/clinic/reset', { email: 'thea@example.org' });
      await h.settled();
      expect(h.mail.at(-1)).toMatchObject({ to: 'thea@example.org', subject: 'Aftercare: Wählen Sie ein neues Passwort' });
    },
    slow,
  );
});

describe("the client's consent page", () => {
  it(
    'is in the client’s language from their browser, not the clinic’s',
    async () => {
      h = await clinicHarness();
      const admin = await h.signUp('Calm Hands', 'admin@example.org');
      const { link } = await h.recordSession(admin, 'Client S');
      const client = new Visitor(h.app);
      const page = await client.get(`/follow-up/${link}`, { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
      expect(page.headers['content-language']).toBe('es');
      expect(page.body).toContain('<html lang="es">');
      expect(page.body).toContain('<h1>Cuidados después del masaje de Calm Hands</h1>');
      expect(page.body).toContain('Acepto compartir mis registros con Calm Hands');
      expect(page.body).toContain('¿Sentiste un dolor agudo durante el masaje?');
      expect(page.body).not.toContain('I agree to share my check-ins');
      // Its errors too, once the client keeps Spanish on the device with the chooser.
      await choose(client, 'es', `/follow-up/${link}`);
      const refused = await client.post(`/follow-up/${link}`, {});
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('Indica si sentiste un dolor agudo durante el masaje');
    },
    slow,
  );
});
