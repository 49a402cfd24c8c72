// The whole path from untrusted JSON text to an assessment or a contract error body: what every adapter calls.
import { AppError, type ErrorBody } from '../contract/errors.ts';
import type { Assessment } from '../contract/types.ts';
import { parseReport, parseReportText } from '../contract/validate.ts';
import { assess, type FullAssessment } from './assess.ts';

export type Outcome = { ok: true; assessment: FullAssessment } | { ok: false; error: AppError };

function outcomeOf(run: () => FullAssessment): Outcome {
  try {
    return { ok: true, assessment: run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

export const assessText = (text: string): Outcome => outcomeOf(() => assess(parseReportText(text)));
export const assessValue = (value: unknown): Outcome => outcomeOf(() => assess(parseReport(value)));

export const bodyOf = (outcome: Outcome): Assessment | ErrorBody => (outcome.ok ? outcome.assessment : outcome.error.toBody());
