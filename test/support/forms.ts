// A person's answers as the questionnaire's form fields: nothing alarming (`calm`), and an ordinary pain.
export const calm = {
  sinceMassage: 'none',
  'bladderBowel.bladderControlLoss': 'no',
  'bladderBowel.bowelControlLoss': 'no',
  'bladderBowel.difficultyUrinating': 'no',
  'nerve.saddleNumbness': 'no',
  'nerve.legWeakness': 'none',
  'nerve.numbness': 'none',
  'nerve.tingling': 'none',
  'general.fever': 'no',
  'general.recentFallOrInjury': 'no',
  // Policy 3's bleeding question: "Neither", one tap as policy 2's "No" was.
  bleedingRisk: 'none',
};
export const pain = {
  'pain.severity': '4',
  'pain.qualities': 'dull-ache',
  'pain.extent': 'widespread',
  'pain.radiation': 'none',
  'pain.trend': 'same',
  'localSigns.swelling': 'no',
  'localSigns.bruising': 'no',
};

/**
 * A whole questionnaire as a browser without scripts sends it, step by step: nothing alarming, a massage that ended
 * yesterday at 17:00, an ordinary pain with a swelling (so the result has its cold-pack timer).
 */
export const questionnaireSteps: readonly (readonly [step: string, form: Record<string, string>])[] = [
  ['red-flags', calm],
  ['other-signs', calm],
  [
    'massage',
    { 'massage.endedAt:day': 'yesterday', 'massage.endedAt:time': '17:00', timeZone: 'Europe/Madrid', 'massage.sharpPainDuring': 'no' },
  ],
  ['pain', { ...pain, 'pain.regions': 'quadratus-lumborum', 'localSigns.swelling': 'yes' }],
];

/**
 * A diary's short check-in (after its first whole one) as form fields: the pain now, the trend, and the signs ticked
 * (by their answer paths; none ticked is "None of these"), with the answers of their questions in `more`.
 */
export const shortCheckIn = (ticked: readonly string[] = [], more: Record<string, string> = {}): Record<string, string | string[]> => ({
  'pain.severity': '4',
  'pain.trend': 'same',
  sinceLastCheckIn: ticked.length ? ticked.map((path) => `since.${path}`) : 'none',
  ...more,
});
