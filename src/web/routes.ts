// The web pages: the questionnaire step by step, the emergency short-cut, and the result with its JSON.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../contract/errors.ts';
import { parseReport3 } from '../contract/validate.ts';
import type { Report3 } from '../contract/types.ts';
import { assess, currentPolicy, emergencyFrom, isEmergency } from '../engine/assess.ts';
import { answerPaths, reportFrom, type Answers, type Section } from '../knowledge/questionnaire.ts';
import { withOffset } from '../present/time.ts';
import { jsonType } from '../server/errors.ts';
import type { WebConfig } from './config.ts';
import type { Cookies } from './cookies.ts';
import { formOf, sendPage } from './respond.ts';
import { draftCookie, firstIncomplete, readDraft, steps, writeDraft, type Draft } from './draft.ts';
import { followUpsOf, readStep } from './form.ts';
import { html } from './html.ts';
import { page, shellOf } from './layout.ts';
import { knownRegion } from '../present/emergency.ts';
import { browserZone, countryCookie, personalNumber } from './emergency-number.ts';
import { zonesOf } from './pages/time-zone.ts';
import { countryPage } from './pages/country.ts';
import { emergencyPage } from './pages/emergency.ts';
import { registerOffline } from './offline.ts';
import { resultPage } from './pages/result.ts';
import { startPage } from './pages/start.ts';
import { stepPage } from './pages/step.ts';
import { registerDiaryPages } from './diary-routes.ts';
import type { DiaryDeps } from '../diary/service.ts';

const sectionById = new Map(steps.map((section) => [section.id as string, section]));

const reportedAtOf = (draft: Draft, now: Date) => draft.reportedAt ?? withOffset(now, draft.timeZone ?? 'UTC');
const reportOf = (draft: Draft, now: Date) => reportFrom(draft.answers, reportedAtOf(draft, now));

/** The answer paths a section's questions set (a checklist's items, each follow-up). */
const pathsOf = (section: Section) => new Set(section.questions.flatMap(answerPaths));

export interface WebDeps {
  readonly config: WebConfig;
  readonly cookies: Cookies;
  readonly link: (path: string) => string;
  /** With storage: the recovery diary, and the limit on new diaries per address. */
  readonly diaries?: DiaryDeps & { readonly limitNewDiary: (request: FastifyRequest) => void; readonly remindersOn?: boolean };
}

export function registerWeb(app: FastifyInstance, { config, cookies, link, diaries }: WebDeps): void {
  const draftOf = (request: FastifyRequest) => readDraft(cookies.read(request, draftCookie));
  const saveDraft = (reply: FastifyReply, _request: FastifyRequest, draft: Draft) =>
    cookies.set(reply, draftCookie, writeDraft(draft), { maxAgeSeconds: 30 * 24 * 3600 });
  const zoneOf = (draft: Draft) => draft.timeZone ?? config.defaultTimeZone;

  /** The number this person's pages give (see emergency-number.ts). */
  const callOf = (request: FastifyRequest) =>
    personalNumber(request, cookies, {
      operatorNumber: config.emergencyNumber,
      defaultTimeZone: config.defaultTimeZone,
      knownZone: draftOf(request).timeZone,
    });

  app.get('/', (request, reply) => sendPage(reply, startPage(shellOf(request), callOf(request))));
  registerOffline(app, callOf);
  /** `?blank`: the page as it is with no answers, as the service worker keeps it for offline use. */
  const blank = (request: FastifyRequest) => Object.hasOwn(request.query as object, 'blank');

  // Choosing the country whose emergency number the pages give: remembered on this device for a year.
  // A path on this site, never `//host` or `/\\host` (which browsers read as another site): else the start page.
  const backTo = (value: unknown) =>
    typeof value === 'string' && /^\/(?:[a-z0-9-][a-z0-9/-]{0,59})?$/.test(value) && !value.includes('//') ? value : '/';
  app.get<{ Querystring: { back?: string } }>('/country', (request, reply) =>
    sendPage(reply, countryPage(shellOf(request), callOf(request), backTo(request.query.back))),
  );
  app.post('/country', (request, reply) => {
    const form = formOf(request);
    const region = knownRegion(form.get('country'));
    const back = backTo(form.get('back'));
    if (!region) return sendPage(reply, countryPage(shellOf(request), callOf(request), back, true), 422);
    cookies.set(reply, countryCookie, region, { maxAgeSeconds: 365 * 24 * 3600 });
    return reply.redirect(back, 303);
  });
  app.get('/check', (_request, reply) => reply.redirect('/check/red-flags', 303));

  /** A step's page: its follow-ups shown when the answers so far make them matter (the script keeps them current). */
  const showStep = (
    request: FastifyRequest,
    section: Section,
    values: Answers,
    errors: Parameters<typeof stepPage>[0]['errors'],
    timeZone: string,
    at: string,
    note?: string,
  ) =>
    stepPage({
      shell: shellOf(request),
      section,
      values,
      errors,
      timeZone,
      asked: followUpsOf(values, at, []).asked.map((q) => q.path),
      ...(note ? { note } : {}),
      now: config.now(),
      country: callOf(request).emergency.region || null,
    });

  /**
   * The zone a step's times are read in before the person says: the one they gave, else the browser's (the script
   * keeps it in a cookie), else their country's when it has only one, else the operator's.
   */
  const zoneGuess = (request: FastifyRequest, draft: Draft) => {
    if (draft.timeZone) return draft.timeZone;
    const browser = browserZone(request, cookies);
    if (browser) return browser;
    const own = zonesOf(callOf(request).emergency.region);
    return own.length === 1 ? own[0]! : config.defaultTimeZone;
  };

  app.get<{ Params: { step: string } }>('/check/:step', (request, reply) => {
    const section = sectionById.get(request.params.step);
    if (!section) return reply.callNotFound();
    const draft = blank(request) ? readDraft(undefined) : draftOf(request);
    return sendPage(reply, showStep(request, section, draft.answers, [], zoneGuess(request, draft), reportedAtOf(draft, config.now())));
  });

  /** Which follow-ups the step's answers make matter, and whether they are an emergency: what the script asks as the person answers. */
  app.post<{ Params: { step: string } }>('/check/:step/follow-ups', (request, reply) => {
    const section = sectionById.get(request.params.step);
    if (!section) return reply.callNotFound();
    const draft = draftOf(request);
    const answers = {
      ...withoutSection(draft.answers, section),
      ...readStep(section, formOf(request), zoneOf(draft), config.now()).values,
    };
    return reply
      .type(jsonType)
      .header('cache-control', 'no-store')
      .send({
        asked: followUpsOf(answers, reportedAtOf(draft, config.now()), []).asked.map((q) => q.path),
        emergency: isEmergency(answers),
      });
  });

  /** The draft's answers without those of a step: its new answers replace them, so an unticked box really is unticked. */
  const withoutSection = (answers: Answers, section: Section): Answers => {
    const paths = pathsOf(section);
    return Object.fromEntries(Object.entries(answers).filter(([path]) => !paths.has(path)));
  };

  app.post<{ Params: { step: string } }>('/check/:step', (request, reply) => {
    const section = sectionById.get(request.params.step);
    if (!section) return reply.callNotFound();
    const draft = draftOf(request);
    const form = formOf(request);
    const now = config.now();
    const reading = readStep(section, form, zoneOf(draft), now);
    const given: Answers = { ...withoutSection(draft.answers, section) };
    for (const [path, value] of Object.entries(reading.values)) if (!path.endsWith(':typed')) given[path] = value;
    // The draft keeps only a zone the person sent (the massage step's): the operator's default is no sign of where
    // they are, and the emergency number reads the draft's zone before the browser's language.
    const personZone = section.id === 'massage' ? reading.timeZone : draft.timeZone;
    const timeZone = personZone ?? config.defaultTimeZone;
    // Follow-ups are worked out for a report made now; the report's own time is set when the last step is sent.
    const at = withOffset(now, timeZone);
    // Follow-ups that no longer matter are dropped; those that now matter are asked, on this page.
    const followUps = followUpsOf(given, at, form.getAll('shown'));
    const next: Draft = { answers: followUps.answers, ...(personZone ? { timeZone: personZone } : {}) };

    const index = steps.indexOf(section);
    const following = steps[index + 1];
    const errors = [...reading.errors, ...followUps.errors];
    const moreToAsk = followUps.toShow.some((q) => section.questions.includes(q));
    const done = !following && errors.length === 0 && !moreToAsk;
    // The last step, sent whole, sets the report's own time, so the result is the same on every reload.
    saveDraft(reply, request, done ? { ...next, reportedAt: at } : next);
    // An emergency answer goes straight to the emergency page, whatever else is missing.
    if (isEmergency(next.answers)) return reply.redirect('/emergency', 303);
    if (errors.length > 0)
      return sendPage(reply, showStep(request, section, { ...next.answers, ...reading.values }, errors, reading.timeZone, at), 422);
    if (moreToAsk)
      return sendPage(reply, showStep(request, section, next.answers, [], timeZone, at, request.t('questionnaire.step.more-questions')));
    return reply.redirect(following ? `/check/${following.id}` : '/check/result', 303);
  });

  function assessed(request: FastifyRequest, reply: FastifyReply) {
    const draft = draftOf(request);
    const missing = firstIncomplete(draft.answers);
    if (missing && !isEmergency(draft.answers)) {
      reply.redirect(`/check/${missing.id}`, 303);
      return null;
    }
    // A follow-up that now matters and is not answered is asked on the step that holds it.
    const due = followUpsOf(draft.answers, reportedAtOf(draft, config.now()), []).toShow[0];
    if (due && !isEmergency(draft.answers)) {
      reply.redirect(`/check/${steps.find((section) => section.questions.includes(due))!.id}`, 303);
      return null;
    }
    const candidate = reportOf(draft, config.now());
    try {
      const report: Report3 = parseReport3(candidate);
      return { draft, report, assessment: assess(report, currentPolicy, request.t) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const { t } = request;
      sendPage(
        reply,
        page({
          shell: shellOf(request),
          title: t('pages.error.notAssessed'),
          body: html`<h1>${t('pages.error.notAssessed')}</h1><p>${error.message}</p><p><a href="/check/massage">${t('pages.error.checkMassage')}</a></p>`,
        }),
        422,
      );
      return null;
    }
  }

  app.get('/check/result', (request, reply) => {
    const result = assessed(request, reply);
    if (!result) return reply;
    return sendPage(
      reply,
      resultPage(shellOf(request), {
        ...result,
        timeZone: zoneOf(result.draft),
        now: config.now(),
        call: callOf(request),
        canTrack: Boolean(diaries),
      }),
    );
  });

  app.get('/check/result.json', (request, reply) => {
    const result = assessed(request, reply);
    if (!result) return reply;
    return reply
      .header('content-disposition', 'attachment; filename="aftercare-result.json"')
      .header('cache-control', 'no-store')
      .send({ report: result.report, assessment: result.assessment });
  });

  app.get('/emergency', (request, reply) => {
    const draft = draftOf(request);
    const assessment = emergencyFrom(blank(request) ? {} : draft.answers, currentPolicy, request.t);
    return sendPage(reply, emergencyPage(shellOf(request), assessment, callOf(request)));
  });

  if (diaries) {
    registerDiaryPages(app, {
      ...diaries,
      cookies,
      link,
      resultOf: (request) => {
        const draft = draftOf(request);
        if (firstIncomplete(draft.answers) || isEmergency(draft.answers)) return null;
        try {
          return { report: parseReport3(reportOf(draft, config.now())), timeZone: zoneOf(draft) };
        } catch (error) {
          if (error instanceof AppError) return null;
          throw error;
        }
      },
    });
  }

  app.post('/check/restart', (request, reply) => {
    cookies.clear(reply, draftCookie);
    return reply.redirect('/check/red-flags', 303);
  });
}
