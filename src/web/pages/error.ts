// The page a person sees when a request fails: what happened, in plain words, and a way on.
import type { FastifyRequest } from 'fastify';
import type { AppError } from '../../contract/errors.ts';
import type { MessageId } from '../../i18n/messages.ts';
import { html } from '../html.ts';
import { page, shellOf } from '../layout.ts';

const headings: Partial<Record<AppError['code'], MessageId>> = {
  'not-found': 'pages.error.heading.not-found',
  'too-many-requests': 'pages.error.heading.too-many-requests',
  forbidden: 'pages.error.heading.forbidden',
  'body-too-large': 'pages.error.heading.body-too-large',
  internal: 'pages.error.heading.internal',
  unavailable: 'pages.error.heading.unavailable',
};

export function errorPage(error: AppError, request: FastifyRequest): string {
  // A URL Fastify cannot decode (/%C0%80) is refused before the request gets its language: such a page is English.
  const shell = shellOf(request);
  const { t } = shell;
  const heading = t(headings[error.code] ?? 'pages.error.heading.other');
  const advice =
    error.code === 'forbidden'
      ? t('pages.error.advice.forbidden')
      : error.code === 'not-found'
        ? t('pages.error.advice.not-found')
        : error.retryAfterSeconds !== undefined
          ? t('pages.error.advice.wait', { minutes: Math.ceil(error.retryAfterSeconds / 60) })
          : error.code === 'internal' || error.code === 'unavailable'
            ? t('pages.error.advice.again')
            : error.message;
  return page({
    shell,
    title: heading,
    body: html`<h1>${heading}</h1><p>${advice}</p><p><a href="/">${t('pages.backToStart')}</a></p>`,
  });
}
