// Reports for tests: a calm base report to vary one answer at a time, and fast-check arbitraries for any valid report.
import fc from 'fast-check';
import type { Report1, Report2, Report3 } from '../../src/contract/types.ts';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

function merged<R>(base: R, changes: object): R {
  const out = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
  for (const [key, value] of Object.entries(changes)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) out[key] = { ...out[key], ...value };
    else (out as Record<string, unknown>)[key] = value;
  }
  return out as unknown as R;
}

/** Policy 1's report: deep tissue massage at 17:00 UTC on 2 March 2026, reported `hours` later, nothing alarming. */
export function report1(changes: DeepPartial<Report1> = {}, hours = 16): Report1 {
  const ended = Date.parse('2026-03-02T17:00:00Z');
  const base: Report1 = {
    massage: { endedAt: new Date(ended).toISOString(), style: 'deep-tissue', pressure: 'firm', sharpPainDuring: false },
    reportedAt: new Date(ended + hours * 3_600_000).toISOString(),
    pain: { severity: 4, qualities: ['dull-ache'], extent: 'widespread', regions: [], radiation: 'none', trend: 'same' },
    nerve: { numbness: 'none', tingling: 'none', legWeakness: 'none', saddleNumbness: false },
    bladderBowel: { bladderControlLoss: false, bowelControlLoss: false, difficultyUrinating: false },
    localSigns: { swelling: false, bruising: false },
    general: { fever: false, recentFallOrInjury: false, bloodThinners: false },
  };
  return merged(base, changes);
}

/** Policy 2's report: the same, with "None of these" ticked on the tick-list and no follow-up (none is needed). */
export function report(changes: DeepPartial<Report2> = {}, hours = 16): Report2 {
  const base = report1({}, hours);
  return merged<Report2>(
    {
      ...base,
      bladderBowel: { ...base.bladderBowel, brownUrine: false, bloodInUrine: false },
      general: { ...base.general, breathlessOrChestPain: false, oneLegSwollen: false },
    },
    changes,
  );
}

/** A check-in's answers: a report without its massage and its time (the diary has the one, the server the other). */
export const checkInAnswers = <R extends Report2>({ pain, nerve, bladderBowel, localSigns, general }: R) => ({
  pain,
  nerve,
  bladderBowel,
  localSigns,
  general,
});

/** A diary API check-in (a report without its massage) as the JSON body the API takes, with the report's time. */
export const checkInBody = (r: Report2 = report()): string => JSON.stringify({ ...checkInAnswers(r), reportedAt: r.reportedAt });

/** Policy 3's report: policy 2's, with the two new tick-list items unticked and "Neither" on the bleeding question. */
export function report3(changes: DeepPartial<Report3> = {}, hours = 16): Report3 {
  const base = report({}, hours);
  return merged<Report3>(
    { ...base, general: { ...base.general, suddenSidePain: false, faintOrPale: false, bleedingTendency: false } },
    changes,
  );
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
export const anyReport1: fc.Arbitrary<Report1> = fc
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
    const massage: Report1['massage'] = { endedAt: withOffset(r.endedAt, r.endOffset), sharpPainDuring: r.sharpPainDuring };
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
    } satisfies Report1;
  });

/** One red-flag answer (an emergency or urgent sign) applied to a report. */
export const redFlags: readonly { name: string; apply: <R extends Report1>(r: R) => R }[] = [
  { name: 'bladder control loss', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, bladderControlLoss: true } }) },
  { name: 'bowel control loss', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, bowelControlLoss: true } }) },
  { name: 'difficulty urinating', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, difficultyUrinating: true } }) },
  { name: 'saddle numbness', apply: (r) => ({ ...r, nerve: { ...r.nerve, saddleNumbness: true } }) },
  { name: 'weakness in both legs', apply: (r) => ({ ...r, nerve: { ...r.nerve, legWeakness: 'both-legs' } }) },
  {
    name: 'weakness in one leg',
    apply: (r) => ({ ...r, nerve: { ...r.nerve, legWeakness: r.nerve.legWeakness === 'both-legs' ? 'both-legs' : 'one-leg' } }),
  },
  { name: 'persistent numbness', apply: (r) => ({ ...r, nerve: { ...r.nerve, numbness: 'persistent' } }) },
  { name: 'persistent tingling', apply: (r) => ({ ...r, nerve: { ...r.nerve, tingling: 'persistent' } }) },
  { name: 'fever', apply: (r) => ({ ...r, general: { ...r.general, fever: true } }) },
  { name: 'fall or injury', apply: (r) => ({ ...r, general: { ...r.general, recentFallOrInjury: true } }) },
];

const followUpFields = {
  bothLegs: fc.boolean(),
  aged70OrOver: fc.boolean(),
  fragileBones: fc.boolean(),
  cancer: fc.boolean(),
  nightPainPreventsSleep: fc.boolean(),
};

/**
 * Any policy-2 report the contract accepts: the tick-list's answers, and each follow-up given or left out
 * (`allFollowUps` gives every one, so that none the policy needs is missing).
 */
export function anyReport2(allFollowUps = false): fc.Arbitrary<Report2> {
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => (allFollowUps ? arbitrary : fc.option(arbitrary, { nil: undefined }));
  return fc
    .record({
      base: anyReport1,
      brownUrine: fc.boolean(),
      bloodInUrine: fc.boolean(),
      breathlessOrChestPain: fc.boolean(),
      oneLegSwollen: fc.boolean(),
      bothLegs: maybe(followUpFields.bothLegs),
      aged70OrOver: maybe(followUpFields.aged70OrOver),
      fragileBones: maybe(followUpFields.fragileBones),
      cancer: maybe(followUpFields.cancer),
      nightPainPreventsSleep: maybe(followUpFields.nightPainPreventsSleep),
    })
    .map((r) => {
      const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
      const history = defined({ aged70OrOver: r.aged70OrOver, fragileBones: r.fragileBones, cancer: r.cancer });
      return {
        ...r.base,
        pain: { ...r.base.pain, ...defined({ nightPainPreventsSleep: r.nightPainPreventsSleep }) },
        nerve: { ...r.base.nerve, ...defined({ bothLegs: r.bothLegs }) },
        bladderBowel: { ...r.base.bladderBowel, brownUrine: r.brownUrine, bloodInUrine: r.bloodInUrine },
        general: { ...r.base.general, breathlessOrChestPain: r.breathlessOrChestPain, oneLegSwollen: r.oneLegSwollen },
        ...(Object.keys(history).length ? { history } : {}),
      };
    });
}

/** Every policy-2 report with every follow-up given: never refused for a missing one. */
export const anyReport = anyReport2(true);

/** Policy 2's new signs, each applied to a report. */
export const newSigns: readonly { name: string; apply: (r: Report2) => Report2 }[] = [
  { name: 'breathless or chest pain', apply: (r) => ({ ...r, general: { ...r.general, breathlessOrChestPain: true } }) },
  { name: 'brown urine', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, brownUrine: true } }) },
  { name: 'blood in urine', apply: (r) => ({ ...r, bladderBowel: { ...r.bladderBowel, bloodInUrine: true } }) },
  { name: 'one leg swollen', apply: (r) => ({ ...r, general: { ...r.general, oneLegSwollen: true } }) },
  { name: 'both legs', apply: (r) => ({ ...r, nerve: { ...r.nerve, bothLegs: true } }) },
];

/** Policy 3's three up-front answers and five follow-ups on any policy-2 report; follow-ups given or not (`allFollowUps`). */
export function anyReport3(allFollowUps = false): fc.Arbitrary<Report3> {
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => (allFollowUps ? arbitrary : fc.option(arbitrary, { nil: undefined }));
  return fc
    .record({
      base: anyReport2(allFollowUps),
      suddenSidePain: fc.boolean(),
      faintOrPale: fc.boolean(),
      bleedingTendency: fc.boolean(),
      redUrineAfterPressure: maybe(fc.boolean()),
      veryUnwell: maybe(fc.boolean()),
      littleOrNoUrine: maybe(fc.boolean()),
      musclesVeryPainfulOrWeak: maybe(fc.boolean()),
      seriousAccident: maybe(fc.boolean()),
    })
    .map((r) => {
      const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
      return {
        ...r.base,
        bladderBowel: {
          ...r.base.bladderBowel,
          ...defined({ redUrineAfterPressure: r.redUrineAfterPressure, littleOrNoUrine: r.littleOrNoUrine }),
        },
        general: {
          ...r.base.general,
          suddenSidePain: r.suddenSidePain,
          faintOrPale: r.faintOrPale,
          bleedingTendency: r.bleedingTendency,
          ...defined({
            veryUnwell: r.veryUnwell,
            musclesVeryPainfulOrWeak: r.musclesVeryPainfulOrWeak,
            seriousAccident: r.seriousAccident,
          }),
        },
      };
    });
}

/** A policy-2 report as policy 3 reads it when every answer policy 3 adds is "no" (follow-ups given as no where asked). */
export function withPolicy3No(r: Report2): Report3 {
  const no = (asked: boolean) => (asked ? false : undefined);
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const unwellAsked = r.bladderBowel.brownUrine || r.general.fever;
  return {
    ...r,
    bladderBowel: {
      ...r.bladderBowel,
      ...defined({ redUrineAfterPressure: no(r.bladderBowel.bloodInUrine), littleOrNoUrine: no(unwellAsked) }),
    },
    general: {
      ...r.general,
      suddenSidePain: false,
      faintOrPale: false,
      bleedingTendency: false,
      ...defined({
        veryUnwell: no(unwellAsked),
        musclesVeryPainfulOrWeak: no(unwellAsked),
        seriousAccident: no(r.general.recentFallOrInjury),
      }),
    },
  };
}
