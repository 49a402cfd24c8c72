// The rows policy 3 adds to TRIAGE.md's tables: sudden side or belly pain, red pee after firm pressure, hidden
// bleeding (a faint with a bleeding risk or a local sign), brown pee or a fever with signs of serious illness, a
// bleeding tendency other than a blood thinner, and a serious accident. Never a diagnosis named as made: each
// explanation says what the sign can mean.
import type { Report3 } from '../contract/types.ts';
import type { Evidence, ReasonRule } from './reasons.ts';
import { listed } from './situation.ts';

/** TRIAGE.md's `bleedingRisk`: a blood thinner, or a condition that makes the person bleed easily. */
export const bleedingRisk = (report: Report3) => report.general.bloodThinners || report.general.bleedingTendency;

/** TRIAGE.md's `unwellSign`, in words: each of the three answers of the "Do you also have any of these?" screen given yes. */
function unwellSigns(report: Report3): string[] {
  const signs: string[] = [];
  if (report.general.veryUnwell === true)
    signs.push('signs of being very unwell (being sick again and again, confusion, very drowsy, or blotchy, grey or blue skin)');
  if (report.bladderBowel.littleOrNoUrine === true) signs.push('much less pee than usual, or none');
  if (report.general.musclesVeryPainfulOrWeak === true) signs.push('muscles that are very painful, swollen or weak');
  return signs;
}

const unwellEvidence = (report: Report3) => ({
  'general.veryUnwell': report.general.veryUnwell === true,
  'bladderBowel.littleOrNoUrine': report.bladderBowel.littleOrNoUrine === true,
  'general.musclesVeryPainfulOrWeak': report.general.musclesVeryPainfulOrWeak === true,
  signs: unwellSigns(report),
});

const sayWhatMakesYouBleed = 'Say what makes you bleed easily. If you have a haemophilia or liver team, contact them too.';

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
    explain:
      'You said you have had a sudden, very bad pain in your side, belly or groin that feels different from the massage ache. ' +
      'This is not the usual soreness after a massage. It can mean a problem with a kidney or a large blood vessel, and it needs help straight away.',
    sign: 'A sudden, very bad pain in your side, belly or groin that feels different from the massage ache',
    told: 'I have a sudden, very bad pain in my side, belly or groin',
    toSay: 'Say that you had a massage, where it pressed, and when the pain began.',
  },
  {
    code: 'kidney-injury-signs',
    level: 'emergency',
    source: 'guideline:aua-urotrauma',
    watch: (report) => report.bladderBowel.bloodInUrine,
    match: ({ report }) =>
      report.bladderBowel.bloodInUrine && report.bladderBowel.redUrineAfterPressure === true
        ? { 'bladderBowel.bloodInUrine': true, 'bladderBowel.redUrineAfterPressure': true }
        : null,
    explain:
      'You said your pee has been red or pink, starting within 2 days of a massage that pressed firmly on your back or sides. ' +
      'This can mean a kidney was injured by the pressure. It needs checking in hospital straight away.',
    sign: 'Red or pink pee that started within 2 days of firm pressure on your back or sides',
    told: 'My pee turned red after a massage that pressed hard on my back or sides',
    toSay:
      'Say that the massage pressed firmly on your back or sides, and when your pee changed colour. Have no more massage until you have been checked.',
  },
  {
    code: 'possible-internal-bleeding',
    level: 'emergency',
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
    explain: (e) => {
      const with_ = [
        ...(e['general.bloodThinners'] ? ['you take a blood thinner'] : []),
        ...(e['general.bleedingTendency'] ? ['you bleed easily'] : []),
        ...(e['localSigns.swelling'] ? ['there is swelling where you were massaged'] : []),
        ...(e['localSigns.bruising'] ? ['there is bruising where you were massaged'] : []),
        ...((e['pain.severity'] as number) >= 7 ? [`you rated the pain ${e['pain.severity'] as number} out of 10`] : []),
      ];
      return (
        `You said you have fainted, felt faint, or looked very pale since the massage, and ${listed(with_)}. ` +
        'Together, these can mean bleeding inside the body. It needs help straight away.'
      );
    },
    sign: 'Fainting, feeling faint or looking very pale, together with a bleeding risk, a bruise, swelling or strong pain',
    told: 'I fainted, or I feel faint or look very pale, since a massage',
    toSay:
      'Lie down with your legs raised while you wait, and do not drive yourself. Say which blood thinner or bleeding condition you have, if any.',
  },
  {
    code: 'dark-urine-severe',
    level: 'emergency',
    source: 'guideline:rhabdomyolysis-severe',
    watch: (report) => report.bladderBowel.brownUrine,
    match: ({ report }) =>
      report.bladderBowel.brownUrine && unwellSigns(report).length > 0
        ? { 'bladderBowel.brownUrine': true, ...unwellEvidence(report) }
        : null,
    explain: (e) =>
      `You said your pee is brown, and you have ${listed(e.signs as readonly string[])}. ` +
      'Together, these can mean muscle damage is harming the kidneys. It is never the massage flushing anything out of your body. It needs help straight away.',
    sign: 'Brown pee together with being very unwell, much less pee, or muscles that are very painful or weak',
    told: 'My pee is brown and I feel very unwell',
    toSay: 'Say your pee is brown and that you had a massage. Ask for a blood test for muscle damage and kidney function.',
  },
  {
    code: 'fever-very-unwell',
    level: 'emergency',
    source: 'guideline:nhs-sepsis',
    watch: (report) => report.general.fever,
    match: ({ report }) =>
      report.general.fever && unwellSigns(report).length > 0 ? { 'general.fever': true, ...unwellEvidence(report) } : null,
    explain: (e) =>
      `You said you have a fever, and ${listed(e.signs as readonly string[])}. This can be a sign of a serious infection (sepsis). It needs help straight away.`,
    sign: 'A fever together with being very unwell, much less pee, or muscles that are very painful or weak',
    told: 'I have a fever and I feel very unwell',
    toSay: 'Say you have a high temperature, and which of these signs you have.',
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
    explain: (e) =>
      `You said a doctor has told you that you bleed easily, and ${e['nerve.legWeakness'] === 'one-leg' ? 'one leg feels weak' : 'your leg or foot is numb all the time'}. ` +
      'Bleeding into a back muscle or near the spine can press on a nerve. A bleed near the spine needs help straight away.',
    sign: 'If you bleed easily: a leg that feels weak, or numbness that does not go away',
    told: 'I bleed easily, and my leg is weak or numb',
    toSay: sayWhatMakesYouBleed,
  },
  {
    code: 'serious-accident',
    level: 'emergency',
    source: 'guideline:nhs-serious-accident',
    watch: (report) => report.general.recentFallOrInjury,
    match: ({ report }) =>
      report.general.recentFallOrInjury && report.general.seriousAccident === true
        ? { 'general.recentFallOrInjury': true, 'general.seriousAccident': true }
        : null,
    explain:
      'You said you had a serious accident, such as a road accident or a fall from a height. Back pain after a serious accident needs checking in hospital straight away.',
    sign: 'A serious accident, such as a road accident or a fall from a height',
    told: 'I had a serious accident and my back hurts',
    toSay: 'Say that you had a massage before the accident.',
  },
  // urgent
  {
    code: 'faint-or-pale',
    level: 'urgent',
    source: 'guideline:nhs-fainting',
    watch: true,
    match: ({ report }) => (report.general.faintOrPale ? { 'general.faintOrPale': true } : null),
    explain:
      'You said you have fainted, felt faint or dizzy when you stood up, or looked very pale or grey since the massage. ' +
      'A doctor should see you today to find out why: feeling faint can be a sign of bleeding.',
    sign: 'Fainting, feeling faint or dizzy when you stand up, or looking very pale or grey',
    told: 'I fainted, or I feel faint, since a massage',
    toSay:
      'Call the emergency number instead if you fainted while lying down, did not fully come round, had a pounding, fluttering or irregular ' +
      'heartbeat, or fainted during exercise. If you feel faint, lie down and raise your legs.',
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
    explain: (e) =>
      `You said a doctor has told you that you bleed easily, and ${e['localSigns.swelling'] ? 'there is swelling where you were massaged' : `you rated the pain ${e['pain.severity'] as number} out of 10`}. ` +
      'This can mean bleeding into a muscle, which should be treated as soon as possible: a doctor should check it today.',
    sign: 'If you bleed easily: new swelling, or pain of 7 out of 10 or more',
    told: 'I bleed easily, and I have swelling or strong pain',
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
    explain:
      'You said a doctor has told you that you bleed easily, and there is bruising where you were massaged. A bruise can grow larger than usual, so a doctor should look at it.',
    sign: 'If you bleed easily: bruising where you were massaged',
    told: 'I bleed easily, and I have a bruise where I was massaged',
    toSay: sayWhatMakesYouBleed,
  },
];
