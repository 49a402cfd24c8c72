// The days after a massage as an SVG drawn on the server: the usual course, the 24–72 h peak, now, and when to check again.
import type { Translator } from '../../i18n/messages.ts';
import { severityOf, type CheckInAtAGlance } from '../../store/diaries.ts';
import { html, type Markup } from '../html.ts';
import { localTimes } from '../local-time.ts';

const hour = 3_600_000;

export interface ChartPoint {
  readonly at: string;
  readonly severity: number;
  readonly label?: string;
}

/** A diary's check-ins as the chart's points: each with a pain score (one that stopped at an emergency answer has none). */
export const painPoints = (t: Translator, checkIns: readonly CheckInAtAGlance[]): ChartPoint[] =>
  checkIns.flatMap((c) => {
    const severity = severityOf(c);
    return severity === undefined
      ? []
      : [{ at: c.reportedAt.toISOString(), severity, label: t('pages.chart.checkInPain', { seq: c.seq }) }];
  });

/** A check-in's pain score in a table: the score, or why there is none. */
export const painCell = (t: Translator, checkIn: CheckInAtAGlance): string => {
  const severity = severityOf(checkIn);
  return severity === undefined ? t('pages.chart.notAsked') : `${severity}/10`;
};

export interface ChartInput {
  readonly id: string;
  readonly endedAt: string;
  readonly points: readonly ChartPoint[];
  /** The page's own time (the server's now), where the "now" line is drawn: not the latest check-in. */
  readonly now: string;
  readonly recheckAt: string | null;
  readonly timeZone: string;
  /** Whose pain the dots are: the reader's own (the default), or, on a therapist's page, their client's. */
  readonly whose?: 'own' | 'client';
  /** Whether the summary is also shown under the chart (the result says the course in a sentence of its own). */
  readonly caption?: boolean;
}

/** The usual shape of soreness after a massage, by hours since it ended: it builds, peaks between 24 and 72 h, then fades. */
export const usualCourse: readonly (readonly [hours: number, share: number])[] = [
  [0, 0.25],
  [12, 0.6],
  [24, 0.9],
  [48, 1],
  [72, 0.85],
  [96, 0.5],
  [120, 0.25],
  [168, 0.05],
  [240, 0],
];

// Drawn small, so that its words stay readable where it is drawn smallest: 14 units a letter at 360 units wide
// is 12.8 CSS px on a 360 px phone's 330 px column (the stylesheet caps its width, so it never grows past 17 px).
const width = 360;
const height = 220;
const left = 30;
const right = 12;
const top = 14;
const bottom = 40;

/**
 * "now" beside its line, on the side with room: after it in the left half, before it in the right half, so that a
 * longer word than English's ("maintenant") is never cut off at the chart's edge.
 */
const nowLabel = (at: number, y: number, words: string) =>
  at > width / 2
    ? html`<text class="chart-label" x="${at - 4}" y="${y}" text-anchor="end">${words}</text>`
    : html`<text class="chart-label" x="${at + 4}" y="${y}">${words}</text>`;

export function timelineChart(t: Translator, input: ChartInput): Markup {
  const ended = Date.parse(input.endedAt);
  const hoursOf = (instant: string) => (Date.parse(instant) - ended) / hour;
  const latest = Math.max(hoursOf(input.now), input.recheckAt ? hoursOf(input.recheckAt) : 0, ...input.points.map((p) => hoursOf(p.at)));
  const span = Math.min(31 * 24, Math.max(120, Math.ceil((latest + 12) / 24) * 24));
  const x = (hours: number) => left + (Math.min(Math.max(hours, 0), span) / span) * (width - left - right);
  const y = (severity: number) => top + (1 - severity / 10) * (height - top - bottom);
  const course = usualCourse
    .filter(([h]) => h <= span)
    .map(([h, share]) => `${x(h).toFixed(1)},${y(share * 6).toFixed(1)}`)
    .join(' ');
  const dayStep = span > 360 ? 7 : span > 120 ? 2 : 1;
  const days = Array.from({ length: Math.floor(span / 24 / dayStep) + 1 }, (_, k) => k * dayStep);
  const when = localTimes(t, input.timeZone).at;
  const summary = [
    t('pages.chart.peakSummary', { from: when(ended + 24 * hour), until: when(ended + 72 * hour) }),
    ...input.points.map((p) => t('pages.chart.point', { label: p.label ?? t('pages.chart.pain'), severity: p.severity, time: when(p.at) })),
    input.recheckAt ? t('pages.chart.checkAgain', { time: when(input.recheckAt) }) : '',
  ].join(' ');
  const whose = input.whose ?? 'own';
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc" focusable="false">
  <title id="${input.id}-title">${t('pages.chart.title', { whose })}</title>
  <desc id="${input.id}-desc">${summary}</desc>
  <rect class="chart-peak" x="${x(24)}" y="${top}" width="${x(72) - x(24)}" height="${height - top - bottom}"/>
  <text class="chart-label" x="${(x(24) + x(72)) / 2}" y="${top + 14}" text-anchor="middle">${t('pages.chart.peak')}</text>
  ${[0, 5, 10].map((s) => html`<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${y(s)}" y2="${y(s)}"/><text class="chart-axis" x="${left - 8}" y="${y(s) + 4}" text-anchor="end">${s}</text>`)}
  ${days.map((d) => html`<line class="chart-tick" x1="${x(d * 24)}" x2="${x(d * 24)}" y1="${height - bottom}" y2="${height - bottom + 5}"/><text class="chart-axis" x="${x(d * 24)}" y="${height - bottom + 18}" text-anchor="middle">${d}</text>`)}
  <text class="chart-axis" x="${(left + width - right) / 2}" y="${height - 4}" text-anchor="middle">${t('pages.chart.days')}</text>
  <polyline class="chart-course" points="${course}"/>
  <line class="chart-now" x1="${x(hoursOf(input.now))}" x2="${x(hoursOf(input.now))}" y1="${top}" y2="${height - bottom}"/>
  ${nowLabel(x(hoursOf(input.now)), height - bottom - 6, t('pages.chart.now'))}
  ${
    input.recheckAt
      ? html`<line class="chart-recheck" x1="${x(hoursOf(input.recheckAt))}" x2="${x(hoursOf(input.recheckAt))}" y1="${top}" y2="${height - bottom}"/><text class="chart-label" x="${x(hoursOf(input.recheckAt)) - 4}" y="${top + 30}" text-anchor="end">${t('pages.chart.check')}</text>`
      : ''
  }
  ${input.points.length > 1 ? html`<polyline class="chart-pain-line" points="${input.points.map((p) => `${x(hoursOf(p.at)).toFixed(1)},${y(p.severity).toFixed(1)}`).join(' ')}"/>` : ''}
  ${input.points.map((p) => html`<circle class="chart-pain" cx="${x(hoursOf(p.at))}" cy="${y(p.severity)}" r="5"/>`)}
</svg>
<p class="chart-legend" aria-hidden="true">${t('pages.chart.legend', { whose })}</p>
${input.caption === false ? '' : html`<figcaption>${summary}</figcaption>`}
</figure>`;
}
