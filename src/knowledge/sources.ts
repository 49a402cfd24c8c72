// Where each rule, action and explanation comes from: the seed article's sections and the guidelines TRIAGE.md names.
export const sources = {
  'seed:physiology': { kind: 'seed', title: 'The Physiology Behind Muscle Soreness' },
  'seed:sensitive-areas': { kind: 'seed', title: 'Factors Making the Lower Back Sensitive' },
  'seed:warning-signs': { kind: 'seed', title: 'When Pain Signals a Problem' },
  'seed:self-care': { kind: 'seed', title: 'Self-Care for Post-Massage Discomfort' },
  'guideline:nice-ng59': { kind: 'guideline', title: 'NICE NG59, low back pain and sciatica: red flags' },
  'guideline:cauda-equina': { kind: 'guideline', title: 'UK national cauda equina pathway' },
  'guideline:doms-duration': { kind: 'guideline', title: 'Delayed-onset muscle soreness resolves within 5 to 7 days' },
  'guideline:nhs-back-pain': { kind: 'guideline', title: 'NHS back-pain advice: pain this bad is beyond the usual soreness' },
  'guideline:nhs-dvt': { kind: 'guideline', title: 'NHS: deep vein thrombosis, and back-pain symptoms that need 999' },
  'guideline:nhs-blood-in-urine': { kind: 'guideline', title: 'NHS: blood in urine' },
  'guideline:nhs-anticoagulants': { kind: 'guideline', title: 'NHS: anticoagulant side effects, signs of bleeding' },
  'evidence:anticoagulant-haematoma': {
    kind: 'evidence',
    title: 'Spinal epidural and psoas haematoma on anticoagulants (Vanichkulbodee 2019; Kong 2012)',
  },
  'evidence:rhabdomyolysis': { kind: 'evidence', title: 'Rhabdomyolysis after massage (Chen 2021)' },
  'evidence:red-flags-malignancy': {
    kind: 'evidence',
    title: 'Downie 2013, red flags for malignancy; NICE NG234 (acute oncology within 24 h)',
  },
  'evidence:red-flags-fracture': { kind: 'evidence', title: 'Henschke 2009 and Downie 2013, red flags for fracture' },
  'policy:triage-1': { kind: 'policy', title: 'TRIAGE.md, policy version 1' },
  'policy:triage-2': { kind: 'policy', title: 'TRIAGE.md, policy version 2' },
  'guideline:nhs-sudden-belly-pain': {
    kind: 'guideline',
    title: 'NHS: sudden, severe stomach pain and abdominal aortic aneurysm (999); Wright 2002, renal colic',
  },
  'guideline:aua-urotrauma': { kind: 'guideline', title: 'AUA urotrauma guideline: visible blood in the urine after a blow to the flank' },
  'guideline:hidden-bleeding': {
    kind: 'guideline',
    title: 'NHS abdominal aortic aneurysm and anticoagulant advice; bleeding-disorder services (fainting or pallor with a bleed)',
  },
  'guideline:rhabdomyolysis-severe': {
    kind: 'guideline',
    title: 'CDC NIOSH rhabdomyolysis: dark urine with less urine, confusion or vomiting',
  },
  'guideline:nhs-sepsis': { kind: 'guideline', title: 'NHS sepsis and UK Sepsis Trust: when to call 999' },
  'guideline:bleeding-disorders': {
    kind: 'guideline',
    title: "Bleeding-disorder services (Guy's and St Thomas', Haemophilia Foundation Victoria); NHS cirrhosis and haemophilia",
  },
  'guideline:nhs-serious-accident': { kind: 'guideline', title: 'NHS back pain: 999 after a serious accident' },
  'guideline:nhs-fainting': { kind: 'guideline', title: 'NHS: fainting (see a GP after any faint) and dizziness' },
  'policy:triage-3': { kind: 'policy', title: 'TRIAGE.md, policy version 3' },
} as const;

export type SourceId = keyof typeof sources;

/**
 * The day the advice (the rules, actions and explanations citing these sources) was last reviewed against them:
 * shown at the foot of every result. Change it with each review, not with each edit of wording.
 */
export const adviceReviewedOn = '2026-11-25';

/** The titles of the sources a person can look up: the seed article and the guidelines and evidence, not our policy files. */
export const sourcesForPeople = (ids: Iterable<SourceId>): string[] =>
  [...new Set(ids)].filter((id) => sources[id].kind !== 'policy').map((id) => sources[id].title);
