// A follow-up link on its client's page: shown as text (and a QR code) for any browser, with "Copy link" and the
// phone's share sheet where scripts run (public/app.js); and the form that makes a new one, mailed if asked.
import type { Translator } from '../../i18n/messages.ts';
import { html, raw } from '../html.ts';
import { csrfField, input, type FormError } from './clinic-frame.ts';

/** A follow-up link just made, shown on its client's page while the browser that made it keeps it. */
export interface NewFollowUpLink {
  readonly link: string;
  readonly qrSvg: string;
}

// The buttons start hidden: app.js shows "Copy link" where the clipboard can be written and "Share" where the
// browser has a share sheet. Without scripts the link is there as text, to copy by hand. What a button did is said in
// the status line, which screen readers read out when it changes.
export const followUpLinkSection = (t: Translator, { link, qrSvg }: NewFollowUpLink, minutes: number) =>
  html`<section aria-labelledby="follow-up-link" class="callout"><h2 id="follow-up-link">${t('clinic.link.heading')}</h2>
<p>${t('clinic.link.explain')}</p>
<p class="private-link"><a href="${link}" id="follow-up-url">${link}</a></p>
<div class="actions share-actions" data-share-link="${link}" data-share-title="${t('clinic.link.shareTitle')}">
  <button class="button" type="button" data-share hidden>${t('diary.keepLink.share')}</button>
  <button class="button button-secondary" type="button" data-copy hidden>${t('diary.keepLink.copy')}</button>
  <p class="share-status" role="status" data-share-status></p>
</div>
<figure class="qr"><div role="img" aria-label="${t('clinic.link.qr')}">${raw(qrSvg)}</div><figcaption>${t('clinic.link.scan')}</figcaption></figure>
<p class="hint">${t('clinic.link.kept', { minutes })}</p>
</section>`;

/** Makes a new follow-up link (the old one stops working), and mails it when an address is given. */
export const renewLinkForm = (t: Translator, sessionId: string, csrf: string, errors: readonly FormError[] = [], email = '') =>
  html`<h2 id="renew-link">${t('clinic.link.renewHeading')}</h2>
<form method="post" action="/clinic/sessions/${sessionId}/link" novalidate class="renew-link" aria-labelledby="renew-link">${csrfField(csrf)}
  ${input(t, 'clientEmail', t('clinic.session.clientEmail'), { type: 'email', value: email, errors, maxLength: 254, autocomplete: 'off', hint: t('clinic.link.renewHint') })}
  <div class="actions"><button class="button button-secondary" type="submit">${t('clinic.link.renew')}</button></div>
</form>`;
