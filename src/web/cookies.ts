// The app's cookies: HttpOnly and SameSite=Lax always; over HTTPS (a PUBLIC_URL that starts with https://) also
// Secure, with the `__Host-` prefix, which a browser only accepts from this very host, over TLS, for the whole site.
import type { FastifyReply, FastifyRequest } from 'fastify';

export function readCookieHeader(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  /** How long the browser keeps it; without it, until the browser closes. 0 removes it. */
  readonly maxAgeSeconds?: number;
}

export interface Cookies {
  readonly secure: boolean;
  /** The name a cookie is sent under. */
  name(base: string): string;
  read(request: FastifyRequest, base: string): string | undefined;
  /** Adds a Set-Cookie header (several may be set on one answer). */
  set(reply: FastifyReply, base: string, value: string, options?: CookieOptions): void;
  clear(reply: FastifyReply, base: string): void;
}

export function cookies(secure: boolean): Cookies {
  const name = (base: string) => (secure ? `__Host-${base}` : base);
  const set = (reply: FastifyReply, base: string, value: string, { maxAgeSeconds }: CookieOptions = {}) => {
    const line = [
      `${name(base)}=${value}`,
      'Path=/',
      'HttpOnly',
      'SameSite=Lax',
      secure ? 'Secure' : '',
      maxAgeSeconds !== undefined ? `Max-Age=${maxAgeSeconds}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    const existing = reply.getHeader('set-cookie');
    reply.header('set-cookie', existing === undefined ? line : [...[existing].flat().map(String), line]);
  };
  return {
    secure,
    name,
    read: (request, base) => readCookieHeader(request.headers.cookie, name(base)),
    set,
    clear: (reply, base) => set(reply, base, '', { maxAgeSeconds: 0 }),
  };
}
