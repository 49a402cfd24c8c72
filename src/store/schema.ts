// The tables, as Kysely sees them. Migrations (migrations.ts) are the one place they are created.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { Language } from '../i18n/languages.ts';

export interface DiaryTable {
  id: string;
  token_hash: string;
  created_at: Date;
  massage: unknown;
  time_zone: string;
  link_known_to_clinic: Generated<boolean>;
  reminder_email: string | null;
  /** When the reminder address followed its confirmation link; null until then (nothing is mailed to it). */
  reminder_email_confirmed_at: Date | null;
  /** Its owner's last use (a check-in, or opening it), to the hour: the diary is deleted after RETENTION_DAYS without. */
  last_active_at: Date;
  /** How many check-ins it has: they are numbered from 1 with no gap, so this is also the number of its latest. */
  check_ins: Generated<number>;
  /** When its latest check-in was kept (its `created_at`); null before the first. */
  last_check_in_at: Date | null;
  /** The language the diary's mails, pushes, calendar and PDF are in: the one it was started in, or its owner chose since. */
  language: Generated<Language>;
}

export interface PushSubscriptionTable {
  id: string;
  diary_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: Date;
}

export interface DiaryLinkTable {
  token_hash: string;
  diary_id: string;
  purpose: 'open' | 'unsubscribe' | 'confirm';
  expires_at: Date;
  /**
   * The address an unsubscribe or confirmation link was mailed to, as a hash: the link stops or confirms that
   * address, not whatever the diary has now.
   */
  address_hash: string | null;
}

export interface ReminderConfirmationMailTable {
  address_hash: string;
  sent_at: Date;
}

export interface ReminderSuppressionTable {
  address_hash: string;
  created_at: Date;
}

export interface ServerKeyTable {
  name: string;
  value: unknown;
  created_at: Date;
}

export interface CheckInTable {
  id: string;
  diary_id: string;
  seq: number;
  reported_at: Date;
  report: unknown;
  assessment: unknown;
  level: string;
  /** Null for a check-in stopped at an emergency answer before the pain score. */
  severity: number | null;
  /** Kept the moment an emergency answer was given: its report holds only the answers given so far. */
  stopped: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface ClinicTable {
  id: string;
  name: string;
  created_at: Date;
  time_zone: Generated<string>;
  contact_line: string | null;
}
export interface UserTable {
  id: string;
  clinic_id: string;
  email: string;
  name: string;
  role: 'admin' | 'therapist';
  password_hash: string | null;
  created_at: Date;
  disabled_at: Date | null;
  alert_instant: Generated<boolean>;
  alert_digest: Generated<boolean>;
  alert_whole_clinic: Generated<boolean>;
  /** The member's language (migration 0015): one of i18n/languages.ts, 'en' for members from before it. */
  language: Generated<string>;
}
export interface AuthSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  expires_at: Date;
}
export interface AccountLinkTable {
  token_hash: string;
  purpose: 'reset' | 'sign-up' | 'invitation';
  user_id: string | null;
  clinic_id: string | null;
  email: string;
  name: string | null;
  role: 'admin' | 'therapist' | null;
  clinic_name: string | null;
  time_zone: string | null;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}
export interface ThrottleEventTable {
  key: string;
  at: Date;
}
export interface ClinicSessionTable {
  id: string;
  clinic_id: string;
  therapist_id: string;
  client_ref: string;
  /** The client the session belongs to; `client_ref` keeps their reference as it was when it was recorded. */
  client_id: string | null;
  ended_at: Date;
  massage: unknown;
  notes: Generated<string>;
  follow_up_hash: string | null;
  created_at: Date;
  diary_id: string | null;
  consented_at: Date | null;
  sharing_stopped_at: Date | null;
  urgency: Generated<number>;
  latest_level: string | null;
  latest_at: Date | null;
  check_ins: Generated<number>;
  pressure_flag: Generated<boolean>;
  not_easing_flag: Generated<boolean>;
  local_signs: Generated<boolean>;
  client_contact: string | null;
  attention_at: Date | null;
  handled_at: Date | null;
  handled_by: string | null;
  handled_note: string | null;
  alerted_at: Date | null;
  alert_held_at: Date | null;
}
export interface ClinicClientTable {
  id: string;
  clinic_id: string;
  reference: string;
  created_at: Date;
}
export interface AuditTable {
  id: Generated<string>;
  clinic_id: string;
  user_id: string | null;
  action: string;
  subject: string;
  at: Date;
}

export interface Schema {
  diaries: DiaryTable;
  check_ins: CheckInTable;
  aftercare_meta: MetaTable;
  clinics: ClinicTable;
  users: UserTable;
  auth_sessions: AuthSessionTable;
  account_links: AccountLinkTable;
  throttle_events: ThrottleEventTable;
  clinic_sessions: ClinicSessionTable;
  clinic_clients: ClinicClientTable;
  audit_log: AuditTable;
  push_subscriptions: PushSubscriptionTable;
  diary_links: DiaryLinkTable;
  server_keys: ServerKeyTable;
  reminder_confirmation_mails: ReminderConfirmationMailTable;
  reminder_suppressions: ReminderSuppressionTable;
}

export type DiaryRow = Selectable<DiaryTable>;
export type CheckInRow = Selectable<CheckInTable>;
export type NewCheckIn = Insertable<CheckInTable>;
