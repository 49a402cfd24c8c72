// The clinic store, on whichever engine the database runs, composed of one part per concept: clinics and members,
// signing in, one-time links, clients, massage sessions and their follow-up, the dashboard, reaching clients, exports,
// alerts, and the audit log. Ids and times come in as arguments. What a member may see is decided once, by `scopeOf`
// (clinic-sessions.ts).
import type { Kysely } from 'kysely';
import { clinicAlertStore } from './clinic-alerts.ts';
import { clinicAuditStore } from './clinic-audit.ts';
import { clinicClientStore } from './clinic-clients.ts';
import { clinicContactStore } from './clinic-contact.ts';
import { clinicDashboardStore } from './clinic-dashboard.ts';
import { clinicExportStore } from './clinic-export.ts';
import { clinicLinkStore } from './clinic-links.ts';
import { clinicMemberStore } from './clinic-members.ts';
import { clinicSessionStore } from './clinic-sessions.ts';
import { clinicSignInStore } from './clinic-sign-in.ts';
import type { Schema } from './schema.ts';

export type { AlertSettings } from './clinic-alerts.ts';
export type { AuditCode, AuditEntry, AuditEvent, AuditEvents } from './clinic-audit.ts';
export type { DiarySharing } from './clinic-contact.ts';
export type { SessionOutcome } from './clinic-export.ts';
export type { AccountLink, Invitation } from './clinic-links.ts';
export { EmailTakenError, type Member, type Role } from './clinic-members.ts';
export type { Client } from './clinic-clients.ts';
export { clientListSize } from './clinic-clients.ts';
export { dashboardPageSize, isNeed, type DashboardCounts, type Need, type TherapistShare } from './clinic-dashboard.ts';
export {
  isHandled,
  scopeOf,
  type BoardSession,
  type FollowUpUpdate,
  type MassageSession,
  type NewSession,
  type Scope,
  type SessionFollowed,
  type SessionChange,
  type SessionState,
} from './clinic-sessions.ts';

export function clinicStore(db: Kysely<Schema>) {
  return {
    ...clinicMemberStore(db),
    ...clinicSignInStore(db),
    ...clinicLinkStore(db),
    ...clinicSessionStore(db),
    ...clinicClientStore(db),
    ...clinicDashboardStore(db),
    ...clinicAlertStore(db),
    ...clinicAuditStore(db),
    ...clinicContactStore(db),
    ...clinicExportStore(db),
  };
}

export type ClinicStore = ReturnType<typeof clinicStore>;
