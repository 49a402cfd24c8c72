// What a form's answer leaves for the page it redirects to (POST-redirect-GET): a notice, shown once on that page,
// and a new follow-up link, shown on its client's page for a few minutes. Both ride in short-lived cookies
// (HttpOnly, SameSite=Lax, Secure over HTTPS), so reloading the page shows them again without doing the work twice.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Cookies } from './cookies.ts';
import { isToken } from '../store/tokens.ts';

const noticeCookie = 'aftercare_notice';
const followUpCookie = 'aftercare_follow_up';
/** Long enough to follow the redirect; a notice is read once anyway. */
const noticeSeconds = 60;
/** How long a new follow-up link stays on its client's page, on the device that made it. */
export const followUpLinkMinutes = 15;
const longestNotice = 600;

/** Leaves `text` for the page at `path` (no query string), the next time this browser opens it. */
export function leaveNotice(cookies: Cookies, reply: FastifyReply, path: string, text: string): void {
  const value = Buffer.from(JSON.stringify({ path, text: text.slice(0, longestNotice) }), 'utf8').toString('base64url');
  cookies.set(reply, noticeCookie, value, { maxAgeSeconds: noticeSeconds });
}

/** The notice left for this page, if any; it is forgotten once shown. */
export function takeNotice(cookies: Cookies, request: FastifyRequest, reply: FastifyReply): string {
  const value = cookies.read(request, noticeCookie);
  if (!value) return '';
  cookies.clear(reply, noticeCookie);
  try {
    const notice: unknown = JSON.parse(Buffer.from(value.slice(0, 2 * longestNotice), 'base64url').toString('utf8'));
    if (typeof notice !== 'object' || notice === null) return '';
    const { path, text } = notice as { path?: unknown; text?: unknown };
    return path === request.url.split('?')[0] && typeof text === 'string' ? text.slice(0, longestNotice) : '';
  } catch {
    return '';
  }
}

/**
 * Keeps a new follow-up link for its session's page. Only its hash is stored with the session, so the page cannot
 * rebuild it; the therapist's own browser keeps it for a few minutes instead, and the page checks it is still the
 * session's link before showing it.
 */
export function keepFollowUpLink(cookies: Cookies, reply: FastifyReply, sessionId: string, token: string): void {
  cookies.set(reply, followUpCookie, `${sessionId}.${token}`, { maxAgeSeconds: followUpLinkMinutes * 60 });
}

/** The follow-up token this browser keeps for the session `sessionId`, if it keeps one. */
export function keptFollowUpToken(cookies: Cookies, request: FastifyRequest, sessionId: string): string | undefined {
  const [id, token] = (cookies.read(request, followUpCookie) ?? '').split('.');
  return id === sessionId && token !== undefined && isToken(token) ? token : undefined;
}

/** Forgets any follow-up link this browser keeps: on signing out, so the next member to sign in here does not see it. */
export const forgetFollowUpLink = (cookies: Cookies, reply: FastifyReply): void => cookies.clear(reply, followUpCookie);
