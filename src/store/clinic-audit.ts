// The audit log: who in a clinic viewed or changed which client record, and who invited, disabled or enabled whom.
// Part of the clinic store (clinics.ts).
import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

export interface AuditEntry {
  readonly at: Date;
  readonly action: string;
  readonly subject: string;
  readonly name: string | null;
  readonly email: string | null;
}

export function clinicAuditStore(db: Kysely<Schema>) {
  return {
    async audit(entry: { clinicId: string; userId: string; action: string; subject: string; at: Date }): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({ clinic_id: entry.clinicId, user_id: entry.userId, action: entry.action, subject: entry.subject, at: entry.at })
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
      return rows.map((row) => ({ ...row, at: new Date(row.at) }));
    },
  };
}
