// Tokens for the clinic's forms, a second line behind cross-site.ts: signed in, the token is the session's own (kept
// in the database with it); before signing in, a random token in a cookie that each form carries back (double
// submit). Compared in constant time, whatever was sent.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Cookies } from './cookies.ts';
import { isToken } from '../store/tokens.ts';

export const csrfCookie = 'aftercare_csrf';

/** The token for this browser before it signs in, set as a cookie when it has none yet. */
export function formToken(cookies: Cookies, request: FastifyRequest, reply: FastifyReply): string {
  const existing = cookies.read(request, csrfCookie);
  if (existing && isToken(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  cookies.set(reply, csrfCookie, token);
  return token;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether the form's token is the expected one; any text at all may be sent, of any length or alphabet. */
export function sameToken(expected: string | undefined, sent: string | null | undefined): boolean {
  if (!expected || !sent || !isToken(expected)) return false;
  return timingSafeEqual(digest(expected), digest(sent));
}
