// A clinic's clients: found by name or reference, each with their sessions grouped under them, and a session recorded
// for one of them in a tap.
import type { Translator } from '../../i18n/messages.ts';
import type { Client, MassageSession } from '../../store/clinics.ts';
import { html } from '../html.ts';
import { clinicPage, clinicTime, levelMessage, type SignedInView } from './clinic-frame.ts';
import { flagsOf } from './clinic-dashboard.ts';

/** The search form, on the dashboard and on the search's own page. */
export const clientSearch = (t: Translator, search = '') =>
  html`<form method="get" action="/clinic/clients" class="client-search" role="search" aria-label="${t('clinic.clients.title')}">
  <label class="question-label" for="f-q">${t('clinic.clients.find')}</label>
  <div class="search-row"><input class="input-text" id="f-q" name="q" type="search" value="${search}" maxlength="100" autocomplete="off"><button class="button button-secondary" type="submit">${t('clinic.clients.findButton')}</button></div>
</form>`;

const recordFor = (t: Translator, client: Client) =>
  html`<a class="button" href="/clinic/sessions/new?client=${client.id}">${t('clinic.session.record')}<span class="visually-hidden"> ${t('clinic.clients.recordFor', { client: client.reference })}</span></a>`;

export function clientsPage(view: SignedInView, search: string, clients: readonly Client[]) {
  const { t } = view.shell;
  const zone = view.member.timeZone;
  return clinicPage(
    view.shell,
    t('clinic.clients.title'),
    html`<h1>${t('clinic.clients.title')}</h1>
${clientSearch(t, search)}
<p role="status">${search ? t('clinic.clients.found', { count: clients.length }) : t('clinic.clients.recent')}</p>
<ul class="cards">${clients.map(
      (c) => html`<li class="card"><p class="card-title"><a href="/clinic/clients/${c.id}">${c.reference}</a></p>
  <p>${c.lastEndedAt ? t('clinic.clients.sessionsLast', { count: c.sessions, when: clinicTime(t, c.lastEndedAt, zone) }) : t('clinic.clients.sessions', { count: c.sessions })}</p>
  <p>${recordFor(t, c)}</p></li>`,
    )}</ul>
${search && clients.length === 0 ? html`<p><a href="/clinic/sessions/new">${t('clinic.clients.recordNew')}</a></p>` : ''}`,
    view,
  );
}

/** A client's sessions the member may see, the latest first, each with its state. */
export function clientPage(view: SignedInView, client: Client, sessions: readonly MassageSession[]) {
  const { t } = view.shell;
  const zone = view.member.timeZone;
  // The client's name stays out of the title: titles end up in browser history, tab lists and screenshots.
  return clinicPage(
    view.shell,
    t('clinic.dashboard.column.client'),
    html`<h1>${client.reference}</h1>
<p>${recordFor(t, client)}</p>
<h2>${t('clinic.dashboard.column.sessions')}</h2>
<p class="hint">${t('diary.summary.zone', { zone })}</p>
<ul class="cards">${sessions.map(
      (
        s,
      ) => html`<li class="card"><p class="card-title"><a href="/clinic/sessions/${s.id}">${t('clinic.clients.sessionEnded', { when: clinicTime(t, s.endedAt, zone) })}</a></p>
  <p>${t('clinic.clients.with', { name: s.therapistName })} ${s.latestAt ? t('clinic.clients.latest', { level: t(levelMessage[s.latestLevel!]), when: clinicTime(t, s.latestAt, zone) }) : ''}</p>
  <p class="flags">${flagsOf(t, s)}</p></li>`,
    )}</ul>
<p><a href="/clinic">${t('clinic.backToDashboard')}</a></p>`,
    view,
  );
}
