// A client's record behind sign-in: the page (with the follow-up link while it is unused), marking the client
// contacted, its print page and PDF; and the admin's CSV of every session. Each look and each export is audited.
// Registered inside the signed-in group of clinic-routes.ts, so the member is loaded and every form's token checked.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { followUpPdf } from '../clinic/follow-up-pdf.ts';
import { followUpRecord } from '../clinic/follow-up-record.ts';
import { contactNoteMax } from '../clinic/reaching.ts';
import { sessionsCsv } from '../clinic/sessions-csv.ts';
import type { Member } from '../store/clinics.ts';
import type { ClinicDeps } from './clinic-routes.ts';
import { followUpLinkMinutes, keptFollowUpToken } from './flash.ts';
import { requireAdmin } from './guards.ts';
import { formOf, sendPage } from './respond.ts';
import type { FormError, SignedInView } from './pages/clinic.ts';
import { printPage, sessionPage, type ClientReaching, type NewFollowUpLink } from './pages/client-record.ts';

/** The QR code of a link, with the four-module quiet zone the standard asks for. */
export const qrCode = (link: string) => QRCode.toString(link, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });

/** What the clinic's routes share with these. */
export interface RecordHelpers {
  readonly signedIn: (request: FastifyRequest, reply: FastifyReply) => SignedInView;
  readonly doneThen: (reply: FastifyReply, path: string, notice?: string) => FastifyReply;
  readonly orShowForm: (
    reply: FastifyReply,
    work: () => Promise<unknown>,
    showAgain: (errors: FormError[]) => string | Promise<string>,
  ) => Promise<unknown>;
}

type WithId = FastifyRequest<{ Params: { id: string } }>;

export function registerClientRecord(member: FastifyInstance, deps: ClinicDeps, helpers: RecordHelpers): void {
  const { followUps, cookies } = deps;
  const { signedIn, doneThen, orShowForm } = helpers;

  /** The session in the member's scope (its look audited as `action`), its check-ins, and the record made of them. */
  async function recordOf(who: Member, id: string, action?: string) {
    const session = await followUps.view(who, id, action);
    const checkIns = session.diaryId ? await deps.stores.diaries.checkIns(session.diaryId) : [];
    return { session, checkIns, record: followUpRecord(session, checkIns, who.timeZone) };
  }

  async function showRecord(
    request: WithId,
    reply: FastifyReply,
    newLink?: NewFollowUpLink & { minutes: number },
    reaching: ClientReaching = {},
  ) {
    const { session, checkIns, record } = await recordOf(request.member!, request.params.id);
    const contact = await followUps.clientContact(request.member!, session);
    return sessionPage(signedIn(request, reply), session, checkIns, record, deps.now(), newLink, { ...reaching, contact });
  }

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id', async (request, reply) => {
    // A link this browser made is shown while it is still the session's: not once the client used it, or after a newer one.
    const token = keptFollowUpToken(cookies, request, request.params.id);
    const current = token && (await followUps.byLink(token))?.id === request.params.id ? token : undefined;
    const link = current && followUps.linkOf(current);
    const newLink = link ? { link, qrSvg: await qrCode(link), minutes: followUpLinkMinutes } : undefined;
    return sendPage(reply, await showRecord(request, reply, newLink));
  });

  member.post<{ Params: { id: string } }>('/clinic/sessions/:id/contacted', async (request, reply) => {
    const typed = formOf(request).get('note') ?? '';
    return orShowForm(
      reply,
      async () => {
        const session = await followUps.markContacted(request.member!, request.params.id, typed);
        return doneThen(reply, `/clinic/sessions/${session.id}`, 'Marked as contacted.');
      },
      // The page again, with the note as typed (within its limit) and the error naming it.
      (errors) => showRecord(request, reply, undefined, { errors, note: typed.slice(0, contactNoteMax * 4) }),
    );
  });

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id/print', async (request, reply) => {
    const { session, record } = await recordOf(request.member!, request.params.id, "printed a client's follow-up");
    return sendPage(reply, printPage(record, session.id));
  });

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id/follow-up.pdf', async (request, reply) => {
    const { record } = await recordOf(request.member!, request.params.id, "downloaded a client's follow-up as a PDF");
    return reply
      .type('application/pdf')
      .header('content-disposition', 'attachment; filename="aftercare-follow-up.pdf"')
      .header('cache-control', 'no-store')
      .send(await followUpPdf(record));
  });

  member.register(async (admin) => {
    admin.addHook('preHandler', requireAdmin);
    admin.get('/clinic/export/sessions.csv', async (request, reply) => {
      const me = request.member!;
      const outcomes = await deps.stores.clinics.sessionOutcomes(me.clinicId);
      await followUps.audit(me, 'exported the sessions as CSV', `${outcomes.length} sessions`);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="aftercare-sessions.csv"')
        .header('cache-control', 'no-store')
        .send(sessionsCsv(outcomes, me.timeZone));
    });
  });
}
