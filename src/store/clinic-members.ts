// Clinics and their members: a new clinic with its first admin, members added by invitation, the credentials a
// sign-in checks, disabling a member, the clinic's time zone and a new password. Part of the clinic store (clinics.ts).
import type { Kysely } from 'kysely';
import { fallbackLanguage, isLanguage, type Language } from '../i18n/languages.ts';
import type { Schema } from './schema.ts';

export type Role = 'admin' | 'therapist';

export interface Member {
  readonly id: string;
  readonly clinicId: string;
  readonly clinicName: string;
  /** The clinic's time zone: its pages show times in it, and read typed times in it. */
  readonly timeZone: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly disabled: boolean;
  /** The member's own language: their clinic pages and their mails (alerts, digests, resets) are in it. */
  readonly language: Language;
}

export class EmailTakenError extends Error {
  constructor() {
    super('an account with this email exists');
    this.name = 'EmailTakenError';
  }
}

export type MemberRow = {
  id: string;
  clinic_id: string;
  clinic_name: string;
  time_zone: string;
  email: string;
  name: string;
  role: Role;
  disabled_at: Date | null;
  language: string;
};
export const toMember = (row: MemberRow): Member => ({
  id: row.id,
  clinicId: row.clinic_id,
  clinicName: row.clinic_name,
  timeZone: row.time_zone,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled_at !== null,
  // The column's check holds it to the languages of migration 0015; a language removed since reads as the fallback.
  language: isLanguage(row.language) ? row.language : fallbackLanguage,
});

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Members with their clinic's name and zone, read with `on` (the database or a transaction). */
export const membersQuery = (on: Kysely<Schema>) =>
  on
    .selectFrom('users')
    .innerJoin('clinics', 'clinics.id', 'users.clinic_id')
    .select([
      'users.id',
      'users.clinic_id',
      'clinics.name as clinic_name',
      'clinics.time_zone',
      'users.email',
      'users.name',
      'users.role',
      'users.disabled_at',
      'users.language',
    ]);

export function clinicMemberStore(db: Kysely<Schema>) {
  const members = (on: Kysely<Schema> = db) => membersQuery(on);
  return {
    async createClinic(input: {
      clinicId: string;
      clinicName: string;
      timeZone: string;
      userId: string;
      email: string;
      name: string;
      passwordHash: string;
      at: Date;
      /** The language of the browser that finished the sign-up; English when not given. */
      language?: Language;
    }): Promise<void> {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('clinics')
            .values({ id: input.clinicId, name: input.clinicName, time_zone: input.timeZone, created_at: input.at })
            .execute();
          await trx
            .insertInto('users')
            .values({
              id: input.userId,
              clinic_id: input.clinicId,
              email: input.email,
              name: input.name,
              role: 'admin',
              password_hash: input.passwordHash,
              created_at: input.at,
              ...(input.language ? { language: input.language } : {}),
            })
            .execute();
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new EmailTakenError();
        throw error;
      }
    },

    async addMember(input: {
      id: string;
      clinicId: string;
      email: string;
      name: string;
      role: Role;
      passwordHash: string;
      at: Date;
      /** The language of the browser that accepted the invitation; English when not given. */
      language?: Language;
    }): Promise<void> {
      try {
        await db
          .insertInto('users')
          .values({
            id: input.id,
            clinic_id: input.clinicId,
            email: input.email,
            name: input.name,
            role: input.role,
            password_hash: input.passwordHash,
            created_at: input.at,
            ...(input.language ? { language: input.language } : {}),
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new EmailTakenError();
        throw error;
      }
    },

    async credentials(
      email: string,
    ): Promise<{ userId: string; clinicId: string; passwordHash: string | null; disabled: boolean; language: Language } | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'clinic_id', 'password_hash', 'disabled_at', 'language'])
        .where('email', '=', email)
        .executeTakeFirst();
      return row
        ? {
            userId: row.id,
            clinicId: row.clinic_id,
            passwordHash: row.password_hash,
            disabled: row.disabled_at !== null,
            language: isLanguage(row.language) ? row.language : fallbackLanguage,
          }
        : undefined;
    },

    async member(userId: string): Promise<Member | undefined> {
      const row = await members().where('users.id', '=', userId).executeTakeFirst();
      return row ? toMember(row) : undefined;
    },

    async members(clinicId: string): Promise<Member[]> {
      return (await members().where('users.clinic_id', '=', clinicId).orderBy('users.name').orderBy('users.email').execute()).map(toMember);
    },

    /** Disables (at a time) or enables (null) a member of this clinic; a disabled member's sessions end at once. */
    async setDisabled(clinicId: string, userId: string, at: Date | null): Promise<Member | undefined> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('users')
          .set({ disabled_at: at })
          .where('id', '=', userId)
          .where('clinic_id', '=', clinicId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        if (at) {
          await trx.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
          await trx.updateTable('account_links').set({ used_at: at }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
        }
        const row = await members(trx).where('users.id', '=', userId).executeTakeFirstOrThrow();
        return toMember(row);
      });
    },

    /** The member's own language, chosen with any page's language chooser while signed in. */
    async setLanguage(userId: string, language: Language): Promise<void> {
      await db.updateTable('users').set({ language }).where('id', '=', userId).execute();
    },

    async setTimeZone(clinicId: string, zone: string): Promise<void> {
      await db.updateTable('clinics').set({ time_zone: zone }).where('id', '=', clinicId).execute();
    },

    /** A new password: every session of the member and every outstanding link of theirs ends with it. */
    async setPassword(userId: string, passwordHash: string, at: Date): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
        await trx.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
        await trx.updateTable('account_links').set({ used_at: at }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
      });
    },
  };
}
