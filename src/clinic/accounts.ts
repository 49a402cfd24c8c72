// Clinic accounts: signing up (by a link mailed to the address), members and invitations, signing in with throttling,
// sessions kept in the database (so any server process can serve any request), one-time links, and disabling a
// member. Answers and timing never say whether an email has an account: whatever touches that is done after the
// answer, by `deliver…`, and mailed.
import { createHash } from 'node:crypto';
import { AppError, invalidField } from '../contract/errors.ts';
import { readEmail, readText } from '../contract/text.ts';
import { isTimeZone } from '../present/time.ts';
import { EmailTakenError, type AccountLink, type ClinicStore, type Member, type Role } from '../store/clinics.ts';
import { hashToken, isToken } from '../store/tokens.ts';
import type { Mail } from './mailer.ts';
import { readNewPassword, type PasswordHasher } from './passwords.ts';

export type { Member, Role } from '../store/clinics.ts';

export interface AccountDeps {
  readonly store: ClinicStore;
  readonly hasher: PasswordHasher;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly newToken: () => string;
  /** An absolute link on the configured public address: never built from a request. */
  readonly link: (path: string) => string;
  readonly send: (mail: Mail) => Promise<void>;
}

export interface SignedIn {
  readonly member: Member;
  readonly csrfToken: string;
}

const hour = 3_600_000;
const sessionHours = 12;
/** How long each kind of one-time link works. */
export const linkHours: Readonly<Record<AccountLink['purpose'], number>> = { reset: 1, 'sign-up': 24, invitation: 7 * 24 };
/** Sign-in attempts allowed per email and per address, and mails per recipient and per requester, in their windows. */
export const throttle = {
  signInPerEmail: 5,
  signInPerAddress: 20,
  signInMinutes: 15,
  mailsPerRecipient: 3,
  mailsPerRequester: 20,
  mailMinutes: 60,
} as const;

export const nameRule = { label: 'the name', max: 100, required: true } as const;
export const clinicNameRule = { path: 'clinicName', label: "the clinic's name", max: 120, required: true } as const;

/** Emails and addresses are kept in throttle keys only as hashes. */
const keyOf = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('base64url').slice(0, 22)}`;

function readTimeZone(value: string | null | undefined): string {
  const zone = readText(value, { path: 'timeZone', label: 'the time zone', max: 64, required: true });
  if (!isTimeZone(zone)) throw invalidField('timeZone', "Choose the clinic's time zone from the list");
  return zone;
}

export interface SignUpRequest {
  readonly clinicName: string;
  readonly name: string;
  readonly email: string;
  readonly timeZone: string;
}

export function accounts(deps: AccountDeps) {
  const { store, hasher } = deps;
  const since = (minutes: number) => new Date(deps.now().getTime() - minutes * 60_000);

  async function startSession(userId: string): Promise<{ token: string; csrfToken: string }> {
    const token = deps.newToken();
    const csrfToken = deps.newToken();
    const at = deps.now();
    await store.startSession({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      at,
      expiresAt: new Date(at.getTime() + sessionHours * hour),
    });
    return { token, csrfToken };
  }

  /** Sends unless the recipient or the requester has had their share of mail this hour. */
  async function mailWithinLimits(to: string, requester: string, mail: Omit<Mail, 'to'>): Promise<boolean> {
    const [toRecipient, fromRequester] = await store.countEvent(
      [keyOf('mail-to', to), keyOf('mail-from', requester)],
      deps.now(),
      since(throttle.mailMinutes),
    );
    if (toRecipient! > throttle.mailsPerRecipient || fromRequester! > throttle.mailsPerRequester) return false;
    await deps.send({ to, ...mail });
    return true;
  }

  async function newLink(link: Omit<AccountLink, 'createdAt' | 'expiresAt'>): Promise<string> {
    const token = deps.newToken();
    const at = deps.now();
    await store.createLink(hashToken(token), {
      ...link,
      createdAt: at,
      expiresAt: new Date(at.getTime() + linkHours[link.purpose] * hour),
    });
    return token;
  }

  const invitationMail = (admin: Member, token: string) => ({
    subject: `Aftercare: you were invited to ${admin.clinicName}`,
    text: `${admin.name} invited you to ${admin.clinicName} on Aftercare. Choose your password here (the link works once, for ${linkHours.invitation / 24} days):\n${deps.link(`/clinic/reset/${token}`)}`,
  });

  return {
    /** Reads a sign-up form; throws `invalid-input` naming the field. Nothing is looked up yet. */
    readSignUp(form: { clinicName?: string | null; name?: string | null; email?: string | null; timeZone?: string | null }): SignUpRequest {
      return {
        clinicName: readText(form.clinicName, clinicNameRule),
        name: readText(form.name, { ...nameRule, path: 'name', label: 'your name' }),
        email: readEmail(form.email),
        timeZone: readTimeZone(form.timeZone),
      };
    },

    /** After the answer: a link to finish signing up, or, to an address that has an account, a note saying so. */
    async deliverSignUp(request: SignUpRequest, requester: string): Promise<boolean> {
      if (await store.credentials(request.email)) {
        return mailWithinLimits(request.email, requester, {
          subject: 'Aftercare: you already have an account',
          text: `Someone asked to create a clinic account on Aftercare with this address, which already has one.\nSign in: ${deps.link('/clinic/sign-in')}\nForgot the password? ${deps.link('/clinic/reset')}\n\nIf this was not you, ignore this message.`,
        });
      }
      const token = await newLink({
        purpose: 'sign-up',
        userId: null,
        clinicId: null,
        email: request.email,
        name: request.name,
        role: 'admin',
        clinicName: request.clinicName,
        timeZone: request.timeZone,
        invitedBy: null,
      });
      return mailWithinLimits(request.email, requester, {
        subject: 'Aftercare: finish creating your clinic account',
        text: `To finish creating the account for ${request.clinicName}, choose a password here. The link works once, for ${linkHours['sign-up']} hours:\n${deps.link(`/clinic/reset/${token}`)}\n\nIf you did not ask for this, ignore this message.`,
      });
    },

    async signIn(
      emailGiven: string | null | undefined,
      passwordGiven: string | null | undefined,
      address: string,
    ): Promise<{ token: string; csrfToken: string }> {
      const email = readText(emailGiven, { path: 'email', label: 'the email address', max: 254, required: true }).toLowerCase();
      const password = passwordGiven ?? '';
      readText(password, { path: 'password', label: 'the password', max: 256 });
      // Every attempt is counted before any password is checked, so guesses sent at once are counted too.
      const emailKey = keyOf('sign-in', email);
      const [byEmail, byAddress] = await store.countEvent(
        [emailKey, keyOf('sign-in-from', address)],
        deps.now(),
        since(throttle.signInMinutes),
      );
      if (byEmail! > throttle.signInPerEmail || byAddress! > throttle.signInPerAddress) {
        throw new AppError(
          'too-many-requests',
          `Too many sign-in attempts. Wait ${throttle.signInMinutes} minutes, or reset the password.`,
          [{ path: 'email', message: `Too many sign-in attempts. Wait ${throttle.signInMinutes} minutes, or reset the password.` }],
          throttle.signInMinutes * 60,
        );
      }
      const user = await store.credentials(email);
      // The password is checked (or, for no account, the same time is spent) before anything else is said: only someone
      // who knows it learns that the account exists and was disabled.
      if (!(await hasher.verify(password, user?.passwordHash ?? null)) || !user) {
        throw new AppError('unauthorized', 'The email or the password is not right', [
          { path: 'email', message: 'The email or the password is not right' },
        ]);
      }
      if (user.disabled) {
        const message = 'Your access was turned off by an admin of your clinic. Ask them to turn it back on.';
        throw new AppError('forbidden', message, [{ path: 'email', message }]);
      }
      await store.forgetEvents(emailKey);
      return startSession(user.userId);
    },

    async session(token: string | undefined): Promise<SignedIn | undefined> {
      if (!token || !isToken(token)) return undefined;
      return store.session(hashToken(token), deps.now());
    },

    signOut: (token: string) => store.endSession(hashToken(token)),
    signOutEverywhere: (userId: string) => store.endSessionsOf(userId),

    /** After the answer: a reset link to a member's address; nothing for an address without one, or a disabled member. */
    /**
     * The follow-up link mailed to the client, when the therapist gave an address (within the mail limits). The
     * mail says who sent it and what it does; it holds no health details.
     */
    async deliverFollowUp(therapist: Member, to: string, link: string): Promise<boolean> {
      return mailWithinLimits(to, therapist.id, {
        subject: `${therapist.clinicName}: how is your back after your massage?`,
        text:
          `${therapist.name} at ${therapist.clinicName} would like to know how you feel over the next few days.\n\n` +
          `This link asks whether you agree to share your check-ins with the clinic, then starts your recovery diary (it works once):\n${link}\n\n` +
          'Aftercare gives general information, not a diagnosis. If you have new numbness, weakness in a leg, or trouble ' +
          'controlling your bladder or bowels, call your emergency number now.\n\n' +
          'You get this one email because your therapist typed your address. Aftercare did not keep it.',
      });
    },

    async deliverReset(emailGiven: string | null | undefined, requester: string): Promise<boolean> {
      let email: string;
      try {
        email = readEmail(emailGiven);
      } catch {
        return false;
      }
      const user = await store.credentials(email);
      if (!user || user.disabled) return false;
      const token = await newLink({
        purpose: 'reset',
        userId: user.userId,
        clinicId: user.clinicId,
        email,
        name: null,
        role: null,
        clinicName: null,
        timeZone: null,
        invitedBy: null,
      });
      return mailWithinLimits(email, requester, {
        subject: 'Aftercare: choose a new password',
        text: `Open this link to choose a new password. It works once, for an hour:\n${deps.link(`/clinic/reset/${token}`)}\n\nIf you did not ask for this, ignore this message.`,
      });
    },

    /** A one-time link that still works, to show its form; undefined for any other token, before any hashing. */
    async openLink(token: string): Promise<AccountLink | undefined> {
      if (!isToken(token)) return undefined;
      return store.findLink(hashToken(token), deps.now());
    },

    /**
     * Uses a one-time link with the password chosen: a reset changes it (ending every session and link of the
     * member); a sign-up creates the clinic; an invitation the member. The cheap checks come before the hash.
     */
    async useLink(
      token: string,
      passwordGiven: string | null | undefined,
    ): Promise<{ purpose: AccountLink['purpose']; session?: { token: string; csrfToken: string } }> {
      const password = readNewPassword(passwordGiven);
      const expired = () =>
        new AppError('gone', 'This link has expired or was already used. Ask for a new one.', [
          { path: 'password', message: 'This link has expired or was already used. Ask for a new one.' },
        ]);
      if (!(await this.openLink(token))) throw expired();
      const passwordHash = await hasher.hash(password);
      const link = await store.useLink(hashToken(token), deps.now());
      if (!link) throw expired();
      const at = deps.now();
      if (link.purpose === 'reset') {
        await store.setPassword(link.userId!, passwordHash, at);
        return { purpose: 'reset' };
      }
      const userId = deps.newId();
      try {
        if (link.purpose === 'sign-up') {
          await store.createClinic({
            clinicId: deps.newId(),
            clinicName: link.clinicName!,
            timeZone: link.timeZone!,
            userId,
            email: link.email,
            name: link.name!,
            passwordHash,
            at,
          });
        } else {
          await store.addMember({
            id: userId,
            clinicId: link.clinicId!,
            email: link.email,
            name: link.name!,
            role: link.role!,
            passwordHash,
            at,
          });
        }
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error;
        throw new AppError('gone', 'This email already has an account: sign in instead.', [
          { path: 'password', message: 'This email already has an account: sign in instead.' },
        ]);
      }
      return { purpose: link.purpose, session: await startSession(userId) };
    },

    /** Reads an invitation form; a member of this clinic already with that email is said to be one (the admin sees them). */
    async readInvitation(
      admin: Member,
      form: { name?: string | null; email?: string | null; role?: string | null },
    ): Promise<{ name: string; email: string; role: Role }> {
      const name = readText(form.name, { ...nameRule, path: 'name', label: "the member's name" });
      const email = readEmail(form.email);
      const role: Role = form.role === 'admin' ? 'admin' : 'therapist';
      if ((await store.members(admin.clinicId)).some((member) => member.email === email))
        throw invalidField('email', `${email} is already a member of ${admin.clinicName}`);
      return { name, email, role };
    },

    /** After the answer: an invitation link, or, to an address with an account elsewhere, a note that it cannot join. */
    async deliverInvitation(admin: Member, invitation: { name: string; email: string; role: Role }, requester: string): Promise<boolean> {
      if (await store.credentials(invitation.email)) {
        return mailWithinLimits(invitation.email, requester, {
          subject: `Aftercare: ${admin.clinicName} invited you`,
          text: `${admin.name} invited this address to ${admin.clinicName} on Aftercare, but it already has an account with another clinic. An address can belong to one clinic: ask them to invite another address.`,
        });
      }
      const token = await newLink({
        purpose: 'invitation',
        userId: null,
        clinicId: admin.clinicId,
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        clinicName: admin.clinicName,
        timeZone: null,
        invitedBy: admin.id,
      });
      return mailWithinLimits(invitation.email, requester, invitationMail(admin, token));
    },

    /**
     * Sends an open invitation again, with a new link (within the mail limits): once it is sent, the older links of
     * that address stop working. When the limits hold it back, nothing changes and the admin is told.
     */
    async resendInvitation(admin: Member, emailGiven: string | null | undefined, requester: string): Promise<{ email: string }> {
      const email = readEmail(emailGiven);
      const open = (await store.invitations(admin.clinicId, deps.now())).find((invitation) => invitation.email === email);
      if (!open) throw new AppError('not-found', 'There is no open invitation for this address.');
      const token = await newLink({
        purpose: 'invitation',
        userId: null,
        clinicId: admin.clinicId,
        email,
        name: open.name,
        role: open.role,
        clinicName: admin.clinicName,
        timeZone: null,
        invitedBy: admin.id,
      });
      const sent = await mailWithinLimits(email, requester, invitationMail(admin, token));
      if (!sent) {
        // The new link was never sent: it is ended, and the one the person may already have keeps working.
        await store.useLink(hashToken(token), deps.now());
        const message = `${email} has had as many emails as we send in an hour. Try again later.`;
        throw new AppError('too-many-requests', message, [{ path: 'invitations', message }], throttle.mailMinutes * 60);
      }
      await store.cancelInvitations(admin.clinicId, email, deps.now(), hashToken(token));
      return { email };
    },

    /** Cancels the open invitations of an address: their links stop working. */
    async cancelInvitation(admin: Member, emailGiven: string | null | undefined): Promise<{ email: string }> {
      const email = readEmail(emailGiven);
      if ((await store.cancelInvitations(admin.clinicId, email, deps.now())) === 0)
        throw new AppError('not-found', 'There is no open invitation for this address.');
      return { email };
    },

    invitations: (admin: Member) => store.invitations(admin.clinicId, deps.now()),
    members: (admin: Member) => store.members(admin.clinicId),

    /** An admin disables (or enables again) another member of the clinic: their sessions and links end at once. */
    async setDisabled(admin: Member, userId: string, disabled: boolean): Promise<Member> {
      if (userId === admin.id) throw invalidField('member', 'You cannot disable your own account');
      const member = await store.setDisabled(admin.clinicId, userId, disabled ? deps.now() : null);
      if (!member) throw new AppError('not-found', 'There is no such member in your clinic.');
      return member;
    },

    async setTimeZone(admin: Member, zone: string | null | undefined): Promise<string> {
      const timeZone = readTimeZone(zone);
      await store.setTimeZone(admin.clinicId, timeZone);
      return timeZone;
    },

    /** Forgets throttle events older than any window; called now and then. */
    forgetOldEvents: () => store.forgetEventsBefore(since(Math.max(throttle.signInMinutes, throttle.mailMinutes))),
  };
}

export type Accounts = ReturnType<typeof accounts>;
