// A recovery diary's use cases: start one from a result or from a clinic's follow-up link, open it by its link, add
// a check-in within the limits, give it a new link, export it, delete it.
import { AppError } from '../contract/errors.ts';
import type { Assessment, Report, StoppedReport } from '../contract/types.ts';
import { parseReport, parseReport3 } from '../contract/validate.ts';
import { assessValue } from '../engine/assess-text.ts';
import { assessStopped, currentPolicy, reword } from '../engine/assess.ts';
import type { Language } from '../i18n/languages.ts';
import { currentVersion } from '../knowledge/policy.ts';
import type { Answers } from '../knowledge/questionnaire.ts';
import { reportFrom, setAnswer } from '../knowledge/questionnaire.ts';
import { withOffset } from '../present/time.ts';
import {
  CheckInRefusedError,
  severityOf,
  type CheckIn,
  type CheckInAtAGlance,
  type CheckInLimits,
  type CheckInReport,
  type Diary,
  type DiaryKey,
  type ReadAlongside,
  type NoReads,
  type ReadsAlongside,
} from '../store/diaries.ts';
import type { Stores } from '../store/stores.ts';
import { hashToken, isToken } from '../store/tokens.ts';
import { suggestedTrend } from './trend.ts';
import { translator, type Translator } from '../i18n/messages.ts';

export interface DiaryDeps {
  readonly stores: Stores;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly newToken: () => string;
  readonly checkInLimits: CheckInLimits;
  /** Days the diary is kept without use (diary/retention.ts): its page says so. */
  readonly retentionDays: number;
}

/**
 * A person checks in a few times a day at most, for the month a diary covers: at most one check-in every two
 * minutes, and 300 in all (ten a day for thirty days). The limits stop a script filling a diary, not a person.
 */
export const defaultCheckInLimits: CheckInLimits = { minIntervalMs: 2 * 60_000, max: 300 };

/** An opened diary with its check-ins: whole (`CheckIn`, the default), or at a glance. */
export interface OpenDiary<C extends CheckInAtAGlance = CheckIn> {
  readonly diary: Diary;
  readonly checkIns: readonly C[];
  /** Opened with a link a reminder carried (it lasts a week), not the diary's own. */
  readonly byReminder?: boolean;
  /** Days it is kept without use, when opened by its link: opening it, or a check-in, starts them again. */
  readonly retentionDays?: number;
}

/**
 * A diary opened to show its page, or to add a check-in: every check-in at a glance, the latest few whole, and what
 * other stores read alongside it (`A`: whom it is shared with, what it keeps to remind).
 */
export interface OpenDiaryAtAGlance<A extends ReadsAlongside = NoReads> extends OpenDiary<CheckInAtAGlance> {
  /** The last check-ins whole, oldest first: as many as were asked for, fewer when the diary has fewer. */
  readonly latest: readonly CheckIn[];
  readonly alongside: ReadAlongside<A>;
}

/**
 * A check-in with its assessment worded in `t`'s language: a check-in keeps its codes and answers, and is read in
 * whichever language its reader has (the decision is the same; only the words change).
 */
const reworded = (checkIn: CheckIn, t: Translator): CheckIn => ({ ...checkIn, assessment: reword(checkIn.assessment, checkIn.report, t) });

/** The diary with each check-in's assessment worded in `t`'s language. */
export const inWordsOf = (open: OpenDiary, t: Translator): OpenDiary => ({
  ...open,
  checkIns: open.checkIns.map((checkIn) => reworded(checkIn, t)),
});

/** The diary at a glance with its whole check-ins' assessments worded in `t`'s language (the rest have no words). */
export const latestInWordsOf = (open: OpenDiaryAtAGlance, t: Translator): OpenDiaryAtAGlance => ({
  ...open,
  latest: open.latest.map((checkIn) => reworded(checkIn, t)),
});

/**
 * The latest check-in whole: of every check-in read whole, or the last of those read whole with the rest at a glance.
 * A diary read at a glance with none whole has no latest to plan from or show (an emergency's call button among it):
 * that is the reader's mistake, thrown, never taken for a diary with no check-in.
 */
export function latestWhole(open: OpenDiary | OpenDiaryAtAGlance): CheckIn | undefined {
  if (!('latest' in open)) return open.checkIns.at(-1);
  if (open.latest.length === 0 && open.checkIns.length > 0)
    throw new Error('the diary was read with no check-in whole: its latest is not read');
  return open.latest.at(-1);
}

/**
 * The policies a new check-in can be made under: the current one on the web, policy 2 for the diary API, whose
 * contract takes policy 2's report. A check-in already kept keeps the policy it was made with.
 */
export type CheckInPolicy = '2' | '3';
const parserOf = { '2': parseReport, '3': parseReport3 } satisfies Record<CheckInPolicy, (value: unknown) => Report>;

/**
 * Starts a diary with its first check-in: the report just assessed. Returns the link's token, shown once. `language`
 * is the one the person started it in (their request's): the diary's mails, pushes, calendar and PDF use it.
 */
export async function startDiary(
  deps: DiaryDeps,
  report: Report,
  timeZone: string,
  language: Language,
  policy: CheckInPolicy = currentVersion,
): Promise<{ token: string } & OpenDiary> {
  const token = deps.newToken();
  const diary = await deps.stores.diaries.createDiary({
    id: deps.newId(),
    tokenHash: hashToken(token),
    massage: report.massage,
    timeZone,
    language,
    createdAt: deps.now(),
  });
  const checkIn = await addCheckIn(deps, { diary, checkIns: [] }, report, policy);
  return { token, diary, checkIns: [checkIn] };
}

/** The follow-up link was used already (by this person a moment ago, or by someone else). */
export class FollowUpUsedError extends Error {
  constructor() {
    super('this follow-up link was used already');
    this.name = 'FollowUpUsedError';
  }
}

/**
 * Consent to a clinic's follow-up: a diary with no check-in yet and a secret of its own (the clinic never sees
 * it), linked to the session in the same transaction, which also uses up the follow-up link. Of two consents at
 * once, one starts the diary; the other throws FollowUpUsedError and leaves nothing behind.
 */
export async function startFollowedDiary(
  deps: DiaryDeps,
  followUpToken: string,
  massage: Report['massage'],
  timeZone: string,
  language: Language,
  clientContact: string | null = null,
): Promise<{ token: string; diary: Diary }> {
  const token = deps.newToken();
  const at = deps.now();
  return deps.stores.transaction(async ({ diaries, clinics }) => {
    const diary = await diaries.createDiary({ id: deps.newId(), tokenHash: hashToken(token), massage, timeZone, language, createdAt: at });
    if (!(await clinics.consent(hashToken(followUpToken), diary.id, at, clientContact))) throw new FollowUpUsedError();
    return { token, diary };
  });
}

export interface OpenOptions {
  /** Opened where a reminder's link (while it lasts) may open it: the check-in and the latest advice. */
  readonly reminderLink?: boolean;
  /**
   * The language its owner chose on this device with the chooser, if any. A diary's mails follow it: a person who
   * chooses another language and then opens their diary gets their reminders in it from then on. A browser's own
   * Accept-Language does not count: a diary opened on a borrowed laptop keeps the language its owner chose.
   */
  readonly chosenLanguage?: Language | undefined;
}

/**
 * Opens a diary by its own link. A link a reminder carried (while it lasts) opens it only where `reminderLink` says
 * so: the check-in and the latest advice. Nothing else (exports, deletion, reminders, a new link) opens with it.
 */
export const openDiary = (deps: DiaryDeps, token: string, options: OpenOptions = {}): Promise<OpenDiary | undefined> =>
  opened(deps, token, options, (by, at) => deps.stores.diaries.useDiary(by, at));

/**
 * Opens a diary by its own link as openDiary does, reading only what its page shows, or a check-in needs: every
 * check-in at a glance, the last `whole` of them whole, and what other stores read `alongside` it, in one query.
 */
export const openDiaryAtAGlance = <A extends ReadsAlongside = NoReads>(
  deps: DiaryDeps,
  token: string,
  whole: number,
  options: OpenOptions = {},
  alongside?: A,
): Promise<OpenDiaryAtAGlance<A> | undefined> =>
  opened(deps, token, options, (by, at) => deps.stores.diaries.useDiaryAtAGlance(by, at, whole, alongside));

async function opened<Read extends { readonly diary: Diary }>(
  deps: DiaryDeps,
  token: string,
  { reminderLink = false, chosenLanguage }: OpenOptions,
  use: (by: DiaryKey, at: Date) => Promise<Read | undefined>,
): Promise<(Read & Pick<OpenDiary, 'byReminder' | 'retentionDays'>) | undefined> {
  if (!isToken(token)) return undefined;
  const hash = hashToken(token);
  // Every use by its owner opens it first (a page, a change, the API; a reminder's link too): each counts as activity.
  // The diary and its check-ins come in one query; a reminder's link first finds which diary it opens.
  let read = await use({ tokenHash: hash }, deps.now());
  let byReminder = false;
  if (!read && reminderLink) {
    const id = await deps.stores.reminders.diaryOfLink(hash, 'open', deps.now());
    read = id ? await use({ id }, deps.now()) : undefined;
    byReminder = read !== undefined;
  }
  if (!read) return undefined;
  let { diary } = read;
  if (chosenLanguage && chosenLanguage !== diary.language) {
    await deps.stores.diaries.setLanguage(diary.id, chosenLanguage);
    diary = { ...diary, language: chosenLanguage };
  }
  return {
    ...read,
    diary,
    retentionDays: deps.retentionDays,
    ...(byReminder ? { byReminder } : {}),
  };
}

/**
 * A new secret link for the diary: the old one, and anyone who held it, no longer opens it. The devices go too: a
 * device added by whoever held the old link would otherwise keep receiving fresh links in its reminders.
 */
export async function replaceLink(deps: DiaryDeps, open: OpenDiary<CheckInAtAGlance>): Promise<string> {
  const token = deps.newToken();
  await deps.stores.diaries.replaceLink(open.diary.id, hashToken(token));
  await deps.stores.reminders.endOpenLinks(open.diary.id);
  await deps.stores.reminders.forgetDevices(open.diary.id);
  return token;
}

/**
 * A check-in's report under `policy`: the diary's massage, the answers given, the time now in the diary's zone, and
 * a trend worked out from the scores when the person left it to us. Throws the contract's error when it is not valid.
 */
export function checkInReport(
  open: OpenDiary<CheckInAtAGlance>,
  answers: Answers,
  reportedAt: Date,
  policy: CheckInPolicy = currentVersion,
): Report {
  const given = Object.fromEntries(Object.entries(withTrend(open, answers)).filter(([path]) => !path.startsWith('massage.')));
  const report = reportFrom(given, withOffset(reportedAt, open.diary.timeZone));
  setAnswer(report, 'massage', open.diary.massage);
  return parserOf[policy](report);
}

/**
 * A kept check-in's assessment is worded in English, as every stored one before it: what decides is its codes and
 * answers, and a page shows it in the reader's language with `reword` (engine/words.ts).
 */
const storedWords = translator('en');

/**
 * A check-in that stopped at an emergency answer: the answers given so far (a question not reached stays absent), the
 * diary's massage, the time now. Null when those answers are no emergency.
 */
export function stoppedReport(
  open: OpenDiary<CheckInAtAGlance>,
  answers: Answers,
  reportedAt: Date,
): { report: StoppedReport; assessment: Assessment } | null {
  const given = Object.fromEntries(Object.entries(answers).filter(([path]) => !path.startsWith('massage.')));
  const report = reportFrom(given, withOffset(reportedAt, open.diary.timeZone));
  setAnswer(report, 'massage', open.diary.massage);
  const assessment = assessStopped(report as StoppedReport, currentPolicy, storedWords);
  return assessment ? { report: report as StoppedReport, assessment } : null;
}

/** The pain scores so far, oldest first (a check-in stopped before the pain was asked has none). */
const scoresOf = (open: OpenDiary<CheckInAtAGlance>) => open.checkIns.flatMap((checkIn) => severityOf(checkIn) ?? []);

/** The last pain score and the first, for the trend rule; undefined before any score. */
export function scoresToCompare(open: OpenDiary<CheckInAtAGlance>): { previous: number; first: number } | undefined {
  const scores = scoresOf(open);
  return scores.length ? { previous: scores.at(-1)!, first: scores[0]! } : undefined;
}

/** When the diary takes its next check-in (the limits count from the last one kept), or null when it takes one now. */
export function checkInOpensAt(deps: Pick<DiaryDeps, 'checkInLimits'>, open: OpenDiary<CheckInAtAGlance>, now: Date): Date | null {
  const last = open.checkIns.at(-1);
  if (!last) return null;
  const opens = new Date(last.createdAt.getTime() + deps.checkInLimits.minIntervalMs);
  return opens.getTime() > now.getTime() ? opens : null;
}

/** The answers with the trend worked out from the scores when the person left it to us (after a first check-in). */
export function withTrend(open: OpenDiary<CheckInAtAGlance>, answers: Answers): Answers {
  const scores = scoresOf(open);
  const previous = scores.at(-1);
  const first = scores[0];
  const severity = answers['pain.severity'];
  if (answers['pain.trend'] !== undefined || typeof severity !== 'number' || previous === undefined || first === undefined) return answers;
  return { ...answers, 'pain.trend': suggestedTrend(previous, severity, first) };
}

/**
 * Adds a check-in, or `too-many-requests` with when to try again when the diary's limits refuse it. An emergency is
 * kept however soon it comes after the last check-in (the limit on their number still holds): it is what the
 * clinic must see.
 */
export async function addCheckIn(
  deps: DiaryDeps,
  open: OpenDiary<CheckInAtAGlance>,
  report: Report,
  policy: CheckInPolicy = currentVersion,
): Promise<CheckIn> {
  return keepCheckIn(deps, open, { report }, assessValue(report, policy, storedWords));
}

/** Keeps a check-in that stopped at an emergency answer, with its assessment. */
export const addStoppedCheckIn = (
  deps: DiaryDeps,
  open: OpenDiary<CheckInAtAGlance>,
  stopped: NonNullable<ReturnType<typeof stoppedReport>>,
) => keepCheckIn(deps, open, { report: stopped.report, stopped: true }, stopped.assessment);

async function keepCheckIn(
  deps: DiaryDeps,
  open: OpenDiary<CheckInAtAGlance>,
  input: CheckInReport,
  assessment: Assessment,
): Promise<CheckIn> {
  const limits = assessment.level === 'emergency' ? { ...deps.checkInLimits, minIntervalMs: 0 } : deps.checkInLimits;
  try {
    return await deps.stores.diaries.addCheckIn(open.diary.id, { id: deps.newId(), ...input, assessment, at: deps.now() }, limits);
  } catch (error) {
    if (!(error instanceof CheckInRefusedError)) throw error;
    if (error.reason === 'too-many') {
      throw new AppError('too-many-requests', { id: 'diary.api.full', values: { max: deps.checkInLimits.max } });
    }
    const seconds = Math.max(1, Math.ceil((error.retryAt!.getTime() - deps.now().getTime()) / 1000));
    // The clock is the diary's time zone; the words are the reader's, chosen when the refusal is sent.
    const when = { at: error.retryAt!, timeZone: open.diary.timeZone };
    throw new AppError('too-many-requests', { id: 'diary.api.tooSoon', values: { when } }, undefined, seconds);
  }
}

/** The advice's step from one check-in to the next once the first days are past: a day. */
export const checkInIntervalMs = 24 * 3_600_000;
/** How far a check-in's own time may be behind the server's and still count as made now: a clock a little off. */
const clockSkewMs = 60_000;

/**
 * When a check-in plans the next one, on the server's clock: its advice's recheck time, but a check-in dated in the
 * past (the API takes its time from the client) never plans one sooner than one check-in interval after the server
 * kept it. Otherwise every back-dated check-in, one each two minutes, would make a reminder due at once.
 */
export function plannedAfter(checkIn: CheckIn): string | null {
  const recheckAt = checkIn.assessment.timeline.recheckAt;
  if (!recheckAt || checkIn.reportedAt.getTime() >= checkIn.createdAt.getTime() - clockSkewMs) return recheckAt;
  const earliest = checkIn.createdAt.getTime() + checkInIntervalMs;
  return Date.parse(recheckAt) >= earliest ? recheckAt : new Date(earliest).toISOString();
}

/**
 * The check-ins planned from here, earliest first: the one planned set that the diary page, the API, the calendar and
 * the reminders all use. It is the latest check-in's plan (plannedAfter); none while the advice is to get care first
 * (urgent, emergency), and none before the first check-in, which is due at once.
 */
export function plannedCheckIns(open: OpenDiary | OpenDiaryAtAGlance): string[] {
  const at = plannedAfterLatest(latestWhole(open));
  return at ? [at] : [];
}

/** The same plan from the diary's latest check-in alone (its store's `latestCheckIn`): the one planned, or null. */
export const plannedAfterLatest = (latest: CheckIn | undefined): string | null => (latest ? plannedAfter(latest) : null);

export const nextCheckIn = (open: OpenDiary | OpenDiaryAtAGlance): string | null => plannedCheckIns(open)[0] ?? null;

/** One check-in as the API and the export show it: a stopped one says so. */
export const checkInView = (c: CheckIn) => ({
  number: c.seq,
  reportedAt: c.report.reportedAt,
  ...(c.stopped ? { stopped: true as const } : {}),
  report: c.report,
  assessment: c.assessment,
});

/** Everything the diary holds, for the person to keep: their data, in one JSON document. */
export function exportDiary(open: OpenDiary) {
  return {
    exportedFrom: 'Aftercare',
    diary: { createdAt: open.diary.createdAt.toISOString(), massage: open.diary.massage, timeZone: open.diary.timeZone },
    checkIns: open.checkIns.map(checkInView),
    plannedCheckIns: plannedCheckIns(open),
  };
}
