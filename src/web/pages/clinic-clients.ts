// A clinic's clients: found by name or reference, each with their sessions grouped under them, and a session recorded
// for one of them in a tap.
import { levelName } from '../../knowledge/levels.ts';
import { localTime } from '../../present/time.ts';
import type { Client, MassageSession } from '../../store/clinics.ts';
import { html } from '../html.ts';
import { clinicPage, type SignedInView } from './clinic-frame.ts';
import { flagsOf } from './clinic-dashboard.ts';
import { translator } from '../../i18n/messages.ts';

/** The search form, on the dashboard and on the search's own page. */
export const clientSearch = (search = '') =>
  html`<form method="get" action="/clinic/clients" class="client-search" role="search" aria-label="Clients">
  <label class="question-label" for="f-q">Find a client</label>
  <div class="search-row"><input class="input-text" id="f-q" name="q" type="search" value="${search}" maxlength="100" autocomplete="off"><button class="button button-secondary" type="submit">Find</button></div>
</form>`;

const recordFor = (client: Client) =>
  html`<a class="button" href="/clinic/sessions/new?client=${client.id}">Record a session<span class="visually-hidden"> for ${client.reference}</span></a>`;

export function clientsPage(view: SignedInView, search: string, clients: readonly Client[]) {
  const zone = view.member.timeZone;
  return clinicPage(
    'Clients',
    html`<h1>Clients</h1>
${clientSearch(search)}
<p role="status">${search ? `${clients.length} ${clients.length === 1 ? 'client' : 'clients'} found.` : 'The clients seen most recently first.'}</p>
<ul class="cards">${clients.map(
      (c) => html`<li class="card"><p class="card-title"><a href="/clinic/clients/${c.id}">${c.reference}</a></p>
  <p>${c.sessions} ${c.sessions === 1 ? 'session' : 'sessions'}${c.lastEndedAt ? `, the last ${localTime(c.lastEndedAt, zone)}` : ''}</p>
  <p>${recordFor(c)}</p></li>`,
    )}</ul>
${search && clients.length === 0 ? html`<p><a href="/clinic/sessions/new">Record a session for a new client</a></p>` : ''}`,
    view,
  );
}

/** A client's sessions the member may see, the latest first, each with its state. */
export function clientPage(view: SignedInView, client: Client, sessions: readonly MassageSession[]) {
  const zone = view.member.timeZone;
  // The client's name stays out of the title: titles end up in browser history, tab lists and screenshots.
  return clinicPage(
    'Client',
    html`<h1>${client.reference}</h1>
<p>${recordFor(client)}</p>
<h2>Sessions</h2>
<p class="hint">Times are in ${zone}.</p>
<ul class="cards">${sessions.map(
      (
        s,
      ) => html`<li class="card"><p class="card-title"><a href="/clinic/sessions/${s.id}">Session ended ${localTime(s.endedAt, zone)}</a></p>
  <p>With ${s.therapistName}. ${s.latestAt ? html`Latest check-in: ${levelName(s.latestLevel!, translator('en'))}, ${localTime(s.latestAt, zone)}.` : ''}</p>
  <p class="flags">${flagsOf(s)}</p></li>`,
    )}</ul>
<p><a href="/clinic">Back to the dashboard</a></p>`,
    view,
  );
}
