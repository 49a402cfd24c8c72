// The recovery diary as JSON: bodies checked against the schemas of contract/diary.ts, every refusal the project's one
// error. A diary is started and checked in under /api/v1/diaries with policy 2's reports (its contract) or under
// /api/v3/diaries with policy 3's; reading, exports, sharing and deleting are the same diary's, under /api/v1/diaries.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../contract/errors.ts';
import type { Report } from '../contract/types.ts';
import {
  parseJson,
  parseNewCheckIn,
  parseNewCheckIn3,
  parseNewDiary,
  parseNewDiary3,
  parseReport,
  parseReport3,
} from '../contract/validate.ts';
import { diaryBundle } from '../diary/fhir.ts';
import {
  addCheckIn,
  checkInReport,
  checkInView,
  exportDiary,
  openDiary,
  openDiaryAtAGlance,
  startDiary,
  type CheckInPolicy,
  type DiaryDeps,
  type OpenDiary,
  type OpenDiaryAtAGlance,
  type OpenOptions,
} from '../diary/service.ts';
import { calendarReads, remindersFor } from '../web/diary-routes.ts';
import type { NoReads, ReadsAlongside } from '../store/diaries.ts';

const noDiary = () => notFound({ id: 'diary.notFound.text' });
const notShared = () => notFound({ id: 'diary.api.notShared' });

const bodyText = (request: FastifyRequest) => (typeof request.body === 'string' ? request.body : '');

/** The diary API of each policy a diary can be started and checked in with: where it is, and what its bodies are. */
interface PolicyApi {
  readonly base: '/api/v1/diaries' | '/api/v3/diaries';
  readonly policy: CheckInPolicy;
  readonly parseNewDiary: (value: unknown) => { report: Report; timeZone?: string };
  readonly parseNewCheckIn: (value: unknown) => Record<string, unknown>;
  readonly parseReport: (value: unknown) => { reportedAt: string };
}
const policyApis: readonly PolicyApi[] = [
  { base: '/api/v1/diaries', policy: '2', parseNewDiary, parseNewCheckIn, parseReport },
  { base: '/api/v3/diaries', policy: '3', parseNewDiary: parseNewDiary3, parseNewCheckIn: parseNewCheckIn3, parseReport: parseReport3 },
];

/** The diary as the API shows it; its links to read and check in are those of the policy's API it was asked through. */
const view = (token: string, open: OpenDiary, base: PolicyApi['base'] = '/api/v1/diaries') => ({
  links: {
    self: `${base}/${token}`,
    page: `/diary/${token}`,
    checkIns: `${base}/${token}/check-ins`,
    fhir: `/api/v1/diaries/${token}/fhir`,
    reminders: `/api/v1/diaries/${token}/reminders.ics`,
  },
  ...exportDiary(open),
});

export interface DiaryApiDeps extends DiaryDeps {
  readonly link: (path: string) => string;
  /** Counts a new diary against its address's limit (throws `too-many-requests`). */
  readonly limitNewDiary: (request: FastifyRequest) => void;
}

export function registerDiaryApi(app: FastifyInstance, deps: DiaryApiDeps): void {
  /** The diary opened, or the API's 404: the same for a wrong link as for a deleted diary. */
  const found = <Open>(open: Open | undefined): Open => {
    if (!open) throw noDiary();
    return open;
  };
  /** The diary a route names, by its own link; a reminder's link only where `reminderLink` (the check-in). */
  const opened = async (request: FastifyRequest<{ Params: { token: string } }>, options: OpenOptions = {}): Promise<OpenDiary> =>
    found(await openDiary(deps, request.params.token, options));
  /**
   * The same, reading of its check-ins only what a new check-in needs (the pain scores): none of them whole; and what
   * other stores read `alongside` it, in the same query.
   */
  const glanced = async <A extends ReadsAlongside = NoReads>(
    request: FastifyRequest<{ Params: { token: string } }>,
    options: OpenOptions = {},
    alongside?: A,
  ): Promise<OpenDiaryAtAGlance<A>> => found(await openDiaryAtAGlance(deps, request.params.token, 0, options, alongside));

  for (const api of policyApis) {
    const { base, policy } = api;
    app.post(base, async (request, reply) => {
      const body = api.parseNewDiary(parseJson(bodyText(request)));
      deps.limitNewDiary(request);
      const { token, ...open } = await startDiary(deps, body.report, body.timeZone ?? 'UTC', request.language, policy);
      return reply
        .code(201)
        .header('location', `${base}/${token}`)
        .send({ token, ...view(token, open, base) });
    });

    app.get<{ Params: { token: string } }>(`${base}/:token`, async (request) => view(request.params.token, await opened(request), base));

    app.post<{ Params: { token: string } }>(`${base}/:token/check-ins`, async (request, reply) => {
      const open = await glanced(request, { reminderLink: true });
      const { reportedAt, ...answers } = api.parseNewCheckIn(parseJson(bodyText(request)));
      const flat: Record<string, unknown> = {};
      for (const [section, value] of Object.entries(answers))
        for (const [key, v] of Object.entries(value as object)) flat[`${section}.${key}`] = v;
      const report = checkInReport(open, flat, typeof reportedAt === 'string' ? new Date(reportedAt) : deps.now(), policy);
      // The time is kept as it was written, with its offset.
      if (reportedAt !== undefined) report.reportedAt = api.parseReport({ ...report, reportedAt }).reportedAt;
      const checkIn = await addCheckIn(deps, open, report, policy);
      return reply.code(201).send(checkInView(checkIn));
    });
  }

  app.get<{ Params: { token: string } }>('/api/v1/diaries/:token/fhir', async (request, reply) => {
    const open = await opened(request);
    return reply.type('application/fhir+json; charset=utf-8').send(JSON.stringify(diaryBundle(open.diary, open.checkIns)));
  });

  app.get<{ Params: { token: string } }>('/api/v1/diaries/:token/reminders.ics', async (request, reply) => {
    const open = found(await openDiaryAtAGlance(deps, request.params.token, calendarReads));
    return reply.type('text/calendar; charset=utf-8').send(remindersFor(open, deps.link(`/diary/${request.params.token}`), deps.now()));
  });

  // Whom the diary is shared with, and stopping it: consent withdrawn as easily as it was given.
  app.get<{ Params: { token: string } }>('/api/v1/diaries/:token/sharing', async (request) => {
    const { sharing } = (await glanced(request, {}, { sharing: deps.stores.clinics.sharingRead })).alongside;
    if (!sharing) throw notShared();
    return {
      clinicName: sharing.clinicName,
      since: sharing.since.toISOString(),
      contactLine: sharing.contactLine,
      toldAt: sharing.toldAt?.toISOString() ?? null,
    };
  });

  app.delete<{ Params: { token: string } }>('/api/v1/diaries/:token/sharing', async (request, reply) => {
    if (!(await deps.stores.clinics.stopSharing((await glanced(request)).diary.id, deps.now()))) throw notShared();
    return reply.code(204).send();
  });

  app.delete<{ Params: { token: string } }>('/api/v1/diaries/:token', async (request, reply) => {
    await deps.stores.diaries.deleteDiary((await glanced(request)).diary.id, deps.now());
    return reply.code(204).send();
  });
}
