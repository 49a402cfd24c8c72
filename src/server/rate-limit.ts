// Per-address limits on the anonymous write paths (assessments, new diaries): a fixed window per address, kept
// in this process's memory and bounded in size. Each server process counts for itself; the limits are about
// stopping a script, not about exact shares.
import { AppError } from '../contract/errors.ts';

export interface Limit {
  readonly requests: number;
  readonly windowMs: number;
}

interface Window {
  start: number;
  count: number;
}

export interface Limiter {
  /** Counts one request of `address`; throws `too-many-requests` (with when to retry) over the limit. */
  take(address: string): void;
}

/** At most this many addresses are remembered; the oldest window goes first. */
const maxAddresses = 100_000;

export function limiter(limit: Limit, now: () => number, what: 'assessments' | 'diaries' | 'devices'): Limiter {
  const windows = new Map<string, Window>();
  return {
    take(address) {
      const at = now();
      let window = windows.get(address);
      if (!window || at - window.start >= limit.windowMs) {
        if (window) windows.delete(address);
        else if (windows.size >= maxAddresses) windows.delete(windows.keys().next().value!);
        window = { start: at, count: 0 };
        windows.set(address, window);
      }
      window.count++;
      if (window.count > limit.requests) {
        const seconds = Math.max(1, Math.ceil((window.start + limit.windowMs - at) / 1000));
        throw new AppError('too-many-requests', { id: 'diary.api.tooMany', values: { what, seconds } }, undefined, seconds);
      }
    },
  };
}
