// POST /api/v1/assessments answered straight on node:http, ahead of Fastify's routing.
//
// It is the API's one hot path, and Fastify's general machinery (router, hooks, content-type parsing, reply)
// cost about a fifth of its throughput (docs/decisions/0008). The lane takes only the plain case: a POST to the
// exact path with a JSON content type and a Content-Length within the limit. It answers that exactly as the
// Fastify route does, with the same status, headers and body, which a test holds over real sockets. Everything
// else goes to Fastify, and so does everything once the server has begun to close.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { FastifyBaseLogger } from 'fastify';
import { serializeAssessment } from '../contract/serialize.ts';
import { assessText } from '../engine/assess-text.ts';
import { isNotable, logRequest } from './request-log.ts';
import { apiSecurityHeaders } from './security.ts';
import { bodyLimit, internalErrorBody, statusOf } from './status.ts';

export const assessmentsPath = '/api/v1/assessments';
export const jsonType = 'application/json; charset=utf-8';

export interface Answer {
  readonly status: number;
  readonly body: string;
}

/** The whole answer to a report's text: what both the lane and the Fastify route send. */
export function assessmentAnswer(text: string): Answer {
  const outcome = assessText(text);
  return outcome.ok
    ? { status: 200, body: serializeAssessment(outcome.assessment) }
    : { status: statusOf(outcome.error), body: JSON.stringify(outcome.error.toBody()) };
}

export interface LaneOptions {
  readonly log: FastifyBaseLogger;
  /** True once the server has begun to close: Fastify then answers 503 and closes connections itself. */
  readonly closing: () => boolean;
  /** The answer to a body's text; by default the assessment's. */
  readonly answer?: (text: string) => Answer;
}

/**
 * The JSON content types the lane takes, lower-cased. Fastify refuses a malformed media type (415) and reads any
 * other body as text; rather than copy its parser, the lane takes only what JSON clients send.
 */
const jsonTypes = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

/** A Content-Length the lane takes: plain digits, a body that is there and within the limit. */
function plainLength(header: string | undefined): boolean {
  if (header === undefined || !/^[0-9]{1,6}$/.test(header)) return false;
  const length = Number(header);
  return length > 0 && length <= bodyLimit;
}

/** The request listener for the server: the lane for its one case, Fastify for everything else. */
export function withAssessmentLane(fastify: RequestListener, options: LaneOptions): RequestListener {
  const answerTo = options.answer ?? assessmentAnswer;
  let served = 0;
  // As name, value pairs: Node writes a flat list without walking an object's keys.
  const fixedHeaders = [...Object.entries(apiSecurityHeaders).flat(), 'content-type', jsonType];

  function answer(request: IncomingMessage, response: ServerResponse, text: string, id: number, started: number): void {
    let reply: Answer;
    try {
      reply = answerTo(text);
    } catch (error) {
      options.log.error({ reqId: `lane-${id}`, err: error }, 'request failed');
      reply = { status: 500, body: JSON.stringify(internalErrorBody) };
    }
    response.writeHead(reply.status, [...fixedHeaders, 'content-length', String(Buffer.byteLength(reply.body))]);
    response.end(reply.body);
    const ms = performance.now() - started;
    if (isNotable(reply.status, ms)) logRequest(options.log, { reqId: `lane-${id}`, method: request.method, url: request.url, status: reply.status, ms });
  }

  return (request, response) => {
    if (
      request.method !== 'POST' ||
      request.url !== assessmentsPath ||
      request.headers['transfer-encoding'] !== undefined ||
      !jsonTypes.has(request.headers['content-type']?.toLowerCase() ?? '') ||
      !plainLength(request.headers['content-length']) ||
      options.closing()
    ) {
      fastify(request, response);
      return;
    }
    const id = ++served;
    const started = performance.now();
    // Node's parser holds the body to its Content-Length, so what arrives is the whole body and no more.
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, response, (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8'), id, started));
    // A client that goes away mid-body gets no answer; the error must not reach the process.
    request.on('error', () => response.destroy());
  };
}
