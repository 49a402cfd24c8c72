// The questionnaire's steps in each language: what a person reads is the catalogue's, and what the form sends is not.
import { describe, expect, it } from 'vitest';
import { languages } from '../../i18n/languages.ts';
import { catalogues, translator } from '../../i18n/messages.ts';
import { steps } from '../draft.ts';
import { escapeText } from '../html.ts';
import { stepPage } from './step.ts';

const redFlags = steps.find((section) => section.id === 'red-flags')!;
const massage = steps.find((section) => section.id === 'massage')!;
const render = (language: (typeof languages)[number], section = redFlags, errors: Parameters<typeof stepPage>[0]['errors'] = []) =>
  stepPage({
    shell: { t: translator(language), path: `/check/${section.id}` },
    section,
    values: {},
    errors,
    timeZone: 'Europe/Madrid',
    asked: [],
    now: new Date('2026-03-03T09:00:00Z'),
    country: 'ES',
  });

/** Every word of the red-flag step a person reads: the title, each prompt and hint, each answer and tick. */
const redFlagWords = redFlags.questions.flatMap((question) => [
  question.prompt,
  ...(question.hint ? [question.hint] : []),
  ...(question.options ?? []).map(([, label]) => label),
  ...(question.items ?? []).map(([, label]) => label),
]);

describe('the red-flag step in each language', () => {
  for (const language of languages.filter((l) => l !== 'en')) {
    it(`${language}: every prompt, answer and tick is the ${language} catalogue's, and no English one is left`, () => {
      const page = render(language);
      expect(page).toContain(`<html lang="${language}`);
      for (const id of [redFlags.title, ...redFlagWords]) {
        expect(page, id).toContain(escapeText(catalogues[language][id]));
        // Long English sentences only: a word such as "No" may be the same in two languages.
        if (catalogues.en[id].length > 20) expect(page, id).not.toContain(escapeText(catalogues.en[id]));
      }
      expect(page).toContain(escapeText(translator(language)('questionnaire.step.continue')));
      expect(page).toContain(escapeText(translator(language)('questionnaire.step.progress', { step: 1, steps: steps.length })));
    });
  }

  it('sends the same names and values in every language: only the words change', () => {
    const controls = (page: string) => [...page.matchAll(/<input [^>]*name="([^"]+)" value="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    const english = controls(render('en'));
    expect(english.length).toBeGreaterThan(10);
    for (const language of languages) expect(controls(render(language)), language).toEqual(english);
  });

  it('keeps the English step exactly as it read before languages', () => {
    const page = render('en');
    expect(page).toContain('Have you lost control of your bladder, so that urine leaks without warning?');
    expect(page).toContain('<legend class="question-label">Since the massage, have you had any of these?</legend>');
    expect(page).toContain('>None of these</label>');
    expect(page).toContain('<p class="progress">Step 1 of 4</p>');
  });

  it('says an error in the reader’s language, in the summary and under its field', () => {
    const page = render('es', redFlags, [{ path: 'nerve.saddleNumbness', message: { id: 'questionnaire.error.choose-yes-or-no' } }]);
    expect(page).toContain('<h2 id="error-summary-title">Hay un problema</h2>');
    expect(page).toContain('<a href="#q-nerve-saddleNumbness">Elige sí o no</a>');
    expect(page).toContain('<span class="visually-hidden">Hay un error:</span> Elige sí o no');
    expect(page).toContain('<title>Hay un error: Primero, unas preguntas de seguridad');
  });

  it('words the time of the massage and its zone in the reader’s language, the zone values unchanged', () => {
    const page = render('de', massage);
    expect(page).toContain('>Gestern</label>');
    expect(page).toContain('Zeitzone ändern');
    expect(page).toContain('<optgroup label="Europa">');
    expect(page).toContain('value="Europe/Berlin"');
    expect(page).not.toContain('Change time zone');
  });
});
