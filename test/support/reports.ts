// Reports for tests: a calm base report to vary one answer at a time, and fast-check arbitraries for any valid report.
import fc from 'fast-check';
import type { Report } from '../../src/contract/types.ts';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Deep tissue massage at 17:00 UTC on 2 March 2026, reported `hours` later, nothing alarming. */
export function report(changes: DeepPartial<Report> = {}, hours = 16): Report {
  const ended = Date.parse('2026-03-02T17:00:00Z');
  const base: Report = {
    massage: { endedAt: new Date(ended).toISOString(), style: 'deep-tissue', pressure: 'firm', sharpPainDuring: false },
    reportedAt: new Date(ended + hours * 3_600_000).toISOString(),
    pain: { severity: 4, qualities: ['dull-ache'], extent: 'widespread', regions: [], radiation: 'none', trend: 'same' },
    nerve: { numbness: 'none', tingling: 'none', legWeakness: 'none', saddleNumbness: false },
    bladderBowel: { bladderControlLoss: false, bowelControlLoss: false, difficultyUrinating: false },
    localSigns: { swelling: false, bruising: false },
    general: { fever: false, recentFallOrInjury: false, bloodThinners: false },
  };
  const merged = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
  for (const [key, value] of Object.entries(changes)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) merged[key] = { ...merged[key], ...value };
    else (merged as Record<string, unknown>)[key] = value;
  }
  return merged as unknown as Report;
}

const regions = ['quadratus-lumborum', 'psoas', 'erector-spinae', 'sacroiliac-joint'] as const;
const qualities = ['dull-ache', 'stiffness', 'tenderness', 'sharp', 'shooting', 'electric', 'burning'] as const;
const persistence = ['none', 'comes-and-goes', 'persistent'] as const;
const subset = <T>(items: readonly T[]) => fc.subarray([...items]);

const start = Date.parse('2025-01-01T00:00:00Z');
const offsets = ['Z', '+00:00', '+01:00', '-05:00', '+05:30', '+13:45', '-09:30'];

function withOffset(ms: number, offset: string): string {
  if (offset === 'Z') return new Date(ms).toISOString();
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return new Date(ms + minutes * 60_000).toISOString().replace('Z', offset);
}

/** Any report the contract accepts, within the 30 days the policy covers (boundaries included). */
export const anyReport: fc.Arbitrary<Report> = fc
  .record({
    endedAt: fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }).map((minutes) => start + minutes * 60_000),
    afterMs: fc.oneof(
      fc.integer({ min: 0, max: 720 * 3_600_000 }),
      fc.constantFrom(0, 48, 72, 168, 720).map((h) => h * 3_600_000),
    ),
    endOffset: fc.constantFrom(...offsets),
    reportOffset: fc.constantFrom(...offsets),
    style: fc.option(fc.constantFrom('deep-tissue', 'sports', 'swedish', 'trigger-point', 'myofascial', 'other'), { nil: undefined }),
    pressure: fc.option(fc.constantFrom('light', 'moderate', 'firm'), { nil: undefined }),
    areasWorked: fc.option(subset(regions), { nil: undefined }),
    sharpPainDuring: fc.boolean(),
    pain: fc.record({
      severity: fc.integer({ min: 0, max: 10 }),
      qualities: subset(qualities),
      extent: fc.constantFrom('widespread', 'localized'),
      regions: fc.option(subset(regions), { nil: undefined }),
      radiation: fc.constantFrom('none', 'buttock', 'thigh', 'below-knee'),
      trend: fc.constantFrom('better', 'same', 'worse'),
    }),
    nerve: fc.record({
      numbness: fc.constantFrom(...persistence),
      tingling: fc.constantFrom(...persistence),
      legWeakness: fc.constantFrom('none', 'one-leg', 'both-legs'),
      saddleNumbness: fc.boolean(),
    }),
    bladderBowel: fc.record({ bladderControlLoss: fc.boolean(), bowelControlLoss: fc.boolean(), difficultyUrinating: fc.boolean() }),
    localSigns: fc.record({ swelling: fc.boolean(), bruising: fc.boolean() }),
    general: fc.record({ fever: fc.boolean(), recentFallOrInjury: fc.boolean(), bloodThinners: fc.boolean() }),
  })
  .map((r) => {
    const massage: Report['massage'] = { endedAt: withOffset(r.endedAt, r.endOffset), sharpPainDuring: r.sharpPainDuring };
    if (r.style) massage.style = r.style;
    if (r.pressure) massage.pressure = r.pressure;
    if (r.areasWorked) massage.areasWorked = r.areasWorked;
    const { regions: painRegions, ...pain } = r.pain;
    return {
      massage,
      reportedAt: withOffset(r.endedAt + r.afterMs, r.reportOffset),
      pain: painRegions ? { ...pain, regions: painRegions } : pain,
      nerve: r.nerve,
      bladderBowel: r.bladderBowel,
      localSigns: r.localSigns,
      general: r.general,
    } satisfies Report;
  });

/** One red-flag answer (an emergency or urgent sign) applied to a report. */
export const redFlags: readonly { name: string; apply: (r: Report) => Report }[] = [
  { name: 'bladder control loss', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, bladderControlLoss: true } }) },
  { name: 'bowel control loss', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, bowelControlLoss: true } }) },
  { name: 'difficulty urinating', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, difficultyUrinating: true } }) },
  { name: 'saddle numbness', apply: (r) => ({ ...r, nerve: { ...r.nerve, saddleNumbness: true } }) },
  { name: 'weakness in both legs', apply: (r) => ({ ...r, nerve: { ...r.nerve, legWeakness: 'both-legs' } }) },
  { name: 'weakness in one leg', apply: (r) => ({ ...r, nerve: { ...r.nerve, legWeakness: r.nerve.legWeakness === 'both-legs' ? 'both-legs' : 'one-leg' } }) },
  { name: 'persistent numbness', apply: (r) => ({ ...r, nerve: { ...r.nerve, numbness: 'persistent' } }) },
  { name: 'persistent tingling', apply: (r) => ({ ...r, nerve: { ...r.nerve, tingling: 'persistent' } }) },
  { name: 'fever', apply: (r) => ({ ...r, general: { ...r.general, fever: true } }) },
  { name: 'fall or injury', apply: (r) => ({ ...r, general: { ...r.general, recentFallOrInjury: true } }) },
];
