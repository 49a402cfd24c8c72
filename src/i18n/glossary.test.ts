import { describe, expect, it } from 'vitest';
import { levelGuidance, levelNames, levelsByUrgency } from '../knowledge/levels.ts';
import { languages } from './languages.ts';
import { catalogues, type MessageId } from './messages.ts';

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
    // lang17: "agujetas" is said in Spain only; MedlinePlus en español says "dolor muscular" (ML-DOMS).
    { idea: 'delayed-onset muscle soreness', term: 'dolor muscular', words: /agujetas/i },
    // lang17: a flag the clinic sees is an "alerta"; "señal" is a warning sign the person ticks.
    {
      idea: 'a flag raised for the clinic',
      term: 'alerta',
      words: /(?:activó|activada|activadas) la señal|señal activada|señales activadas/i,
    },
    // lang17b: "es el masaje eliminando" is English's "it is the massage flushing" word for word.
    { idea: 'not the massage flushing anything out', term: 'no se debe a que el masaje esté eliminando', words: /el masaje eliminando/i },
    // lang17b: "tumbarse" is said in Spain; "acostarse" everywhere.
    { idea: 'lie down', term: 'acuéstate', words: /\bt[úu]mba(?:te|do|da|rse)\b/i },
    { idea: 'these signs together', term: 'todo esto junto', words: /juntas, estas cosas/i },
    // lang17b: said of the skin, so the words fit every reader, not only a man.
    { idea: 'looking very pale', term: 'tener la piel muy pálida', words: /\bpálido\b/i },
    { idea: 'dizzy', term: 'sentir mareo', words: /\bmareado\b/i },
    // lang17c: said to the reader, in the second person, as French was.
    { idea: 'hospital staff need to check this', term: 'tienen que revisarte en el hospital', words: /personal del hospital/i },
    // lang17c: words about the reader fit every reader, not only a man.
    { idea: 'confused', term: 'tener confusión', words: /\bconfundido\b/i },
    { idea: 'hard to stay awake', term: 'no dormirte', words: /mantenerte despierto|quedes dormido/i },
    { idea: 'if you are worried', term: 'si algo te preocupa', words: /\bpreocupado\b/i },
    { idea: 'if you are not sure', term: 'si tienes dudas', words: /\best[áa]s? seguro\b|\bestés seguro\b/i },
    { idea: 'as an adult', term: 'en la edad adulta', words: /siendo adulto/i },
    // lang17c: a sign is a "señal" on the clinic's dashboard too.
    { idea: 'local signs (swelling or bruising where the massage was)', term: 'señales locales', words: /\bsignos? locales?\b/i },
  ],
  fr: [
    { idea: 'feeling faint', term: 'se sentir sur le point de s’évanouir', words: /\bmalaise\b|\bse sentir mal\b|je me sens mal\b/i },
    { idea: 'bleeding condition', term: 'maladie qui vous fait saigner facilement', words: /maladie du saignement/i },
    { idea: 'very unwell', term: 'être très mal', words: /état très grave/i },
    // lang17b: said to the reader, in the second person, as English says it.
    { idea: 'it needs help straight away', term: 'vous avez besoin d’aide tout de suite', words: /il faut de l’aide/i },
    {
      idea: 'hospital staff need to check this',
      term: 'cela doit être vérifié tout de suite à l’hôpital',
      words: /personnel de l’hôpital/i,
    },
    { idea: 'your bladder, your bowels', term: 'vos urines, vos selles', words: /\bses (?:urines|selles)\b/i },
    { idea: 'coughing up blood', term: 'cracher du sang', words: /toux avec du sang/i },
    // lang17c: words about the reader fit every reader where French allows it, not only a man.
    { idea: 'short of breath (said of the reader)', term: 'avoir du mal à respirer', words: /essoufflée?s?(?!\p{L})/iu },
    {
      idea: 'fainted (said to the reader)',
      term: 'avoir perdu connaissance',
      words: /(?:vous vous êtes|je me suis) évanouie?|vous êtes sentie? sur le point/iu,
    },
    { idea: 'if you are not sure', term: 'en cas de doute', words: /pas sûre?s?(?!\p{L})/iu },
    { idea: 'if you are worried', term: 'si quelque chose vous inquiète', words: /êtes inqui(?:et|ète)/iu },
    { idea: 'a fall', term: 'avoir fait une chute', words: /êtes(?:-vous)? tombée?|suis tombée?/iu },
    { idea: 'a link only you have', term: 'que personne d’autre n’a', words: /vous seule? avez/iu },
  ],
  de: [
    { idea: 'feeling faint', term: 'sich einer Ohnmacht nahe fühlen', words: /Schwächegefühl|Schwäche- oder Schwindelgefühl/ },
    { idea: 'short of breath', term: 'Atemnot', words: /kurzatmig/i },
    { idea: 'the care plan', term: 'Plan zur Selbsthilfe', words: /Pflegeplan/ },
    { idea: 'bleeding condition', term: 'Erkrankung, durch die Sie leicht bluten', words: /Blutungserkrankung/ },
    { idea: 'red or pink pee', term: 'rot oder rosafarben', words: /\brosa\b/ },
    { idea: 'a knock to the back', term: 'Schlag auf den Rücken', words: /\bStoß(?![a-zäöüß])/ },
    // lang17b
    { idea: 'nerves being squeezed', term: 'eingeklemmt', words: /abgedrückt/i },
    { idea: 'coughing up blood', term: 'Bluthusten', words: /Blut husten/i },
    // "den Notruf rufen" lacks its "an": a call is "den Notruf anrufen" (or "die 112 wählen").
    { idea: 'call the emergency number', term: 'Rufen Sie den Notruf an', words: /\bRufen Sie\b[^.,:;]*\bNotruf\b(?![^.,:;]*\ban\b)/i },
    { idea: 'my pee turned red', term: 'Mein Urin ist … rot geworden', words: /\bwurde rot nach\b/ },
    { idea: 'which signs of being very unwell', term: 'woran Sie merken, dass Sie sehr krank sind', words: /welche (?:An)?zeichen eines/i },
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

// lang17
describe('the levels of advice: one name each, said the same way everywhere (docs/glossary.md)', () => {
  const dashboardCount: Readonly<Record<(typeof levelsByUrgency)[number], MessageId | undefined>> = {
    emergency: 'clinic.dashboard.count.emergency',
    urgent: 'clinic.dashboard.count.urgent',
    'see-clinician': 'clinic.dashboard.count.see-clinician',
    'self-care': undefined,
  };
  for (const language of languages) {
    const catalogue = catalogues[language] as Record<string, string>;
    it(`${language}: a level's name has no colon of its own: pages put it after one ("Résultat : {level}")`, () => {
      const withColon = levelsByUrgency.filter((level) => catalogue[levelNames[level]]!.includes(':'));
      expect(withColon).toEqual([]);
    });
    it(`${language}: the emergency and urgent titles open with their level's name, as the banner above them says it`, () => {
      for (const level of ['emergency', 'urgent'] as const) {
        const name = catalogue[levelNames[level]]!;
        expect(catalogue[levelGuidance[level].title], level).toMatch(new RegExp(`^${name}\\u00a0?:`, 'u'));
      }
    });
    it(`${language}: the clinic's dashboard counts each level under the level's own name`, () => {
      for (const level of levelsByUrgency) {
        const count = dashboardCount[level];
        if (count)
          expect(catalogue[count]!.toLocaleLowerCase(language), level).toBe(catalogue[levelNames[level]]!.toLocaleLowerCase(language));
      }
    });
  }
});

describe('es: a warning sign is a "señal" (docs/glossary.md)', () => {
  it('"síntoma" is only where English says "symptom" (the nerve symptoms), never for a sign on the lists', () => {
    const english = catalogues.en as Record<string, string>;
    const offending = Object.entries(catalogues.es as Record<string, string>)
      .filter(([id, message]) => /síntoma/i.test(message) && !/symptom/i.test(english[id]!))
      .map(([id]) => id);
    expect(offending).toEqual([]);
  });
});

// lang17b
describe('de: a warning sign is always an "Anzeichen" (docs/glossary.md)', () => {
  it('a bare "Zeichen" is only where English says "character" (a letter typed), never for a sign', () => {
    const english = catalogues.en as Record<string, string>;
    const offending = Object.entries(catalogues.de as Record<string, string>)
      .filter(([id, message]) => /(?<!\p{L})Zeichen/u.test(message) && !/character/i.test(english[id]!))
      .map(([id]) => id);
    expect(offending).toEqual([]);
  });
});

// lang17c
describe('es: a question is asked plainly, never in the negative (docs/glossary.md)', () => {
  it('no question opens with « ¿No … » (« ¿No puedes orinar? » leaves unclear what « sí » and « no » mean)', () => {
    const offending = Object.entries(catalogues.es as Record<string, string>)
      .filter(([, message]) => /^¿No\s[^?]*\?$/u.test(message))
      .map(([id]) => id);
    expect(offending).toEqual([]);
  });
});

describe('de: a question is asked plainly, never in the negative (docs/glossary.md)', () => {
  it('no question opens with „Können Sie kein/nicht …“ (its „Ja“ and „Nein“ are unclear)', () => {
    const offending = Object.entries(catalogues.de as Record<string, string>)
      .filter(([, message]) => /^\p{Lu}\p{L}* Sie (?:kein\p{L}*|nicht)(?!\p{L})[^?]*\?$/u.test(message))
      .map(([id]) => id);
    expect(offending).toEqual([]);
  });
});

describe('fr: a question is asked plainly, never in the negative (docs/glossary.md)', () => {
  it('no question opens with « Ne … » or « N’… » (« Ne pouvez-vous plus … ? » reads as if the answer were yes)', () => {
    const offending = Object.entries(catalogues.fr as Record<string, string>)
      .filter(([, message]) => /^N(?:e\s|’)[^?]*\?$/u.test(message))
      .map(([id]) => id);
    expect(offending).toEqual([]);
  });
});
