// The admin's pages and each member's alerts: members and invitations, alert settings, undelivered emails.
import { digestHour } from '../../clinic/alerts.ts';
import { contactLineMax } from '../../clinic/reaching.ts';
import { sessionColumns } from '../../clinic/sessions-csv.ts';
import type { FailedJob } from '../../jobs/queue.ts';
import type { MessageId, Translator } from '../../i18n/messages.ts';
import type { AlertSettings, Invitation, Member } from '../../store/clinics.ts';
import { attr, html } from '../html.ts';
import { timeZoneSelect } from './step.ts';
import { clinicPage, clinicTime, csrfField, errorSummary, input, type FormError, type SignedInView } from './clinic-frame.ts';

const roleName = (t: Translator, role: Member['role']) => t('clinic.role', { role });

export function membersPage(
  view: SignedInView,
  members: readonly Member[],
  invitations: readonly Invitation[],
  errors: readonly FormError[],
  contactLine = '',
) {
  const { shell, member, csrf } = view;
  const { t } = shell;
  return clinicPage(
    shell,
    t('clinic.nav.members'),
    html`${errorSummary(errors, t)}<h1>${t('clinic.members.heading', { clinic: member.clinicName })}</h1>
<table class="checkins members">
  <caption class="visually-hidden">${t('clinic.members.caption')}</caption>
  <thead><tr><th scope="col">${t('clinic.members.column.name')}</th><th scope="col">${t('clinic.field.email')}</th><th scope="col">${t('clinic.members.column.role')}</th><th scope="col">${t('clinic.members.column.access')}</th></tr></thead>
  <tbody>${members.map(
    (m) =>
      html`<tr><td>${m.name}</td><td>${m.email}</td><td>${roleName(t, m.role)}</td><td>${
        m.id === member.id
          ? t('clinic.members.you')
          : html`${m.disabled ? `${t('clinic.members.disabled')} ` : ''}<form method="post" action="/clinic/members/${m.id}/${m.disabled ? 'enable' : 'disable'}" class="inline-form">${csrfField(csrf)}<button class="link-button" type="submit">${m.disabled ? t('clinic.members.enable') : t('clinic.members.disable')}<span class="visually-hidden"> ${m.name}</span></button></form>`
      }</td></tr>`,
  )}</tbody>
</table>
${
  invitations.length
    ? html`<h2 id="f-invitations">${t('clinic.invitations.heading')}</h2>
<p class="hint">${t('clinic.invitations.hint')}</p>
<ul class="invitations">${invitations.map(
        (
          i,
        ) => html`<li>${t('clinic.invitations.item', { name: i.name, email: i.email, role: roleName(t, i.role), until: clinicTime(t, i.expiresAt, member.timeZone) })}
  <form method="post" action="/clinic/invitations/resend" class="inline-form">${csrfField(csrf)}<input type="hidden" name="email" value="${i.email}"><button class="link-button" type="submit">${t('clinic.invitations.resend')}<span class="visually-hidden"> ${t('clinic.invitations.resendTo', { email: i.email })}</span></button></form>
  <form method="post" action="/clinic/invitations/cancel" class="inline-form">${csrfField(csrf)}<input type="hidden" name="email" value="${i.email}"><button class="link-button" type="submit">${t('clinic.invitations.cancel')}<span class="visually-hidden"> ${t('clinic.invitations.cancelOf', { email: i.email })}</span></button></form></li>`,
      )}</ul>`
    : ''
}
<h2>${t('clinic.settings.zoneHeading')}</h2>
<p class="hint">${t('clinic.settings.zoneHint')}</p>
<form method="post" action="/clinic/settings" novalidate>${csrfField(csrf)}
  <div class="question${errors.some((e) => e.field === 'timeZone') ? ' has-error' : ''}">${timeZoneSelect(t, 'f-timeZone', member.timeZone, t('questionnaire.time-zone.label'), false)}</div>
  <div class="actions"><button class="button button-secondary" type="submit">${t('clinic.settings.zoneSave')}</button></div>
</form>
<h2>${t('clinic.settings.contactHeading')}</h2>
<p class="hint">${t('clinic.settings.contactHint')}</p>
<form method="post" action="/clinic/contact-line" novalidate>${csrfField(csrf)}
  ${input(t, 'contactLine', t('clinic.settings.contactLabel'), { value: contactLine, errors, maxLength: contactLineMax, hint: t('clinic.settings.contactExample', { max: contactLineMax }) })}
  <div class="actions"><button class="button button-secondary" type="submit">${t('clinic.settings.contactSave')}</button></div>
</form>
<h2>${t('clinic.export.heading')}</h2>
<p><a href="/clinic/export/sessions.csv" download>${t('clinic.export.link')}</a></p>
<p class="hint">${t('clinic.export.hint', { columns: sessionColumns.join(', ') })}</p>
<h2>${t('clinic.invite.heading')}</h2>
<p class="hint">${t('clinic.invite.hint')}</p>
<form method="post" action="/clinic/members" novalidate>${csrfField(csrf)}
  ${input(t, 'name', t('clinic.members.column.name'), { errors, maxLength: 100 })}
  ${input(t, 'email', t('clinic.field.email'), { type: 'email', errors, maxLength: 254 })}
  <fieldset class="question"><legend class="question-label">${t('clinic.members.column.role')}</legend><div class="options">
    <div class="option"><input type="radio" id="f-role-t" name="role" value="therapist" checked><label for="f-role-t">${t('clinic.invite.therapist')}</label></div>
    <div class="option"><input type="radio" id="f-role-a" name="role" value="admin"><label for="f-role-a">${t('clinic.invite.admin')}</label></div>
  </div></fieldset>
  <div class="actions"><button class="button" type="submit">${t('clinic.invite.send')}</button></div>
</form>`,
    view,
  );
}

export function alertsPage(view: SignedInView, settings: AlertSettings) {
  const { shell, member, csrf } = view;
  const { t } = shell;
  const box = (name: keyof AlertSettings, label: string, hint: string) =>
    html`<div class="option"><input type="checkbox" id="f-${name}" name="${name}" value="yes"${attr('checked', settings[name])} aria-describedby="f-${name}-hint"><label for="f-${name}">${label}</label><p class="hint" id="f-${name}-hint">${hint}</p></div>`;
  return clinicPage(
    shell,
    t('clinic.nav.alerts'),
    html`<h1>${t('clinic.nav.alerts')}</h1>
<p class="lead">${t('clinic.alerts.lead')}</p>
<form method="post" action="/clinic/alerts" novalidate>${csrfField(csrf)}
  <fieldset class="question"><legend class="question-label">${t('clinic.alerts.emailMe')}</legend><div class="options">
    ${box('instant', t('clinic.alerts.instant'), t('clinic.alerts.instantHint'))}
    ${box('digest', t('clinic.alerts.digest'), t('clinic.alerts.digestHint', { hour: String(digestHour).padStart(2, '0'), zone: member.timeZone }))}
    ${member.role === 'admin' ? box('wholeClinic', t('clinic.alerts.wholeClinic'), t('clinic.alerts.wholeClinicHint')) : ''}
  </div></fieldset>
  <div class="actions"><button class="button" type="submit">${t('clinic.alerts.save')}</button></div>
</form>`,
    view,
  );
}

/** What a clinic's failed job was for, in words: an alert's mail, a summary, or working out whom to alert. */
const deliveryWords: Readonly<Record<string, MessageId>> = {
  alert: 'clinic.deliveries.alert',
  digest: 'clinic.deliveries.digest',
  attention: 'clinic.deliveries.attention',
};

export function deliveriesPage({ shell, member, csrf }: SignedInView, failed: readonly FailedJob[]) {
  const { t } = shell;
  const what = (kind: string) => (Object.hasOwn(deliveryWords, kind) ? t(deliveryWords[kind]!) : kind);
  return clinicPage(
    shell,
    t('clinic.nav.deliveries'),
    html`<h1>${t('clinic.nav.deliveries')}</h1>
<p class="lead">${t('clinic.deliveries.lead', { zone: member.timeZone })}</p>
${
  failed.length
    ? html`<table class="checkins"><thead><tr><th scope="col">${t('diary.checkIns.when')}</th><th scope="col">${t('clinic.column.what')}</th><th scope="col">${t('clinic.deliveries.column.to')}</th><th scope="col">${t('clinic.deliveries.column.tries')}</th><th scope="col">${t('clinic.deliveries.column.why')}</th></tr></thead>
<tbody>${failed.map((f) => html`<tr><td>${clinicTime(t, f.failedAt, member.timeZone)}</td><td>${what(f.kind)}</td><td>${f.to ?? ''}</td><td>${f.retrying ? t('clinic.deliveries.retrying', { count: f.attempts }) : f.attempts}</td><td>${f.error.slice(0, 200)}</td></tr>`)}</tbody></table>`
    : html`<p>${t('clinic.deliveries.none')}</p>`
}`,
    { member, csrf },
  );
}
