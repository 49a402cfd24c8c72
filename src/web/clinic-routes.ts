// The clinic: accounts, sessions and follow-up links, the dashboard, members and the audit log; and the client's
// side of a follow-up link. Anything that names another clinic's record answers 404, as if it did not exist.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { AppError, notFound as noRecord } from '../contract/errors.ts';
import { AccountError, type Accounts, type Member, type Role } from '../clinic/accounts.ts';
import type { AuditLog, FollowUps } from '../clinic/follow-up.ts';
import type { Mailer } from '../clinic/mailer.ts';
import { startEmptyDiary, type DiaryDeps } from '../diary/service.ts';
import type { Region } from '../contract/types.ts';
import { regionOrder } from '../knowledge/regions.ts';
import { instantOfWallTime, timeZoneOr, withOffset } from '../present/time.ts';
import { isSecure, readCookie, setCookie } from './cookies.ts';
import { csrfToken, csrfValid } from './csrf.ts';
import { rememberDiary } from './diary-routes.ts';
import { formOf, sendPage } from './respond.ts';
import { html } from './html.ts';
import {
  auditPage, clinicPage, consentPage, dashboardPage, linkPage, membersPage, newSessionPage, resetPage, resetRequestPage, sessionPage, signInPage, signUpPage, type FormError,
} from './pages/clinic.ts';

export const sessionCookie = 'aftercare_clinic';

export interface ClinicDeps extends DiaryDeps {
  /** The time zone of a client's diary when their browser does not say. */
  readonly defaultTimeZone: string;
  readonly accounts: Accounts;
  readonly followUps: FollowUps;
  readonly audit: AuditLog;
  readonly mailer: Mailer;
}

const styles = ['deep-tissue', 'sports', 'swedish', 'trigger-point', 'myofascial', 'other'] as const;
const pressures = ['light', 'moderate', 'firm'] as const;


const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export function registerClinic(app: FastifyInstance, deps: ClinicDeps): void {
  const startSession = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.header('set-cookie', setCookie(sessionCookie, token, { secure: isSecure(request), maxAgeSeconds: 12 * 3600 }));

  /** The signed-in member, or a redirect to sign in (pages) or 401 (the API). */
  async function signedIn(request: FastifyRequest, reply: FastifyReply, api = false): Promise<Member | null> {
    const session = await deps.accounts.session(readCookie(request.headers.cookie, sessionCookie));
    if (session) return session.member;
    if (api) throw new AppError('unauthorized', 'Sign in first.');
    reply.redirect('/clinic/sign-in', 303);
    return null;
  }

  /** Every form that changes something must carry this browser's token. */
  function refuseForgery(request: FastifyRequest, reply: FastifyReply): boolean {
    if (csrfValid(request, formOf(request))) return false;
    sendPage(reply, clinicPage('Form expired', html`<h1>This form has expired</h1><p>Go back, reload the page and send it again.</p>`), 403);
    return true;
  }

  const notFound = (reply: FastifyReply) => sendPage(reply, clinicPage('Not found', html`<h1>Not found</h1><p>There is no such record in your clinic.</p><p><a href="/clinic">Dashboard</a></p>`), 404);

  app.get('/clinic/sign-up', (request, reply) => sendPage(reply, signUpPage(csrfToken(request, reply), [], deps.defaultTimeZone)));
  app.post('/clinic/sign-up', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const form = formOf(request);
    const values = { clinicName: form.get('clinicName') ?? '', name: form.get('name') ?? '', email: form.get('email') ?? '', timeZone: form.get('timeZone') || deps.defaultTimeZone };
    try {
      const { token } = await deps.accounts.signUp({ ...values, password: form.get('password') ?? '' });
      startSession(request, reply, token);
      return reply.redirect('/clinic', 303);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      const timeZone = timeZoneOr(values.timeZone, deps.defaultTimeZone);
      return sendPage(reply, signUpPage(csrfToken(request, reply), [{ field: error.field, message: error.message }], deps.defaultTimeZone, { ...values, timeZone }), error.status);
    }
  });

  app.get('/clinic/sign-in', (request, reply) => sendPage(reply, signInPage(csrfToken(request, reply), [])));
  app.post('/clinic/sign-in', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const form = formOf(request);
    const email = form.get('email') ?? '';
    try {
      const { token } = await deps.accounts.signIn(email, form.get('password') ?? '', request.ip);
      startSession(request, reply, token);
      return reply.redirect('/clinic', 303);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      return sendPage(reply, signInPage(csrfToken(request, reply), [{ field: error.field, message: error.message }], email), error.status);
    }
  });

  app.post('/clinic/sign-out', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const token = readCookie(request.headers.cookie, sessionCookie);
    if (token) await deps.accounts.signOut(token);
    reply.header('set-cookie', setCookie(sessionCookie, '', { secure: isSecure(request), maxAgeSeconds: 0 }));
    return sendPage(reply, signInPage(csrfToken(request, reply), [], '', 'You are signed out.'));
  });

  app.post('/clinic/sign-out-everywhere', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const member = await signedIn(request, reply);
    if (!member) return reply;
    await deps.accounts.signOutEverywhere(member.id);
    reply.header('set-cookie', setCookie(sessionCookie, '', { secure: isSecure(request), maxAgeSeconds: 0 }));
    return sendPage(reply, signInPage(csrfToken(request, reply), [], '', 'You are signed out on every device.'));
  });

  app.get('/clinic/reset', (request, reply) => sendPage(reply, resetRequestPage(csrfToken(request, reply), false)));
  app.post('/clinic/reset', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const reset = await deps.accounts.requestReset(formOf(request).get('email') ?? '');
    if (reset) {
      await deps.mailer.send({
        to: reset.email,
        subject: 'Aftercare: choose a new password',
        text: `Open this link to choose a new password. It works once, for an hour:\n${origin(request)}/clinic/reset/${reset.token}\n\nIf you did not ask for this, ignore this message.`,
      });
    }
    // The same answer whether or not the account exists.
    return sendPage(reply, resetRequestPage(csrfToken(request, reply), true));
  });
  app.get<{ Params: { token: string } }>('/clinic/reset/:token', (request, reply) => sendPage(reply, resetPage(csrfToken(request, reply), request.params.token, [])));
  app.post<{ Params: { token: string } }>('/clinic/reset/:token', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    try {
      await deps.accounts.resetPassword(request.params.token, formOf(request).get('password') ?? '');
      return sendPage(reply, signInPage(csrfToken(request, reply), [], '', 'Your password is changed. Sign in with it.'));
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      return sendPage(reply, resetPage(csrfToken(request, reply), request.params.token, [{ field: error.field, message: error.message }]), error.status);
    }
  });

  app.get<{ Querystring: { page?: string } }>('/clinic', async (request, reply) => {
    const member = await signedIn(request, reply);
    if (!member) return reply;
    const page = Math.max(0, Math.min(10_000, Number.parseInt(request.query.page ?? '0', 10) || 0));
    const [board, shares] = await Promise.all([deps.followUps.dashboard(member, page), deps.followUps.shares(member)]);
    await deps.audit.record(member, 'viewed the dashboard', `page ${page + 1}`);
    return sendPage(reply, dashboardPage({ member, csrf: csrfToken(request, reply), ...board, shares, page }));
  });

  app.get('/clinic/sessions/new', async (request, reply) => {
    const member = await signedIn(request, reply);
    if (!member) return reply;
    return sendPage(reply, newSessionPage(member, csrfToken(request, reply), []));
  });

  app.post('/clinic/sessions', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const member = await signedIn(request, reply);
    if (!member) return reply;
    const form = formOf(request);
    const errors: FormError[] = [];
    const clientRef = (form.get('clientRef') ?? '').trim();
    if (!clientRef || clientRef.length > 200) errors.push({ field: 'clientRef', message: 'Enter the client\'s name or reference (up to 200 characters)' });
    const wall = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(form.get('endedAt') ?? '');
    const endedAt = wall ? instantOfWallTime({ year: +wall[1]!, month: +wall[2]!, day: +wall[3]!, hour: +wall[4]!, minute: +wall[5]! }, member.timeZone) : null;
    if (!endedAt || Number.isNaN(endedAt.getTime()) || endedAt.getTime() > deps.now().getTime() + 60_000) errors.push({ field: 'endedAt', message: 'Enter when the session ended, not in the future' });
    const style = styles.find((s) => s === form.get('style'));
    const pressure = pressures.find((p) => p === form.get('pressure'));
    const areasWorked = form.getAll('areasWorked').filter((a): a is Region => (regionOrder as string[]).includes(a));
    const notes = (form.get('notes') ?? '').slice(0, 2000);
    if (errors.length > 0) {
      return sendPage(reply, newSessionPage(member, csrfToken(request, reply), errors, { clientRef, endedAt: form.get('endedAt') ?? '', style: style ?? '', pressure: pressure ?? '', areasWorked, notes }), 422);
    }
    const { session, token } = await deps.followUps.record(member, { clientRef, endedAt: withOffset(endedAt!, member.timeZone), style, pressure, areasWorked, notes });
    await deps.audit.record(member, 'recorded a session', `${session.clientRef} (${session.id})`);
    const link = `${origin(request)}/follow-up/${token}`;
    return sendPage(reply, linkPage(member, csrfToken(request, reply), session, link, await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })), 201);
  });

  app.get<{ Params: { id: string } }>('/clinic/sessions/:id', async (request, reply) => {
    const member = await signedIn(request, reply);
    if (!member) return reply;
    const session = await deps.followUps.find(member, request.params.id);
    if (!session) return notFound(reply);
    const checkIns = session.diaryId ? await deps.store.checkIns(session.diaryId) : [];
    await deps.audit.record(member, 'viewed a client', `${session.clientRef} (${session.id})`);
    return sendPage(reply, sessionPage(member, csrfToken(request, reply), session, checkIns));
  });

  app.post<{ Params: { id: string } }>('/clinic/sessions/:id/link', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const member = await signedIn(request, reply);
    if (!member) return reply;
    const session = await deps.followUps.find(member, request.params.id);
    const token = session ? await deps.followUps.renewLink(member, session.id) : undefined;
    if (!session || !token) return notFound(reply);
    await deps.audit.record(member, 'made a new follow-up link', `${session.clientRef} (${session.id})`);
    const link = `${origin(request)}/follow-up/${token}`;
    return sendPage(reply, linkPage(member, csrfToken(request, reply), session, link, await QRCode.toString(link, { type: 'svg', margin: 1 })), 201);
  });

  app.get('/clinic/members', async (request, reply) => {
    const member = await signedIn(request, reply);
    if (!member) return reply;
    if (member.role !== 'admin') return notFound(reply);
    return sendPage(reply, membersPage(member, csrfToken(request, reply), await deps.accounts.members(member.clinicId), []));
  });

  app.post('/clinic/members', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const member = await signedIn(request, reply);
    if (!member) return reply;
    if (member.role !== 'admin') return notFound(reply);
    const form = formOf(request);
    const role: Role = form.get('role') === 'admin' ? 'admin' : 'therapist';
    try {
      const email = await deps.accounts.addMember(member, { name: form.get('name') ?? '', email: form.get('email') ?? '', role });
      const invite = await deps.accounts.requestReset(email);
      await deps.mailer.send({
        to: email,
        subject: `Aftercare: you were added to ${member.clinicName}`,
        text: `${member.name} added you to ${member.clinicName} on Aftercare. Choose your password here (the link works once, for an hour):\n${origin(request)}/clinic/reset/${invite!.token}`,
      });
      await deps.audit.record(member, `added a ${role}`, email);
      return sendPage(reply, membersPage(member, csrfToken(request, reply), await deps.accounts.members(member.clinicId), [], `${email} was added and sent a link to choose a password.`));
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      return sendPage(reply, membersPage(member, csrfToken(request, reply), await deps.accounts.members(member.clinicId), [{ field: error.field, message: error.message }]), error.status);
    }
  });

  app.post('/clinic/settings', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const member = await signedIn(request, reply);
    if (!member) return reply;
    if (member.role !== 'admin') return notFound(reply);
    const zone = formOf(request).get('timeZone') ?? '';
    try {
      await deps.accounts.setTimeZone(member, zone);
      await deps.audit.record(member, 'changed the clinic\'s time zone', zone);
      const updated = { ...member, timeZone: zone };
      return sendPage(reply, membersPage(updated, csrfToken(request, reply), await deps.accounts.members(member.clinicId), [], `The clinic's times are now shown in ${zone}.`));
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      return sendPage(reply, membersPage(member, csrfToken(request, reply), await deps.accounts.members(member.clinicId), [{ field: error.field, message: error.message }]), error.status);
    }
  });

  app.get('/clinic/audit', async (request, reply) => {
    const member = await signedIn(request, reply);
    if (!member) return reply;
    if (member.role !== 'admin') return notFound(reply);
    return sendPage(reply, auditPage(member, csrfToken(request, reply), await deps.audit.list(member)));
  });

  // The same dashboard and client record as JSON, for the clinic's own tools.
  app.get('/api/v1/clinic/sessions', async (request, reply) => {
    const member = await signedIn(request, reply, true);
    if (!member) return reply;
    return reply.send(await deps.followUps.dashboard(member, 0));
  });
  app.get<{ Params: { id: string } }>('/api/v1/clinic/sessions/:id', async (request, reply) => {
    const member = await signedIn(request, reply, true);
    if (!member) return reply;
    const session = await deps.followUps.find(member, request.params.id);
    if (!session) throw noRecord('There is no such record in your clinic.');
    await deps.audit.record(member, 'viewed a client (API)', `${session.clientRef} (${session.id})`);
    const checkIns = session.diaryId ? await deps.store.checkIns(session.diaryId) : [];
    return reply.send({ session, checkIns: checkIns.map((c) => ({ number: c.seq, report: c.report, assessment: c.assessment })) });
  });

  // The client's side: the follow-up link asks for consent, then becomes the link of their diary.
  app.get<{ Params: { token: string } }>('/follow-up/:token', async (request, reply) => {
    const session = await deps.followUps.byLink(request.params.token);
    if (!session) return sendPage(reply, clinicPage('Link not found', html`<h1>This link does not work</h1><p>Ask your therapist for a new one, or <a href="/">check your back without it</a>.</p>`), 404);
    // Agreed, or agreed and then stopped sharing: the link is the diary's own (gone if the diary was deleted).
    if (session.diaryId || session.sharingStoppedAt) return reply.redirect(`/diary/${request.params.token}`, 303);
    return sendPage(reply, consentPage(csrfToken(request, reply), session, request.params.token, [], deps.defaultTimeZone));
  });

  app.post<{ Params: { token: string } }>('/follow-up/:token', async (request, reply) => {
    if (refuseForgery(request, reply)) return reply;
    const token = request.params.token;
    const session = await deps.followUps.byLink(token);
    if (!session) return sendPage(reply, clinicPage('Link not found', html`<h1>This link does not work</h1>`), 404);
    if (session.diaryId || session.sharingStoppedAt) return reply.redirect(`/diary/${token}`, 303);
    const form = formOf(request);
    const errors: FormError[] = [];
    const sharp = form.get('sharpPainDuring');
    if (sharp !== 'yes' && sharp !== 'no') errors.push({ field: 'sharpPainDuring', message: 'Say whether you felt sharp pain during the massage' });
    if (form.get('consent') !== 'yes') errors.push({ field: 'consent', message: 'To start this diary, agree to share your check-ins; or check your back without sharing' });
    const timeZone = timeZoneOr(form.get('timeZone'), deps.defaultTimeZone);
    if (errors.length) return sendPage(reply, consentPage(csrfToken(request, reply), session, token, errors, timeZone), 422);
    const massage = { ...session.massage, sharpPainDuring: sharp === 'yes' };
    const diary = await startEmptyDiary(deps, token, massage, timeZone);
    await deps.followUps.linkDiary(session.id, diary.id);
    rememberDiary(request, reply, token);
    return reply.redirect(`/diary/${token}/check-in`, 303);
  });

}
