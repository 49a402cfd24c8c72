// A push service on loopback (https, with a certificate of its own in test/fixtures/push-tls), as a browser's (FCM, Mozilla's) is to the server: it hands out subscriptions with
// keys of its own making, checks every push's VAPID signature and claims (RFC 8292), and decrypts the payload with
// the subscription's private key (RFC 8291, aes128gcm, RFC 8188), exactly as a device would. Written from the RFCs
// with node:crypto only, so that it does not share a line with the library the server sends with.
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly subscription: string;
  /** The decrypted payload, parsed. */
  readonly message: { title: string; body: string; url: string; tag: string };
  readonly ttl: number;
  /** VAPID's claims, verified. */
  readonly claims: { aud: string; exp: number; sub: string };
  /** The public key the push was signed with (base64url). */
  readonly vapidKey: string;
}

export interface TestPushService {
  readonly origin: string;
  /** The service's own certificate, for the server to trust (a push service is always https). */
  readonly certificate: Buffer;
  readonly received: Received[];
  /** Pushes it refused, with why (a bad signature, claims, encryption). */
  readonly refused: string[];
  /** A new subscription, as `PushSubscription.toJSON()` gives it. */
  subscribe(): { endpoint: string; keys: { p256dh: string; auth: string } };
  /** From now on, pushes to this endpoint answer 410 Gone (the device unsubscribed). */
  gone(endpoint: string): void;
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

const b64url = (buffer: Buffer) => buffer.toString('base64url');
const fromB64url = (text: string) => Buffer.from(text, 'base64url');
const hkdf = (ikm: Buffer, salt: Buffer, info: Buffer, length: number) => Buffer.from(hkdfSync('sha256', ikm, salt, info, length));

/** RFC 8292 3: `vapid t=<JWT>, k=<P-256 public key>`; the JWT signed with ES256 by that key. */
function verifyVapid(header: string | undefined, audience: string): { claims: Received['claims']; key: string } {
  const match = /^vapid t=([A-Za-z0-9_.-]+), ?k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) throw new Error(`no VAPID authorization: ${header}`);
  const [jwt, key] = [match[1]!, match[2]!];
  const [head, body, signature] = jwt.split('.') as [string, string, string];
  const { alg, typ } = JSON.parse(fromB64url(head).toString()) as { alg: string; typ: string };
  if (alg !== 'ES256' || typ !== 'JWT') throw new Error(`JWT header ${alg}/${typ}`);
  const point = fromB64url(key);
  if (point.length !== 65 || point[0] !== 4) throw new Error('k is not an uncompressed P-256 point');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33)) },
    format: 'jwk',
  });
  const valid = verify('sha256', Buffer.from(`${head}.${body}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, fromB64url(signature));
  if (!valid) throw new Error('the VAPID signature does not verify');
  const claims = JSON.parse(fromB64url(body).toString()) as Received['claims'];
  const now = Date.now() / 1000;
  if (claims.aud !== audience) throw new Error(`aud ${claims.aud} is not ${audience}`);
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600)) throw new Error(`exp ${claims.exp} is not within 24 hours`);
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error(`sub ${claims.sub} is not a mailto: or https: URL`);
  return { claims, key };
}

/** RFC 8291 3.4 and RFC 8188 2: one record, keyed by ECDH between the device's key and the sender's one-time key. */
function decrypt(body: Buffer, device: { ecdh: ReturnType<typeof createECDH>; auth: Buffer }): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const senderKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = device.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.ecdh.getPublicKey(), senderKey]);
  const ikm = hkdf(shared, device.auth, keyInfo, 32);
  const cek = hkdf(ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
  const nonce = hkdf(ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // Padding: the last record ends with the delimiter 0x02, then zeros.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  if (plain[end] !== 2) throw new Error('the last record has no 0x02 delimiter');
  return plain.subarray(0, end).toString('utf8');
}

const bodyOf = (request: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

export async function testPushService(): Promise<TestPushService> {
  const devices = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  const gone = new Set<string>();
  const received: Received[] = [];
  const refused: string[] = [];
  let origin = '';
  const tls = {
    key: readFileSync(new URL('../fixtures/push-tls/key.pem', import.meta.url)),
    cert: readFileSync(new URL('../fixtures/push-tls/cert.pem', import.meta.url)),
  };
  const server = createServer(tls, (request, response) => {
    void bodyOf(request).then((body) => {
      const endpoint = `${origin}${request.url}`;
      const device = devices.get(endpoint);
      if (request.method !== 'POST' || !device) return response.writeHead(404).end();
      if (gone.has(endpoint)) return response.writeHead(410).end();
      try {
        const { claims, key } = verifyVapid(request.headers.authorization, origin);
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error(`Content-Encoding ${request.headers['content-encoding']}`);
        const message = JSON.parse(decrypt(body, device)) as Received['message'];
        received.push({ subscription: endpoint, message, ttl: Number(request.headers.ttl), claims, vapidKey: key });
        response.writeHead(201).end();
      } catch (error) {
        refused.push((error as Error).message);
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    certificate: tls.cert,
    received,
    refused,
    subscribe() {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${randomBytes(12).toString('hex')}`;
      devices.set(endpoint, { ecdh, auth });
      return { endpoint, keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) } };
    },
    gone: (endpoint) => void gone.add(endpoint),
    async waitFor(count, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (refused.length) throw new Error(`the push service refused: ${refused.join('; ')}`);
        if (Date.now() > until) throw new Error(`${received.length} pushes of ${count} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
