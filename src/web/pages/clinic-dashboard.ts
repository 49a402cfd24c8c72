// The dashboard of who needs attention: counts, the clients most urgent first, and each therapist's share of local signs.
import { levelName } from '../../knowledge/levels.ts';
import type { DashboardCounts, MassageSession, TherapistShare } from '../../store/clinics.ts';
import { localTime } from '../../present/time.ts';
import { checkInCount } from '../../present/count.ts';
import { html } from '../html.ts';
import { clinicPage, type SignedInView } from './clinic-frame.ts';

export const flagsOf = (s: MassageSession) => [
  s.latestLevel && s.latestLevel !== 'self-care'
    ? html`<span class="level-tag tag-${s.latestLevel}">${levelName[s.latestLevel]}</span>`
    : '',
  s.pressureFlag ? html`<span class="flag">Pressure may have been too much</span>` : '',
  s.notEasingFlag ? html`<span class="flag">Not easing after 72 h</span>` : '',
  s.sharingStoppedAt
    ? html`<span class="flag flag-quiet">Stopped sharing</span>`
    : !s.diaryId
      ? html`<span class="flag flag-quiet">Waiting for the client</span>`
      : '',
];

export function dashboardPage(
  view: SignedInView & {
    sessions: readonly MassageSession[];
    counts: DashboardCounts;
    shares: readonly TherapistShare[];
    page: number;
    hasMore: boolean;
  },
) {
  const { member, counts } = view;
  const zone = member.timeZone;
  return clinicPage(
    'Dashboard',
    html`<h1>Who needs attention</h1>
<ul class="counts">
  <li><strong>${counts.emergency ?? 0}</strong> emergency</li>
  <li><strong>${counts.urgent ?? 0}</strong> urgent</li>
  <li><strong>${counts.seeClinician ?? 0}</strong> see a clinician</li>
  <li><strong>${counts.pressure ?? 0}</strong> pressure may have been too much</li>
  <li><strong>${counts.notEasing ?? 0}</strong> not easing after 72 h</li>
  <li><strong>${counts.waiting ?? 0}</strong> waiting for the client</li>
  <li><strong>${counts.stopped ?? 0}</strong> stopped sharing</li>
</ul>
<table class="checkins dashboard">
  <caption class="visually-hidden">Clients, most urgent first</caption>
  <thead><tr><th scope="col">Client</th>${member.role === 'admin' ? html`<th scope="col">Therapist</th>` : ''}<th scope="col">Session</th><th scope="col">Latest</th><th scope="col">Flags</th></tr></thead>
  <tbody>${view.sessions.map(
    (s) => html`<tr>
    <td><a href="/clinic/sessions/${s.id}">${s.clientRef}</a></td>
    ${member.role === 'admin' ? html`<td>${s.therapistName}</td>` : ''}
    <td>${localTime(s.endedAt, zone)}</td>
    <td>${s.latestAt ? html`${levelName[s.latestLevel!]}, ${localTime(s.latestAt, zone)} (${checkInCount(s.checkIns)})` : 'no check-in yet'}</td>
    <td class="flags">${flagsOf(s)}</td>
  </tr>`,
  )}</tbody>
</table>
<p>${view.page > 0 ? html`<a href="/clinic?page=${view.page - 1}">Previous page</a> ` : ''}${view.hasMore ? html`<a href="/clinic?page=${view.page + 1}">Next page</a>` : ''}</p>
<h2>Sessions followed by local signs</h2>
<p class="hint">Swelling, bruising or strong pain in one spot after a session can mean the pressure was too much. Times are in ${zone}.</p>
<table class="checkins">
  <thead><tr><th scope="col">Therapist</th><th scope="col">Sessions</th><th scope="col">Followed up</th><th scope="col">With local signs</th></tr></thead>
  <tbody>${view.shares.map((t) => html`<tr><td>${t.name}</td><td>${t.sessions}</td><td>${t.followed}</td><td>${t.followed ? `${Math.round((100 * t.withLocalSigns) / t.followed)} % (${t.withLocalSigns})` : '–'}</td></tr>`)}</tbody>
</table>`,
    { member, csrf: view.csrf },
  );
}
