// TRIAGE.md's rule tables as data (policy 1's rows; reasons-2.ts has the rows policy 2 adds): each row says when
// it fires, which answers it used, how to explain it, and what the rest of the app shows of it.
import type { Level, ReasonCode, Report1 } from '../contract/types.ts';
import { days, isSharp, listed, localSignsOf, type Evidence, type Situation } from './situation.ts';
import type { SourceId } from './sources.ts';

export type { Evidence, Situation } from './situation.ts';

/** What a clinic's dashboard flags besides the level: pressure that may have been too much, and pain not easing. */
export type DashboardFlag = 'pressure' | 'not-easing';

export interface ReasonRule<R extends Report1 = Report1> {
  readonly code: ReasonCode;
  readonly level: Level;
  readonly source: SourceId;
  /** The answers that make the rule fire, or null when it does not. */
  readonly match: (situation: Situation<R>) => Evidence | null;
  /** Why this matters, in plain words: the same for everyone, or built from the answers the rule used. */
  readonly explain: string | ((evidence: Evidence) => string);
  /** The sign itself, for a list of things to watch for. */
  readonly sign: string;
  /** The sign as the person says it on the phone to an emergency call handler: in their own voice. */
  readonly told: string;
  /**
   * On the watch list when it did not fire (TRIAGE.md, Watch for): for everyone, or only for the people it can
   * apply to (a blood thinner's sign for those who take one).
   */
  readonly watch?: true | ((report: R) => boolean);
  /** What to say when getting the care the level asks for (added to that action's words when the rule fires). */
  readonly toSay?: string;
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
    explain: (e) =>
      `You said you have lost control of your ${e['bladderBowel.bladderControlLoss'] && e['bladderBowel.bowelControlLoss'] ? 'bladder and bowels' : e['bladderBowel.bladderControlLoss'] ? 'bladder' : 'bowels'}. ` +
      'Together with back pain, this can mean the nerves at the bottom of the spine are being squeezed. Hospital staff need to check this straight away.',
    sign: 'Losing control of your bladder or bowels',
    told: 'I have lost control of my bladder or bowels',
  },
  {
    code: 'urinary-retention',
    watch: true,
    level: 'emergency',
    source: 'guideline:cauda-equina',
    match: ({ report: { bladderBowel } }) => (bladderBowel.difficultyUrinating ? { 'bladderBowel.difficultyUrinating': true } : null),
    explain:
      'You said you cannot pass urine, or cannot start or feel the flow. Together with back pain, this can mean the nerves at the bottom of the spine are under pressure. Hospital staff need to check this straight away.',
    sign: 'Not being able to pee, or not feeling it when you do',
    told: 'I cannot pee, or I cannot feel it when I do',
  },
  {
    code: 'saddle-numbness',
    watch: true,
    level: 'emergency',
    source: 'guideline:cauda-equina',
    match: ({ report: { nerve } }) => (nerve.saddleNumbness ? { 'nerve.saddleNumbness': true } : null),
    explain:
      'You said you feel numb between your legs or around your bottom. This can mean the nerves at the bottom of the spine are under pressure. Hospital staff need to check this straight away.',
    sign: 'Numbness between your legs or around your bottom',
    told: 'I feel numb between my legs or around my bottom',
  },
  {
    code: 'weakness-both-legs',
    watch: true,
    level: 'emergency',
    source: 'guideline:cauda-equina',
    match: ({ report: { nerve } }) => (nerve.legWeakness === 'both-legs' ? { 'nerve.legWeakness': nerve.legWeakness } : null),
    explain:
      'You said both of your legs feel weak. Weakness in both legs can mean nerves in the lower back are being pressed on. This needs help straight away.',
    sign: 'Both legs feeling weak',
    told: 'Both my legs feel weak',
  },
  // urgent
  {
    code: 'weakness-one-leg',
    watch: true,
    level: 'urgent',
    source: 'guideline:nice-ng59',
    match: ({ report: { nerve } }) => (nerve.legWeakness === 'one-leg' ? { 'nerve.legWeakness': nerve.legWeakness } : null),
    explain: 'You said one leg feels weak. This can mean a nerve in the lower back is being pressed on. A doctor should check it today.',
    sign: 'One leg feeling weak, or a foot that drags or slaps',
    told: 'One of my legs feels weak',
  },
  {
    code: 'persistent-numbness',
    watch: true,
    level: 'urgent',
    source: 'seed:warning-signs',
    match: ({ report: { nerve } }) => (nerve.numbness === 'persistent' ? { 'nerve.numbness': nerve.numbness } : null),
    explain:
      'You said your leg or foot feels numb all the time. Numbness that stays can mean a nerve is being pressed on. A doctor should check it today.',
    sign: 'Numbness in a leg or foot that does not go away',
    told: 'My leg or foot is numb all the time',
  },
  {
    code: 'persistent-tingling',
    watch: true,
    level: 'urgent',
    source: 'seed:warning-signs',
    match: ({ report: { nerve } }) => (nerve.tingling === 'persistent' ? { 'nerve.tingling': nerve.tingling } : null),
    explain:
      'You said you have pins and needles in your leg or foot all the time. Tingling that stays can mean a nerve is being pressed on. A doctor should check it today.',
    sign: 'Pins and needles in a leg or foot that do not go away',
    told: 'I have pins and needles in my leg or foot all the time',
  },
  {
    code: 'fever',
    watch: true,
    level: 'urgent',
    source: 'guideline:nice-ng59',
    match: ({ report: { general } }) => (general.fever ? { 'general.fever': true } : null),
    explain:
      'You said you have a fever. Back pain with a high temperature is not a usual result of a massage and can be a sign of an infection. A doctor should check it today.',
    sign: 'A fever (a temperature of 38 °C or more, or feeling hot and shivery)',
    told: 'I have a fever',
  },
  {
    code: 'recent-injury',
    watch: true,
    level: 'urgent',
    source: 'guideline:nice-ng59',
    match: ({ report: { general } }) => (general.recentFallOrInjury ? { 'general.recentFallOrInjury': true } : null),
    explain:
      'You said you had a fall or a knock to your back, apart from the massage. A doctor should check today that nothing was injured.',
    sign: 'A fall or a knock to your back',
    told: 'I had a fall or a knock to my back',
  },
  // see-clinician
  {
    code: 'sharp-pain',
    watch: true,
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report: { pain } }) => (pain.qualities.some(isSharp) ? { 'pain.qualities': pain.qualities.filter(isSharp) } : null),
    explain: (e) =>
      `You described the pain as ${listed(e['pain.qualities'] as readonly string[])}. Soreness after a massage is usually a dull ache. ` +
      'Pain like this can come from a strained muscle or an irritated nerve, so it is worth having it looked at.',
    sign: 'Pain that is sharp, shooting or like an electric shock',
    told: 'The pain is sharp or shooting',
  },
  {
    code: 'pain-down-leg',
    watch: true,
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report: { pain } }) =>
      pain.radiation === 'thigh' || pain.radiation === 'below-knee' ? { 'pain.radiation': pain.radiation } : null,
    explain: (e) =>
      `You said the pain travels down ${e['pain.radiation'] === 'thigh' ? 'into your thigh' : 'your leg below the knee'}. ` +
      'Pain that travels down the leg can mean a nerve is irritated, such as the sciatic nerve.',
    sign: 'Pain that travels down into your thigh or below the knee',
    told: 'The pain goes down my leg',
  },
  {
    code: 'intermittent-numbness',
    level: 'see-clinician',
    source: 'seed:warning-signs',
    match: ({ report: { nerve } }) => (nerve.numbness === 'comes-and-goes' ? { 'nerve.numbness': nerve.numbness } : null),
    explain: 'You said you have numbness that comes and goes. This can mean a nerve is being pressed on now and then.',
    sign: 'Numbness that comes and goes',
    told: 'I have numbness that comes and goes',
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
    explain: (e) =>
      `It has been ${days(e.hoursSinceMassage as number)} days since the massage and the ${listed(e.localSigns as readonly string[])} ${(e.localSigns as readonly string[]).length > 1 ? 'are' : 'is'} not getting better. ` +
      'This can mean the pressure was too strong for the tissue, and it should be checked.',
    sign: 'Swelling, bruising or strong pain in one spot that is no better after 3 days',
    told: 'The swelling, bruising or pain in one spot is not getting better',
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
    explain: (e) =>
      `It has been ${days(e.hoursSinceMassage as number)} days since the massage and the pain is ${e['pain.trend'] === 'worse' ? 'getting worse' : 'no better'}. ` +
      'Normal soreness should be easing 3 days after a massage.',
    sign: 'Pain that is not easing 3 days after the massage',
    told: 'The pain is not easing',
    dashboardFlag: 'not-easing',
  },
  {
    code: 'persisting-past-week',
    level: 'see-clinician',
    source: 'guideline:doms-duration',
    match: ({ report: { pain }, hours }) =>
      hours > 168 && pain.severity >= 4 ? { hoursSinceMassage: hours, 'pain.severity': pain.severity } : null,
    explain: (e) =>
      `It has been more than a week and the pain is still ${e['pain.severity'] as number} out of 10. ` +
      'Normal soreness after a massage is usually gone within 5 to 7 days.',
    sign: 'Pain of 4 out of 10 or more a week after the massage',
    told: 'The pain has lasted more than a week',
  },
  {
    code: 'bruising-on-blood-thinners',
    level: 'see-clinician',
    source: 'guideline:nice-ng59',
    match: ({ report: { localSigns, general } }) =>
      localSigns.bruising && general.bloodThinners ? { 'localSigns.bruising': true, 'general.bloodThinners': true } : null,
    explain:
      'You have bruising and you take medicine that thins the blood. These medicines can make bleeding under the skin bigger, so a doctor should look at it.',
    sign: 'Bruising while you take blood-thinning medicine',
    told: 'I have bruising and I take blood thinners',
  },
  {
    code: 'severe-pain',
    level: 'see-clinician',
    source: 'guideline:nhs-back-pain',
    match: ({ report: { pain } }) => (pain.severity >= 9 ? { 'pain.severity': pain.severity } : null),
    explain: (e) =>
      `You rated the pain ${e['pain.severity'] as number} out of 10. Pain this strong is more than the usual soreness after a massage.`,
    sign: 'Pain of 9 or 10 out of 10',
    told: 'The pain is very strong',
  },
];

/** The reason given when no rule fires. */
export const expectedSoreness: ReasonRule = {
  code: 'expected-soreness',
  level: 'self-care',
  source: 'seed:physiology',
  match: () => ({}),
  explain:
    'This sounds like the usual soreness after a massage. Firm pressure makes tiny strains in the muscle. ' +
    'While the body repairs them, the area feels stiff and tender. It is usually worst 1 to 3 days after the massage and then fades.',
  sign: 'Soreness that fades over a few days',
  told: 'My back is sore',
};

/** A rule's explanation for the answers it used. */
export const explanationOf = (rule: Pick<ReasonRule, 'explain'>, evidence: Evidence): string =>
  typeof rule.explain === 'string' ? rule.explain : rule.explain(evidence);
