// One-time links (sign-up, invitation, reset), kept by their hash, used once; and the invitations still open.
// Part of the clinic store (clinics.ts).
import type { Kysely } from 'kysely';
import type { Role } from './clinic-members.ts';
import type { AccountLinkTable, Schema } from './schema.ts';

export type AccountLink = Readonly<{
  purpose: AccountLinkTable['purpose'];
  userId: string | null;
  clinicId: string | null;
  email: string;
  name: string | null;
  role: Role | null;
  clinicName: string | null;
  timeZone: string | null;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}>;

export interface Invitation {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly expiresAt: Date;
}

export function clinicLinkStore(db: Kysely<Schema>) {
  return {
    async createLink(tokenHash: string, link: AccountLink): Promise<void> {
      await db
        .insertInto('account_links')
        .values({
          token_hash: tokenHash,
          purpose: link.purpose,
          user_id: link.userId,
          clinic_id: link.clinicId,
          email: link.email,
          name: link.name,
          role: link.role,
          clinic_name: link.clinicName,
          time_zone: link.timeZone,
          invited_by: link.invitedBy,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
        })
        .execute();
    },

    /** A link that still works, without using it (to show its form). */
    async findLink(tokenHash: string, at: Date): Promise<AccountLink | undefined> {
      const row = await db
        .selectFrom('account_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return row ? toLink(row) : undefined;
    },

    /** Uses a link once: of two at the same moment, one gets it. */
    async useLink(tokenHash: string, at: Date): Promise<AccountLink | undefined> {
      const row = await db
        .updateTable('account_links')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returningAll()
        .executeTakeFirst();
      return row ? toLink(row) : undefined;
    },

    /**
     * Ends the clinic's open invitations of an address (but the one kept, when resending): their links open nothing
     * from then on. How many were ended.
     */
    async cancelInvitations(clinicId: string, email: string, at: Date, keep?: string): Promise<number> {
      const result = await db
        .updateTable('account_links')
        .set({ used_at: at })
        .where('clinic_id', '=', clinicId)
        .where('purpose', '=', 'invitation')
        .where('email', '=', email)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .$if(keep !== undefined, (q) => q.where('token_hash', '!=', keep!))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /**
     * Removes the links that have expired, used or not (neither findLink nor useLink, nor the invitations list, reads
     * them again); how many. A link still within its time stays, used or not.
     */
    async deleteExpiredAccountLinks(at: Date): Promise<number> {
      const result = await db.deleteFrom('account_links').where('expires_at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async invitations(clinicId: string, at: Date): Promise<Invitation[]> {
      const rows = await db
        .selectFrom('account_links')
        .select(['email', 'name', 'role', 'expires_at'])
        .where('clinic_id', '=', clinicId)
        .where('purpose', '=', 'invitation')
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((row) => ({
        email: row.email,
        name: row.name ?? '',
        role: row.role ?? 'therapist',
        expiresAt: new Date(row.expires_at),
      }));
    },
  };
}

function toLink(row: {
  purpose: AccountLinkTable['purpose'];
  user_id: string | null;
  clinic_id: string | null;
  email: string;
  name: string | null;
  role: Role | null;
  clinic_name: string | null;
  time_zone: string | null;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
}): AccountLink {
  return {
    purpose: row.purpose,
    userId: row.user_id,
    clinicId: row.clinic_id,
    email: row.email,
    name: row.name,
    role: row.role,
    clinicName: row.clinic_name,
    timeZone: row.time_zone,
    invitedBy: row.invited_by,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
  };
}
