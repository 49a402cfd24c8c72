// A person's answers between the steps of the questionnaire, kept in a cookie on their own device:
// nothing is stored on the server, a reload or the back button loses nothing, and any cookie is read defensively.
import { currentPolicy } from '../knowledge/policy.ts';
import type { Answers, Question, Questionnaire, Section } from '../knowledge/questionnaire.ts';
import { isTimeZone } from '../present/time.ts';

export const draftCookie = 'aftercare_draft';

export interface Draft {
  readonly answers: Answers;
  readonly timeZone?: string;
  /** Set when the last step is sent: the report's own clock, so the result is the same on every reload. */
  readonly reportedAt?: string;
}

/** The current policy's questionnaire (a check-in asks its sections as they are). */
export const questionnaire = currentPolicy.questionnaire;

/**
 * The questionnaire as the web asks it, step by step: the current policy's, with the areas the therapist worked
 * asked on the pain page beside "where is it sore" and the body map, so the four areas are listed once, each with
 * both ticks. Both answers stay where the report keeps them.
 */
export const steps: Questionnaire = (() => {
  const all = questionnaire.flatMap((section) => section.questions);
  const areasWorked = all.find((question) => question.path === 'massage.areasWorked');
  if (!areasWorked) return questionnaire;
  return questionnaire.map((section) => ({
    ...section,
    questions: section.questions
      .filter((question) => question !== areasWorked)
      .flatMap((question) => (question.path === 'pain.regions' ? [question, areasWorked] : [question])),
  }));
})();

/** Every answer path the draft may hold, with its question; a checklist's items are yes-no answers of their own. */
const questions = new Map<string, Question>(
  questionnaire.flatMap((section) =>
    section.questions.flatMap((q): (readonly [string, Question])[] =>
      q.items ? q.items.map(([path, label]) => [path, { path, kind: 'yes-no', prompt: label }]) : [[q.path, q]],
    ),
  ),
);

function acceptable(question: Question, value: unknown): boolean {
  const values = (question.options ?? []).map(([v]) => v);
  switch (question.kind) {
    case 'yes-no':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && values.includes(value);
    case 'choices':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && values.includes(v));
    case 'score':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;
    case 'instant':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'checklist':
      return false;
  }
}

/** Reads a cookie value back into a draft, keeping only known questions with acceptable answers. */
export function readDraft(cookie: string | undefined): Draft {
  if (!cookie) return { answers: {} };
  let stored: unknown;
  try {
    stored = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8'));
  } catch {
    return { answers: {} };
  }
  if (typeof stored !== 'object' || stored === null) return { answers: {} };
  const record = stored as Record<string, unknown>;
  const answers: Answers = {};
  const given = typeof record.answers === 'object' && record.answers !== null ? (record.answers as Record<string, unknown>) : {};
  for (const [path, question] of questions) {
    if (Object.hasOwn(given, path) && acceptable(question, given[path])) answers[path] = given[path];
  }
  const timeZone = typeof record.timeZone === 'string' && isTimeZone(record.timeZone) ? record.timeZone : undefined;
  const reportedAt = typeof record.reportedAt === 'string' && !Number.isNaN(Date.parse(record.reportedAt)) ? record.reportedAt : undefined;
  return { answers, ...(timeZone ? { timeZone } : {}), ...(reportedAt ? { reportedAt } : {}) };
}

export const writeDraft = (draft: Draft): string => Buffer.from(JSON.stringify(draft), 'utf8').toString('base64url');

/** Whether a step has every answer it needs (follow-ups are checked apart, when the answers make them matter). */
export const isComplete = (section: Section, answers: Answers) =>
  section.questions.every(
    (q) => q.optional || q.followUp || (q.items ? q.items.every(([path]) => answers[path] !== undefined) : answers[q.path] !== undefined),
  );

/** The first section with an unanswered required question, or undefined when the draft is complete. */
export const firstIncomplete = (answers: Answers) => steps.find((section) => !isComplete(section, answers));
