// Web push (RFC 8030) with VAPID (RFC 8292), the payload encrypted for the device (RFC 8291, aes128gcm), by the
// web-push library. The server's VAPID key pair is made once and kept in the database, so every server process and
// every restart signs with the same key the devices subscribed with.
import { createPublicKey } from 'node:crypto';
import { issue, type IssueSaid } from '../contract/errors.ts';
import type { Worded } from '../contract/sentence.ts';
import { endpointProblem, pushAgent } from './push-endpoint.ts';
import type { PushSubscription, ReminderStore } from '../store/reminders.ts';

export interface PushMessage {
  readonly title: string;
  readonly body: string;
  /** The language of the title and body (a BCP 47 tag), for the notification's `lang`. */
  readonly lang: string;
  /** Where tapping the notification goes. */
  readonly url: string;
  /** One notification of a kind replaces the last (a device never piles up reminders). */
  readonly tag: string;
}

export interface PushSender {
  /** The public key a device subscribes with (applicationServerKey), base64url. */
  publicKey(): Promise<string>;
  /**
   * Sends one message; 'gone' when the push service says the subscription no longer exists (404, 410), or when its
   * endpoint is not one the server posts to (it is forgotten, never tried).
   */
  send(subscription: PushSubscription, message: PushMessage): Promise<'sent' | 'gone'>;
}

interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
}

export interface PushOptions {
  /** Push services allowed beside the browsers' own, by origin (the tests' service on loopback). */
  readonly extraServices?: readonly string[];
  /** Certificates to trust instead of the usual ones (the tests' push service). */
  readonly ca?: string | Buffer;
}

/**
 * `subject` is how a push service reaches the operator: an https: URL or a mailto: address (RFC 8292 2.1). Every push
 * goes out through the agent that connects only to public addresses (push-endpoint.ts).
 */
export function pushSender(store: ReminderStore, subject: string, now: () => Date, options: PushOptions = {}): PushSender {
  const extraServices = options.extraServices ?? [];
  const agent = pushAgent({ extraOrigins: extraServices, ...(options.ca ? { ca: options.ca } : {}) });
  // Loaded when first needed: most servers start and answer long before anyone turns reminders on.
  const library = async () => (await import('web-push')).default;
  let keys: Promise<VapidKeys> | undefined;
  const vapid = () => (keys ??= library().then((webpush) => store.serverKey<VapidKeys>('vapid', () => webpush.generateVAPIDKeys(), now())));
  return {
    publicKey: async () => (await vapid()).publicKey,
    async send({ endpoint, keys: deviceKeys }, message) {
      // Checked again as it is sent: a subscription kept before the check was this strict is never posted to.
      if (endpointProblem(endpoint, extraServices) !== null) return 'gone';
      const { publicKey, privateKey } = await vapid();
      const webpush = await library();
      try {
        await webpush.sendNotification({ endpoint, keys: { p256dh: deviceKeys.p256dh, auth: deviceKeys.auth } }, JSON.stringify(message), {
          vapidDetails: { subject, publicKey, privateKey },
          // A reminder a day late is no use: the push service may drop it after a day.
          TTL: 24 * 3600,
          contentEncoding: 'aes128gcm',
          timeout: 10_000,
          agent,
        });
        return 'sent';
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return 'gone';
        throw new Error(`the push service answered ${status ?? (error as Error).message}`, { cause: error });
      }
    },
  };
}

/**
 * Devices a diary may send reminders to: enough for a person's phone, tablet and computers, few enough that a link
 * passed around cannot sign up a crowd to receive the diary's fresh links.
 */
export const maxDevices = 5;
export const tooManyDevices: Worded = { id: 'diary.push.too-many-devices', values: { max: String(maxDevices) } };

/** A key the device sent, base64url, as its bytes (an empty buffer when it is not base64url or is far too long). */
const keyBytes = (text: unknown): Buffer =>
  typeof text === 'string' && text.length <= 200 && /^[A-Za-z0-9_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64url') : Buffer.alloc(0);

/** Whether 65 bytes are an uncompressed point on P-256 (0x04, x, y): node:crypto refuses a point off the curve. */
function isP256Point(bytes: Buffer): boolean {
  if (bytes.length !== 65 || bytes[0] !== 0x04) return false;
  try {
    createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: bytes.subarray(1, 33).toString('base64url'), y: bytes.subarray(33).toString('base64url') },
      format: 'jwk',
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a subscription a browser sent: an endpoint the server will post to (push-endpoint.ts), the device's key a
 * point on P-256 (RFC 8291 needs one to agree a key with), and its auth secret exactly 16 bytes.
 */
export function subscriptionProblem(value: unknown, extraServices: readonly string[] = []): IssueSaid | null {
  const v = value as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } } | null;
  const endpoint = endpointProblem(v?.endpoint, extraServices);
  if (endpoint) return { path: 'endpoint', said: endpoint };
  if (!isP256Point(keyBytes(v?.keys?.p256dh))) return issue('keys.p256dh', 'diary.push.p256dh');
  if (keyBytes(v?.keys?.auth).length !== 16) return issue('keys.auth', 'diary.push.auth');
  return null;
}
