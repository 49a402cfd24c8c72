// Bad input is never a 500 (second audit, finding 8): a NUL byte or another control character in a path, and a
// request line or %-escape that cannot be read, are answered 400 in the project's error shape, over a real socket,
// with no stack trace in the log.
import type { AddressInfo } from 'node:net';
import { errorCodes } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import type { Visitor } from '../../test/support/browserless.ts';
import { rawRequest } from '../../test/support/raw-http.ts';
import { translator } from '../i18n/messages.ts';
import { buildApp } from './app.ts';
import { asAppError } from './errors.ts';

describe('second audit 8: bad input is never a 500', () => {
  let h: ClinicHarness;
  let admin: Visitor;
  let origin: string;
  let port: number;
  const logged: string[] = [];
  beforeAll(async () => {
    h = await clinicHarness('2026-03-03T09:00:00Z', {
      app: { logger: { level: 'info', stream: { write: (line: string) => void logged.push(line) } } },
    });
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    port = (h.app.server.address() as AddressInfo).port;
    origin = `http://127.0.0.1:${port}`;
    admin = await h.signUp('Calm Hands', 'admin@example.org');
  });
  afterAll(() => h.close());

  const errorOf = (body: string) => (JSON.parse(body) as { error: { code: string; message: string } }).error;

  it('a NUL byte (%00) or another control character in a path is a 400 before any route or database sees it', async () => {
    for (const path of ['/clinic/sessions/%00', '/clinic/clients/a%00b', '/clinic/sessions/%1f/edit', '/clinic/members/%7F/disable']) {
      const page = await admin.get(path);
      expect(page.statusCode, path).toBe(400);
      expect(page.body, path).toContain('cannot be in a web address');
    }
    for (const path of ['/api/v1/clinic/sessions/%00', '/api/v1/diaries/%00/check-ins', '/api/v1/diaries/a%0Ab']) {
      const answer = await fetch(`${origin}${path}`);
      expect(answer.status, path).toBe(400);
      expect(errorOf(await answer.text()).code, path).toBe('bad-request');
    }
  });

  it('a %-escape that is not text is the project’s 400, not the framework’s', async () => {
    const api = await fetch(`${origin}/api/v1/diaries/%C0%80`);
    expect(api.status).toBe(400);
    expect(errorOf(await api.text()).code).toBe('bad-request');
    const page = await fetch(`${origin}/diary/%E0%A4%A`);
    expect(page.status).toBe(400);
    expect(page.headers.get('content-security-policy')).toBeTruthy();
    expect(await page.text()).toContain('cannot be in a web address');
  });

  it('a raw NUL byte in the request line is the project’s 400, before Fastify', async () => {
    for (const line of ['GET /diary/\u0000x HTTP/1.1', 'GET /\u0001 HTTP/1.1', 'POST /api/v2/assessments\u0000 HTTP/1.1']) {
      const answer = await rawRequest(port, `${line}\r\nHost: 127.0.0.1\r\n\r\n`);
      expect(answer.status, line).toBe(400);
      expect(errorOf(answer.body).code, line).toBe('bad-request');
    }
  });

  it('none of it logged a failure or a stack trace', () => {
    expect(logged.filter((line) => /"level":50|"stack"/.test(line))).toEqual([]);
  });
});

// lang17b
describe('Fastify’s own refusals are said in the reader’s language, never in Fastify’s English', () => {
  const app = buildApp({ rateLimits: { assessmentsPerMinute: 1_000_000, diariesPerHour: 1_000_000, devicesPerHour: 1_000_000 } });
  afterAll(() => app.close());
  const fastifyWords = /Request body is too large|Request body size did not match|Unsupported Media Type|aborted/;
  const post = (payload: string, headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/v3/assessments', payload, headers: { 'content-type': 'application/json', ...headers } });

  it('413 (a body too large) and 400 (a body shorter than its Content-Length), with their codes, in es, fr and de', async () => {
    for (const language of ['es', 'fr', 'de'] as const) {
      const t = translator(language);
      const large = await post('x'.repeat(70_000), { 'accept-language': language });
      expect([large.statusCode, large.json().error.code]).toEqual([413, 'body-too-large']);
      expect(large.json().error.message).toBe(t('questionnaire.api.body-too-large', { kib: '64' }));
      const short = await post('{}', { 'accept-language': language, 'content-length': '10' });
      expect([short.statusCode, short.headers['content-language']]).toEqual([400, language]);
      expect(short.json().error).toEqual({ code: 'bad-request', message: t('questionnaire.api.length-mismatch') });
      for (const answer of [large, short]) expect(answer.body, language).not.toMatch(fastifyWords);
    }
  });

  it('415, a content length that does not match and a cut-off stream keep their codes and say nothing of Fastify’s', () => {
    const spanish = translator('es');
    const refusals = [
      [new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), 'unsupported-media-type', 'questionnaire.api.unsupported-media-type'],
      [new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), 'body-too-large', 'questionnaire.api.body-too-large'],
      [new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH(), 'bad-request', 'questionnaire.api.length-mismatch'],
      [Object.assign(new Error('aborted'), { statusCode: 400 }), 'bad-request', 'questionnaire.api.unreadable'],
    ] as const;
    for (const [thrown, code, id] of refusals) {
      const body = asAppError(thrown).toBody(spanish);
      expect(body.error.code, thrown.message).toBe(code);
      expect(body.error.message, thrown.message).toBe(spanish(id, { kib: '64' }));
      expect(JSON.stringify(body), thrown.message).not.toContain(thrown.message);
    }
  });
});
