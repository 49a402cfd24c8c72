// The same triage in every language: words are a separate step over what the engine decided, so a language can
// change only the words, and a stored assessment can be worded again in any language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport1, anyReport2, anyReport3, report, report3 } from '../../test/support/reports.ts';
import type { Assessment, Report1 } from '../contract/types.ts';
import { validateAssessment } from '../contract/validate.ts';
import { catalogues, translator, type MessageId } from '../i18n/messages.ts';
import { qualityWords } from '../knowledge/situation.ts';
import { languages, languageTags } from '../i18n/languages.ts';
import { AppError } from '../contract/errors.ts';
import { assess, assessStopped, decide, emergencyFrom, policies, policy2, policy3, reword, type Policy } from './assess.ts';
import { say, sentences } from './words.ts';

const english = translator('en');
const others = languages.filter((language) => language !== 'en');

/** Everything the engine decides: what no language may change. */
const decided = (a: Assessment) => ({
  policyVersion: a.policyVersion,
  hoursSinceMassage: a.hoursSinceMassage,
  level: a.level,
  reasons: a.reasons.map(({ code, level, source, answers }) => ({ code, level, source, answers })),
  actions: a.plan.actions.map(({ text: _text, ...rest }) => rest),
  timeline: a.timeline,
  contributors: a.contributors.map(({ region, source }) => ({ region, source })),
  watchFor: a.watchFor,
});

/** Every field a person reads. */
const words = (a: Assessment) => [
  a.summary.title,
  a.summary.doNow,
  a.disclaimer,
  ...a.reasons.map((r) => r.explanation),
  ...a.plan.actions.map((action) => action.text),
  ...a.contributors.flatMap((c) => [c.name, c.explanation]),
];

/** The report's assessment, or null when the policy refuses it (a follow-up missing): refused in every language alike. */
function assessedOrRefused(r: Report1, policy: Policy<Report1>, t = english): Assessment | string {
  try {
    return assess(r, policy, t);
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('every language decides the same', () => {
  const cases = [
    ['1', anyReport1],
    ['2', anyReport2(false)],
    ['3', anyReport3(false)],
  ] as const;
  for (const [version, reports] of cases) {
    it(`policy ${version}: level, reasons, actions and their details, timeline and watch list are English's in es, fr and de; no word is empty`, () => {
      const policy = policies[version] as unknown as Policy<Report1>;
      fc.assert(
        fc.property(reports as fc.Arbitrary<Report1>, (r) => {
          const inEnglish = assessedOrRefused(r, policy);
          for (const language of others) {
            const inLanguage = assessedOrRefused(r, policy, translator(language));
            if (typeof inEnglish === 'string') {
              expect(inLanguage).toBe(inEnglish);
              continue;
            }
            if (typeof inLanguage === 'string') throw new Error(`${language} refused what English assessed`);
            expect(decided(inLanguage)).toEqual(decided(inEnglish));
            for (const text of words(inLanguage)) expect(text.trim(), language).not.toBe('');
            expect(validateAssessment(inLanguage)).toBe(true);
          }
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('the words really are the language’s own: a German emergency says the German call script, a Spanish one the Spanish explanation', () => {
    const r = report3({ nerve: { saddleNumbness: true } });
    const de = assess(r, policy3, translator('de'));
    expect(de.summary.title).toBe(catalogues.de['engine.level.emergency.title']);
    expect(de.plan.actions[0]!.text).toContain('Sagen Sie: „Ich hatte eine Massage');
    expect(de.plan.actions[0]!.text).toContain(catalogues.de['engine.reason.saddle-numbness.told']);
    const es = assess(r, policy3, translator('es'));
    expect(es.reasons[0]!.explanation).toBe(catalogues.es['engine.reason.saddle-numbness.explain']);
    expect(es.disclaimer).toBe(catalogues.es['shell.notADiagnosis']);
  });

  it('answers built into sentences are worded in the language: lists, choices and numbers', () => {
    const noHistory = { aged70OrOver: false, fragileBones: false, cancer: false };
    const r = report({ pain: { qualities: ['sharp', 'electric'], radiation: 'thigh' }, nerve: { bothLegs: false }, history: noHistory });
    const fr = assess(r, policy2, translator('fr'));
    expect(fr.reasons.find((reason) => reason.code === 'sharp-pain')!.explanation).toContain(
      'Vous avez décrit la douleur comme vive et comme une décharge électrique.',
    );
    expect(fr.reasons.find((reason) => reason.code === 'pain-down-leg')!.explanation).toContain('descend dans la cuisse');
    const late = report({ pain: { trend: 'worse', severity: 5 }, localSigns: { swelling: true, bruising: true }, history: noHistory }, 100);
    const de = assess(late, policy2, translator('de'));
    expect(de.reasons.find((reason) => reason.code === 'local-signs-not-improving')!.explanation).toContain(
      'Seit der Massage sind 4 Tage vergangen, und die Schwellung und der Bluterguss werden nicht besser.',
    );
  });
});

describe('words of lists and sentences', () => {
  it('a list of one says that one thing, as Intl.ListFormat does, in every language; longer lists are joined by it', () => {
    for (const language of languages) {
      const t = translator(language);
      const format = new Intl.ListFormat(languageTags[language], { type: 'conjunction' });
      for (const qualities of [['sharp'], ['sharp', 'electric'], ['sharp', 'shooting', 'electric']]) {
        const items = qualities.map((quality) => t(`engine.words.quality.${quality}` as MessageId));
        expect(say(['engine.reason.sharp-pain.explain', { qualities: qualities.map(qualityWords) }], t), language).toBe(
          t('engine.reason.sharp-pain.explain', { qualities: format.format(items) }),
        );
      }
    }
  });

  it('a stored answer no message knows (from an older version) is said as it was given, never an error', () => {
    const stored = { 'pain.qualities': ['sharp', 'stabbing'] };
    for (const language of languages)
      expect(
        say(['engine.reason.sharp-pain.explain', { qualities: stored['pain.qualities'].map(qualityWords) }], translator(language)),
      ).toContain('stabbing');
  });

  it('sentences are each said, one space between them', () => {
    const t = translator('fr');
    const said = sentences(['engine.action.hydrate.text', qualityWords('stabbing'), 'engine.call.do-not-drive'], t);
    expect(said).toBe(`${t('engine.action.hydrate.text')} stabbing ${t('engine.call.do-not-drive')}`);
    expect(sentences([], t)).toBe('');
  });
});

describe('a stored assessment worded again', () => {
  it('is, in every language, exactly what assessing its report in that language says', () => {
    fc.assert(
      fc.property(anyReport3(true), (r) => {
        const stored = JSON.parse(JSON.stringify(assess(r, policy3, english))) as Assessment;
        for (const language of languages) expect(reword(stored, r, translator(language))).toEqual(assess(r, policy3, translator(language)));
      }),
      { numRuns: 300 },
    );
  });

  it('an older policy’s check-in is worded from its own table (policy 2’s stays policy 2’s)', () => {
    const r = report({ general: { bloodThinners: true }, localSigns: { swelling: true } });
    const stored = assess(r, policy2, english);
    expect(reword(stored, r, translator('es'))).toEqual(assess(r, policy2, translator('es')));
  });

  it('a check-in stopped at an emergency answer is worded again from what it was given', () => {
    const stopped = { reportedAt: '2026-03-03T09:00:00Z', massage: report().massage, nerve: { saddleNumbness: true } };
    const stored = assessStopped(stopped, policy3, english)!;
    expect(reword(stored, stopped, translator('fr'))).toEqual(assessStopped(stopped, policy3, translator('fr')));
  });

  it('decides without words, and the emergency short-cut words its advice in the language asked', () => {
    const decision = decide(report3(), policy3);
    expect(decision).not.toHaveProperty('summary');
    expect(JSON.stringify(decision)).not.toMatch(/"(summary|explanation|text|name|disclaimer)"/);
    expect(emergencyFrom({ 'nerve.saddleNumbness': true }, policy3, translator('es'))!.summary.title).toBe(
      catalogues.es['engine.level.emergency.title'],
    );
  });
});
