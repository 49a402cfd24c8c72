// The page a person sees when a request fails: what happened, in plain words, and a way on.
import type { FastifyRequest } from 'fastify';
import type { AppError } from '../../contract/errors.ts';
import { html } from '../html.ts';
import { page, shellOf } from '../layout.ts';

const headings: Partial<Record<AppError['code'], string>> = {
  'not-found': 'Page not found',
  'too-many-requests': 'Too many requests',
  forbidden: 'This form has expired',
  'body-too-large': 'That was too much to send',
  internal: 'Something went wrong',
  unavailable: 'Busy right now',
};

export function errorPage(error: AppError, request: FastifyRequest): string {
  const heading = headings[error.code] ?? 'We could not do that';
  const advice =
    error.code === 'forbidden'
      ? 'Go back, reload the page and send it again.'
      : error.code === 'not-found'
        ? 'The address may be mistyped, or what it pointed to may have been deleted.'
        : error.retryAfterSeconds !== undefined
          ? `Please wait ${Math.ceil(error.retryAfterSeconds / 60)} minutes and try again.`
          : error.code === 'internal' || error.code === 'unavailable'
            ? 'Please try again in a moment.'
            : error.message;
  return page({
    shell: shellOf(request),
    title: heading,
    body: html`<h1>${heading}</h1><p>${advice}</p><p><a href="/">Back to the start</a></p>`,
  });
}
