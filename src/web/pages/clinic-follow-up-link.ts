// A follow-up link on its client's page: shown as text (and a QR code) for any browser, with "Copy link" and the
// phone's share sheet where scripts run (public/app.js); and the form that makes a new one, mailed if asked.
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
export const followUpLinkSection = ({ link, qrSvg }: NewFollowUpLink, minutes: number) =>
  html`<section aria-labelledby="follow-up-link" class="callout"><h2 id="follow-up-link">Follow-up link</h2>
<p>Give this to the client. It asks them to agree to share their check-ins with your clinic, then starts their recovery diary with the session already filled in. The diary gets its own private link, which only the client has: this one works once.</p>
<p class="private-link"><a href="${link}" id="follow-up-url">${link}</a></p>
<div class="actions share-actions" data-share-link="${link}" data-share-title="Your aftercare link">
  <button class="button" type="button" data-share hidden>Share</button>
  <button class="button button-secondary" type="button" data-copy hidden>Copy link</button>
  <p class="share-status" role="status" data-share-status></p>
</div>
<figure class="qr"><div role="img" aria-label="QR code of the follow-up link">${raw(qrSvg)}</div><figcaption>Scan with the phone's camera.</figcaption></figure>
<p class="hint">This link stays on this page for ${minutes} minutes, on this device only. If it is lost before the client opens it, make a new one below.</p>
</section>`;

/** Makes a new follow-up link (the old one stops working), and mails it when an address is given. */
export const renewLinkForm = (sessionId: string, csrf: string, errors: readonly FormError[] = [], email = '') =>
  html`<h2 id="renew-link">A new follow-up link</h2>
<form method="post" action="/clinic/sessions/${sessionId}/link" novalidate class="renew-link" aria-labelledby="renew-link">${csrfField(csrf)}
  ${input('clientEmail', "Client's email (optional)", { type: 'email', value: email, errors, maxLength: 254, autocomplete: 'off', hint: 'To send the new link by email too. Used once to send it, and not kept.' })}
  <div class="actions"><button class="button button-secondary" type="submit">Make a new follow-up link</button></div>
</form>`;
