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
  'policy:triage-1': { kind: 'policy', title: 'TRIAGE.md, policy version 1' },
} as const;

export type SourceId = keyof typeof sources;
