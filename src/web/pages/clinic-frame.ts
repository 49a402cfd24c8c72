// What every clinic page shares: the signed-in view, form fields with their errors, the clinic's navigation and frame.
import type { Member } from '../../store/clinics.ts';
import { attr, html, type Markup } from '../html.ts';
import { page, englishShell } from '../layout.ts';
import { errorSummary as summaryOf } from './error-summary.ts';

export interface FormError {
  readonly field: string;
  readonly message: string;
}

/** A signed-in member and the session's form token: what every signed-in page needs. */
export interface SignedInView {
  readonly member: Member;
  readonly csrf: string;
  /** What the form just sent did, said once on the page its answer redirected to. */
  readonly notice?: string;
}

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

export const errorSummary = (errors: readonly FormError[]): Markup =>
  summaryOf(errors.map((e) => ({ href: `#f-${e.field}`, message: e.message })));

export function input(
  name: string,
  label: string,
  options: {
    type?: string;
    value?: string;
    errors: readonly FormError[];
    autocomplete?: string;
    hint?: string;
    maxLength?: number;
    /** The id of a datalist of suggestions. */
    list?: string;
  },
): Markup {
  const error = options.errors.find((e) => e.field === name);
  const describedBy = [options.hint ? `f-${name}-hint` : '', error ? `f-${name}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="question${error ? ' has-error' : ''}">
  <label class="question-label" for="f-${name}">${label}</label>
  ${options.hint ? html`<p class="hint" id="f-${name}-hint">${options.hint}</p>` : ''}
  ${error ? html`<p class="error-message" id="f-${name}-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
  <input class="input-text" id="f-${name}" name="${name}" type="${options.type ?? 'text'}" value="${options.value ?? ''}"${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${options.list ? html` list="${options.list}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${attr('aria-invalid="true"', Boolean(error))}>
</div>`;
}

function clinicNav(member: Member, csrf: string): Markup {
  return html`<nav class="clinic-nav" aria-label="Clinic">
  <p>${member.name} (${member.role}), ${member.clinicName}</p>
  <ul>
    <li><a href="/clinic">Dashboard</a></li>
    <li><a href="/clinic/sessions/new">Record a session</a></li>
    <li><a href="/clinic/alerts">Alerts</a></li>
    ${member.role === 'admin' ? html`<li><a href="/clinic/members">Members</a></li><li><a href="/clinic/audit">Audit log</a></li><li><a href="/clinic/deliveries">Undelivered emails</a></li>` : ''}
  </ul>
  <form method="post" action="/clinic/sign-out">${csrfField(csrf)}<button class="link-button" type="submit">Sign out</button></form>
  <form method="post" action="/clinic/sign-out-everywhere">${csrfField(csrf)}<button class="link-button" type="submit">Sign out everywhere</button></form>
</nav>`;
}

export const clinicPage = (title: string, body: Markup, signedIn?: SignedInView) =>
  page({
    shell: englishShell,
    title,
    body: html`${signedIn ? clinicNav(signedIn.member, signedIn.csrf) : ''}${signedIn?.notice ? html`<p class="callout" role="status">${signedIn.notice}</p>` : ''}${body}`,
    bodyClass: 'page-clinic',
    emergencyLine: false,
  });
