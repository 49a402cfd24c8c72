// Sending mail: by SMTP when SMTP_URL is set, otherwise written to the log (so a reset link still reaches someone).
import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** With no mail server: the message, link included, goes to the structured log at warn. */
export const logMailer = (log: Pick<FastifyBaseLogger, 'warn'>): Mailer => ({
  async send(mail) {
    log.warn({ mail }, 'no mail server configured (SMTP_URL): this message was not sent, it is logged here instead');
  },
});

/** SMTP_URL, e.g. smtps://user:password@smtp.example.com:465; MAIL_FROM the sender. */
export async function smtpMailer(url: string, from: string): Promise<Mailer> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
