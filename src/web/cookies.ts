// Reading a Cookie header and writing a Set-Cookie value, with the flags a health app needs.

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Whether the person reached us over HTTPS (behind a proxy, with trustProxy): cookies are then `Secure`. */
export const isSecure = (request: { protocol: string }) => request.protocol === 'https';

export interface CookieOptions {
  readonly secure: boolean;
  readonly maxAgeSeconds?: number;
  readonly path?: string;
}

export function setCookie(name: string, value: string, { secure, maxAgeSeconds, path = '/' }: CookieOptions): string {
  return [
    `${name}=${value}`,
    `Path=${path}`,
    'HttpOnly',
    'SameSite=Lax',
    secure ? 'Secure' : '',
    maxAgeSeconds !== undefined ? `Max-Age=${maxAgeSeconds}` : '',
  ].filter(Boolean).join('; ');
}
