import { describe, expect, it } from 'vitest';
import { catalogues } from './messages.ts';

/**
 * One term per idea (docs/glossary.md): the words a translation used before the second reading, which the glossary
 * replaced by its one term, must not come back in any message of that language. Each entry names the idea, the
 * glossary's term and the rejected words.
 */
const rejected: Record<'es' | 'fr' | 'de', { idea: string; term: string; words: RegExp }[]> = {
  es: [
    { idea: 'bruise', term: 'moretón', words: /\bmorat[oó]n(es)?\b/i },
    { idea: 'feeling faint', term: 'sentirte a punto de desmayarte', words: /te vas a desmayar|te desmayabas/i },
    { idea: 'bleeding condition', term: 'enfermedad que te hace sangrar con facilidad', words: /enfermedad de la sangre/i },
    { idea: 'very unwell', term: 'estar muy mal', words: /estar muy enfermo/i },
    { idea: 'red or pink pee', term: 'roja o rosada', words: /roja o rosa\b/i },
  ],
  fr: [
    { idea: 'feeling faint', term: 'se sentir sur le point de s’évanouir', words: /\bmalaise\b|\bse sentir mal\b|je me sens mal\b/i },
    { idea: 'bleeding condition', term: 'maladie qui vous fait saigner facilement', words: /maladie du saignement/i },
    { idea: 'very unwell', term: 'être très mal', words: /état très grave/i },
  ],
  de: [
    { idea: 'feeling faint', term: 'sich einer Ohnmacht nahe fühlen', words: /Schwächegefühl|Schwäche- oder Schwindelgefühl/ },
    { idea: 'short of breath', term: 'Atemnot', words: /kurzatmig/i },
    { idea: 'the care plan', term: 'Plan zur Selbsthilfe', words: /Pflegeplan/ },
    { idea: 'bleeding condition', term: 'Erkrankung, durch die Sie leicht bluten', words: /Blutungserkrankung/ },
    { idea: 'red or pink pee', term: 'rot oder rosafarben', words: /\brosa\b/ },
    { idea: 'a knock to the back', term: 'Schlag auf den Rücken', words: /\bStoß(?![a-zäöüß])/ },
  ],
};

describe('the glossary’s one term per idea', () => {
  for (const [language, entries] of Object.entries(rejected)) {
    for (const { idea, term, words } of entries) {
      it(`${language}: “${idea}” is always “${term}”`, () => {
        const catalogue = catalogues[language as keyof typeof rejected] as Record<string, string>;
        const offending = Object.entries(catalogue)
          .filter(([, message]) => words.test(message))
          .map(([id]) => id);
        expect(offending).toEqual([]);
      });
    }
  }
});
