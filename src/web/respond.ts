// Sending a page: HTML, never cached (answers and diaries are personal), with its status.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentLanguage } from '../i18n/request.ts';

/** A page, in the request's language (said in `Content-Language`, as its `<html lang>` says it). */
export const sendPage = (reply: FastifyReply, body: string, status = 200) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-language', contentLanguage(reply.request))
    .send(body);

/** A form post's fields (every body arrives as text). */
export const formOf = (request: FastifyRequest) => new URLSearchParams(typeof request.body === 'string' ? request.body : '');
