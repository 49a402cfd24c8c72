// A questionnaire step's form fields read into answers, with a message for every field that needs another look; and
// which follow-ups the answers make matter, worked out here on the server (the page's script asks the same).
import { followUpsAsked, scopeHours } from '../engine/assess.ts';
import { currentPolicy } from '../knowledge/policy.ts';
import type { Worded } from '../contract/sentence.ts';
import type { MessageId } from '../i18n/messages.ts';
import { answerPaths, noneOfThese, type Answers, type Question, type Section } from '../knowledge/questionnaire.ts';
import { instantOfWallTime, isRealWallTime, timeZoneOr, withOffset } from '../present/time.ts';

export interface FieldError {
  readonly path: string;
  /** What to do, worded on the page in the reader's language (a plain string is shown as it is). */
  readonly message: Worded | string;
}

export interface StepReading {
  /** What the person sent, read as far as it could be, so a form shown again loses nothing. */
  readonly values: Answers;
  readonly errors: readonly FieldError[];
  readonly timeZone: string;
}

const wallTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

const problem = (id: MessageId, values?: Worded['values']): Worded => (values ? { id, values } : { id });

/** What a blank answer needs: said without a language, and worded on the page in the reader's. */
export function problemFor(question: Question): Worded {
  switch (question.kind) {
    case 'yes-no':
      return problem(question.options ? 'questionnaire.error.choose-an-answer' : 'questionnaire.error.choose-yes-or-no');
    case 'score':
      return problem('questionnaire.error.choose-a-number');
    case 'instant':
      return problem('questionnaire.error.choose-the-day');
    case 'checklist':
      return problem('questionnaire.error.tick-or-none', { none: { id: question.none ?? noneOfThese } });
    default:
      return problem('questionnaire.error.choose-an-answer');
  }
}

const enterDateAndTime = problem('questionnaire.error.enter-date-and-time');
const enterTime = problem('questionnaire.error.enter-time');

function readInstant(text: string, timeZone: string, now: Date): { value?: string; error?: Worded } {
  const parts = wallTime.exec(text.trim());
  if (!parts) return { error: enterDateAndTime };
  const [year, month, day, hour, minute] = parts.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (!isRealWallTime({ year, month, day, hour, minute })) {
    return { error: problem('questionnaire.error.no-such-date') };
  }
  const instant = instantOfWallTime({ year, month, day, hour, minute }, timeZone);
  if (instant.getTime() > now.getTime() + 60_000) return { error: problem('questionnaire.error.ended-in-future') };
  if (now.getTime() - instant.getTime() > scopeHours * 3_600_000) {
    return { error: problem('questionnaire.error.ended-too-long-ago') };
  }
  return { value: withOffset(instant, timeZone) };
}

/** The days a person can choose without a date picker, by how many days before today they are. */
export const recentDays: readonly (readonly [value: string, label: MessageId, daysAgo: number])[] = [
  ['today', 'questionnaire.ended-at.today', 0],
  ['yesterday', 'questionnaire.ended-at.yesterday', 1],
  ['2-days-ago', 'questionnaire.ended-at.2-days-ago', 2],
];

/** Longer than any date and time typed by hand: refused before it is read any further. */
const longestTyped = 40;
const timeOfDay = /^([01]?\d|2[0-3]):([0-5]\d)(?::\d{2})?$/;

/**
 * When the massage ended: a recent day and a time of day, or a date and time from the native picker ("Another
 * day", and the way in without scripts too). The form's fields are `<path>:day`, `<path>:time` and `<path>`.
 */
function readEnded(
  path: string,
  form: URLSearchParams,
  timeZone: string,
  now: Date,
): { values: Answers } | { error: Worded; typed?: string } | undefined {
  const day = form.get(`${path}:day`) ?? '';
  const time = (form.get(`${path}:time`) ?? '').trim();
  const other = form.get(path) ?? '';
  if (time.length > longestTyped || other.length > longestTyped) return { error: enterTime };
  const recent = recentDays.find(([value]) => value === day);
  // A recent day with a time; a date and time from the picker are used when no time of day was given with it.
  if (recent && (time !== '' || other === '')) {
    const parts = timeOfDay.exec(time);
    if (!parts) return { error: enterTime };
    // The person's today, in their zone, less the days chosen.
    const today = withOffset(now, timeZone).slice(0, 10);
    const date = new Date(Date.parse(`${today}T00:00:00Z`) - recent[2] * 86_400_000).toISOString().slice(0, 10);
    const reading = readInstant(`${date}T${parts[1]!.padStart(2, '0')}:${parts[2]}`, timeZone, now);
    return reading.error ? { error: reading.error } : { values: { [path]: reading.value } };
  }
  if (other === '') return day === 'other' ? { error: enterDateAndTime } : undefined;
  const reading = readInstant(other, timeZone, now);
  return reading.error ? { error: reading.error, typed: other } : { values: { [path]: reading.value } };
}

/** One question's answer from the form, or a problem; undefined when it was left blank. */
function readQuestion(
  question: Question,
  form: URLSearchParams,
  timeZone: string,
  now: Date,
): { values: Answers } | { error: Worded; typed?: string } | undefined {
  const options = (question.options ?? []).map(([value]) => value);
  const given = form.getAll(question.path);
  const first = given[0] ?? '';
  switch (question.kind) {
    case 'yes-no':
      return first === 'yes' ? { values: { [question.path]: true } } : first === 'no' ? { values: { [question.path]: false } } : undefined;
    case 'choice':
      return options.includes(first) ? { values: { [question.path]: first } } : undefined;
    case 'choices':
      return { values: { [question.path]: [...new Set(given.filter((v) => options.includes(v)))] } };
    case 'score':
      return /^(?:10|\d)$/.test(first) ? { values: { [question.path]: Number(first) } } : undefined;
    case 'checklist': {
      const items = (question.items ?? []).map(([path]) => path);
      const ticked = new Set(given.filter((value) => value === 'none' || items.includes(value)));
      if (ticked.size === 0) return undefined;
      // Never drop a tick to make the answer fit: ticked signs and "none" together are asked again.
      if (ticked.has('none') && ticked.size > 1)
        return { error: problem('questionnaire.error.ticked-none-and-sign', { none: { id: question.none ?? noneOfThese } }) };
      return { values: Object.fromEntries(items.map((path) => [path, ticked.has(path)])) };
    }
    case 'instant':
      return readEnded(question.path, form, timeZone, now);
  }
}

/**
 * Reads the questions of a step; follow-ups are read only when `followUpsOf` says they are asked. What could not
 * be read is named; what was typed is kept so the person can correct it rather than start again.
 */
export function readQuestions(questions: readonly Question[], form: URLSearchParams, fallbackTimeZone: string, now: Date): StepReading {
  const values: Answers = {};
  const errors: FieldError[] = [];
  const timeZone = timeZoneOr(form.get('timeZone'), fallbackTimeZone);
  for (const question of questions) {
    const reading = readQuestion(question, form, timeZone, now);
    if (reading === undefined) {
      if (!question.optional && !question.followUp) errors.push({ path: question.path, message: problemFor(question) });
    } else if ('error' in reading) {
      if (reading.typed !== undefined) values[`${question.path}:typed`] = reading.typed;
      // A day and a time chosen are shown again as they were, to be corrected rather than given again.
      if (question.kind === 'instant')
        for (const part of ['day', 'time'])
          values[`${question.path}:${part}`] = (form.get(`${question.path}:${part}`) ?? '').slice(0, longestTyped);
      errors.push({ path: question.path, message: reading.error });
    } else Object.assign(values, reading.values);
  }
  return { values, errors, timeZone };
}

/** The section's questions (follow-ups included: they are read when sent, and checked by `followUpsOf`). */
export const readStep = (section: Section, form: URLSearchParams, fallbackTimeZone: string, now: Date): StepReading =>
  readQuestions(section.questions, form, fallbackTimeZone, now);

export interface FollowUpState {
  /** The follow-ups the answers make matter, in the questionnaire's order. */
  readonly asked: readonly Question[];
  /** The answers, without follow-ups that no longer matter (going back and changing an answer drops them). */
  readonly answers: Answers;
  /** Asked, not answered, and already on the person's screen: refused like any missing answer. */
  readonly errors: readonly FieldError[];
  /** Asked and not answered, but not yet shown (no scripts): the page shows them, without calling it an error. */
  readonly toShow: readonly Question[];
}

const followUpQuestions = currentPolicy.questionnaire.flatMap((section) => section.questions).filter((question) => question.followUp);

/** Whether a question has an answer: for a tick-list follow-up, an answer at any of its items' paths. */
const answered = (question: Question, answers: Answers) => answerPaths(question).some((path) => answers[path] !== undefined);

/**
 * Which follow-ups the answers make matter, at `reportedAt`. `shown` are those the person's page had on screen (the
 * form names them). A follow-up answered but no longer asked is dropped.
 */
export function followUpsOf(answers: Answers, reportedAt: string, shown: readonly string[]): FollowUpState {
  const kept: Answers = { ...answers };
  // Asked one after another: an answer can make the next matter (cancer, then night pain), or stop it mattering.
  for (;;) {
    const asked = followUpsAsked(kept, reportedAt);
    const stale = followUpQuestions.filter((question) => answered(question, kept) && !asked.includes(question));
    if (stale.length === 0) {
      const missing = asked.filter((question) => !answered(question, kept));
      return {
        asked,
        answers: kept,
        errors: missing
          .filter((question) => shown.includes(question.path))
          .map((question) => ({ path: question.path, message: problemFor(question) })),
        toShow: missing.filter((question) => !shown.includes(question.path)),
      };
    }
    for (const question of stale) for (const path of answerPaths(question)) delete kept[path];
  }
}
