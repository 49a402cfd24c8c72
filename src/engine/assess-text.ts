// The whole path from untrusted JSON text to an assessment or an error body, under the policy asked for: what
// every adapter calls.
import { AppError, type ErrorBody } from '../contract/errors.ts';
import type { Assessment, PolicyVersion } from '../contract/types.ts';
import { parseReport, parseReport1, parseReport3, parseJson } from '../contract/validate.ts';
import type { Translator } from '../i18n/messages.ts';
import { assess, assess1, policy2, policy3 } from './assess.ts';

export type Outcome = { ok: true; assessment: Assessment } | { ok: false; error: AppError };

function outcomeOf(run: () => Assessment): Outcome {
  try {
    return { ok: true, assessment: run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

/**
 * A parsed value, checked against its policy's contract, then assessed under that policy and worded in the
 * translator's language (every adapter names both).
 */
export function assessValue(value: unknown, policy: PolicyVersion, t: Translator): Assessment {
  if (policy === '1') return assess1(parseReport1(value), t);
  return policy === '3' ? assess(parseReport3(value), policy3, t) : assess(parseReport(value), policy2, t);
}

export const assessText = (text: string, policy: PolicyVersion, t: Translator): Outcome =>
  outcomeOf(() => assessValue(parseJson(text), policy, t));

/** The answer's body: the assessment, or the error in the translator's language (its code and paths in every one). */
export const bodyOf = (outcome: Outcome, t: Translator): Assessment | ErrorBody =>
  outcome.ok ? outcome.assessment : outcome.error.toBody(t);
