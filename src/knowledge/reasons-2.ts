// The rows policy 2 adds to TRIAGE.md's tables: serious events that published cases link to massage and that show
// up as back, flank or leg trouble, symptoms in both legs, and a history of cancer. Risk factors (blood thinners,
// cancer, age, fragile bones) count only together with a symptom.
import type { Report2 } from '../contract/types.ts';
import type { Evidence, ReasonRule } from './reasons.ts';
import { days, isSharp, listed, mechanism, nerveSign, notSettling, reachesLeg, strongInOneSpot } from './situation.ts';

const takesBloodThinners = (report: Report2) => report.general.bloodThinners;
const nameYourBloodThinner = 'Say which blood thinner you take and when you last took it.';

/** The nerve symptoms a report has, in words, for explanations. */
function nerveSymptoms(report: Report2): string[] {
  const symptoms: string[] = [];
  if (report.pain.radiation === 'thigh') symptoms.push('pain into the thigh');
  if (report.pain.radiation === 'below-knee') symptoms.push('pain down the leg below the knee');
  if (report.nerve.numbness !== 'none') symptoms.push('numbness');
  if (report.nerve.tingling !== 'none') symptoms.push('pins and needles');
  if (report.nerve.legWeakness !== 'none') symptoms.push('a weak leg');
  return symptoms;
}

export const policy2Rules: readonly ReasonRule<Report2>[] = [
  // emergency
  {
    code: 'breathless-or-chest-pain',
    level: 'emergency',
    source: 'guideline:nhs-dvt',
    watch: true,
    match: ({ report }) => (report.general.breathlessOrChestPain ? { 'general.breathlessOrChestPain': true } : null),
    explain:
      'You said you have been short of breath, had chest pain, or coughed up blood since the massage. Rarely, a blood clot forms in a leg ' +
      'and travels to the lungs, and firm massage of the legs has been linked to this. It needs help straight away.',
    sign: 'Being short of breath, chest pain, or coughing up blood',
    told: 'I am short of breath, or I have pain in my chest, or I am coughing up blood',
    toSay: 'If the massage included your legs, say so: "I had a massage, including my legs."',
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
    explain: (e) =>
      `You said you have ${listed(e.symptoms as readonly string[])} in both legs. Nerve symptoms in both legs can mean the nerves at the bottom ` +
      'of the spine are being squeezed. Hospital staff need to check this straight away.',
    sign: 'Pain down the legs, numbness or pins and needles in both legs',
    told: 'I have symptoms in both legs',
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
    explain: (e) =>
      `You take a blood thinner, and ${e['nerve.legWeakness'] === 'one-leg' ? 'one leg feels weak' : 'your leg or foot is numb all the time'}. ` +
      'On a blood thinner, bleeding near the spine or deep in the hip muscles can press on a nerve, and that needs treatment quickly.',
    sign: 'If you take a blood thinner: a leg that feels weak, or numbness that does not go away',
    told: 'I take a blood thinner, and my leg is weak or numb',
    toSay: nameYourBloodThinner,
  },
  // urgent
  {
    code: 'dark-urine',
    level: 'urgent',
    source: 'evidence:rhabdomyolysis',
    watch: true,
    match: ({ report }) => (report.bladderBowel.brownUrine ? { 'bladderBowel.brownUrine': true } : null),
    explain:
      'You said your pee has been brown, like cola or strong tea. After hard or long pressure on muscles, this can mean muscle has broken down ' +
      'and is passing into the urine, which can harm the kidneys. It is not the massage flushing anything out of your body: it needs checking today.',
    sign: 'Pee that is brown, like cola or strong tea (dark yellow pee is different: it usually means you need more water)',
    told: 'My pee is brown',
    toSay: 'Ask for a urine test and a blood test for muscle damage and kidney function. Keep sipping water while you arrange it.',
  },
  {
    code: 'blood-in-urine',
    level: 'urgent',
    source: 'guideline:nhs-blood-in-urine',
    watch: true,
    match: ({ report }) => (report.bladderBowel.bloodInUrine ? { 'bladderBowel.bloodInUrine': true } : null),
    explain:
      'You said your pee has been red or pink. Blood in the urine always needs checking; after firm pressure on the back or side it can come from a ' +
      'bruised kidney. A doctor should see you today.',
    sign: 'Pee that is red or pink',
    told: 'There is blood in my pee',
  },
  {
    code: 'one-leg-swollen',
    level: 'urgent',
    source: 'guideline:nhs-dvt',
    watch: true,
    match: ({ report }) => (report.general.oneLegSwollen ? { 'general.oneLegSwollen': true } : null),
    explain:
      'You said one calf or leg is newly swollen, warm or painful. This can be a sign of a blood clot in a deep vein of the leg, which needs checking today.',
    sign: 'One calf or leg newly swollen, warm or painful (not just sore where it was massaged)',
    told: 'One of my legs is swollen and painful',
    toSay: 'Say that you had a massage, and whether it included your legs.',
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
    explain: (e) =>
      `You take a blood thinner, and ${e['localSigns.swelling'] ? 'there is swelling where you were massaged' : `you rated the pain ${e['pain.severity'] as number} out of 10`}. ` +
      'On a blood thinner, bleeding into a muscle or under the skin can keep spreading, so a doctor should check it today.',
    sign: 'If you take a blood thinner: new swelling, or pain of 7 out of 10 or more',
    told: 'I take a blood thinner, and I have swelling or strong pain',
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
    explain: (e) => {
      const why = e.symptoms
        ? `you have ${listed(e.symptoms as readonly string[])}`
        : `${days(e.hoursSinceMassage as number)} days after the massage the pain is ${listed([
            ...(e['pain.trend'] === 'worse' ? ['getting worse'] : []),
            ...((e['pain.severity'] as number) >= 7 ? [`${e['pain.severity'] as number} out of 10`] : []),
            ...(e['pain.nightPainPreventsSleep'] ? ['waking you at night or keeping you awake'] : []),
          ])}`;
      return `You said you have had cancer, and ${why}. In someone who has had cancer, back pain like this should be checked within a day, to make sure it has nothing to do with the cancer.`;
    },
    sign: 'If you have had cancer: numbness, weakness or pain down a leg, or back pain that is not settling after 3 days',
    told: 'I have had cancer, and I have new back pain',
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
    explain: (e) => {
      const risk = [
        ...(e['history.aged70OrOver'] ? ['you are 70 or older'] : []),
        ...(e['history.fragileBones'] ? ['your bones may be thin or weak'] : []),
      ];
      const pain = [
        ...(e['massage.sharpPainDuring'] ? ['you felt sharp pain during the massage'] : []),
        ...((e['pain.qualities'] as readonly string[]).length ? ['the pain is sharp now'] : []),
        ...(e.strongInOneSpot ? ['the pain is strong in one spot'] : []),
      ];
      return `You said ${listed(risk)}, and ${listed(pain)}. Firm pressure can, rarely, crack a weakened bone in the spine or the ribs, so a doctor or physiotherapist should check it.`;
    },
    sign: 'With weak bones or at 70 or older: sharp pain, or strong pain in one spot',
    told: 'My bones may be weak and the pain is sharp',
    toSay: 'Ask whether you need an X-ray, and have no firm pressure on that area again.',
  },
];
