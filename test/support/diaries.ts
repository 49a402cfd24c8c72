// A diary and a check-in as the store keeps them, for tests that make them through the store rather than the app.
import { randomUUID } from 'node:crypto';
import { assess, policy2 } from '../../src/engine/assess.ts';
import { translator } from '../../src/i18n/messages.ts';
import type { NewCheckIn, NewDiary } from '../../src/store/diaries.ts';
import { report } from './reports.ts';

/** A new diary (in English, on UTC unless told), from the standard report's massage. */
export const newDiary = (createdAt: string, diary: Partial<NewDiary> = {}): NewDiary => ({
  id: randomUUID(),
  tokenHash: randomUUID(),
  massage: report().massage,
  timeZone: 'UTC',
  language: 'en',
  createdAt: new Date(createdAt),
  ...diary,
});

/** A check-in of the standard report, assessed under policy 2 in English, kept at `at`. */
export const newCheckIn = (at: string): NewCheckIn => {
  const r = report();
  return { id: randomUUID(), report: r, assessment: assess(r, policy2, translator('en')), at: new Date(at) };
};
