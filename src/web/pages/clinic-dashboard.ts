// The dashboard of who needs attention: counts, the clients most urgent first, and each therapist's share of local signs.
import { flagName } from '../../clinic/follow-up-record.ts';
import { levelName } from '../../knowledge/levels.ts';
import { isHandled, type DashboardCounts, type MassageSession, type Need, type TherapistShare } from '../../store/clinics.ts';
import { localTime } from '../../present/time.ts';
import { checkInCount } from '../../present/count.ts';
import { attr, html } from '../html.ts';
import { clientSearch } from './clinic-clients.ts';
import { clinicPage, type SignedInView } from './clinic-frame.ts';
import { translator } from '../../i18n/messages.ts';

export const flagsOf = (s: MassageSession) => [
  isHandled(s) ? html`<span class="flag flag-quiet">Contacted by ${s.handled!.by}</span>` : '',
  // A need held back by the alert pace (clinic/alerts.ts) shows here at once, since no email says it.
  s.alertHeldAt && !isHandled(s) ? html`<span class="flag">Not emailed: within an hour of the last alert</span>` : '',
  s.latestLevel && s.latestLevel !== 'self-care'
    ? html`<span class="level-tag tag-${s.latestLevel}">${levelName(s.latestLevel, translator('en'))}</span>`
    : '',
  s.pressureFlag ? html`<span class="flag">${flagName.pressure}</span>` : '',
  s.notEasingFlag ? html`<span class="flag">${flagName['not-easing']}</span>` : '',
  s.sharingStoppedAt
    ? html`<span class="flag flag-quiet">Stopped sharing</span>`
    : !s.diaryId
      ? html`<span class="flag flag-quiet">Waiting for the client</span>`
      : '',
];

/** The dashboard's counters, each a filter: what it counts, by its name in the address (?needs=…). */
const counters: readonly (readonly [Need, keyof DashboardCounts, string])[] = [
  ['emergency', 'emergency', 'emergency'],
  ['urgent', 'urgent', 'urgent'],
  ['see-clinician', 'seeClinician', 'see a clinician'],
  ['pressure', 'pressure', 'pressure may have been too much'],
  ['not-easing', 'notEasing', 'not easing after 72 h'],
  ['waiting', 'waiting', 'waiting for the client'],
  ['stopped', 'stopped', 'stopped sharing'],
];

/** The dashboard's rows, cards at phone width: each cell says what it is (data-label), as the table's head does. */
function sessionTable(sessions: readonly MassageSession[], caption: string, admin: boolean, zone: string) {
  return html`<table class="checkins dashboard">
  <caption class="visually-hidden">${caption}</caption>
  <thead><tr><th scope="col">Client</th>${admin ? html`<th scope="col">Therapist</th>` : ''}<th scope="col">Session</th><th scope="col">Latest</th><th scope="col">Flags</th></tr></thead>
  <tbody>${sessions.map(
    (s) => html`<tr>
    <td class="card-title"><a href="/clinic/sessions/${s.id}">${s.clientRef}</a></td>
    ${admin ? html`<td data-label="Therapist">${s.therapistName}</td>` : ''}
    <td data-label="Session">${localTime(s.endedAt, zone)}</td>
    <td data-label="Latest">${s.latestAt ? html`${levelName(s.latestLevel!, translator('en'))}, ${localTime(s.latestAt, zone)} (${checkInCount(s.checkIns)})` : 'no check-in yet'}</td>
    <td class="flags">${flagsOf(s)}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

export function dashboardPage(
  view: SignedInView & {
    sessions: readonly MassageSession[];
    counts: DashboardCounts;
    shares: readonly TherapistShare[];
    page: number;
    hasMore: boolean;
    needs?: Need | undefined;
  },
) {
  const { member, counts, needs } = view;
  const zone = member.timeZone;
  const admin = member.role === 'admin';
  const shown = counters.find(([name]) => name === needs);
  const pageLink = (page: number) => `/clinic?${needs ? `needs=${needs}&` : ''}page=${page}`;
  // The store lists the handled after the new (clinic-dashboard.ts): each page shows its own apart.
  const fresh = view.sessions.filter((s) => !isHandled(s));
  const handled = view.sessions.filter(isHandled);
  return clinicPage(
    'Dashboard',
    html`<h1>Who needs attention</h1>
<p class="actions"><a class="button" href="/clinic/sessions/new">Record a session</a></p>
${clientSearch()}
<nav aria-label="Show only">
<ul class="counts">
  ${counters.map(
    ([name, count, label]) =>
      html`<li><a href="/clinic?needs=${name}"${attr('aria-current="true"', name === needs)}><strong>${counts[count] ?? 0}</strong> ${label}</a></li>`,
  )}
</ul>
</nav>
${shown ? html`<p role="status">Showing only: ${shown[2]}. <a href="/clinic">Show every client</a></p>` : ''}
${sessionTable(fresh, 'Clients, most urgent first', admin, zone)}
${
  handled.length
    ? html`<h2 id="contacted">Contacted, nothing new since</h2>
<p class="hint">A member marked these clients contacted after their latest need. A new need brings them back up.</p>
${sessionTable(handled, 'Clients contacted since their latest need', admin, zone)}`
    : ''
}
<p>${view.page > 0 ? html`<a href="${pageLink(view.page - 1)}">Previous page</a> ` : ''}${view.hasMore ? html`<a href="${pageLink(view.page + 1)}">Next page</a>` : ''}</p>
<h2>Sessions followed by local signs</h2>
<p class="hint">Swelling, bruising or strong pain in one spot after a session can mean the pressure was too much. Times are in ${zone}.</p>
<table class="checkins">
  <thead><tr><th scope="col">Therapist</th><th scope="col">Sessions</th><th scope="col">Followed up</th><th scope="col">With local signs</th></tr></thead>
  <tbody>${view.shares.map((t) => html`<tr><td>${t.name}</td><td>${t.sessions}</td><td>${t.followed}</td><td>${t.followed ? `${Math.round((100 * t.withLocalSigns) / t.followed)} % (${t.withLocalSigns})` : '–'}</td></tr>`)}</tbody>
</table>`,
    { member, csrf: view.csrf },
  );
}
