// The rows policy 2 adds to TRIAGE.md's tables: serious events that published cases link to massage and that show
// up as back, flank or leg trouble, symptoms in both legs, and a history of cancer. Risk factors (blood thinners,
// cancer, age, fragile bones) count only together with a symptom.
import type { Report2 } from '../contract/types.ts';
import type { Evidence, ReasonRule } from './reasons.ts';
import type { MessageId } from '../i18n/messages.ts';
import { days, isSharp, mechanism, nerveSign, notSettling, reachesLeg, strongInOneSpot, unknownWords } from './situation.ts';
import type { Wording } from './wording.ts';

const takesBloodThinners = (report: Report2) => report.general.bloodThinners;
const nameYourBloodThinner: MessageId = 'engine.say.name-your-blood-thinner';

/**
 * The nerve symptoms a report has, for explanations. They are kept in the assessment's answers (and in stored
 * check-ins) as these English phrases, so the phrases stay: they are codes, worded by `symptomWords`.
 */
function nerveSymptoms(report: Report2): string[] {
  const symptoms: string[] = [];
  if (report.pain.radiation === 'thigh') symptoms.push('pain into the thigh');
  if (report.pain.radiation === 'below-knee') symptoms.push('pain down the leg below the knee');
  if (report.nerve.numbness !== 'none') symptoms.push('numbness');
  if (report.nerve.tingling !== 'none') symptoms.push('pins and needles');
  if (report.nerve.legWeakness !== 'none') symptoms.push('a weak leg');
  return symptoms;
}

const symptomMessages: Readonly<Record<string, MessageId>> = {
  'pain into the thigh': 'engine.words.symptom.thigh',
  'pain down the leg below the knee': 'engine.words.symptom.below-knee',
  numbness: 'engine.words.symptom.numbness',
  'pins and needles': 'engine.words.symptom.tingling',
  'a weak leg': 'engine.words.symptom.weak-leg',
};

/** The nerve symptoms of `nerveSymptoms`, in words. */
export const symptomWords = (symptoms: unknown): Wording[] =>
  (symptoms as readonly string[]).map((symptom) => symptomMessages[symptom] ?? unknownWords(symptom));

/** What a bleeding risk goes with, from a rule's answers: a weak leg, or numbness all the time. */
export const nerveSignWords = (e: Evidence): Wording =>
  e['nerve.legWeakness'] === 'one-leg' ? 'engine.words.one-leg-weak' : 'engine.words.numb-all-the-time';

/** What a bleeding risk goes with, from a rule's answers: swelling where massaged, or the pain's score. */
export const bleedingSignWords = (e: Evidence): Wording =>
  e['localSigns.swelling']
    ? 'engine.words.swelling-where-massaged'
    : ['engine.words.rated-pain', { severity: e['pain.severity'] as number }];

export const policy2Rules: readonly ReasonRule<Report2>[] = [
  // emergency
  {
    code: 'breathless-or-chest-pain',
    level: 'emergency',
    source: 'guideline:nhs-dvt',
    watch: true,
    match: ({ report }) => (report.general.breathlessOrChestPain ? { 'general.breathlessOrChestPain': true } : null),
    explain: 'engine.reason.breathless-or-chest-pain.explain',
    sign: 'engine.reason.breathless-or-chest-pain.sign',
    told: 'engine.reason.breathless-or-chest-pain.told',
    toSay: 'engine.reason.breathless-or-chest-pain.toSay',
  },
  {
    code: 'both-legs-nerve-symptoms',
    level: 'emergency',
    source: 'guideline:cauda-equina',
    watch: true,
    match: ({ report }) =>
      report.nerve.bothLegs === true && (reachesLeg(report) || report.nerve.numbness !== 'none' || report.nerve.tingling === 'persistent')
        ? { 'nerve.bothLegs': true, symptoms: nerveSymptoms(report) }
        : null,
    explain: (e) => ['engine.reason.both-legs-nerve-symptoms.explain', { symptoms: symptomWords(e.symptoms) }],
    sign: 'engine.reason.both-legs-nerve-symptoms.sign',
    told: 'engine.reason.both-legs-nerve-symptoms.told',
  },
  {
    code: 'blood-thinners-nerve-signs',
    level: 'emergency',
    source: 'evidence:anticoagulant-haematoma',
    watch: takesBloodThinners,
    match: ({ report }) =>
      report.general.bloodThinners && (report.nerve.legWeakness === 'one-leg' || report.nerve.numbness === 'persistent')
        ? { 'general.bloodThinners': true, 'nerve.legWeakness': report.nerve.legWeakness, 'nerve.numbness': report.nerve.numbness }
        : null,
    explain: (e) => ['engine.reason.blood-thinners-nerve-signs.explain', { sign: [nerveSignWords(e)] }],
    sign: 'engine.reason.blood-thinners-nerve-signs.sign',
    told: 'engine.reason.blood-thinners-nerve-signs.told',
    toSay: nameYourBloodThinner,
  },
  // urgent
  {
    code: 'dark-urine',
    level: 'urgent',
    source: 'evidence:rhabdomyolysis',
    watch: true,
    match: ({ report }) => (report.bladderBowel.brownUrine ? { 'bladderBowel.brownUrine': true } : null),
    explain: 'engine.reason.dark-urine.explain',
    sign: 'engine.reason.dark-urine.sign',
    told: 'engine.reason.dark-urine.told',
    toSay: 'engine.reason.dark-urine.toSay',
  },
  {
    code: 'blood-in-urine',
    level: 'urgent',
    source: 'guideline:nhs-blood-in-urine',
    watch: true,
    match: ({ report }) => (report.bladderBowel.bloodInUrine ? { 'bladderBowel.bloodInUrine': true } : null),
    explain: 'engine.reason.blood-in-urine.explain',
    sign: 'engine.reason.blood-in-urine.sign',
    told: 'engine.reason.blood-in-urine.told',
  },
  {
    code: 'one-leg-swollen',
    level: 'urgent',
    source: 'guideline:nhs-dvt',
    watch: true,
    match: ({ report }) => (report.general.oneLegSwollen ? { 'general.oneLegSwollen': true } : null),
    explain: 'engine.reason.one-leg-swollen.explain',
    sign: 'engine.reason.one-leg-swollen.sign',
    told: 'engine.reason.one-leg-swollen.told',
    toSay: 'engine.reason.one-leg-swollen.toSay',
  },
  {
    code: 'blood-thinners-bleeding-signs',
    level: 'urgent',
    source: 'guideline:nhs-anticoagulants',
    watch: takesBloodThinners,
    match: ({ report }) =>
      report.general.bloodThinners && (report.localSigns.swelling || report.pain.severity >= 7)
        ? { 'general.bloodThinners': true, 'localSigns.swelling': report.localSigns.swelling, 'pain.severity': report.pain.severity }
        : null,
    explain: (e) => ['engine.reason.blood-thinners-bleeding-signs.explain', { sign: [bleedingSignWords(e)] }],
    sign: 'engine.reason.blood-thinners-bleeding-signs.sign',
    told: 'engine.reason.blood-thinners-bleeding-signs.told',
    toSay: nameYourBloodThinner,
  },
  {
    code: 'cancer-history-warning',
    level: 'urgent',
    source: 'evidence:red-flags-malignancy',
    watch: (report) => report.history?.cancer === true,
    match: ({ report, hours }): Evidence | null => {
      if (report.history?.cancer !== true) return null;
      if (nerveSign(report)) return { 'history.cancer': true, symptoms: nerveSymptoms(report) };
      if (!notSettling(report, hours)) return null;
      const night = report.pain.nightPainPreventsSleep === true;
      if (report.pain.trend !== 'worse' && report.pain.severity < 7 && !night) return null;
      return {
        'history.cancer': true,
        hoursSinceMassage: hours,
        'pain.trend': report.pain.trend,
        'pain.severity': report.pain.severity,
        'pain.nightPainPreventsSleep': night,
      };
    },
    explain: (e): Wording =>
      e.symptoms
        ? ['engine.reason.cancer-history-warning.explain.symptoms', { symptoms: symptomWords(e.symptoms) }]
        : [
            'engine.reason.cancer-history-warning.explain.not-settling',
            {
              days: days(e.hoursSinceMassage as number),
              pain: [
                ...(e['pain.trend'] === 'worse' ? ['engine.words.pain.getting-worse' as const] : []),
                ...((e['pain.severity'] as number) >= 7
                  ? [['engine.words.pain.score', { severity: e['pain.severity'] as number }] as const]
                  : []),
                ...(e['pain.nightPainPreventsSleep'] ? ['engine.words.pain.at-night' as const] : []),
              ],
            },
          ],
    sign: 'engine.reason.cancer-history-warning.sign',
    told: 'engine.reason.cancer-history-warning.told',
  },
  // see-clinician
  {
    code: 'possible-fracture',
    level: 'see-clinician',
    source: 'evidence:red-flags-fracture',
    match: ({ report }) => {
      const risk = report.history?.aged70OrOver === true || report.history?.fragileBones === true;
      if (!risk || !mechanism(report)) return null;
      return {
        'history.aged70OrOver': report.history?.aged70OrOver === true,
        'history.fragileBones': report.history?.fragileBones === true,
        'massage.sharpPainDuring': report.massage.sharpPainDuring,
        'pain.qualities': report.pain.qualities.filter(isSharp),
        strongInOneSpot: strongInOneSpot(report),
      };
    },
    explain: (e) => [
      'engine.reason.possible-fracture.explain',
      {
        risk: [
          ...(e['history.aged70OrOver'] ? ['engine.words.fracture.aged-70' as const] : []),
          ...(e['history.fragileBones'] ? ['engine.words.fracture.fragile-bones' as const] : []),
        ],
        pain: [
          ...(e['massage.sharpPainDuring'] ? ['engine.words.fracture.sharp-during' as const] : []),
          ...((e['pain.qualities'] as readonly string[]).length ? ['engine.words.fracture.sharp-now' as const] : []),
          ...(e.strongInOneSpot ? ['engine.words.fracture.strong-in-one-spot' as const] : []),
        ],
      },
    ],
    sign: 'engine.reason.possible-fracture.sign',
    told: 'engine.reason.possible-fracture.told',
    toSay: 'engine.reason.possible-fracture.toSay',
  },
];
