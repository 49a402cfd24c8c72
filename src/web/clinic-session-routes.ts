// A signed-in member's clients and sessions: finding a client, recording a session for one (picked or typed), its
// follow-up link (shown, shared, mailed, made again), correcting and deleting it. Registered inside the signed-in
// group of clinic-routes.ts, whose hooks check the member and every form's token first.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../contract/errors.ts';
import { readEmail } from '../contract/text.ts';
import {
  newSessionValues,
  readSessionForm,
  recordedSessionValues,
  sessionFormValues,
  type SessionFormValues,
} from '../clinic/session-form.ts';
import { scopeOf } from '../store/clinics.ts';
import { recordOf, registerClientRecord } from './client-record-routes.ts';
import type { ClinicDeps } from './clinic-routes.ts';
import { followUpLinkMinutes, keepFollowUpLink, keptFollowUpToken } from './flash.ts';
import { orShowForm } from './form-refusals.ts';
import {
  clientPage,
  clientsPage,
  deleteSessionPage,
  editSessionPage,
  newSessionPage,
  sessionPage,
  type FormError,
  type SessionPageExtras,
  type SignedInView,
} from './pages/clinic.ts';
import { formOf, sendPage } from './respond.ts';

/** What the signed-in group gives its routes: the page's view, and the redirect that ends every form (303). */
export interface SignedInTools {
  readonly signedIn: (request: FastifyRequest, reply: FastifyReply) => SignedInView;
  readonly doneThen: (reply: FastifyReply, path: string, notice?: string) => FastifyReply;
}

/** The QR code of a link, with the four-module quiet zone the standard asks for. */
// Loaded on the first code drawn: a start and a first answer do without it.
export const qrCode = async (link: string) =>
  (await import('qrcode')).default.toString(link, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });

type WithId = FastifyRequest<{ Params: { id: string } }>;
const idOf = (request: WithId) => request.params.id.slice(0, 64);

export function registerSessionRoutes(member: FastifyInstance, deps: ClinicDeps, { signedIn, doneThen }: SignedInTools): void {
  const { followUps, accounts, cookies } = deps;

  /** The session form: for the client picked (when they are the member's to see), or a client to type. */
  async function showNewSession(request: FastifyRequest, reply: FastifyReply, errors: FormError[], values: SessionFormValues) {
    const me = request.member!;
    const picked = values.clientId ? await deps.stores.clinics.findClient(scopeOf(me), values.clientId) : undefined;
    const known = picked ? [] : await deps.stores.clinics.clients(scopeOf(me));
    return newSessionPage(signedIn(request, reply), errors, picked ? values : { ...values, clientId: '' }, { picked, known });
  }

  member.get<{ Querystring: { client?: string } }>('/clinic/sessions/new', async (request, reply) => {
    const me = request.member!;
    const clientId = String(request.query.client ?? '').slice(0, 64);
    const client = clientId ? await deps.stores.clinics.findClient(scopeOf(me), clientId) : undefined;
    return sendPage(reply, await showNewSession(request, reply, [], newSessionValues(deps.now(), me.timeZone, client)));
  });

  member.post('/clinic/sessions', async (request, reply) => {
    const me = request.member!;
    const values = sessionFormValues(formOf(request));
    return orShowForm(
      reply,
      async () => {
        // A client picked by id is the member's to see; their reference stands in for the typed one.
        const picked = values.clientId ? await deps.stores.clinics.findClient(scopeOf(me), values.clientId) : undefined;
        if (values.clientId && !picked) throw new AppError('not-found', request.t('clinic.error.noClient'));
        const read = readSessionForm(picked ? { ...values, clientRef: picked.reference } : values, me.timeZone, deps.now(), request.t);
        const { clientEmail, ...input } = read;
        const { session, token, link } = await followUps.record(me, input, picked?.id);
        if (clientEmail) deps.background.run('follow-up mail', () => accounts.deliverFollowUp(me, clientEmail, link));
        keepFollowUpLink(cookies, reply, session.id, token);
        return doneThen(
          reply,
          `/clinic/sessions/${session.id}`,
          clientEmail ? request.t('clinic.notice.linkMailed', { email: clientEmail }) : '',
        );
      },
      (errors) => showNewSession(request, reply, errors, values),
    );
  });

  /**
   * A session's page: its record in words, the way to reach the client they left (that look audited too), and the
   * follow-up link this browser made while it is still the session's; with a form's errors when it comes back.
   */
  async function showSession(request: WithId, reply: FastifyReply, extras: Omit<SessionPageExtras, 'newLink'> = {}) {
    const me = request.member!;
    const { session, checkIns, record } = await recordOf(deps, me, idOf(request));
    const contact = await followUps.clientContact(me, session);
    // A link this browser made is shown while it is still the session's: not once the client used it, or after a newer one.
    const token = keptFollowUpToken(cookies, request, session.id);
    const current = token && (await followUps.byLink(token))?.id === session.id ? token : undefined;
    const link = current && followUps.linkOf(current);
    const newLink = link ? { link, qrSvg: await qrCode(link), minutes: followUpLinkMinutes } : undefined;
    return sessionPage(signedIn(request, reply), session, checkIns, record, deps.now(), {
      ...extras,
      newLink,
      reaching: { ...extras.reaching, contact },
    });
  }

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id', async (request, reply) =>
    sendPage(reply, await showSession(request, reply)),
  );

  member.post<{ Params: { id: string } }>('/clinic/sessions/:id/link', async (request, reply) => {
    const given = (formOf(request).get('clientEmail') ?? '').slice(0, 1200);
    return orShowForm(
      reply,
      async () => {
        const email = given.trim() === '' ? undefined : readEmail(given, 'clientEmail');
        const { session, token, link } = await followUps.renewLink(request.member!, idOf(request));
        if (email) deps.background.run('follow-up mail', () => accounts.deliverFollowUp(request.member!, email, link));
        keepFollowUpLink(cookies, reply, session.id, token);
        return doneThen(
          reply,
          `/clinic/sessions/${session.id}`,
          [request.t('clinic.notice.linkRenewed'), email ? request.t('clinic.notice.renewedMailed', { email }) : '']
            .filter(Boolean)
            .join(' '),
        );
      },
      async (errors) => showSession(request, reply, { linkForm: { errors, email: given.slice(0, 254) } }),
    );
  });

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id/edit', async (request, reply) => {
    const session = await followUps.view(request.member!, idOf(request), 'session.openedToCorrect');
    return sendPage(
      reply,
      editSessionPage(signedIn(request, reply), session, [], recordedSessionValues(session, request.member!.timeZone)),
    );
  });
  member.post<{ Params: { id: string } }>('/clinic/sessions/:id/edit', async (request, reply) => {
    const me = request.member!;
    // Looked up without a second audit line: the correction itself is audited.
    const session = await deps.stores.clinics.findSession(scopeOf(me), idOf(request));
    if (!session) throw new AppError('not-found', request.t('clinic.error.noRecord'));
    // The client stays the session's: their reference fills the field the form does not have.
    const values = { ...sessionFormValues(formOf(request)), clientRef: session.clientRef, clientEmail: '' };
    return orShowForm(
      reply,
      async () => {
        await followUps.correct(me, session.id, readSessionForm(values, me.timeZone, deps.now(), request.t));
        return doneThen(reply, `/clinic/sessions/${session.id}`, request.t('clinic.notice.corrected'));
      },
      (errors) => editSessionPage(signedIn(request, reply), session, errors, values),
    );
  });

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id/delete', async (request, reply) => {
    const session = await followUps.view(request.member!, idOf(request), 'session.openedToDelete');
    return sendPage(reply, deleteSessionPage(signedIn(request, reply), session));
  });
  member.post<{ Params: { id: string } }>('/clinic/sessions/:id/delete', async (request, reply) => {
    const session = await followUps.remove(request.member!, idOf(request));
    const rest = session.clientId ? await deps.stores.clinics.findClient(scopeOf(request.member!), session.clientId) : undefined;
    return doneThen(
      reply,
      rest ? `/clinic/clients/${rest.id}` : '/clinic',
      request.t('clinic.notice.deleted', { client: session.clientRef }),
    );
  });

  member.get<{ Querystring: { q?: string } }>('/clinic/clients', async (request, reply) => {
    const search = String(request.query.q ?? '')
      .slice(0, 100)
      .trim();
    // A search with a control character finds nothing rather than failing: it is a query, not something saved.
    const typeable = [...search].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);
    const clients = typeable ? await followUps.clients(request.member!, search) : [];
    return sendPage(reply, clientsPage(signedIn(request, reply), search, clients));
  });

  member.get<{ Params: { id: string } }>('/clinic/clients/:id', async (request, reply) => {
    const { client, sessions } = await followUps.client(request.member!, idOf(request));
    return sendPage(reply, clientPage(signedIn(request, reply), client, sessions));
  });

  registerClientRecord(member, deps, { doneThen, showSession });
}
