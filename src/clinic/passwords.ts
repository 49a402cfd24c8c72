// Passwords hashed with scrypt (node:crypto), a salt each, compared in constant time.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));

/** N = 2^15, r = 8, p = 1: about 32 MiB and a few tens of milliseconds per hash, OWASP's floor for scrypt. */
const cost = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export const minimumPasswordLength = 10;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, 32, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = (stored ?? '').split('$');
  if (scheme !== 'scrypt' || !salt || !key) {
    // Spend the same time as a real check, so timing does not say whether the account exists.
    await scrypt(password, Buffer.alloc(16), 32, cost);
    return false;
  }
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: cost.maxmem });
  return timingSafeEqual(actual, expected);
}
