// The clinic's fields are named in the reader's language inside the API's errors (issue 17); the code and the path
// are the same in every language.
import { describe, expect, it } from 'vitest';
import { readText } from '../contract/text.ts';
import { languages } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { clinicNameRule } from './accounts.ts';
import { readContactLine, readContactNote } from './reaching.ts';
import { refusal } from '../../test/support/refusal.ts';

const cases = [
  { read: () => readText('', clinicNameRule), path: 'clinicName', label: 'clinic.label.clinicName' },
  { read: () => readContactNote('  '), path: 'note', label: 'clinic.label.contactNote' },
  { read: () => readContactLine('x'.repeat(500)), path: 'contactLine', label: 'clinic.label.contactLine' },
  { read: () => readContactLine('a\u0007b'), path: 'contactLine', label: 'clinic.label.contactLine' },
] as const;

describe('a clinic field refused, in every language', () => {
  it.each(cases)('$path: the same code and path, the field named in the reader’s words', ({ read, path, label }) => {
    const error = refusal(read);
    for (const language of languages) {
      const t = translator(language);
      const body = error.toBody(t).error;
      expect(body.code, language).toBe('invalid-input');
      expect(
        body.issues!.map((issue) => issue.path),
        language,
      ).toEqual([path]);
      expect(body.message.toLocaleLowerCase(), language).toContain(t(label).toLocaleLowerCase());
    }
  });

  it('says them as people do', () => {
    const missing = refusal(() => readText('', clinicNameRule));
    expect(missing.toBody(translator('en')).error.message).toBe("Enter the clinic's name");
    expect(missing.toBody(translator('es')).error.message).toBe('Escribe el nombre del centro');
    expect(missing.toBody(translator('fr')).error.message).toBe('Indiquez le nom du cabinet');
    expect(missing.toBody(translator('de')).error.message).toBe('Bitte ausfüllen: der Name der Praxis');
    const typed = refusal(() => readContactLine('a\u0007b'));
    expect(typed.toBody(translator('de')).error.message).toMatch(/^Die Kontaktzeile der Praxis enthält ein Zeichen/);
  });
});
