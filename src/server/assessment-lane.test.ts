// The lane for POST /api/v1/assessments over real sockets: it takes exactly the plain case, and what it answers
// is what the Fastify route answers (`inject` goes to Fastify only), status, headers and body.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { inputText, vignettes } from '../../test/support/vignettes.ts';
import { buildApp } from './app.ts';
import { assessmentAnswer, withAssessmentLane, type LaneOptions } from './assessment-lane.ts';
import { bodyLimit } from './status.ts';

interface Sent {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface Request {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Send the body in pieces with chunked transfer encoding instead of a Content-Length. */
  readonly chunked?: boolean;
}

function send(base: string, { method = 'POST', path = '/api/v1/assessments', headers = { 'content-type': 'application/json' }, body, chunked = false }: Request): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const bytes = body === undefined ? undefined : Buffer.from(body);
    const outgoing = httpRequest(`${base}${path}`, {
      method,
      headers: { ...(bytes && !chunked ? { 'content-length': String(bytes.length) } : {}), ...headers },
    });
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    if (bytes && chunked) {
      outgoing.write(bytes.subarray(0, 5));
      outgoing.end(bytes.subarray(5));
    } else outgoing.end(bytes);
  });
}

/** The headers that say something about the answer (not the date or the connection). */
function answerHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = headers;
  return rest;
}

const listen = (server: Server) => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('the lane, alone: which requests it takes', () => {
  let delegated: string[] = [];
  let closing = false;
  let base = '';
  const fallback: RequestListener = (request, response) => {
    delegated.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => response.writeHead(299).end());
  };
  const server = createServer(withAssessmentLane(fallback, { log: pino({ level: 'silent' }), closing: () => closing }));
  beforeAll(async () => (base = await listen(server)));
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers a plain POST with a Content-Length itself', async () => {
    delegated = [];
    for (const type of ['application/json', 'Application/JSON; charset=UTF-8']) {
      const answer = await send(base, { body: JSON.stringify(report()), headers: { 'content-type': type } });
      expect(answer.status).toBe(200);
    }
    expect(delegated).toEqual([]);
  });
  it.each<[string, Request]>([
    ['no content type', { body: '{}', headers: {} }],
    ['another content type', { body: '{}', headers: { 'content-type': 'text/plain' } }],
    ['a malformed content type', { body: '{}', headers: { 'content-type': 'nonsense' } }],
    ['another method', { method: 'PUT', body: '{}' }],
    ['another path', { path: '/api/v1/assessments/', body: '{}' }],
    ['a query string', { path: '/api/v1/assessments?x=1', body: '{}' }],
    ['a chunked body', { body: JSON.stringify(report()), chunked: true }],
    ['no body', {}],
    ['an empty body', { body: '', headers: { 'content-length': '0' } }],
    ['a body over the limit', { body: 'x'.repeat(bodyLimit + 1) }],
  ])('leaves %s to Fastify', async (_name, request) => {
    delegated = [];
    expect((await send(base, request)).status).toBe(299);
    expect(delegated).toHaveLength(1);
  });
  it('leaves everything to Fastify once the server is closing (Fastify answers 503 then)', async () => {
    delegated = [];
    closing = true;
    try {
      expect((await send(base, { body: JSON.stringify(report()) })).status).toBe(299);
    } finally {
      closing = false;
    }
    expect(delegated).toHaveLength(1);
  });
  it('survives a client that leaves mid-body, and goes on answering', async () => {
    await new Promise<void>((resolve) => {
      const outgoing = httpRequest(`${base}/api/v1/assessments`, { method: 'POST', headers: { 'content-length': '1000' } });
      outgoing.on('error', () => resolve());
      outgoing.write('{"massage":', () => setTimeout(() => outgoing.destroy(), 20));
      outgoing.on('close', () => resolve());
    });
    expect((await send(base, { body: JSON.stringify(report()) })).status).toBe(200);
  });
});

describe('the lane, alone: failures and logs', () => {
  it('answers 500 with the internal error when answering throws, and logs it', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    const options: LaneOptions = { log, closing: () => false, answer: () => { throw new Error('boom'); } };
    const server = createServer(withAssessmentLane(() => { throw new Error('not delegated'); }, options));
    const base = await listen(server);
    try {
      const answer = await send(base, { body: '{}' });
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.body).error.code).toBe('internal');
      expect(lines.some((line) => line.includes('"msg":"request failed"') && line.includes('boom'))).toBe(true);
      expect(lines.some((line) => line.includes('"status":500'))).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
  it('logs a refused request as the Fastify side does (method, URL, status, time)', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    const server = createServer(withAssessmentLane(() => {}, { log, closing: () => false }));
    const base = await listen(server);
    try {
      expect((await send(base, { body: '{"massage":' })).status).toBe(400);
      expect((await send(base, { body: JSON.stringify(report()) })).status).toBe(200);
      const logged = lines.map((line) => JSON.parse(line));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ msg: 'request', reqId: 'lane-1', method: 'POST', url: '/api/v1/assessments', status: 400 });
      expect(typeof logged[0].ms).toBe('number');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the lane in the app: the same answer as the Fastify route', () => {
  const app = buildApp();
  let base = '';
  beforeAll(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  async function same(body: string, contentType = 'application/json') {
    const viaLane = await send(base, { body, headers: { 'content-type': contentType } });
    const viaFastify = await app.inject({ method: 'POST', url: '/api/v1/assessments', payload: body, headers: { 'content-type': contentType } });
    expect(viaLane.status).toBe(viaFastify.statusCode);
    expect(viaLane.body).toBe(viaFastify.body);
    expect(answerHeaders(viaLane.headers)).toEqual(answerHeaders(viaFastify.headers));
    return viaLane;
  }

  it.each(vignettes.map((v) => [v.id, v] as const))('vignette %s', async (_id, vignette) => {
    await same(inputText(vignette));
  });
  it('a body that is not JSON, one with every issue, one before the massage', async () => {
    expect((await same('{"massage":')).status).toBe(400);
    expect((await same(JSON.stringify({ ...report(), extra: 1 }))).status).toBe(422);
    expect((await same(JSON.stringify(report({ reportedAt: '2026-03-01T00:00:00Z' })))).status).toBe(422);
  });
  it('whatever the content type, and with text that is not ASCII', async () => {
    for (const type of ['application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'nonsense', 'application/x-www-form-urlencoded']) {
      await same(JSON.stringify(report()), type);
    }
    await same(JSON.stringify({ ...report(), note: 'Schmerz im Rücken — 痛み 🙂' }));
  });
  it('any body at all, hostile or random', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.json({ maxDepth: 3 }), fc.constantFrom('['.repeat(5000), '\uFEFF{}', 'null', '1e999')), async (body) => {
        await same(body);
      }),
      { numRuns: 150 },
    );
  });
  it('what the lane leaves to Fastify still gets the contract answer: a chunked body, and one over the limit', async () => {
    const chunked = await send(base, { body: JSON.stringify(report()), chunked: true, headers: { 'content-type': 'application/json' } });
    expect(chunked.status).toBe(200);
    expect(chunked.body).toBe(assessmentAnswer(JSON.stringify(report())).body);
    const tooLarge = await send(base, { body: `{"x":"${'x'.repeat(bodyLimit)}"}`, headers: { 'content-type': 'application/json' } });
    expect(tooLarge.status).toBe(413);
  });
});
