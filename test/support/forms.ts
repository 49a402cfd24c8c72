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
 * A diary's short check-in (after its first whole one) as form fields: the pain now, the trend, and the signs ticked
 * (by their answer paths; none ticked is "None of these"), with the answers of their questions in `more`.
 */
export const shortCheckIn = (ticked: readonly string[] = [], more: Record<string, string> = {}): Record<string, string | string[]> => ({
  'pain.severity': '4',
  'pain.trend': 'same',
  sinceLastCheckIn: ticked.length ? ticked.map((path) => `since.${path}`) : 'none',
  ...more,
});
