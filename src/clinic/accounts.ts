// Clinic accounts: sign-up (a clinic and its first admin), members, sign-in with throttling, sessions kept in the
// database (so any server process can serve any request), sign-out everywhere, and one-time reset links.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../store/schema.ts';
import { hashToken, newToken } from '../store/tokens.ts';
import { isTimeZone } from '../present/time.ts';
import { hashPassword, minimumPasswordLength, verifyPassword } from './passwords.ts';

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
}

export interface SignedIn {
  readonly member: Member;
  readonly csrfToken: string;
}

export class AccountError extends Error {
  constructor(readonly field: string, message: string, readonly status = 422) {
    super(message);
    this.name = 'AccountError';
  }
}

const sessionHours = 12;
const resetMinutes = 60;
/** Failed sign-ins allowed per email, and per address, in the window. */
export const throttle = { perEmail: 5, perAddress: 20, windowMinutes: 15 } as const;

const normalEmail = (email: string) => email.trim().toLowerCase();
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function accounts(db: Kysely<Schema>, now: () => Date) {
  const memberQuery = () =>
    db.selectFrom('users').innerJoin('clinics', 'clinics.id', 'users.clinic_id')
      .select(['users.id', 'users.clinic_id', 'clinics.name as clinic_name', 'clinics.time_zone', 'users.email', 'users.name', 'users.role']);
  const toMember = (row: { id: string; clinic_id: string; clinic_name: string; time_zone: string; email: string; name: string; role: Role }): Member => ({
    id: row.id, clinicId: row.clinic_id, clinicName: row.clinic_name, timeZone: row.time_zone, email: row.email, name: row.name, role: row.role,
  });

  function checkPassword(password: string) {
    if (password.length < minimumPasswordLength) throw new AccountError('password', `Use at least ${minimumPasswordLength} characters for the password`);
  }
  function checkTimeZone(zone: string) {
    if (!isTimeZone(zone)) throw new AccountError('timeZone', 'Choose the clinic\'s time zone from the list');
  }
  function checkEmail(email: string) {
    if (!emailPattern.test(email)) throw new AccountError('email', 'Enter an email address like name@example.com');
  }

  async function startSession(userId: string): Promise<{ token: string; csrfToken: string }> {
    const token = newToken();
    const csrfToken = randomBytes(32).toString('base64url');
    const at = now();
    await db.insertInto('auth_sessions').values({ token_hash: hashToken(token), user_id: userId, csrf_token: csrfToken, created_at: at, expires_at: new Date(at.getTime() + sessionHours * 3_600_000) }).execute();
    return { token, csrfToken };
  }

  return {
    async signUp(input: { clinicName: string; name: string; email: string; password: string; timeZone: string }) {
      const email = normalEmail(input.email);
      if (!input.clinicName.trim()) throw new AccountError('clinicName', 'Enter the clinic\'s name');
      if (!input.name.trim()) throw new AccountError('name', 'Enter your name');
      checkEmail(email);
      checkPassword(input.password);
      checkTimeZone(input.timeZone);
      const passwordHash = await hashPassword(input.password);
      const clinicId = randomUUID();
      const userId = randomUUID();
      try {
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('clinics').values({ id: clinicId, name: input.clinicName.trim(), time_zone: input.timeZone, created_at: now() }).execute();
          await trx.insertInto('users').values({ id: userId, clinic_id: clinicId, email, name: input.name.trim(), role: 'admin', password_hash: passwordHash, created_at: now() }).execute();
        });
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new AccountError('email', 'An account with this email already exists: sign in, or reset the password');
        throw error;
      }
      return startSession(userId);
    },

    async signIn(emailGiven: string, password: string, address: string) {
      const email = normalEmail(emailGiven);
      const since = new Date(now().getTime() - throttle.windowMinutes * 60_000);
      const failures = await db.selectFrom('sign_in_failures').select((eb) => [
        eb.fn.count<string>('key').filterWhere('key', '=', `email:${email}`).as('email'),
        eb.fn.count<string>('key').filterWhere('key', '=', `address:${address}`).as('address'),
      ]).where('at', '>', since).where('key', 'in', [`email:${email}`, `address:${address}`]).executeTakeFirstOrThrow();
      if (Number(failures.email) >= throttle.perEmail || Number(failures.address) >= throttle.perAddress) {
        throw new AccountError('email', `Too many failed sign-ins. Wait ${throttle.windowMinutes} minutes, or reset the password.`, 429);
      }
      const user = await db.selectFrom('users').select(['id', 'password_hash']).where('email', '=', email).executeTakeFirst();
      if (!(await verifyPassword(password, user?.password_hash ?? null)) || !user) {
        await db.insertInto('sign_in_failures').values([{ key: `email:${email}`, at: now() }, { key: `address:${address}`, at: now() }]).execute();
        throw new AccountError('email', 'The email or the password is not right', 401);
      }
      await db.deleteFrom('sign_in_failures').where('key', '=', `email:${email}`).execute();
      return startSession(user.id);
    },

    async session(token: string | undefined): Promise<SignedIn | undefined> {
      if (!token) return undefined;
      const row = await memberQuery()
        .innerJoin('auth_sessions', 'auth_sessions.user_id', 'users.id')
        .select(['auth_sessions.csrf_token', 'auth_sessions.expires_at'])
        .where('auth_sessions.token_hash', '=', hashToken(token))
        .executeTakeFirst();
      if (!row || new Date(row.expires_at).getTime() <= now().getTime()) return undefined;
      return { member: toMember(row), csrfToken: row.csrf_token };
    },

    async signOut(token: string) {
      await db.deleteFrom('auth_sessions').where('token_hash', '=', hashToken(token)).execute();
    },

    async signOutEverywhere(userId: string) {
      await db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
    },

    /** A one-time reset link's token for this email, or null when there is no such account (the caller says the same either way). */
    async requestReset(emailGiven: string): Promise<{ token: string; email: string } | null> {
      const email = normalEmail(emailGiven);
      const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (!user) return null;
      const token = newToken();
      await db.insertInto('password_resets').values({ token_hash: hashToken(token), user_id: user.id, expires_at: new Date(now().getTime() + resetMinutes * 60_000), used_at: null }).execute();
      return { token, email };
    },

    async resetPassword(token: string, password: string) {
      checkPassword(password);
      const passwordHash = await hashPassword(password);
      return db.transaction().execute(async (trx) => {
        // Used once: the update only matches an unused, unexpired link.
        const reset = await trx.updateTable('password_resets').set({ used_at: now() })
          .where('token_hash', '=', hashToken(token)).where('used_at', 'is', null).where('expires_at', '>', now())
          .returning('user_id').executeTakeFirst();
        if (!reset) throw new AccountError('password', 'This reset link has expired or was already used. Ask for a new one.', 410);
        await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', reset.user_id).execute();
        // A new password signs out every old session.
        await trx.deleteFrom('auth_sessions').where('user_id', '=', reset.user_id).execute();
        return reset.user_id;
      });
    },

    async addMember(admin: Member, input: { name: string; email: string; role: Role }) {
      if (admin.role !== 'admin') throw new AccountError('role', 'Only an admin can add members', 403);
      const email = normalEmail(input.email);
      checkEmail(email);
      if (!input.name.trim()) throw new AccountError('name', 'Enter the member\'s name');
      try {
        await db.insertInto('users').values({ id: randomUUID(), clinic_id: admin.clinicId, email, name: input.name.trim(), role: input.role, password_hash: null, created_at: now() }).execute();
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new AccountError('email', 'Someone already has an account with this email');
        throw error;
      }
      return email;
    },

    /** The clinic's time zone, which only an admin may change. */
    async setTimeZone(admin: Member, zone: string) {
      if (admin.role !== 'admin') throw new AccountError('timeZone', 'Only an admin can change the clinic\'s time zone', 403);
      checkTimeZone(zone);
      await db.updateTable('clinics').set({ time_zone: zone }).where('id', '=', admin.clinicId).execute();
    },

    async members(clinicId: string): Promise<Member[]> {
      return (await memberQuery().where('users.clinic_id', '=', clinicId).orderBy('users.name').execute()).map(toMember);
    },

    /** Forgets failed sign-ins older than the window; called now and then. */
    async forgetOldFailures() {
      await sql`delete from sign_in_failures where at < ${new Date(now().getTime() - throttle.windowMinutes * 60_000)}`.execute(db);
    },
  };
}

export type Accounts = ReturnType<typeof accounts>;
