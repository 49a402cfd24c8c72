// Cross-site request forgery protection for every form that changes something: a random token in an HttpOnly,
// SameSite cookie that each form carries back in a hidden field (double submit), compared in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSecure, readCookie, setCookie } from './cookies.ts';
import { isToken } from '../store/tokens.ts';

export const csrfCookie = 'aftercare_csrf';

/** The token for this browser, set as a cookie when it has none yet. */
export function csrfToken(request: FastifyRequest, reply: FastifyReply): string {
  const existing = readCookie(request.headers.cookie, csrfCookie);
  if (existing && isToken(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  reply.header('set-cookie', setCookie(csrfCookie, token, { secure: isSecure(request) }));
  return token;
}

export function csrfValid(request: FastifyRequest, form: URLSearchParams): boolean {
  const cookie = readCookie(request.headers.cookie, csrfCookie) ?? '';
  const sent = form.get('_csrf') ?? '';
  if (cookie.length !== 43 || sent.length !== 43) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(sent));
}
