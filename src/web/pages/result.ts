// The result: the level as a banner with what to do now and the next step, the plan with local times, the course,
// why, and where the advice comes from.
import { levelName } from '../../knowledge/levels.ts';
import type { Report } from '../../contract/types.ts';
import type { FullAssessment } from '../../engine/assess.ts';
import { coldMinutes } from '../../knowledge/actions.ts';
import { watchGroups } from '../../knowledge/policy.ts';
import { adviceReviewedOn, sourcesForPeople, type SourceId } from '../../knowledge/sources.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { html, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { localTimes, type LocalTimes } from '../local-time.ts';
import { languageTags } from '../../i18n/languages.ts';
import type { Translator } from '../../i18n/messages.ts';
import { message } from '../message.ts';
import { bodyMap } from '../svg/body-map.ts';
import { timelineChart } from '../svg/timeline-chart.ts';
import { callButton } from './call.ts';
import { emergencyPage } from './emergency.ts';

export interface ResultView {
  readonly report: Report;
  readonly assessment: FullAssessment;
  readonly timeZone: string;
  readonly now: Date;
  readonly call: PersonalNumber;
  /** Whether a diary can be started (the app has storage). */
  readonly canTrack?: boolean;
}

export function resultPage(shell: Shell, { report, assessment, timeZone, now, call, canTrack }: ResultView): string {
  if (assessment.level === 'emergency') return emergencyPage(shell, assessment, call, '/check/result');
  const { t } = shell;
  const times = localTimes(t, timeZone);
  const { at } = times;
  const strong = (words: Markup) => html`<strong>${words}</strong>`;
  const cold = assessment.plan.actions.find((a) => a.code === 'cold');
  const coldFrom = now.getTime() + coldMinutes.minMinutes * 60_000;
  const coldUntil = now.getTime() + coldMinutes.maxMinutes * 60_000;
  const { timeline } = assessment;
  // The plan says when hard exercise is fine again when it has that action; otherwise it is said once under the plan.
  const exerciseInPlan = assessment.plan.actions.some((action) => action.until === timeline.strenuousExerciseFrom);
  const reviewed = new Date(`${adviceReviewedOn}T12:00:00Z`).toLocaleDateString(languageTags[t.language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const cited = sourcesForPeople([
    ...assessment.reasons.map((r) => r.source),
    ...assessment.plan.actions.map((a) => a.source),
    ...assessment.contributors.map((c) => c.source),
  ] as SourceId[]);

  // The first screen of a phone holds the level, what to do now and the next step; the plan comes next, and where
  // the advice comes from is at the foot.
  const body = html`
<div class="banner level-${assessment.level}" role="status">
  <p class="banner-level">${levelName(assessment.level, t)}</p>
  <h1>${assessment.summary.title}</h1>
  <p class="banner-do">${assessment.summary.doNow}</p>
</div>

${
  canTrack
    ? html`<section aria-labelledby="track" class="next-step no-print">
  <h2 id="track" class="visually-hidden">${t('pages.result.nextStep')}</h2>
  <form method="post" action="/diaries"><button class="button" type="submit" data-track>${t('pages.result.track')}</button></form>
  <p class="hint">${t('pages.result.trackHint')}</p>
</section>`
    : html`<section aria-labelledby="next" class="next-step no-print">
  <h2 id="next" class="visually-hidden">${t('pages.result.nextStep')}</h2>
  <p>${t('pages.result.callIfWorse')}</p>
  ${callButton(t, call, '/check/result')}
</section>`
}

<section aria-labelledby="plan">
  <h2 id="plan">${t('pages.result.plan')}</h2>
  <p class="hint">${t('pages.result.planHint', { zone: times.zone })}</p>
  <ul class="checklist">
  ${assessment.plan.actions.map(
    (action, k) =>
      html`<li><input type="checkbox" id="plan-${k}" class="check"><label for="plan-${k}"><span class="action-text">${action.text}</span>${
        typeof action.until === 'string'
          ? Date.parse(action.until) > Date.parse(report.reportedAt)
            ? html` <strong class="time">${t('pages.result.until', { time: at(action.until) })}</strong>`
            : html` <strong class="time">${t('pages.result.passed', { time: at(action.until) })}</strong>`
          : ''
      }</label></li>`,
  )}
  </ul>
  ${exerciseInPlan ? '' : html`<p>${message(t, 'pages.result.exerciseFrom', { time: at(timeline.strenuousExerciseFrom), strong })}</p>`}
  ${
    cold
      ? html`<div class="cold-timer" data-cold-timer data-min="${coldMinutes.minMinutes}" data-max="${coldMinutes.maxMinutes}">
    <h3>${t('pages.result.coldTimer')}</h3>
    <p class="cold-times">${message(t, 'pages.result.coldTimes', {
      from: times.clock(coldFrom),
      until: times.clock(coldUntil),
      min: coldMinutes.minMinutes,
      max: coldMinutes.maxMinutes,
      strong,
    })}</p>
  </div>`
      : ''
  }
</section>

<section aria-labelledby="course">
  <h2 id="course">${t('pages.result.expect')}</h2>
  <p class="course">${courseSentence(t, timeline, times)}</p>
  ${timelineChart(t, {
    id: 'chart-result',
    endedAt: report.massage.endedAt,
    points: [{ at: report.reportedAt, severity: report.pain.severity, label: t('pages.chart.yourPain') }],
    now: report.reportedAt,
    recheckAt: timeline.recheckAt,
    timeZone,
    caption: false,
  })}
</section>

<section aria-labelledby="why">
  <h2 id="why">${t('pages.result.why')}</h2>
  <ul class="reasons">${assessment.reasons.map((r) => html`<li class="reason reason-${r.level}">${r.explanation}</li>`)}</ul>
</section>

${
  assessment.contributors.length > 0
    ? html`<section aria-labelledby="muscles">
  <h2 id="muscles">${t('pages.result.muscles')}</h2>
  ${bodyMap(t, { id: 'map-result', caption: t('pages.result.musclesCaption'), highlighted: assessment.contributors.map((c) => c.region) })}
  <dl class="contributors">${assessment.contributors.map((c) => html`<dt>${(c as { name?: string }).name ?? c.region}</dt><dd>${c.explanation}</dd>`)}</dl>
</section>`
    : ''
}

<section aria-labelledby="watch">
  <h2 id="watch">${t('pages.result.watch')}</h2>
  ${watchGroups(assessment.watchFor, t).map(
    (group) => html`<h3 class="watch-heading watch-${group.level}">${group.heading}</h3>
  <ul class="watch">${group.signs.map((sign) => html`<li>${sign}</li>`)}</ul>`,
  )}
  <p><a href="/emergency">${t('pages.result.emergencyLink')}</a></p>
</section>

<section aria-labelledby="keep" class="no-print">
  <h2 id="keep">${t('pages.result.keep')}</h2>
  <p class="actions">
    <a class="button button-secondary" href="/check/result.json" download="aftercare-result.json">${t('pages.result.save')}</a>
    <button class="button button-secondary" type="button" data-print hidden>${t('pages.result.print')}</button>
  </p>
  <form method="post" action="/check/restart"><button class="link-button" type="submit">${t('pages.result.restart')}</button></form>
</section>

<!-- The sources are English documents, named by their own titles: marked as English for screen readers. -->
<section aria-labelledby="sources" class="sources">
  <h2 id="sources">${t('pages.result.sources')}</h2>
  <ul>${cited.map((title) => html`<li lang="en">${title}</li>`)}</ul>
  <p>${t('pages.result.reviewed', { date: reviewed })}</p>
</section>`;
  return page({
    shell,
    title: t('pages.result.title', { level: levelName(assessment.level, t) }),
    body,
    bodyClass: `page-result result-${assessment.level}`,
  });
}

/**
 * The expected course in one sentence, each date said once: the peak, and when to check again (most often the
 * peak's end, so it is not said twice).
 */
function courseSentence(t: Translator, timeline: FullAssessment['timeline'], times: LocalTimes): string {
  const span = times.span(timeline.peakFrom, timeline.peakUntil);
  if (!timeline.recheckAt) return t('pages.result.course.eases', { span });
  if (timeline.recheckAt === timeline.peakUntil) return t('pages.result.course.checkAtEnd', { span });
  return t('pages.result.course.checkOn', { span, time: times.at(timeline.recheckAt) });
}
