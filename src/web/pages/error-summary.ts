// The error summary every form shows above itself, as GOV.UK and the NHS design it: a list of links, each to the
// field to correct.
import type { Translator } from '../../i18n/messages.ts';
import { html, type Markup } from '../html.ts';

export interface SummaryLink {
  readonly href: string;
  readonly message: string;
}

/**
 * `role="alert"` sits on the same element that the script focuses on load (`data-focus-on-load`, tabindex -1): a
 * screen reader announces the problems once, as the page opens, and a keyboard user starts there and can follow
 * each link to its field. Without scripts it is the first thing on the page after the heading of the site.
 * The links come worded; the heading is in `t`'s language (English for the callers that do not pass theirs yet).
 */
export function errorSummary(links: readonly SummaryLink[], t: Translator): Markup {
  if (links.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" data-focus-on-load>
  <h2 id="error-summary-title">${t('questionnaire.form.problem')}</h2>
  <ul>${links.map((link) => html`<li><a href="${link.href}">${link.message}</a></li>`)}</ul>
</div>`;
}
