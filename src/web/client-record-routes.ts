// What a client's record offers besides the page itself: marking the client contacted, its print page and PDF; and
// the admin's CSV of every session. Each mark and each export is audited. Registered by clinic-session-routes.ts,
// inside the signed-in group of clinic-routes.ts, so the member is loaded and every form's token checked first.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { followUpPdf } from '../clinic/follow-up-pdf.ts';
import type { SessionAuditCode } from '../clinic/follow-up.ts';
import { followUpRecord } from '../clinic/follow-up-record.ts';
import { contactNoteMax } from '../clinic/reaching.ts';
import { sessionsCsv } from '../clinic/sessions-csv.ts';
import { translator } from '../i18n/messages.ts';
import type { Member } from '../store/clinics.ts';
import type { ClinicDeps } from './clinic-routes.ts';
import { orShowForm } from './form-refusals.ts';
import { requireAdmin } from './guards.ts';
import { formOf, sendPage } from './respond.ts';
import { printPage, type ClientReaching } from './pages/clinic.ts';
import { shellOf } from './layout.ts';

type WithId = FastifyRequest<{ Params: { id: string } }>;

/** What the session routes give these: the redirect that ends every form, and the client's page to show again. */
export interface RecordTools {
  readonly doneThen: (reply: FastifyReply, path: string, notice?: string) => FastifyReply;
  readonly showSession: (request: WithId, reply: FastifyReply, extras?: { reaching?: ClientReaching }) => Promise<string>;
}

/**
 * A session in the member's scope (its look audited as `code`), its check-ins, and the record made of them, in the
 * member's own language.
 */
export async function recordOf(deps: ClinicDeps, who: Member, id: string, code?: SessionAuditCode) {
  const session = await deps.followUps.view(who, id.slice(0, 64), code);
  const checkIns = session.diaryId ? await deps.stores.diaries.checkIns(session.diaryId) : [];
  return { session, checkIns, record: followUpRecord(translator(who.language), session, checkIns, who.timeZone) };
}

export function registerClientRecord(member: FastifyInstance, deps: ClinicDeps, { doneThen, showSession }: RecordTools): void {
  const { followUps } = deps;

  member.post<{ Params: { id: string } }>('/clinic/sessions/:id/contacted', async (request, reply) => {
    const typed = formOf(request).get('note') ?? '';
    return orShowForm(
      reply,
      async () => {
        const session = await followUps.markContacted(request.member!, request.params.id.slice(0, 64), typed);
        return doneThen(reply, `/clinic/sessions/${session.id}`, request.t('clinic.notice.contacted'));
      },
      // The page again, with the note as typed (within a bound of its limit) and the error naming it.
      (errors) => showSession(request, reply, { reaching: { errors, note: typed.slice(0, contactNoteMax * 4) } }),
    );
  });

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id/print', async (request, reply) => {
    const { session, record } = await recordOf(deps, request.member!, request.params.id, 'session.printed');
    return sendPage(reply, printPage(shellOf(request), record, session.id));
  });

  member.get<{ Params: { id: string } }>('/clinic/sessions/:id/follow-up.pdf', async (request, reply) => {
    const { record } = await recordOf(deps, request.member!, request.params.id, 'session.downloaded');
    return reply
      .type('application/pdf')
      .header('content-disposition', 'attachment; filename="aftercare-follow-up.pdf"')
      .header('cache-control', 'no-store')
      .send(await followUpPdf(request.t, record));
  });

  member.register(async (admin) => {
    admin.addHook('preHandler', requireAdmin);
    admin.get('/clinic/export/sessions.csv', async (request, reply) => {
      const me = request.member!;
      const outcomes = await deps.stores.clinics.sessionOutcomes(me.clinicId);
      await followUps.audit(me, { code: 'sessions.exported', values: { sessions: outcomes.length } });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="aftercare-sessions.csv"')
        .header('cache-control', 'no-store')
        .send(sessionsCsv(outcomes, me.timeZone));
    });
  });
}
