// The terminal questionnaire in the command line's language: the questions, answers and re-asks in German, typed
// answers in German or English, and the same stop at the first emergency answer.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { interview } from './interactive.ts';

async function ask(language: 'en' | 'de' | 'fr', lines: readonly string[]) {
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk) => (out += chunk));
  const code = await interview({
    input: Readable.from([lines.join('\n') + '\n']),
    output,
    now: () => new Date('2026-03-03T09:00:00Z'),
    timeZone: 'Europe/Berlin',
    isTerminal: false,
    t: translator(language),
  });
  return { code, out };
}

const de = translator('de');

describe('the terminal questionnaire in German', () => {
  it('asks the red flags in German, takes "j" for yes, and stops at the first emergency answer', async () => {
    const { code, out } = await ask('de', ['n', 'j', 'n']);
    expect(code).toBe(0);
    expect(out).toContain(`-- ${de('questionnaire.section.red-flags.title')} --`);
    expect(out).toContain(de('questionnaire.bladder-control-loss.prompt'));
    expect(out).toContain(de('questionnaire.bowel-control-loss.prompt'));
    expect(out).toContain('(j/n)');
    // The answer's heading is the level's name in German, in capitals, as the terminal writes it.
    expect(out).toContain(de('engine.level.emergency.name').toUpperCase());
    // Nothing is asked after the emergency answer.
    expect(out).not.toContain(de('questionnaire.difficulty-urinating.prompt-2'));
    expect(out).not.toContain('Have you lost control');
  });

  it('re-asks a bad answer in German, and takes English y/n as well', async () => {
    const { out } = await ask('de', ['vielleicht', 'nein', 'n', 'no', 'n', '9', '1', '2']);
    expect(out).toContain('Bitte antworten Sie mit j (ja) oder n (nein).');
    expect(out).toContain('Bitte geben Sie eine Zahl von 1 bis 3 ein.');
    // The tick-list's items, numbered in German, with "Nichts davon" last.
    expect(out).toContain(`1) ${de('questionnaire.since-massage.breathless-or-chest-pain')}`);
    expect(out).toContain(`) ${de('questionnaire.answer.none-of-these')}`);
    expect(out).not.toContain('Please answer y (yes) or n (no).');
  });

  it('takes the same answers to the same end in English and in German', async () => {
    const answers = ['n', 'n', 'n', 'n', '1', '1'];
    const english = await ask('en', answers);
    const german = await ask('de', answers);
    expect(german.code).toBe(english.code);
    expect(english.out).toContain('EMERGENCY');
    expect(german.out).toContain('NOTFALL');
  });

  it('says when it stops at the end of input, in German', async () => {
    const { code, out } = await ask('de', ['n']);
    expect(code).toBe(130);
    expect(out).toContain('Abgebrochen. Nichts wurde gespeichert.');
  });

  it('in French, takes "o" for yes', async () => {
    const { out } = await ask('fr', ['o']);
    expect(out).toContain('Avez-vous des fuites d’urine sans prévenir');
    expect(out).toContain('URGENCE');
  });
});
