// The form a therapist fills in after a session, read and checked in one place: every field named when it is wrong.
import { translator, type Translator } from '../i18n/messages.ts';
import type { Issue } from '../contract/errors.ts';
import { AppError } from '../contract/errors.ts';
import { readEmail, readText } from '../contract/text.ts';
import type { Region, Report } from '../contract/types.ts';
import { regionOrder } from '../knowledge/regions.ts';
import { instantOfWallTime, isRealWallTime, wallTimeOf, withOffset } from '../present/time.ts';
import type { MassageSession } from '../store/clinics.ts';

export const massageStyles = ['deep-tissue', 'sports', 'swedish', 'trigger-point', 'myofascial', 'other'] as const;
export const pressures = ['light', 'moderate', 'firm'] as const;

export interface SessionInput {
  readonly clientRef: string;
  /** RFC 3339 with the clinic's offset. */
  readonly endedAt: string;
  readonly style?: Report['massage']['style'];
  readonly pressure?: Report['massage']['pressure'];
  readonly areasWorked: readonly Region[];
  readonly notes: string;
  /** Where to email the follow-up link as well (kept nowhere: it is used once, to send it). */
  readonly clientEmail?: string;
}

/** What the therapist typed, kept to show the form again. */
export type SessionFormValues = Readonly<
  Record<'clientId' | 'clientRef' | 'endedAt' | 'style' | 'pressure' | 'notes' | 'clientEmail', string>
> & {
  readonly areasWorked: readonly string[];
};

const wallTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function sessionFormValues(form: URLSearchParams): SessionFormValues {
  const field = (name: string) => (form.get(name) ?? '').slice(0, 4000);
  return {
    clientId: field('clientId').slice(0, 64),
    clientRef: field('clientRef'),
    endedAt: field('endedAt'),
    style: field('style'),
    pressure: field('pressure'),
    notes: field('notes'),
    clientEmail: field('clientEmail'),
    areasWorked: form.getAll('areasWorked').slice(0, 8),
  };
}

/**
 * The session, or an `invalid-input` error listing every field to correct. The time is read as a wall-clock time
 * in the clinic's zone, and may not be in the future.
 */
/** The form read, its problems named in the member's language (`t`). */
export function readSessionForm(values: SessionFormValues, timeZone: string, now: Date, t: Translator = translator()): SessionInput {
  const issues: Issue[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof AppError) || !error.issues) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const clientRef = attempt(() =>
    readText(values.clientRef, { path: 'clientRef', label: { id: 'clinic.label.clientRef' }, max: 100, required: true }),
  );
  const notes = attempt(() => readText(values.notes, { path: 'notes', label: { id: 'clinic.label.notes' }, max: 2000, multiline: true }));
  const clientEmail = values.clientEmail.trim() === '' ? undefined : attempt(() => readEmail(values.clientEmail, 'clientEmail'));
  const parts = wallTime.exec(values.endedAt);
  const wall = parts ? { year: +parts[1]!, month: +parts[2]!, day: +parts[3]!, hour: +parts[4]!, minute: +parts[5]! } : null;
  const endedAt = wall && isRealWallTime(wall) ? instantOfWallTime(wall, timeZone) : null;
  if (!endedAt) {
    issues.push({ path: 'endedAt', message: t('clinic.error.endedAt') });
  } else if (endedAt.getTime() > now.getTime() + 60_000) {
    issues.push({ path: 'endedAt', message: t('clinic.error.endedAtFuture') });
  }
  const style = massageStyles.find((s) => s === values.style);
  const pressure = pressures.find((p) => p === values.pressure);
  if (values.style && !style) issues.push({ path: 'style', message: t('clinic.error.style') });
  if (values.pressure && !pressure) issues.push({ path: 'pressure', message: t('clinic.error.pressure') });
  const areasWorked = regionOrder.filter((region) => values.areasWorked.includes(region));
  if (values.areasWorked.some((area) => !(regionOrder as readonly string[]).includes(area)))
    issues.push({ path: 'areasWorked', message: t('clinic.error.areas') });
  if (issues.length > 0) throw new AppError('invalid-input', t('clinic.error.sessionForm', { count: issues.length }), issues);
  return {
    clientRef: clientRef!,
    endedAt: withOffset(endedAt!, timeZone),
    areasWorked,
    notes: notes!,
    ...(clientEmail ? { clientEmail } : {}),
    ...(style ? { style } : {}),
    ...(pressure ? { pressure } : {}),
  };
}

/** An empty form for a new session: it ended now, as the clinic's clock shows it. */
export const newSessionValues = (now: Date, timeZone: string, client?: { id: string; reference: string }): SessionFormValues => ({
  clientId: client?.id ?? '',
  clientRef: client?.reference ?? '',
  endedAt: wallTimeOf(now, timeZone),
  style: '',
  pressure: '',
  notes: '',
  clientEmail: '',
  areasWorked: [],
});

/** A recorded session as its form shows it, to correct it. */
export const recordedSessionValues = (session: MassageSession, timeZone: string): SessionFormValues => ({
  clientId: session.clientId ?? '',
  clientRef: session.clientRef,
  endedAt: wallTimeOf(session.endedAt, timeZone),
  style: session.massage.style ?? '',
  pressure: session.massage.pressure ?? '',
  notes: session.notes,
  clientEmail: '',
  areasWorked: session.massage.areasWorked ?? [],
});
