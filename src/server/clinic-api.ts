// The clinic's dashboard and client records as JSON, for the clinic's own tools: signed in by the same session
// cookie as the pages (401 without it), scoped and audited as the pages are.
import type { FastifyInstance } from 'fastify';
import type { Accounts } from '../clinic/accounts.ts';
import type { FollowUps } from '../clinic/follow-up.ts';
import { checkInView } from '../diary/service.ts';
import type { DiaryStore } from '../store/diaries.ts';
import type { Cookies } from '../web/cookies.ts';
import { requireMember } from '../web/guards.ts';

export interface ClinicApiDeps {
  readonly accounts: Accounts;
  readonly followUps: FollowUps;
  readonly diaries: DiaryStore;
  readonly cookies: Cookies;
}

export function registerClinicApi(app: FastifyInstance, deps: ClinicApiDeps): void {
  app.register(async (api) => {
    api.addHook('preHandler', requireMember(deps.accounts, deps.cookies, { api: true }));
    api.get('/api/v1/clinic/sessions', async (request) => {
      const { sessions, hasMore, counts } = await deps.followUps.dashboard(request.member!, 0);
      return { sessions, hasMore, counts };
    });
    api.get<{ Params: { id: string } }>('/api/v1/clinic/sessions/:id', async (request) => {
      const session = await deps.followUps.view(request.member!, request.params.id, 'session.viewedByApi');
      const checkIns = session.diaryId ? await deps.diaries.checkIns(session.diaryId) : [];
      return { session, checkIns: checkIns.map(checkInView) };
    });
  });
}
