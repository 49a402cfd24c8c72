// The assessment API answers its words in the language of Accept-Language (the best of Aftercare's four, else
// English), says which in Content-Language, and varies on it; its codes are the same in every language.
import { afterAll, describe, expect, it } from 'vitest';
import { report, report1, report3 } from '../../test/support/reports.ts';
import { validateAssessment } from '../contract/validate.ts';
import { catalogues, translator } from '../i18n/messages.ts';
import { buildApp } from './app.ts';

const app = buildApp({ rateLimits: { assessmentsPerMinute: 1_000_000, diariesPerHour: 1_000_000, devicesPerHour: 1_000_000 } });
afterAll(() => app.close());

const post = (version: 1 | 2 | 3, payload: unknown, acceptLanguage?: string) =>
  app.inject({
    method: 'POST',
    url: `/api/v${version}/assessments`,
    payload: JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...(acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage }) },
  });

const emergency = report3({ nerve: { saddleNumbness: true } });
const codesOf = (body: string) => {
  const { summary: _summary, disclaimer: _disclaimer, reasons, plan, contributors, ...rest } = JSON.parse(body);
  return {
    ...rest,
    reasons: reasons.map(({ explanation: _explanation, ...reason }: Record<string, unknown>) => reason),
    actions: plan.actions.map(({ text: _text, ...action }: Record<string, unknown>) => action),
    contributors: contributors.map(({ name: _name, explanation: _explanation, ...contributor }: Record<string, unknown>) => contributor),
  };
};

describe('POST /api/v1|v2|v3/assessments in the language asked for', () => {
  it('answers in the best of Accept-Language’s languages, with Content-Language and Vary, and the same codes', async () => {
    const english = await post(3, emergency);
    const spanish = await post(3, emergency, 'pt-BR, es-MX;q=0.8, en;q=0.5');
    expect(spanish.statusCode).toBe(200);
    expect(spanish.headers['content-language']).toBe('es');
    expect(spanish.headers.vary).toContain('Accept-Language');
    const body = JSON.parse(spanish.body);
    expect(body.summary.title).toBe(catalogues.es['engine.level.emergency.title']);
    expect(body.reasons[0].explanation).toBe(catalogues.es['engine.reason.saddle-numbness.explain']);
    expect(validateAssessment(body)).toBe(true);
    expect(codesOf(spanish.body)).toEqual(codesOf(english.body));
    const german = await post(2, report({ general: { fever: true } }), 'de-AT');
    expect(german.headers['content-language']).toBe('de');
    expect(JSON.parse(german.body).summary.doNow).toBe(catalogues.de['engine.level.urgent.doNow']);
    const french = await post(1, report1(), 'fr-CA');
    expect(french.headers['content-language']).toBe('fr');
    expect(JSON.parse(french.body).disclaimer).toBe(catalogues.fr['shell.notADiagnosis']);
  });

  it('answers in English, saying so, without Accept-Language or with none of its languages; v1 in English is as before', async () => {
    const none = await post(1, report1());
    expect(none.headers['content-language']).toBe('en-GB');
    expect(none.headers.vary).toContain('Accept-Language');
    expect((await post(1, report1(), 'ja, zh;q=0.9')).body).toBe(none.body);
    expect((await post(1, report1(), 'en-US')).body).toBe(none.body);
    expect(JSON.parse(none.body).summary.title).toBe('This sounds like normal soreness after a massage');
  });

  it('a malformed or over-long header falls back to English and is never echoed', async () => {
    const long = `es,${'x'.repeat(200)}`;
    const tooLong = await post(3, emergency, long);
    expect(tooLong.headers['content-language']).toBe('en-GB');
    expect(tooLong.body).not.toContain('xxxxxxxx');
    expect(JSON.stringify(tooLong.headers)).not.toContain('xxxxxxxx');
    const garbled = await post(3, emergency, 'es;q=abc<script>, ;;;');
    expect(garbled.statusCode).toBe(200);
    expect(garbled.body).not.toContain('<script>');
    expect(JSON.stringify(garbled.headers)).not.toContain('<script>');
    const refusedAll = await post(3, emergency, 'es;q=0, fr;q=0');
    expect(refusedAll.headers['content-language']).toBe('en-GB');
  });

  it("the engine's refusals of a report's times, in the asked language with the same code (English as before)", async () => {
    const early = await post(3, report3({ reportedAt: '2026-03-01T00:00:00Z' }), 'es');
    expect(early.json()).toMatchObject({
      error: { code: 'report-before-massage', message: translator('es')('questionnaire.api.report-before-massage') },
    });
    const late = await post(3, report3({}, 24 * 40 + 5), 'de');
    expect(late.json()).toMatchObject({
      error: { code: 'out-of-scope', message: translator('de')('questionnaire.api.out-of-scope', { days: 40 }) },
    });
    expect(late.json().error.message).toContain('40 Tage');
    expect((await post(3, report3({}, 24 * 40 + 5))).json().error.message).toBe(
      'This report is 40 days after the massage. Aftercare covers the 30 days (720 hours) after a massage; for pain after that, see a doctor or physiotherapist.',
    );
  });

  // lang17b
  it('a body that is not JSON is refused in the asked language, saying where, with none of the parser’s English', async () => {
    const sendText = (text: string, acceptLanguage: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v3/assessments',
        payload: text,
        headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage },
      });
    for (const language of ['es', 'fr', 'de'] as const) {
      const t = translator(language);
      const cut = await sendText('{"pain": {', language);
      expect(cut.statusCode).toBe(400);
      expect(cut.json().error).toEqual({ code: 'malformed-json', message: t('questionnaire.api.malformed-json', { place: 'end' }) });
      const comma = await sendText('{"pain": 1,}', language);
      expect(comma.json().error.message).toBe(t('questionnaire.api.malformed-json', { place: 'at', line: 1, column: 12 }));
      for (const answer of [cut, comma, await sendText('nope', language)])
        expect(answer.json().error.message, language).not.toMatch(/JSON input|in JSON at|Unexpected|Expected|is not valid JSON/);
    }
  });
});
