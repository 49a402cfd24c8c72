// The AppError a call refuses with: a test fails when the call is not refused, or fails some other way.
import { AppError } from '../../src/contract/errors.ts';

export function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal (an AppError), but the call returned');
}
