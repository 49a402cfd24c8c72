// Where the server posts a reminder (second audit, finding 1): the endpoint check, the addresses it never reaches,
// and the agent that checks them when it connects. The legacy `url.parse` is called here, and only here: web-push
// sends with it, and every endpoint the check keeps must reach through it what the WHATWG parser read.
import { execFileSync } from 'node:child_process';
import { request } from 'node:https';
import { parse as legacyParse } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEndpoints, bypassEndpoints } from '../../test/support/push-endpoints.ts';
import { testPushService, type TestPushService } from '../../test/support/push-service.ts';
import { say } from '../contract/sentence.ts';
import { languages } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { endpointProblem, isPublicAddress, publicOnlyLookup, pushAgent } from './push-endpoint.ts';

/** Where a request goes as web-push's `url.parse` reads the endpoint, and as the WHATWG parser reads it. */
function readings(endpoint: string) {
  const legacy = legacyParse(endpoint);
  const url = new URL(endpoint);
  return {
    legacy: { protocol: legacy.protocol, auth: legacy.auth, hostname: legacy.hostname, port: legacy.port ?? '', path: legacy.path },
    whatwg: { protocol: url.protocol, auth: null, hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}` },
  };
}

describe('second audit 1: a push endpoint is checked the way it is sent', () => {
  it.each(browserEndpoints)('keeps a browser push service endpoint: %s', (endpoint) => {
    expect(endpointProblem(endpoint)).toBeNull();
    const { legacy, whatwg } = readings(endpoint);
    expect(legacy).toEqual(whatwg);
  });

  it.each(bypassEndpoints)('refuses %j', (endpoint) => {
    expect(endpointProblem(endpoint)).not.toBeNull();
  });

  it('refuses what is not a string, and names the field in every refusal, in every language', () => {
    const refusals = [
      ...[undefined, null, 42, {}, ['https://fcm.googleapis.com/x']].map((value) => endpointProblem(value)),
      ...bypassEndpoints.map((endpoint) => endpointProblem(endpoint)),
    ];
    for (const language of languages)
      for (const refusal of refusals) expect(say(translator(language), refusal!), language).toMatch(/^endpoint \p{L}/u);
    // Each language in its own words: the Spanish refusal of a plain http address is not the English one.
    const http = endpointProblem('http://fcm.googleapis.com/x')!;
    expect(say(translator('en'), http)).toBe('endpoint must be an https URL');
    expect(say(translator('es'), http)).toBe('endpoint debe ser una URL https');
  });

  it('second audit 8: a NUL byte or another control character anywhere in an endpoint is refused as such, before any parser reads it', () => {
    // The WHATWG parser drops one at either end and escapes one in the path, so the refusal must not depend on it.
    const controls = ['\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f', ' '];
    const places = (c: string) => [
      `${c}https://fcm.googleapis.com/fcm/send/x`,
      `https://fcm${c}.googleapis.com/fcm/send/x`,
      `https://fcm.googleapis.com/fcm/send/x${c}y`,
      `https://fcm.googleapis.com/fcm/send/x${c}`,
    ];
    for (const c of controls)
      for (const endpoint of places(c))
        expect(endpointProblem(endpoint), JSON.stringify(endpoint)).toEqual({ id: 'diary.push.endpoint.unprintable' });
    // Escaped, it is text like any other: a push service may hand out any path.
    expect(endpointProblem('https://fcm.googleapis.com/fcm/send/x%00y')).toBeNull();
  });

  it('the legacy parser that web-push sends with reads the audit string as 127.0.0.1: both parsers must agree', () => {
    for (const endpoint of [
      'https://127.0.0.1;.fcm.googleapis.com/x',
      "https://fcm.googleapis.com/a'b",
      'https://fcm.googleapis.com/a|b',
    ]) {
      const { legacy, whatwg } = readings(endpoint);
      expect(legacy).not.toEqual(whatwg);
      expect(endpointProblem(endpoint)).not.toBeNull();
    }
  });

  it('every endpoint kept is read alike by both parsers, whatever its path and query hold (2,000 endpoints)', () => {
    // Every printable ASCII character, some beyond, and the percent escapes, most often the ones a token is made of.
    const printable = Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k));
    const character = fc.oneof(
      { arbitrary: fc.constantFrom(...'abcXYZ019-_./?=%'), weight: 3 },
      { arbitrary: fc.constantFrom(...printable, 'é', '\u00a0', '\u3002', '\uff0f', '%2F', '%3f', '%25', '%00'), weight: 2 },
    );
    const extra = ['https://127.0.0.1:4443'];
    let kept = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('https://fcm.googleapis.com', 'https://wns2-par02p.notify.windows.com', ...extra),
        fc.string({ unit: character, maxLength: 40 }),
        (origin, rest) => {
          const endpoint = `${origin}/${rest}`;
          if (endpointProblem(endpoint, extra) !== null) return;
          kept++;
          const { legacy, whatwg } = readings(endpoint);
          expect(legacy).toEqual(whatwg);
        },
      ),
      { numRuns: 2000 },
    );
    // Not a vacuous property: most endpoints drawn are kept and compared.
    expect(kept).toBeGreaterThan(500);
  });

  it('the check itself calls no deprecated API: Node 24 warns on `url.parse` (DEP0169), and a warning here is an error', () => {
    const script = `const { endpointProblem } = await import('./src/diary/push-endpoint.ts');
      for (const endpoint of ${JSON.stringify([...browserEndpoints, ...bypassEndpoints])}) endpointProblem(endpoint);`;
    const run = () =>
      execFileSync(process.execPath, ['--throw-deprecation', '--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: new URL('../..', import.meta.url),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    expect(run).not.toThrow();
  });

  it('an extra origin (the tests’ service on loopback) is allowed by its exact origin only', () => {
    const extra = ['https://127.0.0.1:4443'];
    expect(endpointProblem('https://127.0.0.1:4443/push/abc', extra)).toBeNull();
    expect(endpointProblem('https://127.0.0.1:4444/push/abc', extra)).not.toBeNull();
    expect(endpointProblem('https://u:p@127.0.0.1:4443/push/abc', extra)).not.toBeNull();
  });
});

describe('second audit 1: the addresses a push is never sent to', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.254',
    '0.0.0.0',
    '::',
    '::1',
    'fe80::1',
    'febf::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    // NAT64 (RFC 6052) and 6to4 (RFC 3056) carry an IPv4 address to a gateway: a private one is refused.
    '64:ff9b::7f00:1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b::c0a8:101',
    '64:ff9b:1::808:808',
    '2002:7f00:1::1',
    '2002:a00:1::',
    '2002:a9fe:a9fe:0:0:0:0:1',
    'localhost',
    '',
  ])('refuses %s', (address) => expect(isPublicAddress(address)).toBe(false));

  it.each([
    '142.250.74.10',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2a00:1450:4007:80e::200a',
    '::ffff:8.8.8.8',
    // A public push service reached through NAT64 (DNS64 gives it such an address) or 6to4.
    '64:ff9b::8efa:4a0a',
    '64:ff9b::142.250.74.10',
    '2002:808:808::1',
  ])('allows %s', (address) => expect(isPublicAddress(address)).toBe(true));

  const lookupWith = (addresses: { address: string; family: number }[], all: boolean) =>
    new Promise<unknown>((resolve) =>
      publicOnlyLookup((_name, _options, callback) => callback(null, addresses))('push.example', { all }, (error, result) =>
        resolve(error ? error.code : result),
      ),
    );

  it('a name is refused when any one of the addresses it resolves to is not public', async () => {
    const mixed = [
      { address: '142.250.74.10', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    expect(await lookupWith(mixed, true)).toBe('EADDRNOTPUBLIC');
    expect(await lookupWith(mixed, false)).toBe('EADDRNOTPUBLIC');
    expect(await lookupWith([{ address: '::ffff:127.0.0.1', family: 6 }], false)).toBe('EADDRNOTPUBLIC');
    expect(await lookupWith([{ address: '142.250.74.10', family: 4 }], false)).toBe('142.250.74.10');
    expect(await lookupWith([{ address: '142.250.74.10', family: 4 }], true)).toEqual([{ address: '142.250.74.10', family: 4 }]);
  });
});

describe('second audit 1: the sending agent refuses what is not public when it connects', () => {
  let service: TestPushService;
  beforeAll(async () => {
    service = await testPushService();
  });
  afterAll(() => service.close());

  const post = (url: string, agent: ReturnType<typeof pushAgent>) =>
    new Promise<string>((resolve) => {
      const sent = request(url, { method: 'POST', agent }, (response) => {
        response.resume();
        resolve(String(response.statusCode));
      });
      sent.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      sent.end();
    });

  it('a loopback address, written as such or behind a name, is never connected to', async () => {
    const port = new URL(service.origin).port;
    const agent = pushAgent({ ca: service.certificate });
    expect(await post(`${service.origin}/push/x`, agent)).toBe('EADDRNOTPUBLIC');
    expect(await post(`https://localhost:${port}/push/x`, agent)).toBe('EADDRNOTPUBLIC');
    expect(service.received).toEqual([]);
    agent.destroy();
  });

  it('an origin it is told to reach (the tests’ push service) it reaches', async () => {
    const agent = pushAgent({ ca: service.certificate, extraOrigins: [service.origin] });
    expect(await post(`${service.origin}/push/unknown`, agent)).toBe('404');
    agent.destroy();
  });
});
