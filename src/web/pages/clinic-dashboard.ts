// The dashboard of who needs attention: counts, the clients most urgent first, and each therapist's share of local signs.
import type { MessageId, Translator } from '../../i18n/messages.ts';
import { isHandled, type BoardSession, type DashboardCounts, type Need, type TherapistShare } from '../../store/clinics.ts';
import { attr, html } from '../html.ts';
import { clientSearch } from './clinic-clients.ts';
import { clinicPage, clinicTime, levelMessage, type SignedInView } from './clinic-frame.ts';

export const flagsOf = (t: Translator, s: BoardSession) => [
  isHandled(s) ? html`<span class="flag flag-quiet">${t('clinic.flag.contactedBy', { name: s.handled!.by })}</span>` : '',
  // A need held back by the alert pace (clinic/alerts.ts) shows here at once, since no email says it.
  s.alertHeldAt && !isHandled(s) ? html`<span class="flag">${t('clinic.flag.notEmailed')}</span>` : '',
  s.latestLevel && s.latestLevel !== 'self-care'
    ? html`<span class="level-tag tag-${s.latestLevel}">${t(levelMessage[s.latestLevel])}</span>`
    : '',
  s.pressureFlag ? html`<span class="flag">${t('clinic.flag.pressure')}</span>` : '',
  s.notEasingFlag ? html`<span class="flag">${t('clinic.flag.not-easing')}</span>` : '',
  s.sharingStoppedAt
    ? html`<span class="flag flag-quiet">${t('clinic.flag.stopped')}</span>`
    : !s.diaryId
      ? html`<span class="flag flag-quiet">${t('clinic.flag.waiting')}</span>`
      : '',
];

/** The dashboard's counters, each a filter: what it counts, by its name in the address (?needs=…). */
const counters: readonly (readonly [Need, keyof DashboardCounts, MessageId])[] = [
  ['emergency', 'emergency', 'clinic.dashboard.count.emergency'],
  ['urgent', 'urgent', 'clinic.dashboard.count.urgent'],
  ['see-clinician', 'seeClinician', 'clinic.dashboard.count.see-clinician'],
  ['pressure', 'pressure', 'clinic.dashboard.count.pressure'],
  ['not-easing', 'notEasing', 'clinic.dashboard.count.not-easing'],
  ['waiting', 'waiting', 'clinic.dashboard.count.waiting'],
  ['stopped', 'stopped', 'clinic.dashboard.count.stopped'],
];

/** The words of a counter, as its filter is named (the audit log names the filter a member looked at). */
export const needWords = (need: Need): MessageId => counters.find(([name]) => name === need)![2];

/** The dashboard's rows, cards at phone width: each cell says what it is (data-label), as the table's head does. */
function sessionTable(t: Translator, sessions: readonly BoardSession[], caption: string, admin: boolean, zone: string) {
  const [client, therapist, session, latest, flags] = [
    t('clinic.dashboard.column.client'),
    t('clinic.column.therapist'),
    t('clinic.column.session'),
    t('clinic.dashboard.column.latest'),
    t('clinic.dashboard.column.flags'),
  ];
  return html`<table class="checkins dashboard">
  <caption class="visually-hidden">${caption}</caption>
  <thead><tr><th scope="col">${client}</th>${admin ? html`<th scope="col">${therapist}</th>` : ''}<th scope="col">${session}</th><th scope="col">${latest}</th><th scope="col">${flags}</th></tr></thead>
  <tbody>${sessions.map(
    (s) => html`<tr>
    <td class="card-title"><a href="/clinic/sessions/${s.id}">${s.clientRef}</a></td>
    ${admin ? html`<td data-label="${therapist}">${s.therapistName}</td>` : ''}
    <td data-label="${session}">${clinicTime(t, s.endedAt, zone)}</td>
    <td data-label="${latest}">${s.latestAt ? t('clinic.dashboard.latest', { level: t(levelMessage[s.latestLevel!]), when: clinicTime(t, s.latestAt, zone), count: s.checkIns }) : t('clinic.dashboard.noCheckIn')}</td>
    <td class="flags">${flagsOf(t, s)}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

/** Each therapist's share of the follow-ups; below 40rem a card per therapist, as the sessions are. */
function shareTable(t: Translator, shares: readonly TherapistShare[]) {
  const [therapist, sessions, followed, localSigns] = [
    t('clinic.column.therapist'),
    t('clinic.dashboard.column.sessions'),
    t('clinic.dashboard.column.followed'),
    t('clinic.dashboard.column.localSigns'),
  ];
  return html`<table class="checkins dashboard">
  <thead><tr><th scope="col">${therapist}</th><th scope="col">${sessions}</th><th scope="col">${followed}</th><th scope="col">${localSigns}</th></tr></thead>
  <tbody>${shares.map(
    (share) =>
      html`<tr><td class="card-title">${share.name}</td><td data-label="${sessions}">${share.sessions}</td><td data-label="${followed}">${share.followed}</td><td data-label="${localSigns}">${share.followed ? t('clinic.dashboard.share', { percent: Math.round((100 * share.withLocalSigns) / share.followed), count: share.withLocalSigns }) : '–'}</td></tr>`,
  )}</tbody>
</table>`;
}

export function dashboardPage(
  view: SignedInView & {
    sessions: readonly BoardSession[];
    counts: DashboardCounts;
    shares: readonly TherapistShare[];
    page: number;
    hasMore: boolean;
    needs?: Need | undefined;
  },
) {
  const { shell, member, counts, needs } = view;
  const { t } = shell;
  const zone = member.timeZone;
  const admin = member.role === 'admin';
  const shown = counters.find(([name]) => name === needs);
  const pageLink = (page: number) => `/clinic?${needs ? `needs=${needs}&` : ''}page=${page}`;
  // The store lists the handled after the new (clinic-dashboard.ts): each page shows its own apart.
  const fresh = view.sessions.filter((s) => !isHandled(s));
  const handled = view.sessions.filter(isHandled);
  return clinicPage(
    shell,
    t('clinic.nav.dashboard'),
    html`<h1>${t('clinic.dashboard.heading')}</h1>
<p class="actions"><a class="button" href="/clinic/sessions/new">${t('clinic.session.record')}</a></p>
${clientSearch(t)}
<nav aria-label="${t('clinic.dashboard.filters')}">
<ul class="counts">
  ${counters.map(
    ([name, count, label]) =>
      html`<li><a href="/clinic?needs=${name}"${attr('aria-current="true"', name === needs)}><strong>${counts[count] ?? 0}</strong> ${t(label)}</a></li>`,
  )}
</ul>
</nav>
${shown ? html`<p role="status">${t('clinic.dashboard.showing', { filter: t(shown[2]) })} <a href="/clinic">${t('clinic.dashboard.showAll')}</a></p>` : ''}
${sessionTable(t, fresh, t('clinic.dashboard.caption'), admin, zone)}
${
  handled.length
    ? html`<h2 id="contacted">${t('clinic.dashboard.contacted')}</h2>
<p class="hint">${t('clinic.dashboard.contactedHint')}</p>
${sessionTable(t, handled, t('clinic.dashboard.contactedCaption'), admin, zone)}`
    : ''
}
<p>${view.page > 0 ? html`<a href="${pageLink(view.page - 1)}">${t('clinic.dashboard.previous')}</a> ` : ''}${view.hasMore ? html`<a href="${pageLink(view.page + 1)}">${t('clinic.dashboard.next')}</a>` : ''}</p>
<h2>${t('clinic.dashboard.shares')}</h2>
<p class="hint">${t('clinic.dashboard.sharesHint', { zone })}</p>
${shareTable(t, view.shares)}`,
    { member, csrf: view.csrf },
  );
}
