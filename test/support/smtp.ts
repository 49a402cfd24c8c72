// A real SMTP server on loopback (nodemailer's smtp-server) for the tests: every message it accepts is parsed
// (mailparser) and kept. Recipients can be made to fail, and the server made to hang, to test retries.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Delivered {
  readonly to: string[];
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly headers: ParsedMail['headers'];
  /** A header as it was sent (unfolded), by lower-case name; mailparser turns some (List-*) into objects. */
  readonly raw: (name: string) => string | undefined;
}

export interface TestSmtp {
  readonly url: string;
  readonly delivered: Delivered[];
  /** Recipients refused with a permanent 550 until removed from this set. */
  readonly refuse: Set<string>;
  /** While held, messages are taken in but never answered: their senders wait (or die waiting). */
  hold(held: boolean): void;
  /** How many messages are being held now. */
  readonly holding: () => number;
  /** Resolves when `count` messages have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Delivered[]>;
  close(): Promise<void>;
}

export async function testSmtp(): Promise<TestSmtp> {
  const delivered: Delivered[] = [];
  const refuse = new Set<string>();
  let held = false;
  let holding = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) return callback(Object.assign(new Error('no such mailbox'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      if (held) {
        // Read and drop it, and never answer: the sender's transaction stays open.
        holding++;
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          const to = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
          const raw = (name: string) =>
            mail.headerLines
              .find((h) => h.key === name)
              ?.line.replace(/\r?\n(?=[ \t])/g, '')
              .replace(/^[^:]*:\s*/, '');
          delivered.push({
            to,
            from: mail.from?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            headers: mail.headers,
            raw,
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    refuse,
    hold: (value) => void (held = value),
    holding: () => holding,
    async waitFor(count, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (delivered.length < count) {
        if (Date.now() > until) throw new Error(`${delivered.length} of ${count} messages arrived in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return delivered;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
