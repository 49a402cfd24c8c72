// Reminders that reach the person: at the planned check-in time (the latest advice's recheck time, on the server's
// clock) and, once, a day after it if they have not checked in, on each device that asked for them (web push) and by
// email to an address they gave and confirmed. Each reminder carries a fresh link to the diary that lasts a week, made
// when it is sent and kept only as a hash; an email also carries a one-click unsubscribe link (RFC 8058), which stops
// every mail to that address from any diary. An address gets one confirmation mail, a few a day at most, before
// anything else. Every mail and push is in the diary's language, read when it is sent (its owner may have chosen
// another language since it was queued).
import type { Kysely } from 'kysely';
import type { Mail } from '../clinic/mailer.ts';
import { languageTags, type Language } from '../i18n/languages.ts';
import { translator, type MessageId, type Translator } from '../i18n/messages.ts';
import { jobIdOf, type JobData, type JobQueue, type ReminderKind } from '../jobs/queue.ts';
import type { DiaryHooks } from '../store/diaries.ts';
import type { LinkPurpose } from '../store/reminders.ts';
import type { Schema } from '../store/schema.ts';
import type { Stores } from '../store/stores.ts';
import { hashToken } from '../store/tokens.ts';
import type { PushSender } from './push.ts';
import { plannedAfter, plannedAfterLatest } from './service.ts';

/** How long a reminder's link opens the diary, and how long an email's unsubscribe link works. */
export const reminderLinkDays = 7;
export const unsubscribeLinkDays = 60;
/** How long a confirmation link works, and how many confirmation mails one address gets in a day, from all diaries. */
export const confirmLinkDays = 3;
export const confirmationMailsPerDay = 3;
/** A planned check-in not made after this long gets one gentle reminder more. */
export const missedAfterMs = 24 * 3_600_000;

const day = 24 * 3_600_000;

/** Queues the reminders for a planned check-in at `at` (ISO), in `on` when given; what is past is not queued. */
export async function queueReminders(jobs: JobQueue, diaryId: string, at: string, now: Date, on?: Kysely<Schema>): Promise<void> {
  const due = new Date(at);
  const missed = new Date(due.getTime() + missedAfterMs);
  const where = on ? { on } : {};
  if (due > now)
    await jobs.send('reminder', { diaryId, at, kind: 'due' }, { ...where, startAfter: due, id: jobIdOf('reminder', diaryId, at, 'due') });
  if (missed > now)
    await jobs.send(
      'reminder',
      { diaryId, at, kind: 'missed' },
      { ...where, startAfter: missed, id: jobIdOf('reminder', diaryId, at, 'missed') },
    );
}

/** In a check-in's transaction: its recheck time's reminders, when the diary has somewhere to send them. */
export const onCheckedIn =
  (jobs: JobQueue, now: () => Date): NonNullable<DiaryHooks['checkedIn']> =>
  async (transaction, diaryId, checkIn, diary) => {
    const at = plannedAfter(checkIn);
    if (at && diary.remindable) await queueReminders(jobs, diaryId, at, now(), transaction);
  };

/** What asking an address to confirm did: a mail is on its way, or none because of the address's stop or its daily limit. */
export type ConfirmationAsked = 'sent' | 'suppressed' | 'limit';

/**
 * Asks the diary's new address to confirm, in one mail queued now and written when it is sent (its link is never in
 * the job). Nothing goes to an address that stopped reminders, nor a fourth mail in a day to one address.
 */
export async function askToConfirm(
  deps: Pick<ReminderDeps, 'stores' | 'jobs' | 'now'>,
  diaryId: string,
  address: string,
): Promise<ConfirmationAsked> {
  const addressHash = hashToken(address);
  if (await deps.stores.reminders.isSuppressed(addressHash)) return 'suppressed';
  const now = deps.now();
  if (!(await deps.stores.reminders.countConfirmationMail(addressHash, now, new Date(now.getTime() - day), confirmationMailsPerDay)))
    return 'limit';
  await deps.jobs.send('reminder-confirmation', { diaryId });
  return 'sent';
}

export interface ReminderDeps {
  readonly stores: Stores;
  readonly jobs: JobQueue;
  readonly push: PushSender;
  readonly send: (mail: Mail) => Promise<void>;
  readonly link: (path: string) => string;
  readonly now: () => Date;
  readonly newToken: () => string;
}

/** Each reminder's words: the push's title and body; the mail's subject (a subject line of its own, not the title lowercased: German keeps its capitals). */
const words: Record<ReminderKind, { title: MessageId; body: MessageId; subject: MessageId }> = {
  due: { title: 'mail.reminder.due.title', body: 'mail.reminder.due.body', subject: 'mail.reminder.due.subject' },
  missed: { title: 'mail.reminder.missed.title', body: 'mail.reminder.missed.body', subject: 'mail.reminder.missed.subject' },
};

/**
 * A mail's headers: RFC 8058's, so that a mail client's own "unsubscribe" stops the address with one click, and the
 * language it is written in (RFC 3282), so that a mail client reads it aloud or translates it from the right one.
 */
const headersOf = (unsubscribe: string, language: Language) => ({
  'List-Unsubscribe': `<${unsubscribe}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'Content-Language': languageTags[language],
});

/** The translator for a diary's mails and pushes: its own language, or none when the diary is gone. */
async function translatorOf(stores: Stores, diaryId: string): Promise<Translator | undefined> {
  const diary = await stores.diaries.diaryById(diaryId);
  return diary && translator(diary.language);
}

export function reminderHandlers(deps: ReminderDeps) {
  const { stores, jobs } = deps;

  /** A fresh link to the diary for this reminder, kept only as a hash, lasting `days`. */
  async function linkFor(diaryId: string, purpose: LinkPurpose, days: number, address?: string): Promise<string> {
    const token = deps.newToken();
    const addressHash = address === undefined ? undefined : hashToken(address);
    await stores.reminders.addLink(diaryId, purpose, hashToken(token), new Date(deps.now().getTime() + days * day), addressHash);
    return token;
  }

  return {
    /** Still due (no check-in since, and the advice is still to check in then)? One job for each channel. */
    async reminder({ diaryId, at, kind }: JobData['reminder'], jobId: string): Promise<void> {
      // From the latest check-in alone: none when the diary is gone, and another plan when one was made since.
      if (plannedAfterLatest(await stores.diaries.latestCheckIn(diaryId)) !== at) return;
      const channels = await stores.reminders.channels(diaryId);
      for (const subscription of channels.subscriptions)
        await jobs.send('push', { diaryId, subscriptionId: subscription.id, kind }, { id: jobIdOf(jobId, subscription.id) });
      if (channels.email) await jobs.send('reminder-mail', { diaryId, kind }, { id: jobIdOf(jobId, 'mail') });
    },

    async push({ diaryId, subscriptionId, kind }: JobData['push']): Promise<void> {
      const subscription = (await stores.reminders.channels(diaryId)).subscriptions.find((s) => s.id === subscriptionId);
      const t = await translatorOf(stores, diaryId);
      if (!subscription || !t) return; // turned off, or the diary deleted, since
      const token = await linkFor(diaryId, 'open', reminderLinkDays);
      const sent = await deps.push.send(subscription, {
        title: t(words[kind].title),
        body: t(words[kind].body),
        lang: languageTags[t.language],
        url: deps.link(`/diary/${token}/check-in`),
        tag: 'aftercare-reminder',
      });
      if (sent === 'gone') await stores.reminders.forgetSubscription(subscriptionId);
    },

    async 'reminder-mail'({ diaryId, kind }: JobData['reminder-mail']): Promise<void> {
      const { email } = await stores.reminders.channels(diaryId);
      const t = await translatorOf(stores, diaryId);
      // Confirmed on this diary, and not stopped since from another diary's mail.
      if (!email || !t || (await stores.reminders.isSuppressed(hashToken(email)))) return;
      const open = deps.link(`/diary/${await linkFor(diaryId, 'open', reminderLinkDays)}/check-in`);
      const unsubscribe = deps.link(`/reminders/unsubscribe/${await linkFor(diaryId, 'unsubscribe', unsubscribeLinkDays, email)}`);
      await deps.send({
        to: email,
        subject: t(words[kind].subject),
        text: [
          t(words[kind].body),
          `${t('mail.reminder.checkInHere', { days: reminderLinkDays })}\n${open}`,
          t('mail.reminder.redFlags'),
          t('mail.notADiagnosis'),
          `${t('mail.reminder.why')}\n${unsubscribe}`,
        ].join('\n\n'),
        headers: headersOf(unsubscribe, t.language),
      });
    },

    /** The one mail an address gets before it confirms: a link to start the reminders, and one to refuse them all. */
    async 'reminder-confirmation'({ diaryId }: JobData['reminder-confirmation']): Promise<void> {
      const email = await stores.reminders.email(diaryId);
      const t = await translatorOf(stores, diaryId);
      // Changed, stopped or confirmed since it was asked for, or stopped from another diary's mail: nothing to send.
      if (!email || !t || email.confirmed || (await stores.reminders.isSuppressed(hashToken(email.address)))) return;
      const confirm = deps.link(`/reminders/confirm/${await linkFor(diaryId, 'confirm', confirmLinkDays, email.address)}`);
      const unsubscribe = deps.link(`/reminders/unsubscribe/${await linkFor(diaryId, 'unsubscribe', unsubscribeLinkDays, email.address)}`);
      await deps.send({
        to: email.address,
        subject: t('mail.confirm.subject'),
        text: [
          `${t('mail.confirm.asked', { days: confirmLinkDays })}\n${confirm}`,
          `${t('mail.confirm.notYou')}\n${unsubscribe}`,
          t('mail.notADiagnosis'),
        ].join('\n\n'),
        headers: headersOf(unsubscribe, t.language),
      });
    },
  };
}
