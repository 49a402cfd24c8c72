// The clinic's pages: accounts, sessions and follow-up links, the dashboard, members and the audit log; and the
// client's side of a follow-up link. Guards are hooks on groups of routes, never repeated in a handler: every
// form's token is checked before its route runs, signed-in pages load the member first, admin pages check the role.
// Anything that names another clinic's record answers 404, as if it did not exist.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../contract/errors.ts';
import type { Accounts } from '../clinic/accounts.ts';
import { isNeed } from '../store/clinics.ts';
import type { FollowUps } from '../clinic/follow-up.ts';
import { clientContactMax, contactLineMax, readClientContact } from '../clinic/reaching.ts';
import { FollowUpUsedError, startFollowedDiary, type DiaryDeps } from '../diary/service.ts';
import { chosenLanguage } from '../i18n/languages.ts';
import { timeZoneOr } from '../present/time.ts';
import type { Background } from '../server/background.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { Cookies } from './cookies.ts';
import { formToken } from './csrf.ts';
import { forgetFollowUpLink, leaveNotice, takeNotice } from './flash.ts';
import { formErrors, orShowForm } from './form-refusals.ts';
import { registerSessionRoutes } from './clinic-session-routes.ts';
import { checkFormToken, requireAdmin, requireMember, sessionCookie } from './guards.ts';
import { rememberDiary } from './diary-routes.ts';
import { shellOf } from './layout.ts';
import { formOf, sendPage } from './respond.ts';
import {
  alertsPage,
  auditPage,
  deliveriesPage,
  checkEmailPage,
  consentPage,
  dashboardPage,
  followUpUsedPage,
  membersPage,
  choosePasswordPage,
  resetRequestPage,
  signInPage,
  signUpPage,
  type ConsentAnswers,
  type FormError,
} from './pages/clinic.ts';

const sessionSeconds = 12 * 3600;

export interface ClinicDeps extends DiaryDeps {
  /** The time zone of a client's diary, and a new clinic's, when the browser does not say. */
  readonly defaultTimeZone: string;
  readonly accounts: Accounts;
  readonly followUps: FollowUps;
  readonly cookies: Cookies;
  readonly background: Background;
  /** The job queue: undelivered alerts are read from it (without it, there are none to show). */
  readonly jobs?: JobQueue | undefined;
}

export function registerClinic(app: FastifyInstance, deps: ClinicDeps): void {
  const { accounts, followUps, cookies } = deps;
  const formCsrf = (request: FastifyRequest, reply: FastifyReply) => formToken(cookies, request, reply);
  const startSession = (reply: FastifyReply, token: string) => cookies.set(reply, sessionCookie, token, { maxAgeSeconds: sessionSeconds });

  /** What every signed-in page shows: the member, the session's form token, and the notice a form left for it. */
  const signedIn = (request: FastifyRequest, reply: FastifyReply) => ({
    shell: shellOf(request),
    member: request.member!,
    csrf: request.sessionCsrf!,
    notice: takeNotice(cookies, request, reply),
  });
  /** Every form that changes something answers with a redirect to a page (POST-redirect-GET): a reload repeats nothing. */
  const doneThen = (reply: FastifyReply, path: string, notice?: string) => {
    if (notice) leaveNotice(cookies, reply, path, notice);
    return reply.redirect(path, 303);
  };

  // The language chooser, used while signed in, chooses the member's own language too: their pages on every device,
  // and their mails, follow it. One tap, the same chooser as everywhere; the device keeps the choice as it always does.
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/language') return;
    const chosen = chosenLanguage(formOf(request).get('language') ?? undefined);
    const token = cookies.read(request, sessionCookie);
    if (!chosen || !token) return;
    const member = (await accounts.session(token))?.member;
    if (member && member.language !== chosen) await accounts.setLanguage(member, chosen);
  });

  // Before signing in: accounts, and the client's side of a follow-up link.
  app.register(async (open) => {
    open.addHook('preHandler', checkFormToken(cookies));

    open.get('/clinic/sign-up', (request, reply) =>
      sendPage(reply, signUpPage(shellOf(request), formCsrf(request, reply), [], deps.defaultTimeZone)),
    );
    open.post('/clinic/sign-up', async (request, reply) => {
      const form = formOf(request);
      const values = {
        clinicName: form.get('clinicName') ?? '',
        name: form.get('name') ?? '',
        email: form.get('email') ?? '',
        timeZone: form.get('timeZone') || deps.defaultTimeZone,
      };
      return orShowForm(
        reply,
        async () => {
          const signUp = accounts.readSignUp(values, request.t);
          // The answer is the same whether or not the address has an account; what differs is mailed, after it.
          const language = request.language;
          deps.background.run('sign-up mail', () => accounts.deliverSignUp(signUp, request.ip, language));
          return doneThen(reply, '/clinic/sign-up/sent', signUp.email);
        },
        (errors) =>
          signUpPage(shellOf(request), formCsrf(request, reply), errors, deps.defaultTimeZone, {
            ...values,
            timeZone: timeZoneOr(values.timeZone, deps.defaultTimeZone),
          }),
      );
    });

    open.get('/clinic/sign-up/sent', (request, reply) =>
      sendPage(reply, checkEmailPage(shellOf(request), takeNotice(cookies, request, reply))),
    );

    open.get('/clinic/sign-in', (request, reply) =>
      sendPage(reply, signInPage(shellOf(request), formCsrf(request, reply), [], '', takeNotice(cookies, request, reply))),
    );
    open.post('/clinic/sign-in', async (request, reply) => {
      const form = formOf(request);
      const email = (form.get('email') ?? '').slice(0, 254);
      return orShowForm(
        reply,
        async () => {
          const { token } = await accounts.signIn(form.get('email'), form.get('password'), request.ip, request.t);
          startSession(reply, token);
          return reply.redirect('/clinic', 303);
        },
        (errors) => signInPage(shellOf(request), formCsrf(request, reply), errors, email),
      );
    });

    open.get('/clinic/reset', (request, reply) => sendPage(reply, resetRequestPage(shellOf(request), formCsrf(request, reply), false)));
    open.post('/clinic/reset', (request, reply) => {
      const email = formOf(request).get('email');
      // Looked up after the answer: the answer and its timing are the same for any address.
      deps.background.run('reset mail', () => accounts.deliverReset(email, request.ip));
      return doneThen(reply, '/clinic/reset/sent');
    });
    open.get('/clinic/reset/sent', (request, reply) => sendPage(reply, resetRequestPage(shellOf(request), formCsrf(request, reply), true)));

    open.get<{ Params: { token: string } }>('/clinic/reset/:token', async (request, reply) => {
      const link = await accounts.openLink(request.params.token);
      if (!link) throw new AppError('gone', request.t('clinic.error.linkExpired'));
      return sendPage(reply, choosePasswordPage(shellOf(request), formCsrf(request, reply), request.params.token, link, []));
    });
    open.post<{ Params: { token: string } }>('/clinic/reset/:token', async (request, reply) =>
      orShowForm(
        reply,
        async () => {
          // A new member's language is the one this browser is answered in, as they finish joining.
          const used = await accounts.useLink(request.params.token, formOf(request).get('password'), request.language);
          if (!used.session) return doneThen(reply, '/clinic/sign-in', request.t('clinic.notice.passwordChanged'));
          startSession(reply, used.session.token);
          return reply.redirect('/clinic', 303);
        },
        // The link's own wording (sign-up, invitation or reset) while it still works.
        async (errors) =>
          choosePasswordPage(
            shellOf(request),
            formCsrf(request, reply),
            request.params.token,
            await accounts.openLink(request.params.token),
            errors,
          ),
      ),
    );

    // The client's side: a follow-up link asks for consent, once; the diary it starts has its own secret.
    open.get<{ Params: { token: string } }>('/follow-up/:token', async (request, reply) => {
      const session = await followUps.byLink(request.params.token);
      if (!session) return sendPage(reply, followUpUsedPage(shellOf(request)), 404);
      return sendPage(
        reply,
        consentPage(shellOf(request), formCsrf(request, reply), session, request.params.token, [], deps.defaultTimeZone),
      );
    });
    open.post<{ Params: { token: string } }>('/follow-up/:token', async (request, reply) => {
      const token = request.params.token;
      const session = await followUps.byLink(token);
      if (!session) return sendPage(reply, followUpUsedPage(shellOf(request)), 404);
      const form = formOf(request);
      const errors: FormError[] = [];
      const sharp = form.get('sharpPainDuring');
      if (sharp !== 'yes' && sharp !== 'no') errors.push({ field: 'sharpPainDuring', message: request.t('clinic.consent.error.sharp') });
      if (form.get('consent') !== 'yes') errors.push({ field: 'consent', message: request.t('clinic.consent.error.consent') });
      // The separate, optional agreement to be contacted: checked here with the rest, so every error shows at once.
      const contactAgree = form.get('contactAgree') === 'yes';
      let clientContact: string | null = null;
      try {
        clientContact = readClientContact(contactAgree, form.get('clientContact'), request.t);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.push(...formErrors(error, request.t));
      }
      const timeZone = timeZoneOr(form.get('timeZone'), deps.defaultTimeZone);
      if (errors.length) {
        const answers: ConsentAnswers = {
          ...(sharp === 'yes' || sharp === 'no' ? { sharpPainDuring: sharp } : {}),
          consent: form.get('consent') === 'yes',
          contactAgree,
          // Shown again as typed, within a bound of the field's own limit: nothing the client wrote is lost.
          clientContact: (form.get('clientContact') ?? '').slice(0, clientContactMax * 4),
        };
        return sendPage(reply, consentPage(shellOf(request), formCsrf(request, reply), session, token, errors, timeZone, answers), 422);
      }
      try {
        const massage = { ...session.massage, sharpPainDuring: sharp === 'yes' };
        const diary = await startFollowedDiary(deps, token, massage, timeZone, request.language, clientContact);
        rememberDiary(cookies, request, reply, diary.token);
        return reply.redirect(`/diary/${diary.token}/check-in`, 303);
      } catch (error) {
        // Sent twice at once: the first started the diary (and this browser remembers it); the second finds the link used,
        // as it would a moment later.
        if (error instanceof FollowUpUsedError) return sendPage(reply, followUpUsedPage(shellOf(request)), 404);
        throw error;
      }
    });
  });

  // Signed in.
  app.register(async (member) => {
    member.addHook('preHandler', requireMember(accounts, cookies, { api: false }));

    member.post('/clinic/sign-out', async (request, reply) => {
      const token = cookies.read(request, sessionCookie);
      if (token) await accounts.signOut(token);
      cookies.clear(reply, sessionCookie);
      forgetFollowUpLink(cookies, reply);
      return doneThen(reply, '/clinic/sign-in', request.t('clinic.notice.signedOut'));
    });

    member.post('/clinic/sign-out-everywhere', async (request, reply) => {
      await accounts.signOutEverywhere(request.member!.id);
      cookies.clear(reply, sessionCookie);
      forgetFollowUpLink(cookies, reply);
      return doneThen(reply, '/clinic/sign-in', request.t('clinic.notice.signedOutEverywhere'));
    });

    member.get<{ Querystring: { page?: string; needs?: string } }>('/clinic', async (request, reply) => {
      const page = Math.max(0, Math.min(10_000, Number.parseInt(String(request.query.page ?? '0').slice(0, 6), 10) || 0));
      // A filter the dashboard does not have shows every client, as the dashboard without one.
      const needs = isNeed(request.query.needs) ? request.query.needs : undefined;
      const board = await followUps.dashboardRows(request.member!, page, needs);
      return sendPage(reply, dashboardPage({ ...signedIn(request, reply), ...board, page, needs }));
    });

    member.get('/clinic/alerts', async (request, reply) =>
      sendPage(reply, alertsPage(signedIn(request, reply), await deps.stores.clinics.alertSettings(request.member!.id))),
    );
    member.post('/clinic/alerts', async (request, reply) => {
      const form = formOf(request);
      const me = request.member!;
      const settings = {
        instant: form.get('instant') === 'yes',
        digest: form.get('digest') === 'yes',
        wholeClinic: me.role === 'admin' && form.get('wholeClinic') === 'yes',
      };
      await deps.stores.clinics.setAlertSettings(me.id, settings);
      await followUps.audit(me, { code: 'alerts.changed', values: { instant: settings.instant, digest: settings.digest } });
      return doneThen(reply, '/clinic/alerts', request.t('clinic.notice.alertsSaved'));
    });
    registerSessionRoutes(member, deps, { signedIn, doneThen });

    // The admin's: members, the clinic's settings and the audit log.
    member.register(async (admin) => {
      admin.addHook('preHandler', requireAdmin);
      const showMembers = async (request: FastifyRequest, reply: FastifyReply, errors: FormError[], contactLine?: string) =>
        membersPage(
          signedIn(request, reply),
          await accounts.members(request.member!),
          await accounts.invitations(request.member!),
          errors,
          contactLine ?? (await deps.stores.clinics.contactLine(request.member!.clinicId)) ?? '',
        );

      admin.get('/clinic/members', async (request, reply) => sendPage(reply, await showMembers(request, reply, [])));
      admin.post('/clinic/members', async (request, reply) => {
        const form = formOf(request);
        return orShowForm(
          reply,
          async () => {
            const invitation = await accounts.readInvitation(request.member!, {
              name: form.get('name'),
              email: form.get('email'),
              role: form.get('role'),
            });
            deps.background.run('invitation mail', () => accounts.deliverInvitation(request.member!, invitation, request.ip));
            await followUps.audit(request.member!, { code: 'member.invited', values: { role: invitation.role, email: invitation.email } });
            return doneThen(reply, '/clinic/members', request.t('clinic.notice.invited', { email: invitation.email }));
          },
          (errors) => showMembers(request, reply, errors),
        );
      });
      admin.post('/clinic/invitations/resend', async (request, reply) =>
        orShowForm(
          reply,
          async () => {
            // Sent now rather than after the answer: the admin is told when the mail limits hold it back.
            const { email } = await accounts.resendInvitation(request.member!, formOf(request).get('email'), request.ip);
            await followUps.audit(request.member!, { code: 'invitation.resent', values: { email } });
            return doneThen(reply, '/clinic/members', request.t('clinic.notice.resent', { email }));
          },
          (errors) => showMembers(request, reply, errors),
        ),
      );
      admin.post('/clinic/invitations/cancel', async (request, reply) =>
        orShowForm(
          reply,
          async () => {
            const { email } = await accounts.cancelInvitation(request.member!, formOf(request).get('email'));
            await followUps.audit(request.member!, { code: 'invitation.cancelled', values: { email } });
            return doneThen(reply, '/clinic/members', request.t('clinic.notice.cancelled', { email }));
          },
          (errors) => showMembers(request, reply, errors),
        ),
      );
      admin.post<{ Params: { id: string } }>('/clinic/members/:id/disable', async (request, reply) => setDisabled(request, reply, true));
      admin.post<{ Params: { id: string } }>('/clinic/members/:id/enable', async (request, reply) => setDisabled(request, reply, false));
      async function setDisabled(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, disabled: boolean) {
        const changed = await accounts.setDisabled(request.member!, request.params.id.slice(0, 64), disabled);
        await followUps.audit(request.member!, { code: disabled ? 'member.disabled' : 'member.enabled', values: { email: changed.email } });
        return doneThen(
          reply,
          '/clinic/members',
          request.t(disabled ? 'clinic.notice.disabled' : 'clinic.notice.enabled', { name: changed.name }),
        );
      }

      admin.post('/clinic/settings', async (request, reply) => {
        const zone = formOf(request).get('timeZone');
        return orShowForm(
          reply,
          async () => {
            const timeZone = await accounts.setTimeZone(request.member!, zone);
            await followUps.audit(request.member!, { code: 'clinic.timeZoneChanged', values: { zone: timeZone } });
            return doneThen(reply, '/clinic/members', request.t('clinic.notice.timeZone', { zone: timeZone }));
          },
          (errors) => showMembers(request, reply, errors),
        );
      });

      admin.post('/clinic/contact-line', async (request, reply) => {
        const typed = formOf(request).get('contactLine') ?? '';
        return orShowForm(
          reply,
          async () => {
            const line = await followUps.setContactLine(request.member!, typed);
            return doneThen(
              reply,
              '/clinic/members',
              request.t(line ? 'clinic.notice.contactLineSaved' : 'clinic.notice.contactLineRemoved'),
            );
          },
          // What was typed, as typed (within a bound of the field's limit), so nothing is lost.
          (errors) => showMembers(request, reply, errors, typed.slice(0, contactLineMax * 4)),
        );
      });

      admin.get('/clinic/deliveries', async (request, reply) =>
        sendPage(reply, deliveriesPage(signedIn(request, reply), deps.jobs ? await deps.jobs.failed(request.member!.clinicId, 100) : [])),
      );

      admin.get('/clinic/audit', async (request, reply) =>
        sendPage(reply, auditPage(signedIn(request, reply), await followUps.auditLog(request.member!))),
      );
    });
  });
}

export { qrCode } from './clinic-session-routes.ts';
