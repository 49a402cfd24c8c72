// Diary links: 256 random bits each, of which only a hash is stored.
import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A token as newToken makes them: 43 base64url characters. Anything else is not looked up at all. */
export const isToken = (text: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(text);
