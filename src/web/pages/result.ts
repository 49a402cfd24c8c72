// The result: the level as a banner with what to do now and the next step, the plan with local times, the course,
// why, and where the advice comes from.
import { levelName } from '../../knowledge/levels.ts';
import type { Report } from '../../contract/types.ts';
import type { FullAssessment } from '../../engine/assess.ts';
import { coldMinutes } from '../../knowledge/actions.ts';
import { watchGroups } from '../../knowledge/policy.ts';
import { localSpan, localTime, zoneName } from '../../present/time.ts';
import { adviceReviewedOn, sourcesForPeople, type SourceId } from '../../knowledge/sources.ts';
import type { PersonalNumber } from '../emergency-number.ts';
import { html } from '../html.ts';
import { page, englishShell } from '../layout.ts';
import { bodyMap } from '../svg/body-map.ts';
import { timelineChart } from '../svg/timeline-chart.ts';
import { callButton } from './call.ts';
import { emergencyBody } from './emergency.ts';
import { translator } from '../../i18n/messages.ts';

export interface ResultView {
  readonly report: Report;
  readonly assessment: FullAssessment;
  readonly timeZone: string;
  readonly now: Date;
  readonly call: PersonalNumber;
  /** Whether a diary can be started (the app has storage). */
  readonly canTrack?: boolean;
}

export function resultPage({ report, assessment, timeZone, now, call, canTrack }: ResultView): string {
  if (assessment.level === 'emergency') {
    return page({
      shell: englishShell,
      title: 'Emergency: call now',
      body: emergencyBody(assessment, call, '/check/result'),
      emergencyLine: false,
      bodyClass: 'page-emergency',
    });
  }
  const at = (instant: string) => localTime(instant, timeZone);
  const cold = assessment.plan.actions.find((a) => a.code === 'cold');
  const coldFrom = now.getTime() + coldMinutes.minMinutes * 60_000;
  const coldUntil = now.getTime() + coldMinutes.maxMinutes * 60_000;
  const { timeline } = assessment;
  // The plan says when hard exercise is fine again when it has that action; otherwise it is said once under the plan.
  const exerciseInPlan = assessment.plan.actions.some((action) => action.until === timeline.strenuousExerciseFrom);
  const reviewed = new Date(`${adviceReviewedOn}T12:00:00Z`).toLocaleDateString('en-GB', {
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
  <p class="banner-level">${levelName(assessment.level, translator('en'))}</p>
  <h1>${assessment.summary.title}</h1>
  <p class="banner-do">${assessment.summary.doNow}</p>
</div>

${
  canTrack
    ? html`<section aria-labelledby="track" class="next-step no-print">
  <h2 id="track" class="visually-hidden">Next step</h2>
  <form method="post" action="/diaries"><button class="button" type="submit" data-track>Track my recovery</button></form>
  <p class="hint">Check in over the next days and see your pain against the usual course. A private link, no account.</p>
</section>`
    : html`<section aria-labelledby="next" class="next-step no-print">
  <h2 id="next" class="visually-hidden">Next step</h2>
  <p>If it gets much worse, or you notice a sign listed under "Get help sooner", call for help:</p>
  ${callButton(call, '/check/result')}
</section>`
}

<section aria-labelledby="plan">
  <h2 id="plan">Your plan</h2>
  <p class="hint">Tick things off as you go. Times are ${zoneName(timeZone)}.</p>
  <ul class="checklist">
  ${assessment.plan.actions.map(
    (action, k) =>
      html`<li><input type="checkbox" id="plan-${k}" class="check"><label for="plan-${k}"><span class="action-text">${action.text}</span>${
        typeof action.until === 'string'
          ? Date.parse(action.until) > Date.parse(report.reportedAt)
            ? html` <strong class="time">Until ${at(action.until)}.</strong>`
            : html` <strong class="time">That time has passed (${at(action.until)}): you can build back up gently.</strong>`
          : ''
      }</label></li>`,
  )}
  </ul>
  ${exerciseInPlan ? '' : html`<p>Hard exercise and heavy lifting are fine again from <strong>${at(timeline.strenuousExerciseFrom)}</strong>.</p>`}
  ${
    cold
      ? html`<div class="cold-timer" data-cold-timer data-min="${coldMinutes.minMinutes}" data-max="${coldMinutes.maxMinutes}">
    <h3>Cold pack timer</h3>
    <p class="cold-times">If you put a cold pack on now, take it off between <strong>${localTime(coldFrom, timeZone).split(', ')[1]}</strong> and <strong>${localTime(coldUntil, timeZone).split(', ')[1]}</strong> (${coldMinutes.minMinutes} to ${coldMinutes.maxMinutes} minutes).</p>
  </div>`
      : ''
  }
</section>

<section aria-labelledby="course">
  <h2 id="course">What to expect</h2>
  <p class="course">${courseSentence(timeline, timeZone)}</p>
  ${timelineChart({
    id: 'chart-result',
    endedAt: report.massage.endedAt,
    points: [{ at: report.reportedAt, severity: report.pain.severity, label: 'Your pain' }],
    now: report.reportedAt,
    recheckAt: timeline.recheckAt,
    timeZone,
    caption: false,
  })}
</section>

<section aria-labelledby="why">
  <h2 id="why">Why we say this</h2>
  <ul class="reasons">${assessment.reasons.map((r) => html`<li class="reason reason-${r.level}">${r.explanation}</li>`)}</ul>
</section>

${
  assessment.contributors.length > 0
    ? html`<section aria-labelledby="muscles">
  <h2 id="muscles">Muscles likely involved</h2>
  ${bodyMap({ id: 'map-result', caption: 'The areas likely involved are highlighted', highlighted: assessment.contributors.map((c) => c.region) })}
  <dl class="contributors">${assessment.contributors.map((c) => html`<dt>${(c as { name?: string }).name ?? c.region}</dt><dd>${c.explanation}</dd>`)}</dl>
</section>`
    : ''
}

<section aria-labelledby="watch">
  <h2 id="watch">Get help sooner if you notice</h2>
  ${watchGroups(assessment.watchFor, translator('en')).map(
    (group) => html`<h3 class="watch-heading watch-${group.level}">${group.heading}</h3>
  <ul class="watch">${group.signs.map((sign) => html`<li>${sign}</li>`)}</ul>`,
  )}
  <p><a href="/emergency">What to do in an emergency</a></p>
</section>

<section aria-labelledby="keep" class="no-print">
  <h2 id="keep">Keep this</h2>
  <p class="actions">
    <a class="button button-secondary" href="/check/result.json" download="aftercare-result.json">Save a copy of my answers</a>
    <button class="button button-secondary" type="button" data-print hidden>Print</button>
  </p>
  <form method="post" action="/check/restart"><button class="link-button" type="submit">Start again with new answers</button></form>
</section>

<section aria-labelledby="sources" class="sources">
  <h2 id="sources">Where this advice comes from</h2>
  <ul>${cited.map((title) => html`<li>${title}</li>`)}</ul>
  <p>Advice last reviewed on ${reviewed}.</p>
</section>`;
  return page({
    shell: englishShell,
    title: `Result: ${levelName(assessment.level, translator('en'))}`,
    body,
    bodyClass: `page-result result-${assessment.level}`,
  });
}

/**
 * The expected course in one sentence, each date said once: the peak, and when to check again (most often the
 * peak's end, so it is not said twice).
 */
function courseSentence(timeline: FullAssessment['timeline'], timeZone: string): string {
  const worst = `Soreness is usually worst from ${localSpan(timeline.peakFrom, timeline.peakUntil, timeZone)}`;
  if (!timeline.recheckAt) return `${worst}, then it eases.`;
  if (timeline.recheckAt === timeline.peakUntil) return `${worst}, when it should start to ease: check again then.`;
  return `${worst}, then it eases; check again on ${localTime(timeline.recheckAt, timeZone)}.`;
}
