// The recovery diary's pages: started from a result, reached by its unguessable link (remembered in a cookie).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Report3 } from '../contract/types.ts';
import { adviceChange, adviceChangeHeadline } from '../diary/advice-change.ts';
import { calendar, organizerOf } from '../diary/reminders.ts';
import { diaryBundle } from '../diary/fhir.ts';
import { browserCodeOf } from '../diary/push-endpoint.ts';
import {
  checkInOpensAt,
  exportDiary,
  inWordsOf,
  latestInWordsOf,
  latestWhole,
  openDiary,
  openDiaryAtAGlance,
  plannedCheckIns,
  replaceLink,
  startDiary,
  type DiaryDeps,
  type OpenDiary,
  type OpenDiaryAtAGlance,
  type OpenOptions,
} from '../diary/service.ts';
import { clinicianSummary } from '../diary/summary.ts';
import { summaryPdf } from '../diary/summary-pdf.ts';
import { checkInReads, registerCheckIn } from './check-in-routes.ts';
import type { Cookies } from './cookies.ts';
import { sendPage } from './respond.ts';
import type { NoReads, ReadsAlongside } from '../store/diaries.ts';
import type { Channels, ReminderEmail, ReminderSettings } from '../store/reminders.ts';
import { isToken } from '../store/tokens.ts';
import { chosenLanguage, languageTags } from '../i18n/languages.ts';
import { languageCookie } from '../i18n/request.ts';
import { translator } from '../i18n/messages.ts';
import { html } from './html.ts';
import { page, shellOf } from './layout.ts';
import {
  deletePage,
  diariesPage,
  diaryPage,
  reminderNotices,
  shownWhole,
  summaryPage,
  type DiaryDevice,
  type DiaryReminders,
} from './pages/diary.ts';

export const diariesCookie = 'aftercare_diaries';

/** The same answer for a wrong link as for a deleted diary. */
export const diaryNotFound = (request: FastifyRequest, reply: FastifyReply) => {
  const shell = shellOf(request);
  const { t } = shell;
  return sendPage(
    reply,
    page({
      shell,
      title: t('diary.notFound.title'),
      body: html`<h1>${t('diary.notFound.title')}</h1><p>${t('diary.notFound.text')}</p><p><a href="/">${t('diary.startNewCheck')}</a></p>`,
    }),
    404,
  );
};

/**
 * What the diary keeps to remind its person: the address they gave and whether it confirmed, and how many devices
 * asked (their push addresses are the browsers').
 */
const remindersExport = (email: ReminderEmail | null, channels: Channels) => ({
  email: email?.address ?? null,
  emailConfirmed: email?.confirmed ?? false,
  devices: channels.subscriptions.length,
});
const maxRemembered = 20;

const rememberedSeconds = 90 * 24 * 3600;
const remembered = (cookies: Cookies, request: FastifyRequest) => (cookies.read(request, diariesCookie) ?? '').split('.').filter(isToken);

function remember(cookies: Cookies, reply: FastifyReply, tokens: readonly string[]): void {
  if (tokens.length === 0) cookies.clear(reply, diariesCookie);
  else cookies.set(reply, diariesCookie, tokens.join('.'), { maxAgeSeconds: rememberedSeconds });
}

/** This browser remembers the diary (newest first, at most 20), so /diaries can list it. */
export function rememberDiary(cookies: Cookies, request: FastifyRequest, reply: FastifyReply, token: string, replacing?: string): void {
  const tokens = remembered(cookies, request);
  if (tokens[0] === token && !replacing) return;
  remember(cookies, reply, [token, ...tokens.filter((t) => t !== token && t !== replacing)].slice(0, maxRemembered));
}

export interface DiaryRouteOptions extends DiaryDeps {
  readonly cookies: Cookies;
  /** An absolute link on the configured public address. */
  readonly link: (path: string) => string;
  /** The finished questionnaire's report, from the draft cookie, or null. */
  readonly resultOf: (request: FastifyRequest) => { report: Report3; timeZone: string } | null;
  /** Counts a new diary against its address's limit (throws `too-many-requests`). */
  readonly limitNewDiary: (request: FastifyRequest) => void;
  /** Reminders by push and email can be turned on (the server runs jobs). */
  readonly remindersOn?: boolean;
}

export function registerDiaryPages(app: FastifyInstance, deps: DiaryRouteOptions): void {
  const { cookies } = deps;

  /** The diary's reminders as its page shows them: the address, and each device by its browser. */
  const remindersOf = ({ email, devices }: ReminderSettings): Omit<DiaryReminders, 'notice'> => ({
    email,
    devices: devices.map((d): DiaryDevice => ({ id: d.id, browser: browserCodeOf(d.endpoint), addedAt: d.addedAt })),
  });
  // What a diary's page reads alongside the diary, in its one query: whom it is shared with, and what it keeps to
  // remind (issue 18: one wait for the database, where the page waited twice).
  const pageReads = { sharing: deps.stores.clinics.sharingRead, reminders: deps.stores.reminders.settingsRead };

  // A language chosen on this device becomes the diary's (its mails, pushes, calendar and PDF): see openDiary.
  const openOptions = (request: FastifyRequest, options: { reminderLink?: boolean }): OpenOptions => ({
    ...options,
    chosenLanguage: chosenLanguage(cookies.read(request, languageCookie)),
  });
  const found = <Open>(request: FastifyRequest, reply: FastifyReply, open: Open | undefined): Open | null => {
    if (open) return open;
    diaryNotFound(request, reply);
    return null;
  };

  /** Opens the diary a route names, or answers 404 (the same for a wrong link as for a deleted diary). */
  async function diaryOf(
    request: FastifyRequest<{ Params: { token: string } }>,
    reply: FastifyReply,
    options: { reminderLink?: boolean } = {},
  ): Promise<OpenDiary | null> {
    return found(request, reply, await openDiary(deps, request.params.token, openOptions(request, options)));
  }

  /**
   * The same, reading every check-in at a glance and only the last `whole` whole, with what other stores read
   * `alongside` it: what a page shows of them.
   */
  async function glanceAt<A extends ReadsAlongside = NoReads>(
    request: FastifyRequest<{ Params: { token: string } }>,
    reply: FastifyReply,
    whole: number,
    options: { reminderLink?: boolean } = {},
    alongside?: A,
  ): Promise<OpenDiaryAtAGlance<A> | null> {
    return found(request, reply, await openDiaryAtAGlance(deps, request.params.token, whole, openOptions(request, options), alongside));
  }

  app.post('/diaries', async (request, reply) => {
    const result = deps.resultOf(request);
    if (!result) return reply.redirect('/check/red-flags', 303);
    deps.limitNewDiary(request);
    const { token } = await startDiary(deps, result.report, result.timeZone, request.language);
    rememberDiary(cookies, request, reply, token);
    return reply.redirect(`/diary/${token}`, 303);
  });

  app.get('/diaries', async (request, reply) => {
    const links = [];
    for (const token of remembered(cookies, request)) {
      const open = await openDiaryAtAGlance(deps, token, 0);
      if (open)
        links.push({
          href: `/diary/${token}`,
          endedAt: open.diary.massage.endedAt,
          timeZone: open.diary.timeZone,
          checkIns: open.checkIns.length,
        });
    }
    return sendPage(reply, diariesPage(shellOf(request), links));
  });

  app.get<{ Params: { token: string } }>('/diary/:token', async (request, reply) => {
    const open = await glanceAt(request, reply, shownWhole, { reminderLink: true }, pageReads);
    if (!open) return reply;
    // Opening the link on a new device remembers it there too (not a reminder's link: it lasts only a week). A link
    // followed from another site's page is not remembered without asking: no site plants a diary on this device.
    const known = remembered(cookies, request).includes(request.params.token);
    const fromAnotherSite = request.headers['sec-fetch-site'] === 'cross-site';
    if (!open.byReminder && !known && !fromAnotherSite) rememberDiary(cookies, request, reply, request.params.token);
    // The devices are the owner's to see: a reminder's link shows no reminders section.
    const sharedWith = open.alongside.sharing;
    const kept = deps.remindersOn && !open.byReminder ? remindersOf(open.alongside.reminders) : undefined;
    const query = request.query as { sharing?: string; link?: string; reminders?: string };
    const stopped = query.sharing === 'stopped' && !sharedWith;
    const notice = reminderNotices.find((known) => known === query.reminders);
    const reminders: DiaryReminders | undefined = kept && { ...kept, ...(notice ? { notice } : {}) };
    return sendPage(
      reply,
      diaryPage(
        shellOf(request),
        latestInWordsOf(open, request.t),
        `/diary/${request.params.token}`,
        deps.now(),
        { ...(sharedWith ? { sharedWith } : {}), stopped },
        query.link === 'new',
        reminders,
        deps.link(`/diary/${request.params.token}`),
        checkInOpensAt(deps, open, deps.now()),
        !open.byReminder && !known && fromAnotherSite,
      ),
    );
  });

  // Remembering a diary on this device when its link came from another site: only when the person asks.
  app.post<{ Params: { token: string } }>('/diary/:token/remember', async (request, reply) => {
    const open = await glanceAt(request, reply, 0);
    if (!open) return reply;
    rememberDiary(cookies, request, reply, request.params.token);
    return reply.redirect(`/diary/${request.params.token}`, 303);
  });

  // Consent is withdrawn as easily as it was given: one button on the diary, no account needed.
  app.post<{ Params: { token: string } }>('/diary/:token/stop-sharing', async (request, reply) => {
    const open = await glanceAt(request, reply, 0);
    if (!open) return reply;
    await deps.stores.clinics.stopSharing(open.diary.id, deps.now());
    return reply.redirect(`/diary/${request.params.token}?sharing=stopped`, 303);
  });

  // A new secret link: whoever held the old one (a clinic, before every diary had its own) can no longer open it.
  app.post<{ Params: { token: string } }>('/diary/:token/new-link', async (request, reply) => {
    const open = await glanceAt(request, reply, 0);
    if (!open) return reply;
    const token = await replaceLink(deps, open);
    rememberDiary(cookies, request, reply, token, request.params.token);
    return reply.redirect(`/diary/${token}?link=new`, 303);
  });

  // A reminder's link opens the check-in (and the diary page's latest advice), nothing else.
  // A check-in reads every check-in at a glance, and whole only the last with a whole report (what it carries answers from).
  const reads = checkInReads(deps.stores.diaries);
  registerCheckIn(app, { ...deps, diaryOf: (request, reply) => glanceAt(request, reply, 0, { reminderLink: true }, reads) });

  app.get<{ Params: { token: string } }>('/diary/:token/reminders.ics', async (request, reply) => {
    const open = await glanceAt(request, reply, calendarReads);
    if (!open) return reply;
    return (
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="aftercare-reminders.ics"')
        // The calendar holds the diary's link: never kept by a cache.
        .header('cache-control', 'no-store')
        .send(remindersFor(open, deps.link(`/diary/${request.params.token}`), deps.now()))
    );
  });

  app.get<{ Params: { token: string } }>('/diary/:token/report', async (request, reply) => {
    const open = await diaryOf(request, reply);
    if (!open) return reply;
    const summary = clinicianSummary(open.diary, inWordsOf(open, request.t).checkIns, open.diary.timeZone, request.t);
    return sendPage(reply, summaryPage(shellOf(request), summary, `/diary/${request.params.token}`));
  });

  app.get<{ Params: { token: string } }>('/diary/:token/report.pdf', async (request, reply) => {
    const open = await diaryOf(request, reply);
    if (!open) return reply;
    // The PDF goes to a clinician in the diary's language, the one its mails are in.
    const inDiaryLanguage = translator(open.diary.language);
    const pdf = await summaryPdf(
      clinicianSummary(open.diary, inWordsOf(open, inDiaryLanguage).checkIns, open.diary.timeZone, inDiaryLanguage),
      inDiaryLanguage,
    );
    return reply
      .type('application/pdf')
      .header('content-disposition', 'inline; filename="aftercare-summary.pdf"')
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  app.get<{ Params: { token: string } }>('/diary/:token/fhir.json', async (request, reply) => {
    const open = await diaryOf(request, reply);
    if (!open) return reply;
    return reply
      .type('application/fhir+json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(diaryBundle(open.diary, open.checkIns)));
  });

  app.get<{ Params: { token: string } }>('/diary/:token/export.json', async (request, reply) => {
    const open = await diaryOf(request, reply);
    if (!open) return reply;
    return reply
      .header('content-disposition', 'attachment; filename="aftercare-diary.json"')
      .header('cache-control', 'no-store')
      .send({
        ...exportDiary(open),
        reminders: remindersExport(await deps.stores.reminders.email(open.diary.id), await deps.stores.reminders.channels(open.diary.id)),
      });
  });

  app.get<{ Params: { token: string } }>('/diary/:token/delete', async (request, reply) => {
    const open = await glanceAt(request, reply, 0);
    if (!open) return reply;
    return sendPage(reply, deletePage(shellOf(request), `/diary/${request.params.token}`));
  });

  app.post<{ Params: { token: string } }>('/diary/:token/delete', async (request, reply) => {
    const open = await glanceAt(request, reply, 0);
    if (!open) return reply;
    await deps.stores.diaries.deleteDiary(open.diary.id, deps.now());
    remember(
      cookies,
      reply,
      remembered(cookies, request).filter((t) => t !== request.params.token),
    );
    const shell = shellOf(request);
    const { t } = shell;
    return sendPage(
      reply,
      page({
        shell,
        title: t('diary.deleted.title'),
        body: html`<h1>${t('diary.deleted.title')}</h1><p>${t('diary.deleted.text')}</p><p><a href="/">${t('pages.backToStart')}</a></p>`,
      }),
    );
  });
}

/** The check-ins a calendar reads whole (`remindersFor`): the latest, and the one before to say what changed. */
export const calendarReads = 2;

/**
 * The planned check-ins as a calendar: the same times the page shows; with none, a note saying why. Its words are in
 * the diary's language, like its reminders: a calendar is kept, and read long after the page that gave it.
 */
export function remindersFor(open: OpenDiaryAtAGlance, link: string, now: Date): string {
  const t = translator(open.diary.language);
  // The latest advice, and what changed from the one before: the last two check-ins, read whole.
  if (open.latest.length < Math.min(calendarReads, open.checkIns.length))
    throw new Error(`the calendar was read with ${open.latest.length} check-ins whole: it words the last ${calendarReads}`);
  const latest = latestWhole(open)?.assessment;
  const change = latest ? adviceChange(open.latest.at(-2)?.assessment, latest) : null;
  const planned = plannedCheckIns(open).map((at, k) => ({
    uid: `${open.diary.id}-${Date.parse(at)}@aftercare`,
    at: Date.parse(at),
    summary: t('mail.calendar.summary'),
    description:
      k === 0 && change
        ? t('mail.calendar.dueAfterChange', { change: adviceChangeHeadline(change, latest!, t), link: `${link}/check-in` })
        : t('mail.calendar.due', { link: `${link}/check-in` }),
    url: `${link}/check-in`,
  }));
  const why = latest ? t('diary.now.nonePlanned') : t('mail.calendar.firstCheckIn');
  return calendar(
    planned,
    now.getTime(),
    organizerOf(link),
    {
      uid: `${open.diary.id}-nothing-planned@aftercare`,
      at: open.checkIns.at(-1)?.reportedAt.getTime() ?? now.getTime(),
      summary: t('mail.calendar.nothingPlanned'),
      description: `${why} ${t('mail.calendar.yourDiary', { link })}`,
      url: link,
    },
    languageTags[open.diary.language],
  );
}
