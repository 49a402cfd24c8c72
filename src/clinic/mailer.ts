// Sending mail: by SMTP when SMTP_URL is set; otherwise each message is written as a file to the data folder's
// outbox (a one-time link must reach someone on a laptop, but never a log line: links in mails are secrets).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** With no mail server: each message as an .eml file in `folder`; the log says a file was written, not what is in it. */
export function outboxMailer(folder: string, log: () => Pick<FastifyBaseLogger, 'warn'>, newName: () => string): Mailer {
  return {
    async send(mail) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const name = `${newName()}.eml`;
      writeFileSync(
        join(folder, name),
        `To: ${mail.to}\r\nSubject: ${mail.subject}\r\n${Object.entries(mail.headers ?? {})
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join('')}Content-Type: text/plain; charset=utf-8\r\n\r\n${mail.text}\r\n`,
        { mode: 0o600 },
      );
      log().warn(
        { file: join(folder, name) },
        'no mail server configured (SMTP_URL): the message was written to the outbox folder instead of being sent',
      );
    },
  };
}

/** SMTP_URL, e.g. smtps://user:password@smtp.example.com:465; MAIL_FROM the sender. */
export async function smtpMailer(url: string, from: string): Promise<Mailer> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
    },
  };
}
