// Clinic accounts: signing up (by a link mailed to the address), members and invitations, signing in with throttling,
// sessions kept in the database (so any server process can serve any request), one-time links, and disabling a
// member. Answers and timing never say whether an email has an account: whatever touches that is done after the
// answer, by `deliver…`, and mailed.
import { createHash } from 'node:crypto';
import { AppError, invalidField } from '../contract/errors.ts';
import { readEmail, readText } from '../contract/text.ts';
import { fallbackLanguage, type Language } from '../i18n/languages.ts';
import { translator, type Translator } from '../i18n/messages.ts';
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
/** The longest window a throttle counts over: an older event counts against nothing, and housekeeping forgets it. */
export const throttleWindowMs = Math.max(throttle.signInMinutes, throttle.mailMinutes) * 60_000;

export const nameRule = { max: 100, required: true } as const;
export const clinicNameRule = { path: 'clinicName', label: { id: 'clinic.label.clinicName' }, max: 120, required: true } as const;

/** Emails and addresses are kept in throttle keys only as hashes. */
const keyOf = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('base64url').slice(0, 22)}`;

function readTimeZone(t: Translator, value: string | null | undefined): string {
  const zone = readText(value, { path: 'timeZone', label: { id: 'clinic.label.timeZone' }, max: 64, required: true });
  if (!isTimeZone(zone)) throw invalidField('timeZone', t('clinic.error.timeZone'));
  return zone;
}

/** Said under every account mail that someone may not have asked for. */
const notYou = (t: Translator) => `\n\n${t('clinic.mail.notYou')}`;

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

  // In the inviting member's language: the invitee has none yet, and is most likely to share their colleague's. The
  // page the link opens is in the invitee's own browser's language, and that becomes theirs as they join.
  const invitationMail = (admin: Member, token: string) => {
    const t = translator(admin.language);
    return {
      subject: t('clinic.mail.invitation.subject', { clinic: admin.clinicName }),
      text: `${t('clinic.mail.invitation.text', { name: admin.name, clinic: admin.clinicName, days: linkHours.invitation / 24 })}\n${deps.link(`/clinic/reset/${token}`)}`,
    };
  };

  return {
    /** Reads a sign-up form; throws `invalid-input` naming the field. Nothing is looked up yet. */
    readSignUp(
      form: { clinicName?: string | null; name?: string | null; email?: string | null; timeZone?: string | null },
      t: Translator = translator(),
    ): SignUpRequest {
      return {
        clinicName: readText(form.clinicName, clinicNameRule),
        name: readText(form.name, { ...nameRule, path: 'name', label: { id: 'clinic.label.yourName' } }),
        email: readEmail(form.email),
        timeZone: readTimeZone(t, form.timeZone),
      };
    },

    /** After the answer: a link to finish signing up, or, to an address that has an account, a note saying so. */
    async deliverSignUp(request: SignUpRequest, requester: string, language: Language = fallbackLanguage): Promise<boolean> {
      // In the language the sign-up form was answered in: nobody else has said theirs yet.
      const t = translator(language);
      if (await store.credentials(request.email)) {
        return mailWithinLimits(request.email, requester, {
          subject: t('clinic.mail.hasAccount.subject'),
          text: `${t('clinic.mail.hasAccount.text')}\n${t('clinic.mail.hasAccount.signIn', { link: deps.link('/clinic/sign-in') })}\n${t('clinic.mail.hasAccount.forgot', { link: deps.link('/clinic/reset') })}${notYou(t)}`,
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
        subject: t('clinic.mail.signUp.subject'),
        text: `${t('clinic.mail.signUp.text', { clinic: request.clinicName, hours: linkHours['sign-up'] })}\n${deps.link(`/clinic/reset/${token}`)}${notYou(t)}`,
      });
    },

    async signIn(
      emailGiven: string | null | undefined,
      passwordGiven: string | null | undefined,
      address: string,
      t: Translator = translator(),
    ): Promise<{ token: string; csrfToken: string }> {
      const email = readText(emailGiven, {
        path: 'email',
        label: { id: 'questionnaire.text.email' },
        max: 254,
        required: true,
      }).toLowerCase();
      const password = passwordGiven ?? '';
      readText(password, { path: 'password', label: { id: 'clinic.label.password' }, max: 256 });
      // Every attempt is counted before any password is checked, so guesses sent at once are counted too.
      const emailKey = keyOf('sign-in', email);
      const [byEmail, byAddress] = await store.countEvent(
        [emailKey, keyOf('sign-in-from', address)],
        deps.now(),
        since(throttle.signInMinutes),
      );
      if (byEmail! > throttle.signInPerEmail || byAddress! > throttle.signInPerAddress) {
        const message = t('clinic.error.tooManySignIns', { minutes: throttle.signInMinutes });
        throw new AppError('too-many-requests', message, [{ path: 'email', message }], throttle.signInMinutes * 60);
      }
      const user = await store.credentials(email);
      // The password is checked (or, for no account, the same time is spent) before anything else is said: only someone
      // who knows it learns that the account exists and was disabled.
      if (!(await hasher.verify(password, user?.passwordHash ?? null)) || !user) {
        const message = t('clinic.error.wrongPassword');
        throw new AppError('unauthorized', message, [{ path: 'email', message }]);
      }
      if (user.disabled) {
        const message = t('clinic.error.disabled');
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
      // In the therapist's language: the client has said none yet. The page the link opens is in the client's own.
      const t = translator(therapist.language);
      return mailWithinLimits(to, therapist.id, {
        subject: t('clinic.mail.followUp.subject', { clinic: therapist.clinicName }),
        text: [
          t('clinic.mail.followUp.who', { name: therapist.name, clinic: therapist.clinicName }),
          `${t('clinic.mail.followUp.link')}\n${link}`,
          t('clinic.mail.followUp.safety'),
          t('clinic.mail.followUp.why'),
        ].join('\n\n'),
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
      // In the member's own language, whoever asked: only the member reads it.
      const t = translator(user.language);
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
        subject: t('clinic.mail.reset.subject'),
        text: `${t('clinic.mail.reset.text')}\n${deps.link(`/clinic/reset/${token}`)}${notYou(t)}`,
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
      language: Language = fallbackLanguage,
    ): Promise<{ purpose: AccountLink['purpose']; session?: { token: string; csrfToken: string } }> {
      const t = translator(language);
      const password = readNewPassword(passwordGiven, t);
      const expired = () => {
        const message = t('clinic.error.linkExpired');
        return new AppError('gone', message, [{ path: 'password', message }]);
      };
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
            language,
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
            language,
          });
        }
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error;
        const message = t('clinic.error.hasAccount');
        throw new AppError('gone', message, [{ path: 'password', message }]);
      }
      return { purpose: link.purpose, session: await startSession(userId) };
    },

    /** Reads an invitation form; a member of this clinic already with that email is said to be one (the admin sees them). */
    async readInvitation(
      admin: Member,
      form: { name?: string | null; email?: string | null; role?: string | null },
    ): Promise<{ name: string; email: string; role: Role }> {
      const name = readText(form.name, { ...nameRule, path: 'name', label: { id: 'clinic.label.memberName' } });
      const email = readEmail(form.email);
      const role: Role = form.role === 'admin' ? 'admin' : 'therapist';
      if ((await store.members(admin.clinicId)).some((member) => member.email === email))
        throw invalidField('email', translator(admin.language)('clinic.error.alreadyMember', { email, clinic: admin.clinicName }));
      return { name, email, role };
    },

    /** After the answer: an invitation link, or, to an address with an account elsewhere, a note that it cannot join. */
    async deliverInvitation(admin: Member, invitation: { name: string; email: string; role: Role }, requester: string): Promise<boolean> {
      if (await store.credentials(invitation.email)) {
        const t = translator(admin.language);
        return mailWithinLimits(invitation.email, requester, {
          subject: t('clinic.mail.otherClinic.subject', { clinic: admin.clinicName }),
          text: t('clinic.mail.otherClinic.text', { name: admin.name, clinic: admin.clinicName }),
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
      if (!open) throw new AppError('not-found', translator(admin.language)('clinic.error.noInvitation'));
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
        const message = translator(admin.language)('clinic.error.mailLimit', { email });
        throw new AppError('too-many-requests', message, [{ path: 'invitations', message }], throttle.mailMinutes * 60);
      }
      await store.cancelInvitations(admin.clinicId, email, deps.now(), hashToken(token));
      return { email };
    },

    /** Cancels the open invitations of an address: their links stop working. */
    async cancelInvitation(admin: Member, emailGiven: string | null | undefined): Promise<{ email: string }> {
      const email = readEmail(emailGiven);
      if ((await store.cancelInvitations(admin.clinicId, email, deps.now())) === 0)
        throw new AppError('not-found', translator(admin.language)('clinic.error.noInvitation'));
      return { email };
    },

    invitations: (admin: Member) => store.invitations(admin.clinicId, deps.now()),
    members: (admin: Member) => store.members(admin.clinicId),

    /** An admin disables (or enables again) another member of the clinic: their sessions and links end at once. */
    async setDisabled(admin: Member, userId: string, disabled: boolean): Promise<Member> {
      const t = translator(admin.language);
      if (userId === admin.id) throw invalidField('member', t('clinic.error.disableSelf'));
      const member = await store.setDisabled(admin.clinicId, userId, disabled ? deps.now() : null);
      if (!member) throw new AppError('not-found', t('clinic.error.noMember'));
      return member;
    },

    async setTimeZone(admin: Member, zone: string | null | undefined): Promise<string> {
      const timeZone = readTimeZone(translator(admin.language), zone);
      await store.setTimeZone(admin.clinicId, timeZone);
      return timeZone;
    },

    /** The member's own language, as they chose it with the language chooser while signed in. */
    setLanguage: (member: Member, language: Language) => store.setLanguage(member.id, language),
  };
}

export type Accounts = ReturnType<typeof accounts>;
