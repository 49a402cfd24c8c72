// A questionnaire step's form fields read into answers, with a message for every field that needs another look.
import { assess } from '../engine/assess.ts';
import { scopeHours } from '../engine/assess.ts';
import { questionnaire, reportSoFar, type Answers, type Question, type Section } from '../knowledge/questionnaire.ts';
import { instantOfWallTime, isRealWallTime, timeZoneOr, withOffset } from '../present/time.ts';

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export interface StepReading {
  /** What the person sent, read as far as it could be, so a form shown again loses nothing. */
  readonly values: Answers;
  readonly errors: readonly FieldError[];
  readonly timeZone: string;
}

const wallTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

function problemFor(question: Question): string {
  switch (question.kind) {
    case 'yes-no':
      return 'Choose yes or no';
    case 'score':
      return 'Choose a number from 0 to 10';
    case 'instant':
      return 'Enter the date and time the massage ended';
    default:
      return 'Choose an answer';
  }
}

function readInstant(text: string, timeZone: string, now: Date): { value?: string; error?: string } {
  const parts = wallTime.exec(text.trim());
  if (!parts) return { error: 'Enter the date and time the massage ended, for example 2 March 2026, 17:00' };
  const [year, month, day, hour, minute] = parts.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (!isRealWallTime({ year, month, day, hour, minute })) {
    return { error: 'That date does not exist: check the day and the month' };
  }
  const instant = instantOfWallTime({ year, month, day, hour, minute }, timeZone);
  if (instant.getTime() > now.getTime() + 60_000) return { error: 'The time the massage ended must be in the past' };
  if (now.getTime() - instant.getTime() > scopeHours * 3_600_000) {
    return { error: 'Aftercare covers the 30 days after a massage. For pain that started longer ago, see a doctor or physiotherapist' };
  }
  return { value: withOffset(instant, timeZone) };
}

export function readStep(section: Section, form: URLSearchParams, fallbackTimeZone: string, now: Date): StepReading {
  const values: Answers = {};
  const errors: FieldError[] = [];
  const timeZone = timeZoneOr(form.get('timeZone'), fallbackTimeZone);
  for (const question of section.questions) {
    const options = (question.options ?? []).map(([value]) => value);
    const given = form.getAll(question.path);
    const first = given[0] ?? '';
    let value: unknown;
    switch (question.kind) {
      case 'yes-no':
        value = first === 'yes' ? true : first === 'no' ? false : undefined;
        break;
      case 'choice':
        value = options.includes(first) ? first : undefined;
        break;
      case 'choices':
        value = [...new Set(given.filter((v) => options.includes(v)))];
        break;
      case 'score':
        value = /^(?:10|\d)$/.test(first) ? Number(first) : undefined;
        break;
      case 'instant': {
        if (first === '') break;
        const reading = readInstant(first, timeZone, now);
        if (reading.error) {
          // Keep what was typed so the person can correct it rather than start again.
          values[`${question.path}:typed`] = first;
          errors.push({ path: question.path, message: reading.error });
          continue;
        }
        value = reading.value;
        break;
      }
    }
    if (value !== undefined) values[question.path] = value;
    else if (!question.optional) errors.push({ path: question.path, message: problemFor(question) });
  }
  return { values, errors, timeZone };
}

const redFlagPaths = new Set(questionnaire[0]!.questions.map((q) => q.path));

/**
 * The engine's assessment of the red-flag answers alone, on an otherwise calm report. Every emergency rule reads
 * only red-flag answers and none looks at time, so this says whether the answers so far are an emergency, and
 * words the emergency advice.
 */
export function emergencyAssessment(answers: Answers) {
  const redFlags = Object.fromEntries(Object.entries(answers).filter(([path]) => redFlagPaths.has(path)));
  return assess(reportSoFar(redFlags, new Date(0).toISOString()));
}

/** True when these answers are already an emergency, decided by the engine itself. */
export const isEmergency = (answers: Answers): boolean => emergencyAssessment(answers).level === 'emergency';
