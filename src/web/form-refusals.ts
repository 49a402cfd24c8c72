// A form's refusal shown on the form again: what was typed stays, each error names its field, at the refusal's status.
import type { FastifyReply } from 'fastify';
import { AppError } from '../contract/errors.ts';
import type { Translator } from '../i18n/messages.ts';
import { statusOf } from '../server/status.ts';
import type { FormError } from './pages/clinic-frame.ts';
import { sendPage } from './respond.ts';

/** A refusal of what was typed, as the form's errors, in `t`'s language (English for callers that do not pass it yet). */
export const formErrors = (error: AppError, t: Translator): FormError[] => {
  const issues = error.issuesIn(t);
  return (issues?.length ? issues : [{ path: 'form', message: error.messageIn(t) }]).map((issue) => ({
    field: issue.path || 'form',
    message: issue.message,
  }));
};

/** Refusals of what was typed are shown on the form again; anything else goes to the error handler. */
const shownOnForm = new Set<AppError['code']>(['invalid-input', 'unauthorized', 'forbidden', 'too-many-requests', 'gone']);

/** Runs a form's work; a refusal of what was typed shows the form again with its errors, at the refusal's status. */
export async function orShowForm(
  reply: FastifyReply,
  work: () => Promise<unknown>,
  showAgain: (errors: FormError[]) => string | Promise<string>,
): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || !shownOnForm.has(error.code)) throw error;
    if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
    return sendPage(reply, await showAgain(formErrors(error, reply.request.t)), statusOf(error));
  }
}
