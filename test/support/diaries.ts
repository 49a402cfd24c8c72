// A diary as the store keeps one, for tests that make it through the store rather than the app.
import { randomUUID } from 'node:crypto';
import type { NewDiary } from '../../src/store/diaries.ts';
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
