// What makes Aftercare an installable app that opens without a network: the web app manifest, an icon, the service
// worker (public/sw.js, with the pages to keep filled in) and the page shown when a page or a form needs the network.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { steps } from './draft.ts';
import { assetPath } from './assets.ts';
import { languageTags } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import { contentLanguage } from '../i18n/request.ts';
import { html } from './html.ts';
import { message } from './message.ts';
import { page, shellOf, type Shell } from './layout.ts';
import type { PersonalNumber } from './emergency-number.ts';
import { callButton } from './pages/call.ts';
import { sendPage } from './respond.ts';

/** The pages and files kept for offline use: public pages only, never a diary's or a clinic's. */
export const offlinePaths: readonly string[] = [
  '/',
  '/emergency',
  '/offline',
  ...steps.map((section) => `/check/${section.id}`),
  assetPath('app.css'),
  assetPath('app.js'),
  '/icon.svg',
  '/manifest.webmanifest',
];

const workerSource = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');
/** Changes whenever the worker, the assets or the pages kept change: the browser then installs the new worker. */
export const workerVersion = createHash('sha256').update(workerSource).update(JSON.stringify(offlinePaths)).digest('hex').slice(0, 12);
export const serviceWorker = workerSource
  .replace('self.__PRECACHE__', JSON.stringify(offlinePaths))
  .replace('self.__VERSION__', JSON.stringify(workerVersion));

/** The web app manifest in the reader's language: the name and description an installed app shows. */
export const manifestFor = (t: Translator) =>
  JSON.stringify({
    name: t('pages.manifest.name'),
    short_name: 'Aftercare',
    description: t('shell.description'),
    lang: languageTags[t.language],
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#005ea5',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  });

// A plain mark: a back's curve in a circle, in the brand's blue.
export const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#005ea5"/><path d="M236 96c-40 60-40 120 0 170s40 110 0 150" fill="none" stroke="#fff" stroke-width="44" stroke-linecap="round"/><circle cx="316" cy="256" r="28" fill="#fff"/></svg>`;

/**
 * The page for when the network is gone: what to do in an emergency first, then the form kept to send again. The
 * worker builds that form from the page it kept (in the language it was kept in): its button's words are here.
 */
export function offlinePage(shell: Shell, call: PersonalNumber): string {
  const { t } = shell;
  return page({
    shell,
    title: t('pages.offline.title'),
    body: html`<h1>${t('pages.offline.title')}</h1>
<p class="lead">${t('pages.offline.lead')}</p>
<div class="banner level-emergency">
  <p class="banner-do">${message(t, 'pages.offline.callNow', { strong: (words) => html`<strong>${words}</strong>` })}</p>
</div>
${callButton(t, call, '/')}
<section data-kept hidden data-send-label="${t('pages.offline.send')}">
  <h2>${t('pages.offline.notSent')}</h2>
  <p>${t('pages.offline.kept')}</p>
  <p class="hint" role="status" data-resend-status></p>
  <!--kept-form-->
</section>
<p><a href="/">${t('pages.backToStart')}</a></p>`,
  });
}

export function registerOffline(app: FastifyInstance, callOf: (request: FastifyRequest) => PersonalNumber): void {
  // The worker is checked for updates on every visit: never cached itself (its precache holds the versioned files).
  app.get('/sw.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(serviceWorker),
  );
  app.get('/manifest.webmanifest', (request, reply) =>
    reply
      .type('application/manifest+json')
      .header('cache-control', 'public, max-age=3600')
      .header('content-language', contentLanguage(request))
      .header('vary', 'Accept-Language, Cookie')
      .send(manifestFor(request.t)),
  );
  app.get('/icon.svg', (_request, reply) => reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(icon));
  app.get('/offline', (request, reply) => sendPage(reply, offlinePage(shellOf(request), callOf(request))));
}
