// What every clinic page shares: the signed-in view, form fields with their errors, the clinic's navigation and frame.
import { levelMessage } from '../../clinic/follow-up-record.ts';
import type { Translator } from '../../i18n/messages.ts';
import { localTime } from '../../present/time.ts';
import type { Member } from '../../store/clinics.ts';
import { attr, html, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { errorSummary as summaryOf } from './error-summary.ts';

/** A time as the member's clinic reads it: in the clinic's zone, in the page's language. */
export const clinicTime = (t: Translator, instant: string | number | Date, zone: string) => localTime(instant, zone, t.language);

export { levelMessage };

export interface FormError {
  readonly field: string;
  readonly message: string;
}

/** A signed-in member and the session's form token: what every signed-in page needs. */
export interface SignedInView {
  /** The member's own language (set by requireMember, web/guards.ts), and where the chooser comes back to. */
  readonly shell: Shell;
  readonly member: Member;
  readonly csrf: string;
  /** What the form just sent did, said once on the page its answer redirected to. */
  readonly notice?: string;
}

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

export const errorSummary = (errors: readonly FormError[], t: Translator): Markup =>
  summaryOf(
    errors.map((e) => ({ href: `#f-${e.field}`, message: e.message })),
    t,
  );

export function input(
  t: Translator,
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
  ${error ? html`<p class="error-message" id="f-${name}-error"><span class="visually-hidden">${t('questionnaire.step.error-prefix')}</span> ${error.message}</p>` : ''}
  <input class="input-text" id="f-${name}" name="${name}" type="${options.type ?? 'text'}" value="${options.value ?? ''}"${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${options.list ? html` list="${options.list}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${attr('aria-invalid="true"', Boolean(error))}>
</div>`;
}

function clinicNav(t: Translator, member: Member, csrf: string): Markup {
  return html`<nav class="clinic-nav" aria-label="${t('clinic.nav.label')}">
  <p>${t('clinic.nav.who', { name: member.name, role: member.role, clinic: member.clinicName })}</p>
  <ul>
    <li><a href="/clinic">${t('clinic.nav.dashboard')}</a></li>
    <li><a href="/clinic/sessions/new">${t('clinic.session.record')}</a></li>
    <li><a href="/clinic/alerts">${t('clinic.nav.alerts')}</a></li>
    ${member.role === 'admin' ? html`<li><a href="/clinic/members">${t('clinic.nav.members')}</a></li><li><a href="/clinic/audit">${t('clinic.nav.audit')}</a></li><li><a href="/clinic/deliveries">${t('clinic.nav.deliveries')}</a></li>` : ''}
  </ul>
  <form method="post" action="/clinic/sign-out">${csrfField(csrf)}<button class="link-button" type="submit">${t('clinic.nav.signOut')}</button></form>
  <form method="post" action="/clinic/sign-out-everywhere">${csrfField(csrf)}<button class="link-button" type="submit">${t('clinic.nav.signOutEverywhere')}</button></form>
</nav>`;
}

/** A clinic page: signed in, with the member's navigation and the notice a form left; before signing in, without. */
export const clinicPage = (shell: Shell, title: string, body: Markup, signedIn?: Omit<SignedInView, 'shell'>) =>
  page({
    shell,
    title,
    body: html`${signedIn ? clinicNav(shell.t, signedIn.member, signedIn.csrf) : ''}${signedIn?.notice ? html`<p class="callout" role="status">${signedIn.notice}</p>` : ''}${body}`,
    bodyClass: 'page-clinic',
    emergencyLine: false,
  });
