// The page shell every page shares: landmarks, skip link, the emergency line, the not-a-diagnosis footer.
import { notADiagnosis } from '../knowledge/levels.ts';
import { assetPath } from './assets.ts';
import { html, type Markup } from './html.ts';

export interface PageOptions {
  readonly title: string;
  readonly body: Markup;
  /** Pages where the emergency line would repeat what the page says leave it out. */
  readonly emergencyLine?: boolean;
  readonly bodyClass?: string;
  /** The footer says once that this is not a diagnosis; a page that says it in its own words leaves it out. */
  readonly diagnosisNote?: boolean;
}

export function page({ title, body, emergencyLine = true, bodyClass, diagnosisNote = true }: PageOptions): string {
  return (
    '<!doctype html>' +
    html`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Aftercare</title>
<meta name="description" content="Lower back pain after a massage: is it normal, and what to do. Not a diagnosis.">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
<meta name="theme-color" content="#005ea5">
<link rel="stylesheet" href="${assetPath('app.css')}">
<script src="${assetPath('app.js')}" defer></script>
</head>
<body class="${bodyClass ?? ''}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="brand" href="/">Aftercare</a>
  ${emergencyLine ? html`<p class="emergency-line">Emergency? <a href="/emergency">Call for help now</a></p>` : ''}
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site-footer">
  ${diagnosisNote ? html`<p>${notADiagnosis}</p>` : ''}
  <p>In an emergency, call for help: <a href="/emergency">which number to call</a>.</p>
</footer>
</body>
</html>`.text
  );
}
