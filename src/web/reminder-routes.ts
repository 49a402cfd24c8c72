// Reminders for a person without an account: "remind me on this device" (web push), email reminders at an address
// they choose to give once it confirms from a mail, and the one-click way out of them (RFC 8058). Turning either on
// plans the reminders for the diary's next check-in at once; later check-ins plan theirs in their own transaction
// (reminder-jobs.ts).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound } from '../contract/errors.ts';
import { readEmail } from '../contract/text.ts';
import { parseJson } from '../contract/validate.ts';
import { endpointProblem } from '../diary/push-endpoint.ts';
import { maxDevices, subscriptionProblem, tooManyDevices, type PushSender } from '../diary/push.ts';
import { askToConfirm, queueReminders, type ConfirmationAsked } from '../diary/reminder-jobs.ts';
import { openDiaryAtAGlance, plannedAfterLatest, type DiaryDeps } from '../diary/service.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { jsonType } from '../server/errors.ts';
import { hashToken, isToken } from '../store/tokens.ts';
import { diaryNotFound } from './diary-routes.ts';
import { html } from './html.ts';
import { page, shellOf } from './layout.ts';
import { reminderEmailPage, type ReminderNotice } from './pages/diary.ts';
import { formOf, sendPage } from './respond.ts';

export interface ReminderRouteDeps extends DiaryDeps {
  readonly jobs: JobQueue;
  readonly push: PushSender;
  /** Push services allowed beside the browsers' own (the tests' endpoint on loopback). */
  readonly extraPushServices?: readonly string[];
  /** Counts a device turning reminders on against its address's limit (throws `too-many-requests`). */
  readonly limitNewDevice: (request: FastifyRequest) => void;
}

/** A device's id as the store makes them (a UUID): anything else names no device, and never reaches the database. */
const isDeviceId = (text: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text);

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** The diary page's notice for each outcome of asking an address to confirm. */
const noticeOf: Record<ConfirmationAsked, ReminderNotice> = { sent: 'confirm-sent', limit: 'confirm-limit', suppressed: 'suppressed' };

/** A confirmation link that was used, has expired, or whose diary has another address (or none) since. */
const confirmationGone = (request: FastifyRequest, reply: FastifyReply) => {
  const shell = shellOf(request);
  const { t } = shell;
  return sendPage(
    reply,
    page({
      shell,
      title: t('diary.confirm.goneTitle'),
      body: html`<h1>${t('diary.confirm.goneTitle')}</h1><p>${t('diary.confirm.goneText')}</p><p><a href="/">${t('pages.backToStart')}</a></p>`,
    }),
    404,
  );
};
const bodyText = (request: FastifyRequest) => (typeof request.body === 'string' ? request.body : '');

export function registerReminderRoutes(app: FastifyInstance, deps: ReminderRouteDeps): void {
  const { stores } = deps;

  /**
   * The reminders for the check-in now planned after the diary's latest, read as it is now, if there is one (queued
   * once, whatever turned them on).
   */
  const planNext = async (diaryId: string) => {
    const at = plannedAfterLatest(await stores.diaries.latestCheckIn(diaryId));
    if (at) await queueReminders(deps.jobs, diaryId, at, deps.now());
  };

  /** The diary a route names, for what it keeps to remind: its check-ins at a glance, none of them whole. */
  const opened = (token: string) => openDiaryAtAGlance(deps, token, 0);

  app.get('/push/key', async (_request, reply) => reply.type(jsonType).send({ publicKey: await deps.push.publicKey() }));

  app.post<{ Params: { token: string } }>('/diary/:token/reminders/push', { bodyLimit: 4096 }, async (request, reply) => {
    const open = await opened(request.params.token);
    if (!open) throw notFound({ id: 'diary.api.no-diary' });
    const body = parseJson(bodyText(request)) as { endpoint: string; keys: { p256dh: string; auth: string } };
    const problem = subscriptionProblem(body, deps.extraPushServices);
    if (problem) throw new AppError('invalid-input', problem.said, [problem]);
    deps.limitNewDevice(request);
    const kept = await stores.reminders.subscribe(
      open.diary.id,
      { id: randomUUID(), endpoint: body.endpoint, keys: body.keys },
      deps.now(),
      maxDevices,
    );
    if (!kept) throw new AppError('invalid-input', tooManyDevices, [{ path: 'endpoint', said: tooManyDevices }]);
    // From the check-ins as they are now: one kept since the diary was read found no device, and planned nothing.
    await planNext(open.diary.id);
    return reply.type(jsonType).header('cache-control', 'no-store').send({ reminders: 'on' });
  });

  app.post<{ Params: { token: string } }>('/diary/:token/reminders/push/off', { bodyLimit: 4096 }, async (request, reply) => {
    const open = await opened(request.params.token);
    if (!open) throw notFound({ id: 'diary.api.no-diary' });
    const endpoint = (parseJson(bodyText(request)) as { endpoint?: unknown } | null)?.endpoint;
    // Only an endpoint that could have been kept is looked for (a NUL byte never reaches the database).
    const problem = endpointProblem(endpoint, deps.extraPushServices);
    if (problem) throw new AppError('invalid-input', problem, [{ path: 'endpoint', said: problem }]);
    await stores.reminders.unsubscribe(open.diary.id, endpoint as string);
    return reply.type(jsonType).header('cache-control', 'no-store').send({ reminders: 'off' });
  });

  // The owner removes a device from the diary's page: it gets no more reminders (nor the links they carry).
  app.post<{ Params: { token: string; device: string } }>('/diary/:token/reminders/devices/:device/remove', async (request, reply) => {
    const open = await opened(request.params.token);
    if (!open || !isDeviceId(request.params.device)) return diaryNotFound(request, reply);
    // Removed twice (a second click) or never the diary's: the diary, without saying that something was removed.
    const removed = await stores.reminders.removeDevice(open.diary.id, request.params.device);
    return reply.redirect(`/diary/${request.params.token}${removed ? '?reminders=device-removed' : ''}#reminders`, 303);
  });

  /** Back to the diary's reminders, saying what asking the address to confirm did. */
  const asked = (reply: FastifyReply, base: string, result: ConfirmationAsked) =>
    reply.redirect(`${base}?reminders=${noticeOf[result]}#reminders`, 303);

  // An address gets a mail asking it to confirm, and nothing else until it does; "send again" asks once more.
  app.post<{ Params: { token: string } }>('/diary/:token/reminders/email', async (request, reply) => {
    const open = await opened(request.params.token);
    if (!open) return diaryNotFound(request, reply);
    const base = `/diary/${request.params.token}`;
    const form = formOf(request);
    if (form.get('stop') !== null) {
      await stores.reminders.setEmail(open.diary.id, null);
      return reply.redirect(`${base}?reminders=email-off#reminders`, 303);
    }
    if (form.get('again') !== null) {
      const email = await stores.reminders.email(open.diary.id);
      if (!email || email.confirmed) return reply.redirect(`${base}#reminders`, 303);
      return asked(reply, base, await askToConfirm(deps, open.diary.id, email.address));
    }
    const refused = (error: string) =>
      sendPage(reply, reminderEmailPage(shellOf(request), base, (form.get('email') ?? '').slice(0, 254), error), 422);
    let email: string;
    try {
      email = readEmail(form.get('email'));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return refused(error.message);
    }
    // An address that asked for no more mail cannot be given again: asking it to confirm would be a mail too.
    if (await stores.reminders.isSuppressed(hashToken(email))) return refused(request.t('diary.notice.suppressed'));
    await stores.reminders.setEmail(open.diary.id, email);
    return asked(reply, base, await askToConfirm(deps, open.diary.id, email));
  });

  // The link in the confirmation mail. A GET only asks (a mail scanner opening links confirms nothing); the button
  // confirms, once: the link is used up whatever it finds.
  app.get<{ Params: { token: string } }>('/reminders/confirm/:token', async (request, reply) => {
    if (!isToken(request.params.token) || !(await stores.reminders.diaryOfLink(hashToken(request.params.token), 'confirm', deps.now())))
      return confirmationGone(request, reply);
    reply.header('cache-control', 'no-store');
    const shell = shellOf(request);
    const { t } = shell;
    return sendPage(
      reply,
      page({
        shell,
        title: t('diary.confirm.title'),
        body: html`<h1>${t('diary.confirm.title')}</h1><p>${t('diary.confirm.text')}</p>
<form method="post" action="/reminders/confirm/${request.params.token}"><button class="button" type="submit">${t('diary.confirm.button')}</button></form>
<p>${t('diary.confirm.notYou')}</p>`,
      }),
    );
  });
  app.post<{ Params: { token: string } }>('/reminders/confirm/:token', async (request, reply) => {
    if (!isToken(request.params.token)) return confirmationGone(request, reply);
    const diaryId = await stores.reminders.confirmEmail(hashToken(request.params.token), hashToken, deps.now());
    const diary = diaryId ? await stores.diaries.diaryById(diaryId) : undefined;
    if (!diary) return confirmationGone(request, reply);
    await planNext(diary.id);
    const shell = shellOf(request);
    const { t } = shell;
    return sendPage(
      reply,
      page({
        shell,
        title: t('diary.confirmed.title'),
        body: html`<h1>${t('diary.confirmed.title')}</h1><p role="status">${t('diary.confirmed.text')}</p>`,
      }),
    );
  });

  // One click in the mail (RFC 8058): a POST with `List-Unsubscribe=One-Click` from the mail client, or the button here.
  // A GET only asks, so that a mail scanner opening links stops nothing.
  const unsubscribed = async (request: TokenRequest): Promise<string | undefined> => {
    if (!isToken(request.params.token)) return undefined;
    return stores.reminders.diaryOfLink(hashToken(request.params.token), 'unsubscribe', deps.now());
  };
  app.get<{ Params: { token: string } }>('/reminders/unsubscribe/:token', async (request, reply) => {
    if (!(await unsubscribed(request))) return diaryNotFound(request, reply);
    reply.header('cache-control', 'no-store');
    const shell = shellOf(request);
    const { t } = shell;
    return sendPage(
      reply,
      page({
        shell,
        title: t('diary.email.stop'),
        body: html`<h1>${t('diary.email.stop')}</h1><p>${t('diary.unsubscribe.text')}</p>
<form method="post" action="/reminders/unsubscribe/${request.params.token}"><button class="button" type="submit">${t('diary.email.stop')}</button></form>`,
      }),
    );
  });
  app.post<{ Params: { token: string } }>('/reminders/unsubscribe/:token', async (request, reply) => {
    const diaryId = await unsubscribed(request);
    if (!diaryId) return diaryNotFound(request, reply);
    // The address this link's mail went to, and no other: a later address the diary was given keeps its reminders.
    await stores.reminders.stopAddressOfLink(hashToken(request.params.token), hashToken, deps.now());
    reply.header('cache-control', 'no-store');
    const shell = shellOf(request);
    const { t } = shell;
    return sendPage(
      reply,
      page({
        shell,
        title: t('diary.unsubscribed.title'),
        body: html`<h1>${t('diary.unsubscribed.title')}</h1><p role="status">${t('diary.unsubscribed.text')}</p>`,
      }),
    );
  });
}
