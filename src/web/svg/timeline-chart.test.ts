// The chart of the usual course in the reader's language: its title, legend and text alternative, and its words
// kept inside the drawing however long the language's word is.
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages.ts';
import { timelineChart } from './timeline-chart.ts';

const endedAt = '2026-03-02T17:00:00Z';
const chart = (language: 'en' | 'fr' | 'de', now: string, whose?: 'client') =>
  timelineChart(translator(language), {
    id: 'chart',
    endedAt,
    points: [{ at: now, severity: 4 }],
    now,
    recheckAt: null,
    timeZone: 'Europe/Paris',
    ...(whose ? { whose } : {}),
  }).text;

/** The "now" line's x, and its label's x and anchor. */
const nowOf = (svg: string, word: string) => {
  const line = Number(/class="chart-now" x1="([\d.]+)"/.exec(svg)![1]);
  const label = new RegExp(`<text class="chart-label" x="([\\d.]+)" y="[\\d.]+"( text-anchor="end")?>${word}</text>`).exec(svg)!;
  return { line, label: Number(label[1]), end: Boolean(label[2]) };
};

describe('the chart in the reader’s language', () => {
  it('says its title, legend and summary in French, for the reader’s own pain or a client’s', () => {
    const own = chart('fr', '2026-03-03T09:00:00Z');
    expect(own).toContain('>Votre douleur comparée à l’évolution habituelle après un massage</title>');
    expect(own).toContain('Douleur\u00a0: 4 sur 10 le mar. 3 mars, 10:00.');
    expect(own).toContain('>jours depuis le massage</text>');
    expect(chart('fr', '2026-03-03T09:00:00Z', 'client')).toContain('Points\u00a0: la douleur de votre client ou cliente, de 0 à 10.');
  });

  it('puts "now" after its line early in the course, and before it late, so that "maintenant" is never cut off', () => {
    const early = nowOf(chart('fr', '2026-03-03T09:00:00Z'), 'maintenant');
    expect(early.end).toBe(false);
    expect(early.label).toBeGreaterThan(early.line);
    const late = nowOf(chart('fr', '2026-03-06T20:00:00Z'), 'maintenant');
    expect(late.end).toBe(true);
    expect(late.label).toBeLessThan(late.line);
    expect(nowOf(chart('en', '2026-03-06T20:00:00Z'), 'now').end).toBe(true);
  });
});
