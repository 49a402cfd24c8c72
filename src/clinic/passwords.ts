// Passwords hashed with scrypt (node:crypto), a salt each, compared in constant time. Hashing is the one thing
// a stranger can make the server do that costs real work, so a bounded number run at once and a bounded number
// wait; beyond that the request is refused as busy, before any work is done.
import { translator, type Translator } from '../i18n/messages.ts';
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError } from '../contract/errors.ts';
import { readText } from '../contract/text.ts';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** N = 2^15, r = 8, p = 1: about 32 MiB and a few tens of milliseconds per hash, OWASP's floor for scrypt. */
const cost = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export const minimumPasswordLength = 10;
/** Long enough for any passphrase; hashing time does not grow with it in any way that matters. */
export const maximumPasswordLength = 256;

/** A new password from a form: long enough, not absurdly long, no control characters. */
export function readNewPassword(value: string | null | undefined, t: Translator = translator()): string {
  const password = value ?? '';
  readText(password, { path: 'password', label: { id: 'clinic.label.password' }, max: maximumPasswordLength });
  if (password.length < minimumPasswordLength) {
    const message = t('clinic.error.passwordShort', { count: minimumPasswordLength });
    throw new AppError('invalid-input', message, [{ path: 'password', message }]);
  }
  return password;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when the password matches; a missing hash costs the same time as a real check. */
  verify(password: string, stored: string | null): Promise<boolean>;
}

export interface HashingLimits {
  /** Hashes running at once (each takes a thread of libuv's pool and 32 MiB). */
  readonly concurrent: number;
  /** Hashes waiting their turn; one more is refused as busy. */
  readonly waiting: number;
}

export function passwordHasher(limits: HashingLimits = { concurrent: 2, waiting: 32 }): PasswordHasher {
  let running = 0;
  const queue: (() => void)[] = [];
  async function bounded<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limits.concurrent) {
      if (queue.length >= limits.waiting) throw new AppError('unavailable', { id: 'clinic.error.hashingBusy' }, undefined, 5);
      await new Promise<void>((resolve) => queue.push(resolve));
    } else running++;
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running--;
    }
  }
  return {
    hash: (password) =>
      bounded(async () => {
        const salt = randomBytes(16);
        const key = await scrypt(password.normalize('NFKC'), salt, 32, cost);
        return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
      }),
    verify: (password, stored) =>
      bounded(async () => {
        const [scheme, n, r, p, salt, key] = (stored ?? '').split('$');
        if (scheme !== 'scrypt' || !salt || !key) {
          // Spend the same time as a real check, so timing does not say whether the account exists.
          await scrypt(password.normalize('NFKC'), Buffer.alloc(16), 32, cost);
          return false;
        }
        const expected = Buffer.from(key, 'base64url');
        const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
          N: Number(n),
          r: Number(r),
          p: Number(p),
          maxmem: cost.maxmem,
        });
        return timingSafeEqual(actual, expected);
      }),
  };
}
