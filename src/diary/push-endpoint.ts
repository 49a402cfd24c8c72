// Where the server may post a reminder (second audit, finding 1): a push endpoint is a browser's push service, written
// exactly one way, in characters that the WHATWG parser that checks it and the legacy `url.parse` that web-push sends
// with read alike, and reached only at a public address. A diary must not turn the server into a proxy into the
// operator's network.
import { lookup as systemLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { Agent, type RequestOptions } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Worded } from '../contract/sentence.ts';

/** The push services of the browsers people use, each with the browser a person knows it by. */
export const knownPushServices: readonly { readonly host: string; readonly code: BrowserCode }[] = [
  { host: 'fcm.googleapis.com', code: 'chrome' }, // Chrome, Edge on Android, Samsung Internet, Opera
  { host: 'push.services.mozilla.com', code: 'firefox' }, // updates.push.services.mozilla.com
  { host: 'notify.windows.com', code: 'edge' }, // *.notify.windows.com
  { host: 'push.apple.com', code: 'safari' }, // web.push.apple.com
];

/** A browser as the diary page names it in the reader's language (`diary.devices.device`); `other` for any else. */
export type BrowserCode = 'chrome' | 'firefox' | 'edge' | 'safari' | 'other';

export const maxEndpointLength = 2000;

/** Letters, digits and hyphens in labels between dots: a host no parser reads two ways. */
const plainHost = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

const serviceOf = (hostname: string) =>
  plainHost.test(hostname) ? knownPushServices.find(({ host }) => hostname === host || hostname.endsWith(`.${host}`)) : undefined;

/** The browser a device's push service belongs to, as a code the page words in its language. */
export const browserCodeOf = (endpoint: string): BrowserCode => {
  try {
    return serviceOf(new URL(endpoint).hostname)?.code ?? 'other';
  } catch {
    return 'other';
  }
};

/**
 * What may follow the origin: a path, then perhaps a query that is not empty (the legacy `url.parse` keeps a lone `?`,
 * WHATWG drops it), in RFC 3986's unreserved characters, percent escapes and delimiters, but `'`, which `url.parse`
 * escapes and WHATWG does not. Every parser reads such a path the same way, so web-push posts where the check looked;
 * the push services write their endpoints (base64url tokens and percent escapes) in these alone. Checked as characters
 * rather than by asking `url.parse`, which Node 24 deprecates (DEP0169) with a warning in the operator's log;
 * `push-endpoint.test.ts` holds the two parsers to it.
 */
const plainPathAndQuery = /^\/[\w\-.~%!$&()*+,;=:@/]*(?:\?[\w\-.~%!$&()*+,;=:@/?]+)?$/;

/** C0 and C1 controls, DEL and spaces: never in an address a push service hands out. */
function hasUnprintable(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * Why the server will not post to this endpoint, or null when it will: an https URL at a known push service (or one
 * of `extraOrigins`, the tests' service on loopback), already in its canonical form (what a browser's
 * `PushSubscription.endpoint` always is), on port 443, without user or password, and with a path every parser reads
 * alike. The reason is a sentence, worded in the reader's language when the refusal is sent.
 */
export function endpointProblem(endpoint: unknown, extraOrigins: readonly string[] = []): Worded | null {
  if (typeof endpoint !== 'string' || endpoint.length > maxEndpointLength)
    return { id: 'diary.push.endpoint.too-long', values: { max: String(maxEndpointLength) } };
  if (hasUnprintable(endpoint)) return { id: 'diary.push.endpoint.unprintable' };
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { id: 'diary.push.endpoint.not-url' };
  }
  // Only the canonical form is kept: what is stored is what was checked, byte for byte.
  if (url.href !== endpoint) return { id: 'diary.push.endpoint.not-canonical' };
  if (url.username !== '' || url.password !== '') return { id: 'diary.push.endpoint.credentials' };
  if (url.protocol !== 'https:') return { id: 'diary.push.endpoint.not-https' };
  const extra = extraOrigins.includes(url.origin);
  if (!extra && url.port !== '') return { id: 'diary.push.endpoint.port' };
  if (!extra && !serviceOf(url.hostname)) return { id: 'diary.push.endpoint.not-push-service' };
  if (!plainPathAndQuery.test(endpoint.slice(url.origin.length))) return { id: 'diary.push.endpoint.not-push-service' };
  return null;
}

/**
 * Addresses a push service is never at: unspecified, loopback, private (RFC 1918), carrier-grade NAT (RFC 6598),
 * link-local, unique local (RFC 4193), NAT64's local-use prefix (RFC 8215). Node's BlockList matches the IPv4-mapped
 * IPv6 forms of the IPv4 ranges too; the IPv4 address inside a NAT64 or 6to4 one is checked apart (`carriedIpv4`).
 */
const notPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv4');
notPublic.addAddress('::', 'ipv6');
notPublic.addAddress('::1', 'ipv6');
notPublic.addSubnet('fe80::', 10, 'ipv6');
notPublic.addSubnet('fc00::', 7, 'ipv6');
notPublic.addSubnet('64:ff9b:1::', 48, 'ipv6');

/** An IPv6 address's eight groups, as numbers (`::` and a trailing dotted IPv4 part written out by the URL parser). */
function groupsOf(address: string): number[] {
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head = '', tail] = canonical.split('::');
  const part = (text: string) => (text === '' ? [] : text.split(':').map((group) => parseInt(group, 16)));
  const before = part(head);
  const after = tail === undefined ? [] : part(tail);
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/**
 * The IPv4 address an IPv6 one reaches through a gateway: NAT64's well-known prefix `64:ff9b::/96` (RFC 6052) carries
 * it in its last 32 bits, 6to4's `2002::/16` (RFC 3056) in the 32 bits after the prefix. A NAT64 network's DNS gives a
 * public push service such an address, so it is checked as the IPv4 address it stands for.
 */
function carriedIpv4(address: string): string | undefined {
  const groups = groupsOf(address);
  const ipv4 = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) return ipv4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return ipv4(groups[1]!, groups[2]!);
  return undefined;
}

/** Whether an IP address may be posted to (a literal that is not an IP address may not). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !notPublic.check(address, 'ipv4');
  const carried = carriedIpv4(address);
  return !notPublic.check(address, 'ipv6') && (carried === undefined || !notPublic.check(carried, 'ipv4'));
}

const refusedAddress = () =>
  Object.assign(new Error("the push service's address is not a public one: the server does not post there"), { code: 'EADDRNOTPUBLIC' });

type Resolve = (hostname: string, options: LookupAllOptions, callback: (error: Error | null, addresses: LookupAddress[]) => void) => void;

/** A DNS lookup that answers only when every address the name resolves to is public (one private answer is enough to refuse). */
export function publicOnlyLookup(resolve: Resolve = systemLookup): LookupFunction {
  return (hostname, options: LookupOptions, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      if (addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) return callback(refusedAddress(), '', 0);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface PushAgentOptions {
  /** Certificates to trust instead of the usual ones (the tests' push service). */
  readonly ca?: string | Buffer;
  /** Origins reached wherever they are (the tests' push service on loopback), as in `endpointProblem`. */
  readonly extraOrigins?: readonly string[];
  /** Name resolution, by default the system's. */
  readonly resolve?: Resolve;
}

/**
 * The agent every push goes out through: a name is resolved and each of its addresses checked before connecting
 * (so a name that points inside the network is refused when it is used, not when it was stored), and an address
 * written as a literal, which skips the lookup, is checked as it is.
 */
export function pushAgent({ ca, extraOrigins = [], resolve }: PushAgentOptions = {}): Agent {
  const allowed = new Set(extraOrigins.map((origin) => new URL(origin).host));
  const lookup = publicOnlyLookup(resolve);
  class PublicOnlyAgent extends Agent {
    override createConnection(options: RequestOptions, done?: (error: Error | null, stream: Duplex) => void) {
      const host = options.host ?? '';
      if (allowed.has(`${host.includes(':') ? `[${host}]` : host}:${options.port}`))
        return super.createConnection({ ...options, lookup: systemLookup }, done);
      if (isIP(host) !== 0 && !isPublicAddress(host)) {
        process.nextTick(() => done?.(refusedAddress(), undefined as unknown as Duplex));
        return undefined;
      }
      return super.createConnection(options, done);
    }
  }
  return new PublicOnlyAgent({ keepAlive: true, lookup, ...(ca ? { ca } : {}) });
}
