// The questionnaire's errors over HTTP in the reader's language: a form's in Accept-Language's, and the API's with
// the same code and paths as in English; the English error contract unchanged.
import { afterAll, describe, expect, it } from 'vitest';
import { report3 } from '../../test/support/reports.ts';
import { validateContractErrorBody, validateErrorBody } from '../contract/validate.ts';
import { languageTags } from '../i18n/languages.ts';
import { buildApp } from './app.ts';

const now = new Date('2026-03-03T09:00:00Z');
const app = buildApp({ web: { now: () => now, defaultTimeZone: 'UTC' } });
afterAll(() => app.close());

const postStep = (path: string, form: Record<string, string>, language?: string) =>
  app.inject({
    method: 'POST',
    url: path,
    payload: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(language ? { 'accept-language': language } : {}) },
  });

const postReport = (url: string, report: unknown, language?: string) =>
  app.inject({
    method: 'POST',
    url,
    payload: JSON.stringify(report),
    headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
  });

/** A report with a score out of range, an unknown field and a missing answer: three issues at three paths. */
const badReport = {
  massage: { endedAt: '2026-03-02T17:00:00Z' },
  pain: { severity: 11 },
  surprise: true,
  reportedAt: '2026-03-03T09:00:00Z',
};

describe('a form error in the reader’s language', () => {
  it('in Spanish, names the field in Spanish: its question above, what to do under it and in the summary', async () => {
    const response = await postStep('/check/red-flags', { 'bladderBowel.bladderControlLoss': 'no' }, 'es-ES,es;q=0.9');
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-language']).toBe(languageTags.es);
    const page = response.body;
    expect(page).toContain('<h2 id="error-summary-title">Hay un problema</h2>');
    // The field left blank, by its Spanish question, with its Spanish error linked from the summary.
    expect(page).toContain('¿Has dejado de poder controlar las heces?');
    expect(page).toContain('<a href="#q-bladderBowel-bowelControlLoss">Elige sí o no</a>');
    expect(page).toContain('<a href="#q-sinceMassage">Marca los que hayas tenido, o Ninguno de estos</a>');
    expect(page).not.toContain('Choose yes or no');
  });

  it('in English when the browser asks for a language Aftercare does not speak', async () => {
    const page = (await postStep('/check/red-flags', {}, 'ja')).body;
    expect(page).toContain('<a href="#q-bladderBowel-bowelControlLoss">Choose yes or no</a>');
    expect(page).toContain('There is a problem');
  });

  it('still stops at the first emergency answer, in any language', async () => {
    const response = await postStep('/check/red-flags', { 'bladderBowel.bladderControlLoss': 'yes' }, 'de');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/emergency');
  });
});

describe('the API’s errors in the reader’s language', () => {
  it('in French: the same code and paths as in English, the words in French, with Content-Language', async () => {
    const english = await postReport('/api/v3/assessments', badReport);
    const french = await postReport('/api/v3/assessments', badReport, 'fr-FR,fr;q=0.8');
    expect(french.statusCode).toBe(english.statusCode);
    expect(french.headers['content-language']).toBe(languageTags.fr);
    expect(french.headers.vary).toMatch(/Accept-Language/);
    const en = english.json().error;
    const fr = french.json().error;
    expect(fr.code).toBe('invalid-input');
    expect(fr.code).toBe(en.code);
    expect(fr.issues.map((issue: { path: string }) => issue.path)).toEqual(en.issues.map((issue: { path: string }) => issue.path));
    expect(fr.message).toMatch(/^Les données ne respectent pas le contrat \(\d+ problèmes\)\.$/);
    expect(fr.issues).toContainEqual({ path: 'surprise', message: 'n’est pas un champ connu' });
    expect(fr.issues).toContainEqual({ path: 'pain.severity', message: 'doit être au plus 10' });
    expect(validateErrorBody(french.json())).toBe(true);
  });

  it('keeps the English error exactly as the contract has always said it', async () => {
    const body = (await postReport('/api/v1/assessments', badReport)).json();
    expect(validateContractErrorBody(body)).toBe(true);
    expect(body.error.message).toMatch(/^The input does not match the contract \(\d+ problems\)\.$/);
    expect(body.error.issues).toContainEqual({ path: 'surprise', message: 'is not a known field' });
    expect(body.error.issues).toContainEqual({ path: 'pain.severity', message: 'must be at most 10' });
    expect(body.error.issues).toContainEqual({ path: 'bladderBowel', message: 'is required' });
  });

  it('words a missing follow-up’s reason in the reader’s language, at the same path', async () => {
    // Pain down the leg: policy 3 needs "one leg or both", and says why.
    const report = report3({ pain: { radiation: 'below-knee' } });
    const english = (await postReport('/api/v3/assessments', report)).json().error;
    const german = (await postReport('/api/v3/assessments', report, 'de')).json().error;
    expect(english.issues).toContainEqual({
      path: 'nerve.bothLegs',
      message: 'is needed because the pain reaches the leg, or there is numbness or tingling: say whether it is in one leg or both',
    });
    expect(german.issues.map((issue: { path: string }) => issue.path)).toEqual(english.issues.map((issue: { path: string }) => issue.path));
    expect(german.issues).toContainEqual({
      path: 'nerve.bothLegs',
      message:
        'ist nötig, denn die Schmerzen reichen bis ins Bein, oder es gibt ein Taubheitsgefühl oder Kribbeln: Geben Sie an, ob es in einem Bein oder in beiden ist',
    });
  });

  it('answers a malformed Accept-Language in English, without echoing it', async () => {
    const header = `fr${'x'.repeat(300)}`;
    const response = await postReport('/api/v3/assessments', badReport, header);
    expect(response.json().error.issues).toContainEqual({ path: 'surprise', message: 'is not a known field' });
    expect(response.body).not.toContain('xxxx');
  });
});
