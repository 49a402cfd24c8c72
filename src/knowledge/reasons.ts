// TRIAGE.md's rule tables as data (policy 1's rows; reasons-2.ts has the rows policy 2 adds): each row says when
// it fires, which answers it used, how to explain it, and what the rest of the app shows of it.
import type { Level, ReasonCode, Report1 } from '../contract/types.ts';
import { days, isSharp, localSignsOf, localSignWords, qualityWords, type Evidence, type Situation } from './situation.ts';
import type { SourceId } from './sources.ts';
import type { MessageId } from '../i18n/messages.ts';
import type { Wording } from './wording.ts';

export type { Evidence, Situation } from './situation.ts';

/** What a clinic's dashboard flags besides the level: pressure that may have been too much, and pain not easing. */
export type DashboardFlag = 'pressure' | 'not-easing';

export interface ReasonRule<R extends Report1 = Report1> {
  readonly code: ReasonCode;
  readonly level: Level;
  readonly source: SourceId;
  /** The answers that make the rule fire, or null when it does not. */
  readonly match: (situation: Situation<R>) => Evidence | null;
  /**
   * Why this matters, in plain words: the same for everyone, or built from the answers the rule used (only from
   * them, so that a stored assessment can be worded again in another language).
   */
  readonly explain: MessageId | ((evidence: Evidence) => Wording);
  /** The sign itself, for a list of things to watch for. */
  readonly sign: MessageId;
  /** The sign as the person says it on the phone to an emergency call handler: in their own voice, one sentence. */
  readonly told: MessageId;
  /**
   * On the watch list when it did not fire (TRIAGE.md, Watch for): for everyone, or only for the people it can
   * apply to (a blood thinner's sign for those who take one).
   */
  readonly watch?: true | ((report: R) => boolean);
  /** What to say when getting the care the level asks for (added to that action's words when the rule fires). */
  readonly toSay?: MessageId;
  /**
   * What to do until that care, and when to call the emergency number instead: added to the level's own action like
   * `toSay`, and left out of an emergency call, where it no longer applies.
   */
  readonly meanwhile?: MessageId;
  /**
   * The rule of a sign the person already reported that this one raises to a higher level (TRIAGE.md, Watch for):
   * when both fire, this rule's words on the emergency call stand for both, so the sign is said once.
   */
  readonly raises?: ReasonCode;
  /** The flag a clinic's dashboard raises when this rule fires. */
  readonly dashboardFlag?: DashboardFlag;
}

export const policy1Rules: readonly ReasonRule[] = [
  // emergency
  {
    code: 'bladder-bowel-control-loss',
    watch: true,
    level: 'emergency',
    source: 'seed:warning-signs',
    match: ({ report: { bladderBowel } }) =>
      bladderBowel.bladderControlLoss || bladderBowel.bowelControlLoss
        ? {
            'bladderBowel.bladderControlLoss': bladderBowel.bladderControlLoss,
            'bladderBowel.bowelControlLoss': bladderBowel.bowelControlLoss,
          }
        : null,
    explain: (e) => [
      'engine.reason.bladder-bowel-control-loss.explain',
      {
        organ:
          e['bladderBowel.bladderControlLoss'] && e['bladderBowel.bowelControlLoss']
            ? 'both'
            : e['bladderBowel.bladderControlLoss']
              ? 'bladder'
              : 'bowels',
      },
    ],
    sign: 'engine.reason.bladder-bowel-control-loss.sign',
    told: 'engine.reason.bladder-bowel-control-loss.told',
  },
  {
    code: 'urinary-retention',
    watch: true,
    level: 'emergency',
    source: 'guideline:cauda-equina',
    match: ({ report: { bladderBowel } }) => (bladderBowel.difficultyUrinating ? { 'bladderBowel.difficultyUrinating': true } : null),
    explain: 'engine.reason.urinary-retention.explain',
    sign: 'engine.reason.urinary-retention.sign',
    told: 'engine.reason.urinary-retention.told',
  },
  {
    code: 'saddle-numbness',
    watch: true,
    level: 'emergency',
    source: 'guideline:cauda-equina',
    match: ({ report: { nerve } }) => (nerve.saddleNumbness ? { 'nerve.saddleNumbness': true } : null),
    explain: 'engine.reason.saddle-numbness.explain',
    sign: 'engine.reason.saddle-numbness.sign',
    told: 'engine.reason.saddle-numbness.told',
  },
  {
    code: 'weakness-both-legs',
    watch: true,
    level: 'emergency',
    source: 'guideline:cauda-equina',
    match: ({ report: { nerve } }) => (nerve.legWeakness === 'both-legs' ? { 'nerve.legWeakness': nerve.legWeakness } : null),
    explain: 'engine.reason.weakness-both-legs.explain',
    sign: 'engine.reason.weakness-both-legs.sign',
    told: 'engine.reason.weakness-both-legs.told',
  },
  // urgent
  {
    code: 'weakness-one-leg',
    watch: true,
    level: 'urgent',
    source: 'guideline:nice-ng59',
    match: ({ report: { nerve } }) => (nerve.legWeakness === 'one-leg' ? { 'nerve.legWeakness': nerve.legWeakness } : null),
    explain: 'engine.reason.weakness-one-leg.explain',
    sign: 'engine.reason.weakness-one-leg.sign',
    told: 'engine.reason.weakness-one-leg.told',
  },
  {
    code: 'persistent-numbness',
    watch: true,
    level: 'urgent',
    source: 'seed:warning-signs',
    match: ({ report: { nerve } }) => (nerve.numbness === 'persistent' ? { 'nerve.numbness': nerve.numbness } : null),
    explain: 'engine.reason.persistent-numbness.explain',
    sign: 'engine.reason.persistent-numbness.sign',
    told: 'engine.reason.persistent-numbness.told',
  },
  {
    code: 'persistent-tingling',
    watch: true,
    level: 'urgent',
    source: 'seed:warning-signs',
    match: ({ report: { nerve } }) => (nerve.tingling === 'persistent' ? { 'nerve.tingling': nerve.tingling } : null),
    explain: 'engine.reason.persistent-tingling.explain',
    sign: 'engine.reason.persistent-tingling.sign',
    told: 'engine.reason.persistent-tingling.told',
  },
  {
    code: 'fever',
    watch: true,
    level: 'urgent',
    source: 'guideline:nice-ng59',
    match: ({ report: { general } }) => (general.fever ? { 'general.fever': true } : null),
    explain: 'engine.reason.fever.explain',
    sign: 'engine.reason.fever.sign',
    told: 'engine.reason.fever.told',
  },
  {
    code: 'recent-injury',
    watch: true,
    level: 'urgent',
    source: 'guideline:nice-ng59',
    match: ({ report: { general } }) => (general.recentFallOrInjury ? { 'general.recentFallOrInjury': true } : null),
    explain: 'engine.reason.recent-injury.explain',
    sign: 'engine.reason.recent-injury.sign',
    told: 'engine.reason.recent-injury.told',
  },
  // see-clinician
  {
    code: 'sharp-pain',
    watch: true,
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report: { pain } }) => (pain.qualities.some(isSharp) ? { 'pain.qualities': pain.qualities.filter(isSharp) } : null),
    explain: (e) => ['engine.reason.sharp-pain.explain', { qualities: (e['pain.qualities'] as readonly string[]).map(qualityWords) }],
    sign: 'engine.reason.sharp-pain.sign',
    told: 'engine.reason.sharp-pain.told',
  },
  {
    code: 'pain-down-leg',
    watch: true,
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report: { pain } }) =>
      pain.radiation === 'thigh' || pain.radiation === 'below-knee' ? { 'pain.radiation': pain.radiation } : null,
    explain: (e) => ['engine.reason.pain-down-leg.explain', { radiation: e['pain.radiation'] as string }],
    sign: 'engine.reason.pain-down-leg.sign',
    told: 'engine.reason.pain-down-leg.told',
  },
  {
    code: 'intermittent-numbness',
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report: { nerve } }) => (nerve.numbness === 'comes-and-goes' ? { 'nerve.numbness': nerve.numbness } : null),
    explain: 'engine.reason.intermittent-numbness.explain',
    sign: 'engine.reason.intermittent-numbness.sign',
    told: 'engine.reason.intermittent-numbness.told',
  },
  {
    code: 'local-signs-not-improving',
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report, hours }) => {
      if (hours < 72 || report.pain.trend === 'better') return null;
      const signs = localSignsOf(report);
      return signs.length > 0 ? { hoursSinceMassage: hours, 'pain.trend': report.pain.trend, localSigns: signs } : null;
    },
    explain: (e) => [
      'engine.reason.local-signs-not-improving.explain',
      {
        days: days(e.hoursSinceMassage as number),
        signs: (e.localSigns as readonly string[]).map(localSignWords),
        count: (e.localSigns as readonly string[]).length,
      },
    ],
    sign: 'engine.reason.local-signs-not-improving.sign',
    told: 'engine.reason.local-signs-not-improving.told',
    dashboardFlag: 'not-easing',
  },
  {
    code: 'not-easing',
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report: { pain }, hours }) =>
      hours >= 72 && (pain.trend === 'same' || pain.trend === 'worse') && pain.severity >= 1
        ? { hoursSinceMassage: hours, 'pain.trend': pain.trend, 'pain.severity': pain.severity }
        : null,
    explain: (e) => ['engine.reason.not-easing.explain', { days: days(e.hoursSinceMassage as number), trend: e['pain.trend'] as string }],
    sign: 'engine.reason.not-easing.sign',
    told: 'engine.reason.not-easing.told',
    dashboardFlag: 'not-easing',
  },
  {
    code: 'persisting-past-week',
    level: 'see-clinician',
    source: 'guideline:doms-duration',
    match: ({ report: { pain }, hours }) =>
      hours > 168 && pain.severity >= 4 ? { hoursSinceMassage: hours, 'pain.severity': pain.severity } : null,
    explain: (e) => ['engine.reason.persisting-past-week.explain', { severity: e['pain.severity'] as number }],
    sign: 'engine.reason.persisting-past-week.sign',
    told: 'engine.reason.persisting-past-week.told',
  },
  {
    code: 'bruising-on-blood-thinners',
    level: 'see-clinician',
    source: 'guideline:nice-ng59',
    match: ({ report: { localSigns, general } }) =>
      localSigns.bruising && general.bloodThinners ? { 'localSigns.bruising': true, 'general.bloodThinners': true } : null,
    explain: 'engine.reason.bruising-on-blood-thinners.explain',
    sign: 'engine.reason.bruising-on-blood-thinners.sign',
    told: 'engine.reason.bruising-on-blood-thinners.told',
  },
  {
    code: 'severe-pain',
    level: 'see-clinician',
    source: 'guideline:nhs-back-pain',
    match: ({ report: { pain } }) => (pain.severity >= 9 ? { 'pain.severity': pain.severity } : null),
    explain: (e) => ['engine.reason.severe-pain.explain', { severity: e['pain.severity'] as number }],
    sign: 'engine.reason.severe-pain.sign',
    told: 'engine.reason.severe-pain.told',
  },
];

/** The reason given when no rule fires. */
export const expectedSoreness: ReasonRule = {
  code: 'expected-soreness',
  level: 'self-care',
  source: 'seed:physiology',
  match: () => ({}),
  explain: 'engine.reason.expected-soreness.explain',
  sign: 'engine.reason.expected-soreness.sign',
  told: 'engine.reason.expected-soreness.told',
};

/** A rule's explanation for the answers it used, in no language yet. */
export const explanationOf = (rule: Pick<ReasonRule, 'explain'>, evidence: Evidence): Wording =>
  typeof rule.explain === 'string' ? rule.explain : rule.explain(evidence);
