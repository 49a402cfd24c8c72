// The admin's audit log: each entry, kept as a code and its values (store/clinic-audit.ts), worded here in the
// reader's language. An entry from before codes reads as it was written.
import type { MessageId, Translator } from '../../i18n/messages.ts';
import type { AuditCode, AuditEntry, AuditEvent } from '../../store/clinics.ts';
import { isNeed } from '../../store/clinics.ts';
import { html } from '../html.ts';
import { needWords } from './clinic-dashboard.ts';
import { clinicPage, clinicTime, type SignedInView } from './clinic-frame.ts';

/** What each code says was done. A session viewed and a client viewed read the same. */
const did: { readonly [C in AuditCode]: MessageId } = {
  'session.recorded': 'clinic.audit.did.recorded',
  'session.viewed': 'clinic.audit.did.viewed',
  'session.viewedByApi': 'clinic.audit.did.viewedByApi',
  'session.printed': 'clinic.audit.did.printed',
  'session.downloaded': 'clinic.audit.did.downloaded',
  'session.openedToCorrect': 'clinic.audit.did.openedToCorrect',
  'session.openedToDelete': 'clinic.audit.did.openedToDelete',
  'session.linkRenewed': 'clinic.audit.did.linkRenewed',
  'session.corrected': 'clinic.audit.did.corrected',
  'session.deleted': 'clinic.audit.did.deleted',
  'session.contactViewed': 'clinic.audit.did.contactViewed',
  'session.contacted': 'clinic.audit.did.contacted',
  'client.viewed': 'clinic.audit.did.viewed',
  'clients.searched': 'clinic.audit.did.searched',
  'sessions.exported': 'clinic.audit.did.exported',
  'dashboard.viewed': 'clinic.audit.did.dashboard',
  'alerts.changed': 'clinic.audit.did.alerts',
  'member.invited': 'clinic.audit.did.invited',
  'member.disabled': 'clinic.audit.did.disabled',
  'member.enabled': 'clinic.audit.did.enabled',
  'invitation.resent': 'clinic.audit.did.resent',
  'invitation.cancelled': 'clinic.audit.did.cancelled',
  'clinic.timeZoneChanged': 'clinic.audit.did.timeZone',
  'clinic.contactLineChanged': 'clinic.audit.did.contactLine',
};

/** The record an entry is about, or what it looked at, in the reader's words. */
function recordOf(t: Translator, event: AuditEvent): string {
  switch (event.code) {
    case 'client.viewed':
      return t('clinic.audit.record.client', { client: event.values.client, id: event.values.clientId });
    case 'clients.searched':
      return t('clinic.audit.record.found', { count: event.values.found });
    case 'sessions.exported':
      return t('clinic.clients.sessions', { count: event.values.sessions });
    case 'dashboard.viewed': {
      const needs = event.values.needs;
      const filter = needs === null ? 'none' : isNeed(needs) ? t(needWords(needs)) : needs;
      return t('clinic.audit.record.page', { page: event.values.page, filter });
    }
    case 'alerts.changed':
      return t('clinic.audit.record.alerts', {
        instant: event.values.instant ? 'yes' : 'no',
        digest: event.values.digest ? 'yes' : 'no',
      });
    case 'member.invited':
    case 'member.disabled':
    case 'member.enabled':
    case 'invitation.resent':
    case 'invitation.cancelled':
      return event.values.email;
    case 'clinic.timeZoneChanged':
      return event.values.zone;
    case 'clinic.contactLineChanged':
      return event.values.line || t('clinic.audit.record.noContactLine');
    default:
      return `${event.values.client} (${event.values.session})`;
  }
}

/** An entry's two cells, what was done and to which record, in the reader's language. */
export function auditWords(t: Translator, event: AuditEntry['event']): { readonly what: string; readonly record: string } {
  if (event.code === null) return { what: event.action, record: event.subject };
  const role = event.code === 'member.invited' ? event.values.role : '';
  return { what: t(did[event.code], { role }), record: recordOf(t, event) };
}

export function auditPage({ shell, member, csrf }: SignedInView, entries: readonly AuditEntry[]) {
  const { t } = shell;
  return clinicPage(
    shell,
    t('clinic.nav.audit'),
    html`<h1>${t('clinic.nav.audit')}</h1><p class="hint">${t('clinic.audit.hint', { zone: member.timeZone })}</p>
<table class="checkins"><thead><tr><th scope="col">${t('diary.checkIns.when')}</th><th scope="col">${t('clinic.audit.column.who')}</th><th scope="col">${t('clinic.column.what')}</th><th scope="col">${t('clinic.audit.column.record')}</th></tr></thead>
<tbody>${entries.map((e) => {
      const { what, record } = auditWords(t, e.event);
      return html`<tr><td>${clinicTime(t, e.at, member.timeZone)}</td><td>${e.name ?? t('clinic.audit.removed')}</td><td>${what}</td><td>${record}</td></tr>`;
    })}</tbody></table>`,
    { member, csrf },
  );
}
