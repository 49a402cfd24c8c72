// Bad input is never a 500 (second audit, finding 8): a NUL byte or another control character in a path, and a
// request line or %-escape that cannot be read, are answered 400 in the project's error shape, over a real socket,
// with no stack trace in the log.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicHarness, type ClinicHarness } from '../../test/support/clinic.ts';
import type { Visitor } from '../../test/support/browserless.ts';
import { rawRequest } from '../../test/support/raw-http.ts';

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
