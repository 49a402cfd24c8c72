// A diary's check-in as a page. After a first whole check-in it is the short one: the pain now, compared with last
// time, and one tick-list of every sign, each ticked sign opening only the question it needs (worked out here, and
// again by the page's script). The first check-in of a diary started without one asks the whole questionnaire. An
// emergency answer keeps the check-in at once, with only the answers given so far, then shows the emergency page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../contract/errors.ts';
import {
  addCheckIn,
  addStoppedCheckIn,
  checkInOpensAt,
  checkInReport,
  scoresToCompare,
  stoppedReport,
  withTrend,
  type DiaryDeps,
  type OpenDiaryAtAGlance,
} from '../diary/service.ts';
import { detailsAsked, shortCheckInAnswers } from '../diary/short-check-in.ts';
import { trendRule } from '../diary/trend.ts';
import { isEmergency } from '../engine/assess.ts';
import { asksBleeding, bleedingQuestion, comparedWithLastTime, painNow, signDetails, sinceLastCheckIn } from '../knowledge/check-in.ts';
import type { Answers, Question, Section } from '../knowledge/questionnaire.ts';
import { localTime } from '../present/time.ts';
import type { Translator } from '../i18n/messages.ts';
import { withOffset } from '../present/time.ts';
import type { DiaryStore } from '../store/diaries.ts';
import { jsonType } from '../server/errors.ts';
import { statusOf } from '../server/status.ts';
import type { Cookies } from './cookies.ts';
import { draftCookie, questionnaire, readDraft, writeDraft } from './draft.ts';
import { followUpsOf, readQuestions, type FieldError } from './form.ts';
import { html } from './html.ts';
import { page, shellOf, type Shell } from './layout.ts';
import { questionsForm } from './pages/step.ts';
import { message } from './message.ts';
import { formOf, sendPage } from './respond.ts';

/**
 * A diary as its check-in reads it: every check-in at a glance (their number, times, pain scores), and the last one with
 * a whole report whole (`lastWhole`), which a short check-in carries its answers from. Never every check-in whole:
 * each adds about 160 bytes to what the diary's read receives at a glance, and about 2,980 whole.
 */
export type CheckInDiary = OpenDiaryAtAGlance<ReturnType<typeof checkInReads>>;
/** What a check-in reads alongside the diary, in its one query: the last check-in with a whole report. */
export const checkInReads = (diaries: Pick<DiaryStore, 'lastWholeRead'>) => ({ lastWhole: diaries.lastWholeRead });
const lastWhole = (open: CheckInDiary) => open.alongside.lastWhole;

/** The whole questionnaire but the massage (the diary has it): a diary's first check-in when it has none yet. */
const wholeSections = questionnaire.filter((s) => s.id !== 'massage');
const policyFollowUps = questionnaire.flatMap((s) => s.questions).filter((q) => q.followUp);

/**
 * The short check-in as one section: three questions, then those a ticked sign or the policy makes matter. A diary
 * whose last whole check-in has no bleeding answer (kept under policy 2) is asked the bleeding question once, after
 * the tick-list; from then on the answer is carried.
 */
const shortSection = (open: CheckInDiary): Section => ({
  id: 'check-in',
  title: 'questionnaire.check-in.section.title',
  intro: 'questionnaire.check-in.section.intro',
  questions: [
    painNow,
    comparedWithLastTime,
    sinceLastCheckIn,
    ...(asksBleeding(lastWhole(open)?.report) ? [bleedingQuestion] : []),
    ...signDetails,
    ...policyFollowUps,
  ],
});

/** Which form a diary's next check-in is: the short one once a whole check-in gives it something to compare with. */
const formOfDiary = (open: CheckInDiary) => (lastWhole(open) ? 'short' : 'whole');

export interface CheckInRouteOptions extends DiaryDeps {
  readonly cookies: Cookies;
  /** Opens the diary a route names, or answers 404 and gives null. */
  readonly diaryOf: (request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply) => Promise<CheckInDiary | null>;
}

export function registerCheckIn(app: FastifyInstance, deps: CheckInRouteOptions): void {
  const { cookies, diaryOf } = deps;

  /** The answers with the diary's massage, as the follow-ups' conditions read them. */
  const withMassage = (open: CheckInDiary, answers: Answers): Answers => ({
    ...answers,
    'massage.endedAt': open.diary.massage.endedAt,
    'massage.sharpPainDuring': open.diary.massage.sharpPainDuring,
  });
  const nowIn = (open: CheckInDiary) => withOffset(deps.now(), open.diary.timeZone);

  /**
   * A check-in form read: the report's answers (`answers`, with calm ones for unticked signs; `given`, only what was
   * answered), what is still to ask, and what needs another look. The trend may be left for the scores to decide.
   */
  function readCheckIn(open: CheckInDiary, form: URLSearchParams, t: Translator) {
    const short = formOfDiary(open) === 'short';
    const questions = short ? shortSection(open).questions : wholeSections.flatMap((s) => s.questions);
    const reading = readQuestions(questions, form, open.diary.timeZone, deps.now());
    const carriedFrom = lastWhole(open)?.report;
    const answers = withTrend(open, short ? shortCheckInAnswers(reading.values, carriedFrom, 'calm') : reading.values);
    const given = short ? shortCheckInAnswers(reading.values, carriedFrom, 'absent') : reading.values;
    // The follow-ups are asked of the check-in as it will be made: its trend worked out from the scores if left open.
    const followUps = followUpsOf(withMassage(open, answers), nowIn(open), form.getAll('shown'));
    const shown = new Set(form.getAll('shown'));
    const details = short ? detailsAsked(reading.values).filter((q) => reading.values[q.path] === undefined) : [];
    const errors: FieldError[] = [
      ...reading.errors.filter((e) => e.path !== 'pain.trend' || open.checkIns.length === 0),
      ...details.filter((q) => shown.has(q.path)).map((q) => ({ path: q.path, message: t('questionnaire.error.choose-an-answer') })),
      ...followUps.errors,
    ];
    const toShow: Question[] = [...details.filter((q) => !shown.has(q.path)), ...followUps.toShow];
    const report = Object.fromEntries(Object.entries(followUps.answers).filter(([path]) => !path.startsWith('massage.')));
    return { values: { ...reading.values, ...report }, answers: report, given, errors, toShow };
  }

  /** The follow-ups and questions of ticked signs the answers make matter: shown; the others wait hidden. */
  const askedOf = (open: CheckInDiary, values: Answers) => [
    ...detailsAsked(values).map((q) => q.path),
    ...followUpsOf(
      withMassage(
        open,
        withTrend(open, formOfDiary(open) === 'short' ? shortCheckInAnswers(values, lastWhole(open)?.report, 'calm') : values),
      ),
      nowIn(open),
      [],
    ).asked.map((q) => q.path),
  ];

  function checkInForm(shell: Shell, open: CheckInDiary, token: string, values: Answers, errors: readonly FieldError[], note?: string) {
    const { t } = shell;
    const scores = scoresToCompare(open);
    const opensAt = checkInOpensAt(deps, open, deps.now());
    const short = formOfDiary(open) === 'short';
    const closed = opensAt
      ? html`<p class="callout" role="status">${message(t, 'diary.checkIn.closed', {
          when: localTime(opensAt, open.diary.timeZone, t.language),
          strong: (words) => html`<strong>${words}</strong>`,
        })}</p>`
      : undefined;
    const title = t('diary.checkIn.title');
    return page({
      shell,
      title: errors.length ? t('questionnaire.step.error-title', { title }) : title,
      body: questionsForm({
        t,
        title: t('questionnaire.check-in.section.title'),
        intro: short ? t('diary.checkIn.introShort') : t('diary.checkIn.introWhole'),
        sections: short ? [shortSection(open)] : wholeSections,
        values,
        errors,
        timeZone: open.diary.timeZone,
        action: `/diary/${token}/check-in`,
        formId: `check-in-${open.checkIns.length}`,
        asked: askedOf(open, values),
        followUpsFrom: `/diary/${token}/check-in/follow-ups`,
        ...(note ? { note } : {}),
        ...(closed ? { above: closed } : {}),
        submitLabel: t('diary.checkIn.save'),
        below: html`<a class="link-back" href="/diary/${token}">${t('diary.backToDiary')}</a>`,
        notes: scores
          ? {
              'pain.trend': html`<p class="hint trend-rule" data-trend-previous="${scores.previous}" data-trend-first="${scores.first}">${trendRule(scores.previous, scores.first, t)} ${t('diary.checkIn.trendLeftOpen')}</p>`,
            }
          : {},
      }),
    });
  }

  /** Keeps an emergency check-in: whole when it can be, else as it stopped (never lost for a question not reached). */
  async function keepEmergency(open: CheckInDiary, read: ReturnType<typeof readCheckIn>, whole: boolean, now: Date) {
    if (whole) {
      try {
        return await addCheckIn(deps, open, checkInReport(open, read.answers, now));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'invalid-input') throw error;
      }
    }
    const stopped = stoppedReport(open, read.given, now);
    if (!stopped) throw new Error('the answers are an emergency, but not as a stopped report');
    return addStoppedCheckIn(deps, open, stopped);
  }

  app.get<{ Params: { token: string } }>('/diary/:token/check-in', async (request, reply) => {
    const open = await diaryOf(request, reply);
    if (!open) return reply;
    return sendPage(reply, checkInForm(shellOf(request), open, request.params.token, {}, []));
  });

  /** Which questions the check-in's answers make matter, and whether they are an emergency: what the script asks. */
  app.post<{ Params: { token: string } }>('/diary/:token/check-in/follow-ups', async (request, reply) => {
    const open = await diaryOf(request, reply);
    if (!open) return reply;
    const read = readCheckIn(open, formOf(request), request.t);
    return reply
      .type(jsonType)
      .header('cache-control', 'no-store')
      .send({ asked: askedOf(open, read.values), emergency: isEmergency(read.given) });
  });

  app.post<{ Params: { token: string } }>('/diary/:token/check-in', async (request, reply) => {
    const open = await diaryOf(request, reply);
    if (!open) return reply;
    const token = request.params.token;
    const now = deps.now();
    const shell = shellOf(request);
    const { t } = shell;
    const read = readCheckIn(open, formOf(request), t);
    if (isEmergency(read.given)) {
      // The emergency advice comes first. The check-in is kept now, with what was answered: whole when every
      // question was answered, else stopped at the emergency answer (a question not reached stays unasked).
      const draft = readDraft(cookies.read(request, draftCookie));
      cookies.set(reply, draftCookie, writeDraft({ ...draft, answers: { ...draft.answers, ...read.given } }), {
        maxAgeSeconds: 30 * 24 * 3600,
      });
      const whole = read.errors.length === 0 && read.toShow.length === 0;
      await keepEmergency(open, read, whole, now).catch((error: unknown) =>
        request.log.warn({ err: error }, 'emergency check-in not kept'),
      );
      return reply.redirect('/emergency', 303);
    }
    if (read.errors.length > 0) return sendPage(reply, checkInForm(shell, open, token, read.values, read.errors), 422);
    if (read.toShow.length > 0)
      return sendPage(reply, checkInForm(shell, open, token, read.values, [], t('questionnaire.step.more-questions')));
    try {
      await addCheckIn(deps, open, checkInReport(open, read.answers, now));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const refusal = error.code === 'out-of-scope' ? t('diary.checkIn.tooLate') : error.message;
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendPage(reply, checkInForm(shell, open, token, read.values, [{ path: 'pain.severity', message: refusal }]), statusOf(error));
    }
    return reply.redirect(`/diary/${token}`, 303);
  });
}
