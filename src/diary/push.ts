// Web push (RFC 8030) with VAPID (RFC 8292), the payload encrypted for the device (RFC 8291, aes128gcm), by the
// web-push library. The server's VAPID key pair is made once and kept in the database, so every server process and
// every restart signs with the same key the devices subscribed with.
import type { Agent } from 'node:https';
import type { PushSubscription, ReminderStore } from '../store/reminders.ts';

export interface PushMessage {
  readonly title: string;
  readonly body: string;
  /** Where tapping the notification goes. */
  readonly url: string;
  /** One notification of a kind replaces the last (a device never piles up reminders). */
  readonly tag: string;
}

export interface PushSender {
  /** The public key a device subscribes with (applicationServerKey), base64url. */
  publicKey(): Promise<string>;
  /** Sends one message; 'gone' when the push service says the subscription no longer exists (404, 410). */
  send(subscription: PushSubscription, message: PushMessage): Promise<'sent' | 'gone'>;
}

interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
}

/** `subject` is how a push service reaches the operator: an https: URL or a mailto: address (RFC 8292 2.1). */
export function pushSender(store: ReminderStore, subject: string, now: () => Date, agent?: Agent): PushSender {
  // Loaded when first needed: most servers start and answer long before anyone turns reminders on.
  const library = async () => (await import('web-push')).default;
  let keys: Promise<VapidKeys> | undefined;
  const vapid = () => (keys ??= library().then((webpush) => store.serverKey<VapidKeys>('vapid', () => webpush.generateVAPIDKeys(), now())));
  return {
    publicKey: async () => (await vapid()).publicKey,
    async send({ endpoint, keys: deviceKeys }, message) {
      const { publicKey, privateKey } = await vapid();
      const webpush = await library();
      try {
        await webpush.sendNotification({ endpoint, keys: { p256dh: deviceKeys.p256dh, auth: deviceKeys.auth } }, JSON.stringify(message), {
          vapidDetails: { subject, publicKey, privateKey },
          // A reminder a day late is no use: the push service may drop it after a day.
          TTL: 24 * 3600,
          contentEncoding: 'aes128gcm',
          timeout: 10_000,
          ...(agent ? { agent } : {}),
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
 * The push services of the browsers people use. The server posts to a subscription's endpoint, so an endpoint
 * anywhere else (an address inside the operator's network) is refused: a diary must not make the server a proxy.
 */
export const knownPushServices: readonly string[] = [
  'fcm.googleapis.com', // Chrome, Edge on Android, Samsung Internet, Opera
  'push.services.mozilla.com', // Firefox (updates.push.services.mozilla.com)
  'notify.windows.com', // Edge on Windows (*.notify.windows.com)
  'push.apple.com', // Safari (web.push.apple.com)
];

/** An endpoint's origin is a known push service (the host or a subdomain of it), over https; `extra` origins as they are (tests). */
export function isPushService(endpoint: URL, extra: readonly string[] = []): boolean {
  if (extra.includes(endpoint.origin)) return true;
  return (
    endpoint.protocol === 'https:' && knownPushServices.some((host) => endpoint.hostname === host || endpoint.hostname.endsWith(`.${host}`))
  );
}

/** Checks a subscription a browser sent: an endpoint at a push service, and keys of the right size. */
export function subscriptionProblem(value: unknown, extraServices: readonly string[] = []): { path: string; message: string } | null {
  const v = value as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } } | null;
  if (typeof v?.endpoint !== 'string' || v.endpoint.length > 2000)
    return { path: 'endpoint', message: 'endpoint must be a URL of at most 2000 characters' };
  let url: URL;
  try {
    url = new URL(v.endpoint);
  } catch {
    return { path: 'endpoint', message: 'endpoint must be a URL' };
  }
  if (!isPushService(url, extraServices)) return { path: 'endpoint', message: "endpoint must be at a browser's push service" };
  const bytes = (s: unknown) =>
    typeof s === 'string' && s.length <= 200 && /^[A-Za-z0-9_-]+={0,2}$/.test(s) ? Buffer.from(s, 'base64url').length : -1;
  if (bytes(v.keys?.p256dh) !== 65) return { path: 'keys.p256dh', message: 'keys.p256dh must be a P-256 public key (65 bytes, base64url)' };
  if (bytes(v.keys?.auth) !== 16) return { path: 'keys.auth', message: 'keys.auth must be 16 bytes, base64url' };
  return null;
}
