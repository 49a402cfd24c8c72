// Sending a page: HTML, never cached (answers and diaries are personal), with its status.
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sendPage = (reply: FastifyReply, body: string, status = 200) =>
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

/** A form post's fields (every body arrives as text). */
export const formOf = (request: FastifyRequest) => new URLSearchParams(typeof request.body === 'string' ? request.body : '');
