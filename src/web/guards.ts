// The guards in front of groups of routes, as Fastify hooks: a handler never repeats them. Signed-in routes load
// the member (pages send a stranger to sign in; the API answers 401) and check a form's token against the
// session's; forms before signing in carry the token of this browser's cookie; admin routes check the role.
import type { FastifyRequest, preHandlerAsyncHookHandler, preHandlerHookHandler } from 'fastify';
import { AppError } from '../contract/errors.ts';
import type { Accounts, Member } from '../clinic/accounts.ts';
import { answerIn } from '../i18n/request.ts';
import type { Cookies } from './cookies.ts';
import { csrfCookie, sameToken } from './csrf.ts';
import { formOf } from './respond.ts';

export const sessionCookie = 'aftercare_clinic';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in member, set by `requireMember`. */
    member?: Member;
    /** The session's form token, set by `requireMember`. */
    sessionCsrf?: string;
  }
}

const expired = (request: FastifyRequest) => new AppError('forbidden', request.t('clinic.error.expired'));
const isForm = (request: FastifyRequest) => request.method === 'POST';

/** Before signing in: a form's token must be the one this browser's cookie holds. */
export function checkFormToken(cookies: Cookies): preHandlerHookHandler {
  return (request, _reply, done) => {
    if (isForm(request) && !sameToken(cookies.read(request, csrfCookie), formOf(request).get('_csrf'))) return done(expired(request));
    done();
  };
}

export function requireMember(accounts: Accounts, cookies: Cookies, { api }: { api: boolean }): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    const signedIn = await accounts.session(cookies.read(request, sessionCookie));
    if (!signedIn) {
      if (api) throw new AppError('unauthorized', request.t('clinic.error.signInFirst'));
      return reply.redirect('/clinic/sign-in', 303);
    }
    // Signed in, the member's own language is the page's, whatever the device's: the clinic is their workplace, and a
    // shared tablet must not change what they read. Set before anything is said, errors included.
    answerIn(request, signedIn.member.language);
    if (isForm(request) && !sameToken(signedIn.csrfToken, formOf(request).get('_csrf'))) throw expired(request);
    request.member = signedIn.member;
    request.sessionCsrf = signedIn.csrfToken;
  };
}

/** Admin pages are not there for a therapist: 404, as for anything outside a member's scope. */
export const requireAdmin: preHandlerHookHandler = (request, _reply, done) => {
  if (request.member?.role !== 'admin') return done(new AppError('not-found', request.t('clinic.error.noPage')));
  done();
};
