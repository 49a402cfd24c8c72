// The recovery diary as JSON under /api/v1/diaries, with the contract's error style.
import type { FastifyInstance } from 'fastify';
import { AppError, invalidInput, malformedJson, notFound } from '../contract/errors.ts';
import { diaryBundle } from '../diary/fhir.ts';
import { addCheckIn, checkInReport, exportDiary, openDiary, startDiary, type DiaryDeps, type OpenDiary } from '../diary/service.ts';
import { parseReport } from '../contract/validate.ts';
import { isTimeZone } from '../present/time.ts';
import { remindersFor } from '../web/diary-routes.ts';

const noDiary = () => notFound('No diary has this link. It may have been deleted, or the link may be incomplete.');
const notShared = () => notFound('This diary is not shared with a clinic.');

function parseBody(body: unknown): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(typeof body === 'string' ? body : '');
  } catch (error) {
    throw malformedJson((error as Error).message);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidInput([{ path: '', message: 'the body must be an object' }]);
  return value as Record<string, unknown>;
}

const view = (token: string, open: OpenDiary) => ({
  links: {
    self: `/api/v1/diaries/${token}`,
    page: `/diary/${token}`,
    checkIns: `/api/v1/diaries/${token}/check-ins`,
    fhir: `/api/v1/diaries/${token}/fhir`,
    reminders: `/api/v1/diaries/${token}/reminders.ics`,
  },
  ...exportDiary(open),
});

export function registerDiaryApi(app: FastifyInstance, deps: DiaryDeps): void {
  app.post('/api/v1/diaries', async (request, reply) => {
      const body = parseBody(request.body);
      const unknown = Object.keys(body).filter((k) => k !== 'report' && k !== 'timeZone');
      if (unknown.length) throw invalidInput(unknown.map((path) => ({ path, message: 'is not a known field' })));
      const timeZone = body.timeZone === undefined ? 'UTC' : body.timeZone;
      if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) throw invalidInput([{ path: 'timeZone', message: 'must be an IANA time zone such as Europe/London' }]);
      if (body.report === undefined) throw invalidInput([{ path: 'report', message: 'is required' }]);
      let report;
      try {
        report = parseReport(body.report);
      } catch (error) {
        // Name the fields inside `report` by their full path in this body.
        if (error instanceof AppError && error.issues) throw invalidInput(error.issues.map((i) => ({ path: i.path ? `report.${i.path}` : 'report', message: i.message })));
        throw error;
      }
      const { token, ...open } = await startDiary(deps, report, timeZone);
      return reply.code(201).header('location', `/api/v1/diaries/${token}`).send({ token, ...view(token, open) });
  });

  app.get<{ Params: { token: string } }>('/api/v1/diaries/:token', async (request, reply) => {
    const open = await openDiary(deps, request.params.token);
    if (!open) throw noDiary();
    return reply.send(view(request.params.token, open));
  });

  app.post<{ Params: { token: string } }>('/api/v1/diaries/:token/check-ins', async (request, reply) => {
    const open = await openDiary(deps, request.params.token);
    if (!open) throw noDiary();
      const body = parseBody(request.body);
      if ('massage' in body) throw invalidInput([{ path: 'massage', message: 'is already in the diary; leave it out' }]);
      const { reportedAt, ...answers } = body;
      const flat: Record<string, unknown> = {};
      for (const [section, value] of Object.entries(answers)) {
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [key, v] of Object.entries(value)) flat[`${section}.${key}`] = v;
        else flat[section] = value;
      }
      const at = reportedAt === undefined ? deps.now() : new Date(String(reportedAt));
      const report = checkInReport(open, flat, at);
      if (reportedAt !== undefined) report.reportedAt = parseReport({ ...report, reportedAt }).reportedAt;
      const checkIn = await addCheckIn(deps, open, report);
      return reply.code(201).send({ number: checkIn.seq, report: checkIn.report, assessment: checkIn.assessment });
  });

  app.get<{ Params: { token: string } }>('/api/v1/diaries/:token/fhir', async (request, reply) => {
    const open = await openDiary(deps, request.params.token);
    if (!open) throw noDiary();
    return reply.type('application/fhir+json; charset=utf-8').send(JSON.stringify(diaryBundle(open.diary, open.checkIns)));
  });

  app.get<{ Params: { token: string } }>('/api/v1/diaries/:token/reminders.ics', async (request, reply) => {
    const open = await openDiary(deps, request.params.token);
    if (!open) throw noDiary();
    return reply.type('text/calendar; charset=utf-8').send(remindersFor(open, `${request.protocol}://${request.host}/diary/${request.params.token}`, deps.now()));
  });

  // Whom the diary is shared with, and stopping it: consent withdrawn as easily as it was given.
  app.get<{ Params: { token: string } }>('/api/v1/diaries/:token/sharing', async (request, reply) => {
    const open = await openDiary(deps, request.params.token);
    if (!open) throw noDiary();
    const sharing = await deps.store.sharing(open.diary.id);
    if (!sharing) throw notShared();
    return reply.send({ clinicName: sharing.clinicName, since: sharing.since.toISOString() });
  });

  app.delete<{ Params: { token: string } }>('/api/v1/diaries/:token/sharing', async (request, reply) => {
    const open = await openDiary(deps, request.params.token);
    if (!open) throw noDiary();
    if (!(await deps.store.stopSharing(open.diary.id, deps.now()))) throw notShared();
    return reply.code(204).send();
  });

  app.delete<{ Params: { token: string } }>('/api/v1/diaries/:token', async (request, reply) => {
    const open = await openDiary(deps, request.params.token);
    if (!open) throw noDiary();
    await deps.store.deleteDiary(open.diary.id, deps.now());
    return reply.code(204).send();
  });
}
