// Massage sessions a therapist records, the follow-up link each gets, the dashboard of who needs attention and the
// audit log. Every read is in the member's scope (store/clinic-sessions.ts `scopeOf`), and every look at a client is audited.
import { AppError } from '../contract/errors.ts';
import { policies, readAsWhole } from '../engine/assess.ts';
import { translator } from '../i18n/messages.ts';
import { followUpSignals } from '../knowledge/flags.ts';
import { urgencyOf } from '../knowledge/levels.ts';
import {
  scopeOf,
  type AuditEvent,
  type ClinicStore,
  type FollowUpUpdate,
  type MassageSession,
  type Member,
  type Need,
  type Scope,
} from '../store/clinics.ts';
import type { CheckInToKeep } from '../store/diaries.ts';
import { hashToken, isToken } from '../store/tokens.ts';
import { contactOf, readContactLine, readContactNote, type ClientContact } from './reaching.ts';
import type { SessionInput } from './session-form.ts';

export interface FollowUpDeps {
  readonly store: ClinicStore;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly newToken: () => string;
  readonly link: (path: string) => string;
}

/** What one check-in changes on the dashboard row of the session that follows its diary. */
export function followUpUpdate(checkIn: CheckInToKeep): FollowUpUpdate {
  // A stopped check-in is read under the policy it was made with: its questions, not today's.
  const report = checkIn.stopped ? readAsWhole(checkIn.report, policies[checkIn.assessment.policyVersion]) : checkIn.report;
  const { flags, localSigns } = followUpSignals(report, checkIn.assessment);
  const notEasing = flags.has('not-easing');
  return {
    level: checkIn.assessment.level,
    at: checkIn.reportedAt,
    urgency: urgencyOf(checkIn.assessment.level) * 4 + (notEasing ? 2 : 0),
    pressure: flags.has('pressure'),
    notEasing,
    localSigns,
  };
}

/** The session's massage as the client's diary takes it over. */
const massageOf = (input: SessionInput): MassageSession['massage'] => ({
  endedAt: input.endedAt,
  ...(input.style ? { style: input.style } : {}),
  ...(input.pressure ? { pressure: input.pressure } : {}),
  areasWorked: [...input.areasWorked],
});

/** Nothing outside a member's scope exists for them: said in their own language. */
const noRecord = (member: Member) => new AppError('not-found', translator(member.language)('clinic.error.noRecord'));
const noClient = (member: Member) => new AppError('not-found', translator(member.language)('clinic.error.noClient'));

/** How a session is named in the audit log: the client's reference and the session's id. */
const named = (session: MassageSession) => ({ client: session.clientRef, session: session.id });

/** The codes of the audit log that name one session. */
export type SessionAuditCode = Extract<AuditEvent, { values: { session: string } }>['code'];

export function followUps(deps: FollowUpDeps) {
  const { store } = deps;
  /** Records in the audit log that the member did this, now: a code and its values, worded when read. */
  const audit = (member: Member, event: AuditEvent) =>
    store.audit({ clinicId: member.clinicId, userId: member.id, at: deps.now(), ...event });
  const auditSession = (member: Member, code: SessionAuditCode, session: MassageSession) => audit(member, { code, values: named(session) });
  const followUpLink = (token: string) => deps.link(`/follow-up/${token}`);
  /**
   * A page of the dashboard, as `read` reads it, its view kept in the audit log as the page is read, both at once: one
   * wait for the database, not two (issue 18). A read that fails still leaves the view in the log; a log that cannot be
   * written shows no page.
   */
  async function viewed<B>(member: Member, page: number, needs: Need | undefined, read: (scope: Scope) => Promise<B>) {
    const [board] = await Promise.all([
      read(scopeOf(member)),
      audit(member, { code: 'dashboard.viewed', values: { page: page + 1, needs: needs ?? null } }),
    ]);
    return board;
  }

  return {
    audit,

    /** The address a follow-up token opens, on the configured public address. */
    linkOf: followUpLink,

    /** Records a session with its follow-up link; the token is returned once (only its hash is kept). */
    async record(
      therapist: Member,
      input: SessionInput,
      clientId?: string,
    ): Promise<{ session: MassageSession; token: string; link: string }> {
      const token = deps.newToken();
      const id = deps.newId();
      const recorded = await store.recordSession({
        id,
        clinicId: therapist.clinicId,
        therapistId: therapist.id,
        ...(clientId ? { clientId } : {}),
        clientRef: input.clientRef,
        endedAt: new Date(input.endedAt),
        massage: massageOf(input),
        notes: input.notes,
        followUpHash: hashToken(token),
        at: deps.now(),
      });
      if (!recorded) throw noClient(therapist);
      const session = (await store.findSession(scopeOf(therapist), id))!;
      await auditSession(therapist, 'session.recorded', session);
      return { session, token, link: followUpLink(token) };
    },

    /** A session in the member's scope, its viewing audited (as `code`); `not-found` for any other, as if it did not exist. */
    async view(member: Member, id: string, code: SessionAuditCode = 'session.viewed'): Promise<MassageSession> {
      const session = await store.findSession(scopeOf(member), id);
      if (!session) throw noRecord(member);
      await auditSession(member, code, session);
      return session;
    },

    /**
     * A new follow-up link for a client who has not agreed yet; the old one stops working. None once the client
     * agreed, or agreed and stopped: asking again is not the clinic's to do by link.
     */
    async renewLink(member: Member, id: string): Promise<{ session: MassageSession; token: string; link: string }> {
      const token = deps.newToken();
      const session = await store.findSession(scopeOf(member), id);
      if (!session || !(await store.replaceFollowUpLink(scopeOf(member), id, hashToken(token)))) throw noRecord(member);
      await auditSession(member, 'session.linkRenewed', session);
      return { session, token, link: followUpLink(token) };
    },

    /** Corrects what was recorded of a session in the member's scope (not its client); audited. */
    async correct(member: Member, id: string, input: SessionInput): Promise<MassageSession> {
      const session = await store.findSession(scopeOf(member), id);
      const change = { endedAt: new Date(input.endedAt), massage: massageOf(input), notes: input.notes };
      if (!session || !(await store.updateSession(scopeOf(member), id, change))) throw noRecord(member);
      await auditSession(member, 'session.corrected', session);
      return session;
    },

    /**
     * Deletes a session in the member's scope. The audit log keeps that it was done, and to whom; the client's diary,
     * if they started one, stays theirs and is shared with no one from then on.
     */
    async remove(member: Member, id: string): Promise<MassageSession> {
      const session = await store.findSession(scopeOf(member), id);
      if (!session || !(await store.deleteSession(scopeOf(member), id))) throw noRecord(member);
      await auditSession(member, 'session.deleted', session);
      return session;
    },

    /** The clients in the member's scope whose reference contains `search`; the search is audited, not its results. */
    async clients(member: Member, search: string) {
      const clients = await store.clients(scopeOf(member), search);
      if (search) await audit(member, { code: 'clients.searched', values: { found: clients.length } });
      return clients;
    },

    /** A client in the member's scope with their sessions in it, the look audited; `not-found` for any other. */
    async client(member: Member, id: string) {
      const client = await store.findClient(scopeOf(member), id);
      if (!client) throw noClient(member);
      const sessions = await store.sessionsOf(scopeOf(member), id);
      await audit(member, { code: 'client.viewed', values: { client: client.reference, clientId: client.id } });
      return { client, sessions };
    },

    /** The session a client's follow-up link still asks consent for, with the clinic's name. */
    async byLink(token: string) {
      return isToken(token) ? store.byFollowUpLink(hashToken(token)) : undefined;
    },

    /** The way to reach a session's client, when they left one: each look is audited. */
    async clientContact(member: Member, session: MassageSession): Promise<ClientContact | null> {
      if (!session.hasContact) return null;
      const contact = await store.clientContact(scopeOf(member), session.id);
      if (contact === null) return null;
      await auditSession(member, 'session.contactViewed', session);
      return contactOf(contact);
    },

    /** Marks the needs raised so far handled: the member contacted the client, now, with a short note. */
    async markContacted(member: Member, id: string, noteText: string | null | undefined): Promise<MassageSession> {
      const note = readContactNote(noteText);
      const session = await store.findSession(scopeOf(member), id);
      if (!session || !(await store.markHandled(scopeOf(member), id, { by: member.id, at: deps.now(), note }))) throw noRecord(member);
      await auditSession(member, 'session.contacted', session);
      return session;
    },

    /** The clinic's contact line, shown in every diary shared with it; set by an admin. */
    async setContactLine(admin: Member, text: string | null | undefined): Promise<string> {
      const line = readContactLine(text);
      await store.setContactLine(admin.clinicId, line);
      await audit(admin, { code: 'clinic.contactLineChanged', values: { line } });
      return line;
    },

    /** The dashboard, on one page, each session whole (the clinic's API); with `needs`, only the rows its counter counts. */
    dashboard: (member: Member, page: number, needs?: Need) => viewed(member, page, needs, (scope) => store.dashboard(scope, page, needs)),

    /** The dashboard as its page shows it: the same rows, each with only what its row shows. */
    dashboardRows: (member: Member, page: number, needs?: Need) =>
      viewed(member, page, needs, (scope) => store.dashboardRows(scope, page, needs)),

    async auditLog(admin: Member, limit = 200) {
      return admin.role === 'admin' ? store.auditLog(admin.clinicId, limit) : [];
    },
  };
}

export type FollowUps = ReturnType<typeof followUps>;
