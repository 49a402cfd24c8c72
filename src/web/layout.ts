// The page shell every page shares: landmarks, skip link, the emergency line, the not-a-diagnosis footer.
import type { FastifyRequest } from 'fastify';
import { languages, languageTags, ownNames } from '../i18n/languages.ts';
import { tagOf, type Translator } from '../i18n/messages.ts';
import { pathOf, translatorOf } from '../i18n/request.ts';
import { assetPath, pageScripts, scriptMarks } from './assets.ts';
import { html, type Markup } from './html.ts';
import { markFinder } from './marks.ts';
import { message } from './message.ts';
import { scriptWords, wordMarks } from './script-words.ts';

/** What every page needs of its request: the person's language, and where the language chooser comes back to. */
export interface Shell {
  readonly t: Translator;
  readonly path: string;
}

export const shellOf = (request: FastifyRequest): Shell => ({ t: translatorOf(request), path: pathOf(request) });

export interface PageOptions {
  /** The request's language, and the path the language chooser comes back to. */
  readonly shell: Shell;
  readonly title: string;
  readonly body: Markup;
  /** Pages where the emergency line would repeat what the page says leave it out. */
  readonly emergencyLine?: boolean;
  readonly bodyClass?: string;
  /** The footer says once that this is not a diagnosis; a page that says it in its own words leaves it out. */
  readonly diagnosisNote?: boolean;
}

/**
 * The language chooser: one button per other language, each in its own name and marked with its language, so that a
 * person who cannot read the page still finds theirs. A form, so it works without scripts and cannot be posted
 * from another site.
 */
function languageChooser({ t, path }: Shell): Markup {
  return html`<form class="language-chooser" method="post" action="/language">
    <input type="hidden" name="back" value="${path}">
    <span class="visually-hidden" id="language-label">${t('shell.language')}</span>
    <ul aria-labelledby="language-label">
      ${languages.map((language) =>
        language === t.language
          ? html`<li><span class="current" lang="${languageTags[language]}" aria-current="true">${ownNames[language]}</span></li>`
          : html`<li><button type="submit" name="language" value="${language}" lang="${languageTags[language]}">${ownNames[language]}</button></li>`,
      )}
    </ul>
  </form>`;
}

/** The marks a page's body carries for the scripts: which scripts it loads, and which of their words it carries. */
const marksOn = markFinder([...scriptMarks, ...wordMarks]);

export function page({ shell, title, body, emergencyLine = true, bodyClass, diagnosisNote = true }: PageOptions): string {
  const { t } = shell;
  const marks = marksOn(body.text);
  return (
    '<!doctype html>' +
    html`<html lang="${tagOf(t)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Aftercare</title>
<meta name="description" content="${t('shell.description')}">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
<meta name="theme-color" content="#005ea5">
<link rel="stylesheet" href="${assetPath('app.css')}">
<script src="${assetPath('app.js')}" defer></script>
${pageScripts(marks).map((path) => html`<script src="${path}" defer></script>\n`)}</head>
<body class="${bodyClass ?? ''}">
<a class="skip-link" href="#main">${t('shell.skipLink')}</a>
<header class="site-header">
  <a class="brand" href="/">Aftercare</a>
  ${emergencyLine ? html`<p class="emergency-line">${t('shell.emergencyLine')} <a href="/emergency">${t('shell.emergencyLink')}</a></p>` : ''}
  ${languageChooser(shell)}
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site-footer">
  ${diagnosisNote ? html`<p>${t('shell.notADiagnosis')}</p>` : ''}
  <p>${message(t, 'shell.whichNumber', { link: (words) => html`<a href="/emergency">${words}</a>` })}</p>
</footer>
${scriptWords(t, marks)}
</body>
</html>`.text
  );
}
