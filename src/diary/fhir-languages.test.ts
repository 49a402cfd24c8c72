// The FHIR Questionnaire in four languages: English in each element, and HL7's translation extension beside it for
// Spanish, French and German, on every item's text, every answer's display and the title; still valid FHIR R4.
import type { Coding, Extension, QuestionnaireItem } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirJsProblems } from '../../test/support/fhir-js.ts';
import { medplumProblems } from '../../test/support/fhir-medplum.ts';
import { fhirProblems } from '../../test/support/fhir-schema.ts';
import type { PolicyVersion } from '../contract/types.ts';
import { catalogues } from '../i18n/messages.ts';
import { questionnaireResource, translationExtension } from './fhir.ts';

type Translated = { _text?: { extension?: Extension[] }; _display?: { extension?: Extension[] } };

/** Each translation of a primitive, as language → words; what is not a well-formed translation is kept apart. */
function translationsOf(element: { extension?: Extension[] } | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const extension of element?.extension ?? []) {
    expect(extension.url).toBe(translationExtension);
    const lang = extension.extension?.find((part) => part.url === 'lang')?.valueCode;
    const content = extension.extension?.find((part) => part.url === 'content')?.valueString;
    expect(extension.extension).toHaveLength(2);
    if (lang && content) found[lang] = content;
  }
  return found;
}

const allItems = (items: readonly QuestionnaireItem[] = []): QuestionnaireItem[] => items.flatMap((item) => [item, ...allItems(item.item)]);

/** The catalogue messages whose English is `english`: the text an element says in each language. */
const wordsOf = (english: string) => {
  const ids = Object.entries(catalogues.en)
    .filter(([, message]) => message === english)
    .map(([id]) => id as keyof typeof catalogues.en);
  expect(ids.length, english).toBeGreaterThan(0);
  // FHIR strings have plain spaces where French has no-break ones.
  const plain = (text: string) => text.replace(/\u00a0/g, ' ');
  return { es: catalogues.es[ids[0]!], fr: plain(catalogues.fr[ids[0]!]), de: catalogues.de[ids[0]!] };
};

describe('the FHIR Questionnaire in four languages', () => {
  for (const version of ['1', '2', '3'] as PolicyVersion[]) {
    const questionnaire = questionnaireResource(version);
    const items = allItems(questionnaire.item);

    it(`policy ${version}: every item's text has its Spanish, French and German translations, the catalogue's`, () => {
      expect(items.length).toBeGreaterThan(20);
      for (const item of items) {
        expect(item.text, item.linkId).toBeTruthy();
        expect(translationsOf((item as Translated)._text), item.linkId).toEqual(wordsOf(item.text!));
      }
    });

    it(`policy ${version}: every answer's display has its three translations, and the codes are unchanged`, () => {
      const codings = items.flatMap((item) => (item.answerOption ?? []).map((option) => option.valueCoding as Coding & Translated));
      expect(codings.length).toBeGreaterThan(10);
      for (const coding of codings) {
        expect(coding.code).toMatch(/^[a-z0-9-]+$/);
        expect(translationsOf(coding._display), coding.code).toEqual(wordsOf(coding.display!));
      }
      const title = translationsOf((questionnaire as { _title?: { extension?: Extension[] } })._title);
      expect(Object.keys(title).sort()).toEqual(['de', 'es', 'fr']);
      expect(title.de).toContain(version);
    });

    it(`policy ${version}: is still valid FHIR R4 to three validators`, () => {
      expect(fhirProblems(questionnaire as { resourceType: string })).toEqual([]);
      expect(medplumProblems(questionnaire)).toEqual([]);
      expect(fhirJsProblems(questionnaire as { resourceType: string; id?: string })).toEqual([]);
    }, 60_000);
  }

  it('keeps English in the element itself: the Questionnaire reads as before to software that knows no extension', () => {
    const item = allItems(questionnaireResource('3').item).find((i) => i.linkId === 'bladderBowel.bladderControlLoss')!;
    expect(item.text).toBe('Have you lost control of your bladder, so that urine leaks without warning?');
    expect(translationsOf((item as Translated)._text).fr).toBe(
      'Avez-vous des fuites d’urine sans prévenir, que vous ne pouvez pas retenir ?',
    );
  });
});
