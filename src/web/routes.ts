// The web pages: the questionnaire step by step, the emergency short-cut, and the result with its JSON.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../contract/errors.ts';
import { parseReport } from '../contract/validate.ts';
import type { Report } from '../contract/types.ts';
import { assess } from '../engine/assess.ts';
import { questionnaire, reportFrom, type Answers } from '../knowledge/questionnaire.ts';
import { withOffset } from '../present/time.ts';
import type { WebConfig } from './config.ts';
import type { Cookies } from './cookies.ts';
import { formOf, sendPage } from './respond.ts';
import { draftCookie, firstIncomplete, readDraft, writeDraft, type Draft } from './draft.ts';
import { emergencyAssessment, isEmergency, readStep } from './form.ts';
import { html } from './html.ts';
import { page } from './layout.ts';
import { emergencyPage } from './pages/emergency.ts';
import { resultPage } from './pages/result.ts';
import { startPage } from './pages/start.ts';
import { stepPage } from './pages/step.ts';
import { registerDiaryPages } from './diary-routes.ts';
import type { DiaryDeps } from '../diary/service.ts';

const sectionById = new Map(questionnaire.map((section) => [section.id as string, section]));


const reportOf = (draft: Draft, now: Date) => reportFrom(draft.answers, draft.reportedAt ?? withOffset(now, draft.timeZone ?? 'UTC'));

export interface WebDeps {
  readonly config: WebConfig;
  readonly cookies: Cookies;
  readonly link: (path: string) => string;
  /** With storage: the recovery diary, and the limit on new diaries per address. */
  readonly diaries?: DiaryDeps & { readonly limitNewDiary: (request: FastifyRequest) => void };
}

export function registerWeb(app: FastifyInstance, { config, cookies, link, diaries }: WebDeps): void {
  const draftOf = (request: FastifyRequest) => readDraft(cookies.read(request, draftCookie));
  const saveDraft = (reply: FastifyReply, _request: FastifyRequest, draft: Draft) =>
    cookies.set(reply, draftCookie, writeDraft(draft), { maxAgeSeconds: 30 * 24 * 3600 });
  const zoneOf = (draft: Draft) => draft.timeZone ?? config.defaultTimeZone;

  app.get('/', (_request, reply) => sendPage(reply, startPage(config.emergencyNumber)));
  app.get('/check', (_request, reply) => reply.redirect('/check/red-flags', 303));

  app.get<{ Params: { step: string } }>('/check/:step', (request, reply) => {
    const section = sectionById.get(request.params.step);
    if (!section) return reply.callNotFound();
    const draft = draftOf(request);
    return sendPage(reply, stepPage({ section, values: draft.answers, errors: [], timeZone: zoneOf(draft) }));
  });

  app.post<{ Params: { step: string } }>('/check/:step', (request, reply) => {
    const section = sectionById.get(request.params.step);
    if (!section) return reply.callNotFound();
    const draft = draftOf(request);
    const form = formOf(request);
    const now = config.now();
    const reading = readStep(section, form, zoneOf(draft), now);

    // This step's answers replace its earlier ones, so an unticked box really is unticked.
    const answers: Answers = Object.fromEntries(
      Object.entries(draft.answers).filter(([path]) => !section.questions.some((q) => q.path === path)),
    );
    for (const [path, value] of Object.entries(reading.values)) if (!path.endsWith(':typed')) answers[path] = value;
    const next: Draft = { answers, timeZone: section.id === 'massage' ? reading.timeZone : zoneOf(draft) };

    // An emergency answer goes straight to the emergency page, whatever else is missing.
    if (isEmergency(answers)) {
      saveDraft(reply, request, next);
      return reply.redirect('/emergency', 303);
    }
    if (reading.errors.length > 0) {
      saveDraft(reply, request, next);
      return sendPage(reply, stepPage({ section, values: { ...answers, ...reading.values }, errors: reading.errors, timeZone: reading.timeZone }), 422);
    }
    const index = questionnaire.indexOf(section);
    const following = questionnaire[index + 1];
    if (following) {
      saveDraft(reply, request, next);
      return reply.redirect(`/check/${following.id}`, 303);
    }
    saveDraft(reply, request, { ...next, reportedAt: withOffset(now, zoneOf(next)) });
    return reply.redirect('/check/result', 303);
  });

  function assessed(request: FastifyRequest, reply: FastifyReply) {
    const draft = draftOf(request);
    const missing = firstIncomplete(draft.answers);
    if (missing && !isEmergency(draft.answers)) {
      reply.redirect(`/check/${missing.id}`, 303);
      return null;
    }
    const candidate = reportOf(draft, config.now());
    try {
      const report: Report = parseReport(candidate);
      return { draft, report, assessment: assess(report) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      sendPage(
        reply,
        page({
          title: 'We could not assess this',
          body: html`<h1>We could not assess this</h1><p>${error.message}</p><p><a href="/check/massage">Check when the massage ended</a></p>`,
        }),
        422,
      );
      return null;
    }
  }

  app.get('/check/result', (request, reply) => {
    const result = assessed(request, reply);
    if (!result) return reply;
    return sendPage(reply, resultPage({ ...result, timeZone: zoneOf(result.draft), now: config.now(), emergencyNumber: config.emergencyNumber, canTrack: Boolean(diaries) }));
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
    const assessment = isEmergency(draft.answers) ? emergencyAssessment(draft.answers) : null;
    return sendPage(reply, emergencyPage(assessment, config.emergencyNumber));
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
          return { report: parseReport(reportOf(draft, config.now())), timeZone: zoneOf(draft) };
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
