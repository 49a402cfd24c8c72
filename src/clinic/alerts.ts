// Telling therapists that a client needs attention: an email at once when a check-in brings the advice to get care
// now or today, or raises a dashboard flag (pressure, not easing), to the session's therapist and the admins who
// follow the whole clinic; and a daily digest at 08:00 in the clinic's time zone for those who asked. No mail names
// a symptom or the client: it says someone needs attention, how soon (the subject says "emergency" or "urgent" when the
// advice is to get care now or today), and links to the page behind sign-in.
import type { Language } from '../i18n/languages.ts';
import { translator, type Translator } from '../i18n/messages.ts';
import { jobIdOf, type JobData, type JobQueue } from '../jobs/queue.ts';
import { attentionLevels, raisesAttention, type Attention } from '../knowledge/flags.ts';
import { withOffset } from '../present/time.ts';
import { clinicStore, scopeOf, type ClinicStore, type SessionFollowed } from '../store/clinics.ts';
import type { Mail } from './mailer.ts';

export interface AlertDeps {
  readonly store: ClinicStore;
  readonly jobs: JobQueue;
  readonly send: (mail: Mail) => Promise<void>;
  readonly link: (path: string) => string;
  readonly now: () => Date;
}

/**
 * At most one alert per client per hour (issue 24): a client whose answers flip between urgent and emergency would
 * otherwise mail the therapist at each check-in, and a mail that comes every few minutes stops being read. A need
 * raised within the hour, even a higher level (an emergency after an urgent alert), is not mailed, and no mail is
 * sent for it later: the dashboard shows it at once (its level first, "needs attention again" after a "contacted"
 * mark, and the flag "Not emailed: within an hour of the last alert"), the first mail already asked the therapist to
 * look, and the client's own advice never waits for the clinic (an emergency page tells them to call now).
 */
export const alertPaceMs = 3_600_000;

/**
 * Queues the attention job in the check-in's own transaction when the check-in brings a need the session did not
 * have, at the alert pace: the hour is counted on the server's clock, from the check-in that was last mailed.
 */
export const onSessionFollowed =
  (jobs: JobQueue): SessionFollowed =>
  async (transaction, { sessionId, clinicId, before, after, at }) => {
    if (!raisesAttention(before, after)) return;
    if (!(await clinicStore(transaction).alertDue(sessionId, at, alertPaceMs))) return;
    const level = attentionLevels.find((l) => l === after.level);
    await jobs.send('attention', { sessionId, clinicId, ...(level ? { level } : {}) }, { on: transaction });
  };

const footer = (t: Translator, settings: string) => `\n\n${t('clinic.mail.alert.footer', { settings })}`;

/** The zone's local date and hour at an instant, read from its RFC 3339 form with the zone's offset. */
function localHour(at: Date, timeZone: string): { date: string; hour: number } {
  const local = withOffset(at, timeZone);
  return { date: local.slice(0, 10), hour: Number(local.slice(11, 13)) };
}

export const digestHour = 8;

/**
 * An alert's subject, in the recipient's language: how soon, in one word, when the advice is to get care now or
 * today; never a symptom or a name.
 */
export const alertSubject = (level: Extract<Attention, 'emergency' | 'urgent'> | undefined, language: Language = 'en'): string =>
  translator(language)(
    level === 'emergency' ? 'clinic.mail.alert.emergency' : level === 'urgent' ? 'clinic.mail.alert.urgent' : 'clinic.mail.alert.subject',
  );

export function alertHandlers(deps: AlertDeps) {
  const { store, jobs } = deps;
  // Built as each mail is written, never before: until the server listens, `link` cannot know its address.
  const settings = () => deps.link('/clinic/alerts');
  return {
    /** One mail for each member who hears of it at once, each queued with an id of its own: a retry queues none twice. */
    async attention({ sessionId, clinicId, level }: JobData['attention'], jobId: string): Promise<void> {
      // Each in its recipient's own language: two members of one clinic may read different ones.
      for (const { memberId, email, language } of await store.alertRecipients(sessionId)) {
        const t = translator(language);
        await jobs.send(
          'mail',
          {
            to: email,
            kind: 'alert',
            clinicId,
            subject: alertSubject(level, language),
            text:
              `${t('clinic.mail.alert.text')}\n\n` +
              `${t('clinic.mail.alert.signIn')}\n${deps.link(`/clinic/sessions/${sessionId}`)}` +
              footer(t, settings()),
          },
          { id: jobIdOf(jobId, memberId) },
        );
      }
    },

    async mail(mail: JobData['mail']): Promise<void> {
      await deps.send({ to: mail.to, subject: mail.subject, text: mail.text });
    },

    /** Every hour: in each clinic where it is now 08:00, a digest for each member who asked, once a day. */
    async 'digest-tick'(): Promise<void> {
      const now = deps.now();
      for (const clinic of await store.clinicZones()) {
        const { date, hour } = localHour(now, clinic.timeZone);
        if (hour !== digestHour) continue;
        for (const member of await store.digestMembers(clinic.id))
          await jobs.send('digest', { memberId: member.id, clinicId: clinic.id }, { id: jobIdOf('digest', member.id, date) });
      }
    },

    async digest({ memberId, clinicId }: JobData['digest'], jobId: string): Promise<void> {
      const member = await store.member(memberId);
      if (!member || member.disabled || !(await store.alertSettings(memberId)).digest) return;
      const count = await store.needingAttention(scopeOf(member), new Date(deps.now().getTime() - 24 * 3_600_000), attentionLevels);
      if (count === 0) return;
      const t = translator(member.language);
      await jobs.send(
        'mail',
        {
          to: member.email,
          kind: 'digest',
          clinicId,
          subject: t('clinic.mail.digest.subject'),
          text:
            `${t('clinic.mail.digest.text', { count })}\n\n` +
            `${t('clinic.mail.digest.signIn')}\n${deps.link('/clinic')}` +
            footer(t, settings()),
        },
        { id: jobIdOf(jobId, 'mail') },
      );
    },
  };
}
