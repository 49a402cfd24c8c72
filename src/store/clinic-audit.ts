// The audit log: who in a clinic viewed or changed which client record, and who invited, disabled or enabled whom.
// Each entry is kept as a stable code and its values (issue 17), worded when it is read, in the reader's language:
// the code in `action`, the values as JSON in `subject`. Entries written before codes hold an English sentence in
// `action` and its record in `subject`; they are read back as they were written. Part of the clinic store (clinics.ts).
import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

/** A session as the audit log names it: its client's reference and the session's id. */
export interface SessionNamed {
  readonly client: string;
  readonly session: string;
}

/** Every thing the audit log records, by its code, with the values it keeps. */
export interface AuditEvents {
  readonly 'session.recorded': SessionNamed;
  readonly 'session.viewed': SessionNamed;
  readonly 'session.viewedByApi': SessionNamed;
  readonly 'session.printed': SessionNamed;
  readonly 'session.downloaded': SessionNamed;
  readonly 'session.openedToCorrect': SessionNamed;
  readonly 'session.openedToDelete': SessionNamed;
  readonly 'session.linkRenewed': SessionNamed;
  readonly 'session.corrected': SessionNamed;
  readonly 'session.deleted': SessionNamed;
  readonly 'session.contactViewed': SessionNamed;
  readonly 'session.contacted': SessionNamed;
  readonly 'client.viewed': { readonly client: string; readonly clientId: string };
  readonly 'clients.searched': { readonly found: number };
  readonly 'sessions.exported': { readonly sessions: number };
  readonly 'dashboard.viewed': { readonly page: number; readonly needs: string | null };
  readonly 'alerts.changed': { readonly instant: boolean; readonly digest: boolean };
  readonly 'member.invited': { readonly role: string; readonly email: string };
  readonly 'member.disabled': { readonly email: string };
  readonly 'member.enabled': { readonly email: string };
  readonly 'invitation.resent': { readonly email: string };
  readonly 'invitation.cancelled': { readonly email: string };
  readonly 'clinic.timeZoneChanged': { readonly zone: string };
  readonly 'clinic.contactLineChanged': { readonly line: string };
}

export type AuditCode = keyof AuditEvents;

/** One thing done, by code: what the log keeps of it. */
export type AuditEvent = { readonly [C in AuditCode]: { readonly code: C; readonly values: AuditEvents[C] } }[AuditCode];

/** An entry written before codes: its English sentence and record, shown as they were written. */
export interface EarlierAuditEvent {
  readonly code: null;
  readonly action: string;
  readonly subject: string;
}

export interface AuditEntry {
  readonly at: Date;
  readonly event: AuditEvent | EarlierAuditEvent;
  readonly name: string | null;
  readonly email: string | null;
}

const codes: { readonly [C in AuditCode]: true } = {
  'session.recorded': true,
  'session.viewed': true,
  'session.viewedByApi': true,
  'session.printed': true,
  'session.downloaded': true,
  'session.openedToCorrect': true,
  'session.openedToDelete': true,
  'session.linkRenewed': true,
  'session.corrected': true,
  'session.deleted': true,
  'session.contactViewed': true,
  'session.contacted': true,
  'client.viewed': true,
  'clients.searched': true,
  'sessions.exported': true,
  'dashboard.viewed': true,
  'alerts.changed': true,
  'member.invited': true,
  'member.disabled': true,
  'member.enabled': true,
  'invitation.resent': true,
  'invitation.cancelled': true,
  'clinic.timeZoneChanged': true,
  'clinic.contactLineChanged': true,
};

export const isAuditCode = (text: string): text is AuditCode => Object.hasOwn(codes, text);

/** A stored row as an event: a code with its values, or an earlier row's words as they were written. */
export function eventOf(action: string, subject: string): AuditEvent | EarlierAuditEvent {
  if (isAuditCode(action)) {
    try {
      const values: unknown = JSON.parse(subject);
      if (values !== null && typeof values === 'object' && !Array.isArray(values)) return { code: action, values } as AuditEvent;
    } catch {
      // Not JSON: read as an earlier row below.
    }
  }
  return { code: null, action, subject };
}

export function clinicAuditStore(db: Kysely<Schema>) {
  return {
    async audit(entry: { readonly clinicId: string; readonly userId: string; readonly at: Date } & AuditEvent): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          clinic_id: entry.clinicId,
          user_id: entry.userId,
          action: entry.code,
          subject: JSON.stringify(entry.values),
          at: entry.at,
        })
        .execute();
    },

    async auditLog(clinicId: string, limit: number): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .select(['a.at', 'a.action', 'a.subject', 'u.name', 'u.email'])
        .where('a.clinic_id', '=', clinicId)
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ at: new Date(row.at), event: eventOf(row.action, row.subject), name: row.name, email: row.email }));
    },
  };
}
