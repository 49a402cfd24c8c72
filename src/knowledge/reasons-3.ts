// The rows policy 3 adds to TRIAGE.md's tables: sudden side or belly pain, red pee after firm pressure, hidden
// bleeding (a faint with a bleeding risk or a local sign), brown pee or a fever with signs of serious illness, a
// bleeding tendency other than a blood thinner, and a serious accident. Never a diagnosis named as made: each
// explanation says what the sign can mean.
import type { Report3 } from '../contract/types.ts';
import type { Evidence, ReasonRule } from './reasons.ts';
import type { MessageId } from '../i18n/messages.ts';
import { bleedingSignWords, nerveSignWords } from './reasons-2.ts';
import { unknownWords } from './situation.ts';
import type { Wording } from './wording.ts';

/** TRIAGE.md's `bleedingRisk`: a blood thinner, or a condition that makes the person bleed easily. */
export const bleedingRisk = (report: Report3) => report.general.bloodThinners || report.general.bleedingTendency;

/**
 * TRIAGE.md's `unwellSign`: each of the three answers of the "Do you also have any of these?" screen given yes. They
 * are kept in the assessment's answers (and in stored check-ins) as these English phrases, so the phrases stay: they
 * are codes, worded by `unwellWords`.
 */
function unwellSigns(report: Report3): string[] {
  const signs: string[] = [];
  if (report.general.veryUnwell === true)
    signs.push('signs of being very unwell (being sick again and again, confusion, very drowsy, or blotchy, grey or blue skin)');
  if (report.bladderBowel.littleOrNoUrine === true) signs.push('much less pee than usual, or none');
  if (report.general.musclesVeryPainfulOrWeak === true) signs.push('muscles that are very painful, swollen or weak');
  return signs;
}

const unwellMessages: Readonly<Record<string, MessageId>> = {
  'signs of being very unwell (being sick again and again, confusion, very drowsy, or blotchy, grey or blue skin)':
    'engine.words.unwell.very-unwell',
  'much less pee than usual, or none': 'engine.words.unwell.little-or-no-urine',
  'muscles that are very painful, swollen or weak': 'engine.words.unwell.muscles',
};

const unwellWords = (signs: unknown): Wording[] => (signs as readonly string[]).map((sign) => unwellMessages[sign] ?? unknownWords(sign));

const unwellEvidence = (report: Report3) => ({
  'general.veryUnwell': report.general.veryUnwell === true,
  'bladderBowel.littleOrNoUrine': report.bladderBowel.littleOrNoUrine === true,
  'general.musclesVeryPainfulOrWeak': report.general.musclesVeryPainfulOrWeak === true,
  signs: unwellSigns(report),
});

const sayWhatMakesYouBleed: MessageId = 'engine.say.what-makes-you-bleed';

/** The bleeding-tendency rows read like the blood-thinner ones: a risk that counts only with a symptom. */
const hasBleedingTendency = (report: Report3) => report.general.bleedingTendency;

export const policy3Rules: readonly ReasonRule<Report3>[] = [
  // emergency
  {
    code: 'sudden-side-or-belly-pain',
    level: 'emergency',
    source: 'guideline:nhs-sudden-belly-pain',
    watch: true,
    match: ({ report }) => (report.general.suddenSidePain ? { 'general.suddenSidePain': true } : null),
    explain: 'engine.reason.sudden-side-or-belly-pain.explain',
    sign: 'engine.reason.sudden-side-or-belly-pain.sign',
    told: 'engine.reason.sudden-side-or-belly-pain.told',
    toSay: 'engine.reason.sudden-side-or-belly-pain.toSay',
  },
  {
    code: 'kidney-injury-signs',
    level: 'emergency',
    raises: 'blood-in-urine',
    source: 'guideline:aua-urotrauma',
    watch: (report) => report.bladderBowel.bloodInUrine,
    match: ({ report }) =>
      report.bladderBowel.bloodInUrine && report.bladderBowel.redUrineAfterPressure === true
        ? { 'bladderBowel.bloodInUrine': true, 'bladderBowel.redUrineAfterPressure': true }
        : null,
    explain: 'engine.reason.kidney-injury-signs.explain',
    sign: 'engine.reason.kidney-injury-signs.sign',
    told: 'engine.reason.kidney-injury-signs.told',
    toSay: 'engine.reason.kidney-injury-signs.toSay',
  },
  {
    code: 'possible-internal-bleeding',
    level: 'emergency',
    raises: 'faint-or-pale',
    source: 'guideline:hidden-bleeding',
    watch: (report) => report.general.faintOrPale,
    match: ({ report }): Evidence | null => {
      if (!report.general.faintOrPale) return null;
      const { swelling, bruising } = report.localSigns;
      const strong = report.pain.severity >= 7;
      if (!bleedingRisk(report) && !swelling && !bruising && !strong) return null;
      return {
        'general.faintOrPale': true,
        'general.bloodThinners': report.general.bloodThinners,
        'general.bleedingTendency': report.general.bleedingTendency,
        'localSigns.swelling': swelling,
        'localSigns.bruising': bruising,
        'pain.severity': report.pain.severity,
      };
    },
    explain: (e) => [
      'engine.reason.possible-internal-bleeding.explain',
      {
        with: [
          ...(e['general.bloodThinners'] ? ['engine.words.takes-blood-thinner' as const] : []),
          ...(e['general.bleedingTendency'] ? ['engine.words.bleeds-easily' as const] : []),
          ...(e['localSigns.swelling'] ? ['engine.words.swelling-where-massaged' as const] : []),
          ...(e['localSigns.bruising'] ? ['engine.words.bruising-where-massaged' as const] : []),
          ...((e['pain.severity'] as number) >= 7
            ? [['engine.words.rated-pain', { severity: e['pain.severity'] as number }] as const]
            : []),
        ],
      },
    ],
    sign: 'engine.reason.possible-internal-bleeding.sign',
    told: 'engine.reason.possible-internal-bleeding.told',
    toSay: 'engine.reason.possible-internal-bleeding.toSay',
  },
  {
    code: 'dark-urine-severe',
    level: 'emergency',
    raises: 'dark-urine',
    source: 'guideline:rhabdomyolysis-severe',
    watch: (report) => report.bladderBowel.brownUrine,
    match: ({ report }) =>
      report.bladderBowel.brownUrine && unwellSigns(report).length > 0
        ? { 'bladderBowel.brownUrine': true, ...unwellEvidence(report) }
        : null,
    explain: (e) => ['engine.reason.dark-urine-severe.explain', { signs: unwellWords(e.signs) }],
    sign: 'engine.reason.dark-urine-severe.sign',
    told: 'engine.reason.dark-urine-severe.told',
    toSay: 'engine.reason.dark-urine-severe.toSay',
  },
  {
    code: 'fever-very-unwell',
    level: 'emergency',
    raises: 'fever',
    source: 'guideline:nhs-sepsis',
    watch: (report) => report.general.fever,
    match: ({ report }) =>
      report.general.fever && unwellSigns(report).length > 0 ? { 'general.fever': true, ...unwellEvidence(report) } : null,
    // TRIAGE.md (Wording): wherever very little pee comes up, say it is never the massage flushing anything out.
    explain: (e) => [
      e['bladderBowel.littleOrNoUrine']
        ? 'engine.reason.fever-very-unwell.explain.little-urine'
        : 'engine.reason.fever-very-unwell.explain',
      { signs: unwellWords(e.signs) },
    ],
    sign: 'engine.reason.fever-very-unwell.sign',
    told: 'engine.reason.fever-very-unwell.told',
    toSay: 'engine.reason.fever-very-unwell.toSay',
  },
  {
    code: 'bleeding-tendency-nerve-signs',
    level: 'emergency',
    source: 'guideline:bleeding-disorders',
    watch: hasBleedingTendency,
    match: ({ report }) =>
      report.general.bleedingTendency && (report.nerve.legWeakness === 'one-leg' || report.nerve.numbness === 'persistent')
        ? { 'general.bleedingTendency': true, 'nerve.legWeakness': report.nerve.legWeakness, 'nerve.numbness': report.nerve.numbness }
        : null,
    explain: (e) => ['engine.reason.bleeding-tendency-nerve-signs.explain', { sign: [nerveSignWords(e)] }],
    sign: 'engine.reason.bleeding-tendency-nerve-signs.sign',
    told: 'engine.reason.bleeding-tendency-nerve-signs.told',
    toSay: sayWhatMakesYouBleed,
  },
  {
    code: 'serious-accident',
    level: 'emergency',
    raises: 'recent-injury',
    source: 'guideline:nhs-serious-accident',
    watch: (report) => report.general.recentFallOrInjury,
    match: ({ report }) =>
      report.general.recentFallOrInjury && report.general.seriousAccident === true
        ? { 'general.recentFallOrInjury': true, 'general.seriousAccident': true }
        : null,
    explain: 'engine.reason.serious-accident.explain',
    sign: 'engine.reason.serious-accident.sign',
    told: 'engine.reason.serious-accident.told',
    toSay: 'engine.reason.serious-accident.toSay',
  },
  // urgent
  {
    code: 'faint-or-pale',
    level: 'urgent',
    source: 'guideline:nhs-fainting',
    watch: true,
    match: ({ report }) => (report.general.faintOrPale ? { 'general.faintOrPale': true } : null),
    explain: 'engine.reason.faint-or-pale.explain',
    sign: 'engine.reason.faint-or-pale.sign',
    told: 'engine.reason.faint-or-pale.told',
    // Not words to say but what to do until seen, and when to call instead: no part of an emergency call.
    meanwhile: 'engine.reason.faint-or-pale.toSay',
  },
  {
    code: 'bleeding-tendency-bleeding-signs',
    level: 'urgent',
    source: 'guideline:bleeding-disorders',
    watch: hasBleedingTendency,
    match: ({ report }) =>
      report.general.bleedingTendency && (report.localSigns.swelling || report.pain.severity >= 7)
        ? { 'general.bleedingTendency': true, 'localSigns.swelling': report.localSigns.swelling, 'pain.severity': report.pain.severity }
        : null,
    explain: (e) => ['engine.reason.bleeding-tendency-bleeding-signs.explain', { sign: [bleedingSignWords(e)] }],
    sign: 'engine.reason.bleeding-tendency-bleeding-signs.sign',
    told: 'engine.reason.bleeding-tendency-bleeding-signs.told',
    toSay: sayWhatMakesYouBleed,
  },
  // see-clinician
  {
    code: 'bruising-with-bleeding-tendency',
    level: 'see-clinician',
    source: 'guideline:bleeding-disorders',
    match: ({ report }) =>
      report.general.bleedingTendency && report.localSigns.bruising
        ? { 'general.bleedingTendency': true, 'localSigns.bruising': true }
        : null,
    explain: 'engine.reason.bruising-with-bleeding-tendency.explain',
    sign: 'engine.reason.bruising-with-bleeding-tendency.sign',
    told: 'engine.reason.bruising-with-bleeding-tendency.told',
    toSay: sayWhatMakesYouBleed,
  },
];
