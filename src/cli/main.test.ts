// The command line's three modes, driven in-process through main(deps, argv).
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
// The command line's default is the current policy (3): `report` is policy 3's calm report, `report2` policy 2's.
import { report as report2, report1, report3 as report } from '../../test/support/reports.ts';
import { inputText, vignettes, vignettes2, vignettes3 } from '../../test/support/vignettes.ts';
import { validateAssessment, validateContractErrorBody2 as validateErrorBody } from '../contract/validate.ts';
import { catalogues, translator } from '../i18n/messages.ts';
import { maxLineLength, writeSize } from './json-lines.ts';
import { languageOfLocale, main, type CliDeps } from './main.ts';

function run(
  argv: string[],
  stdin = '',
  files: Record<string, string> = {},
  now = '2026-03-03T09:00:00Z',
  language?: string,
  timeZone = 'Europe/London',
) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const deps: CliDeps = {
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    },
    now: () => new Date(now),
    timeZone,
    isTerminal: false,
    language,
  };
  return main(deps, argv).then((code) => ({ code, out, err }));
}

describe('assess --json', () => {
  it('prints one assessment and exits 0', async () => {
    const { code, out } = await run(['assess', '--json', 'report.json'], '', { 'report.json': JSON.stringify(report()) });
    expect(code).toBe(0);
    const body = JSON.parse(out);
    expect(validateAssessment(body)).toBe(true);
    expect(body.level).toBe('self-care');
  });
  it('reads standard input with -', async () => {
    const { code, out } = await run(
      ['assess', '--json', '-'],
      JSON.stringify(
        report({
          general: { fever: true, veryUnwell: false, musclesVeryPainfulOrWeak: false },
          bladderBowel: { littleOrNoUrine: false },
        }),
      ),
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).level).toBe('urgent');
  });
  it('prints the error object on stdout, one line on stderr, and exits 2 for a refused report', async () => {
    const { code, out, err } = await run(['assess', '--json', '-'], JSON.stringify({ ...report(), pain: { severity: 'x' } }));
    expect(code).toBe(2);
    const body = JSON.parse(out);
    expect(validateErrorBody(body)).toBe(true);
    expect(body.error.code).toBe('invalid-input');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('pain.severity');
  });
  it('exits 2 with malformed-json for text that is not JSON', async () => {
    const { code, out } = await run(['assess', '--json', '-'], '{nope');
    expect(code).toBe(2);
    expect(JSON.parse(out).error.code).toBe('malformed-json');
  });
  it('exits 66 naming the file it cannot read', async () => {
    const { code, err } = await run(['assess', '--json', 'missing.json']);
    expect(code).toBe(66);
    expect(err).toContain('missing.json');
  });
  it('exits 64 when --json has no file', async () => {
    expect((await run(['assess', '--json'])).code).toBe(64);
  });
});

describe('assess --jsonl', () => {
  it.each([
    ['3 (the default)', [] as string[], vignettes3],
    ['2', ['--policy', '2'], vignettes2],
    ['1', ['--policy', '1'], vignettes],
  ])('answers every vignette of policy %s in order, one line each', async (_name, options, cases) => {
    const { code, out } = await run(['assess', ...options, '--jsonl'], cases.map(inputText).join('\n') + '\n');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(cases.length);
    lines.forEach((line, k) => {
      const body = JSON.parse(line);
      const want = cases[k]!.expect;
      if (want.error) expect(body.error.code).toBe(want.error);
      else expect(body.level).toBe(want.level);
    });
  });
  it('answers bad lines with their error and goes on', async () => {
    const good = JSON.stringify(report());
    const input = [good, '{not json', '', '[]', JSON.stringify({ ...report(), reportedAt: '2026-03-01T00:00:00Z' }), good].join('\n');
    const { code, out } = await run(['assess', '--jsonl'], input);
    expect(code).toBe(0);
    const bodies = out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(bodies.map((b) => b.error?.code ?? b.level)).toEqual([
      'self-care',
      'malformed-json',
      'malformed-json',
      'invalid-input',
      'report-before-massage',
      'self-care',
    ]);
  });
  it('handles CRLF line ends and a last line without a newline', async () => {
    const good = JSON.stringify(report());
    const { out } = await run(['assess', '--jsonl'], `${good}\r\n${good}`);
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).level),
    ).toEqual(['self-care', 'self-care']);
  });
  it('reads lines split across chunks', async () => {
    const good = JSON.stringify(report());
    const text = `${good}\n${good}\n`;
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += c));
    const chunks = [text.slice(0, 7), text.slice(7, good.length + 3), text.slice(good.length + 3)];
    await main(
      {
        stdin: Readable.from(chunks),
        stdout,
        stderr: new PassThrough(),
        readFile: async () => '',
        now: () => new Date(),
        timeZone: 'UTC',
        isTerminal: false,
      },
      ['assess', '--jsonl'],
    );
    expect(out.trimEnd().split('\n')).toHaveLength(2);
  });
  it("writes a chunk's answers in pieces of about writeSize characters, in order, never one of 128 KiB (a large object to V8)", async () => {
    // Enough lines, in one chunk, for four pieces or more, whatever an answer's length.
    const answerLength = (await run(['assess', '--jsonl', '--policy', '2'], JSON.stringify(report2()) + '\n')).out.length;
    const count = Math.ceil((4 * writeSize) / answerLength);
    const lines = Array.from({ length: count }, (_, k) => JSON.stringify(report2({}, k + 1)));
    const writes: string[] = [];
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk.toString());
        done();
      },
    });
    const deps = { stdin: Readable.from([lines.join('\n') + '\n']), stdout, stderr: new PassThrough(), readFile: async () => '' };
    const clock = { now: () => new Date('2026-03-03T09:00:00Z'), timeZone: 'UTC', isTerminal: false };
    expect(await main({ ...deps, ...clock }, ['assess', '--jsonl', '--policy', '2'])).toBe(0);

    const answers = writes.join('').trimEnd().split('\n');
    expect(answers.map((line) => JSON.parse(line).hoursSinceMassage)).toEqual(lines.map((_, k) => k + 1));
    const longest = Math.max(...answers.map((line) => line.length + 1));
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const text of writes.slice(0, -1)) expect(text.length).toBeGreaterThanOrEqual(writeSize);
    for (const text of writes) {
      expect(text.length).toBeLessThan(writeSize + longest);
      // Under 128 KiB even at two bytes a character.
      expect(2 * text.length).toBeLessThan(128 * 1024);
    }
  });
  it('answers an endless line with an error instead of holding it in memory', async () => {
    const huge = 'x'.repeat((1 << 20) + 10);
    const { out } = await run(['assess', '--jsonl'], `${huge}\n${JSON.stringify(report())}\n`);
    const bodies = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bodies.map((b) => b.error?.code ?? b.level)).toEqual(['invalid-input', 'self-care']);
  });
});

describe('--policy', () => {
  it('answers a policy-1 report with policy 1 in every mode, and refuses it under the default policy', async () => {
    const json = await run(['assess', '--policy', '1', '--json', '-'], JSON.stringify(report1()));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).policyVersion).toBe('1');
    expect((await run(['assess', '--json', '-'], JSON.stringify(report1()))).code).toBe(2);
  });
  it('assesses under policy 3 by default, and with --policy 3', async () => {
    const sidePain = JSON.stringify(report({ general: { suddenSidePain: true } }));
    for (const options of [[], ['--policy', '3']]) {
      const json = await run(['assess', ...options, '--json', '-'], sidePain);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.out)).toMatchObject({ policyVersion: '3', level: 'emergency' });
    }
  });
  it('answers a policy-2 report with policy 2 under --policy 2, and refuses it by default, naming the answers policy 3 needs', async () => {
    const json = await run(['assess', '--policy', '2', '--json', '-'], JSON.stringify(report2()));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).policyVersion).toBe('2');
    const refused = await run(['assess', '--json', '-'], JSON.stringify(report2()));
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.out).error.issues.map((issue: { path: string }) => issue.path)).toEqual(
      expect.arrayContaining(['general.suddenSidePain', 'general.faintOrPale', 'general.bleedingTendency']),
    );
  });
  it('refuses anything but 1, 2 or 3, with exit 64', async () => {
    expect((await run(['assess', '--policy', '4', '--jsonl'])).code).toBe(64);
    expect((await run(['assess', '--policy'])).code).toBe(64);
  });
  it('is in assess --help', async () => {
    expect((await run(['assess', '--help'])).out).toContain('--policy 1|2|3');
  });
});

describe('--lang and the computer’s language', () => {
  const emergency = report({ nerve: { saddleNumbness: true } });
  const file = { 'r.json': JSON.stringify(emergency) };
  const codesOf = (body: { level: string; reasons: { code: string }[]; plan: { actions: { code: string }[] }; watchFor: string[] }) => ({
    level: body.level,
    reasons: body.reasons.map((r) => r.code),
    actions: body.plan.actions.map((a) => a.code),
    watchFor: body.watchFor,
  });

  it('--lang words the answer in that language, with the same codes', async () => {
    const english = JSON.parse((await run(['assess', '--json', 'r.json'], '', file)).out);
    const spanish = JSON.parse((await run(['assess', '--json', 'r.json', '--lang', 'es'], '', file)).out);
    expect(spanish.summary.title).toBe(catalogues.es['engine.level.emergency.title']);
    expect(validateAssessment(spanish)).toBe(true);
    expect(codesOf(spanish)).toEqual(codesOf(english));
    const lines = await run(['assess', '--jsonl', '--lang', 'de'], `${JSON.stringify(emergency)}\n`);
    expect(codesOf(JSON.parse(lines.out))).toEqual(codesOf(english));
    expect(JSON.parse(lines.out).disclaimer).toBe(catalogues.de['shell.notADiagnosis']);
  });

  it('takes the language from LC_ALL, LC_MESSAGES or LANG (es_ES.UTF-8), and --lang before it; C is English', async () => {
    expect(languageOfLocale('es_ES.UTF-8')).toBe('es');
    expect(languageOfLocale('fr_CA')).toBe('fr');
    expect(languageOfLocale('de_DE@euro')).toBe('de');
    expect(languageOfLocale('C.UTF-8')).toBe('en');
    expect(languageOfLocale('pt_BR.UTF-8')).toBe('en');
    expect(languageOfLocale(undefined)).toBe('en');
    const french = await run(['assess', '--json', 'r.json'], '', file, undefined, 'fr_FR.UTF-8');
    expect(JSON.parse(french.out).summary.title).toBe(catalogues.fr['engine.level.emergency.title']);
    const chosen = await run(['assess', '--json', 'r.json', '--lang', 'en'], '', file, undefined, 'fr_FR.UTF-8');
    expect(JSON.parse(chosen.out).summary.title).toBe('Emergency: call for help now');
  });

  it('the terminal’s advice is in that language, times too', async () => {
    const answers = ['n', 'y'].join('\n') + '\n';
    const { out } = await run(['assess', '--lang', 'fr', '--country', 'FR'], answers);
    expect(out).toContain('Appelez maintenant le 15.');
    expect(out).toContain(`Pourquoi\u00a0:`);
    expect(out).toContain('Les heures sont indiquées dans le fuseau horaire Europe/London.');
  });

  it('refuses a language it does not speak, naming --lang, with exit 64', async () => {
    const { code, err } = await run(['assess', '--lang', 'pt']);
    expect(code).toBe(64);
    expect(err).toContain('--lang needs one of en, es, fr, de, not "pt"');
    expect((await run(['assess', '--lang'])).err).toContain('--lang needs one of en, es, fr, de, not ""');
  });
});

describe('help and usage', () => {
  it.each([['--help'], ['help'], ['assess', '--help']])('%s prints the usage', async (...argv) => {
    const { code, out } = await run(argv);
    expect(code).toBe(0);
    expect(out).toContain('assess --jsonl');
  });
  it('refuses an unknown command or option with exit 64', async () => {
    expect((await run(['diagnose'])).code).toBe(64);
    expect((await run(['assess', '--yaml'])).code).toBe(64);
  });
});

describe('interactive assess', () => {
  // The five red flags, then the tick-list: 7 is "None of these".
  const calmRedFlags = ['n', 'n', 'n', 'n', '1', '7'];
  // Numbness, tingling, fever, a fall, then the bleeding question: 3 is "Neither".
  const calmOther = ['1', '1', 'n', 'n', '3'];

  it('stops at the first emergency answer and shows the emergency advice', async () => {
    const { code, out } = await run(['assess'], ['n', 'y', 'n', 'n', '1', '1', '1'].join('\n') + '\n');
    expect(code).toBe(0);
    expect(out).toContain('EMERGENCY');
    // This computer's time zone is London's: the UK's number, and no list of other countries'.
    expect(out).toContain('Call 999 now. Tell them:');
    expect(out).not.toContain('911 in the US');
    expect(out).not.toContain('Do you feel numb between your legs'); // no question after the emergency answer
    expect(out).not.toContain('When did the massage end');
  });
  it('gives the number of where the person is (the time zone) before the language this computer speaks', async () => {
    const emergency = ['n', 'y'].join('\n') + '\n';
    const americanInLondon = await run(['assess'], emergency, {}, '2026-03-03T09:00:00Z', 'en_US.UTF-8', 'Europe/London');
    expect(americanInLondon.out).toContain('Call 999 now.');
    const britishInNewYork = await run(['assess'], emergency, {}, '2026-03-03T09:00:00Z', 'en_GB.UTF-8', 'America/New_York');
    expect(britishInNewYork.out).toContain('Call 911 now.');
  });
  it('gives the number of the country given with --country, or of the language this computer is set to', async () => {
    const emergency = ['n', 'y'].join('\n') + '\n';
    const au = await run(['assess', '--country', 'au'], emergency);
    expect(au.out).toContain('stop now: call 000 (the number in Australia; --country to change it)');
    expect(au.out).toContain('Call 000 now. Tell them:');
    // A German computer gets Germany's number, and the advice in German (the questions are the questionnaire's).
    const german = await run(['assess'], emergency, {}, '2026-03-03T09:00:00Z', 'de_DE.UTF-8', 'UTC');
    expect(german.out).toContain('Rufen Sie jetzt die 112 an.');
    const germanInEnglish = await run(['assess', '--lang', 'en'], emergency, {}, '2026-03-03T09:00:00Z', 'de_DE.UTF-8', 'UTC');
    expect(germanInEnglish.out).toContain('Call 112 now.');
    const nowhere = await run(['assess'], emergency, {}, '2026-03-03T09:00:00Z', 'C.UTF-8', 'UTC');
    expect(nowhere.out).toContain("call 112 and ask for an ambulance (--country gives your country's number)");
  });
  it('refuses a --country that is not one, with exit 64', async () => {
    const { code, err } = await run(['assess', '--country', 'Narnia']);
    expect(code).toBe(64);
    expect(err).toContain('--country needs a country\'s two-letter code such as GB, US or AU, not "Narnia"');
  });
  it('treats both legs weak as an emergency straight away', async () => {
    const { out } = await run(['assess'], [...calmRedFlags.slice(0, 4), '3'].join('\n') + '\n');
    expect(out).toContain('EMERGENCY');
    expect(out).not.toContain('numbness in your legs or feet');
  });
  it('asks everything, re-asks bad answers, and prints a readable result in local time', async () => {
    const answers = [
      ...calmRedFlags,
      ...calmOther,
      'tomorrow',
      'yesterday 17:00',
      '1',
      '3',
      '1,2',
      'maybe',
      'n',
      '11',
      '4',
      '1',
      '1',
      '1',
      '1',
      '2',
      'n',
      'n',
    ];
    const { code, out } = await run(['assess'], answers.join('\n') + '\n', {}, '2026-03-03T09:00:00Z');
    expect(code).toBe(0);
    expect(out).toContain('could not read that time');
    expect(out).toContain('Please answer y (yes) or n (no).');
    expect(out).toContain('Please type a whole number from 0 to 10.');
    expect(out).toContain('SELF-CARE');
    // Massage ended Mon 2 Mar 17:00 London time: no hard exercise until Wed 4 Mar, 17:00 local.
    expect(out).toContain('Wed 4 Mar, 17:00');
    expect(out).toContain('Check again on Thu 5 Mar, 17:00');
    expect(out).toContain('quadratus lumborum');
    expect(out).toContain('not a diagnosis');
  });
  it('the tick-list comes with the red flags, and breathlessness stops there with the emergency advice', async () => {
    const { out } = await run(['assess'], [...calmRedFlags.slice(0, 5), '1'].join('\n') + '\n');
    expect(out).toContain('Since the massage, have you had any of these?');
    expect(out).toContain('EMERGENCY');
    expect(out).toContain('including my legs');
    expect(out).not.toContain('numbness in your legs or feet');
  });
  it('refuses "none" with a sign on the tick-list, and asks again', async () => {
    const { out } = await run(['assess'], [...calmRedFlags.slice(0, 5), '7,2', '3'].join('\n') + '\n');
    expect(out).toContain('7 means none of these');
  });
  it('sudden, very bad pain in the side stops at the tick-list with the emergency advice and what to say', async () => {
    const { out } = await run(['assess'], [...calmRedFlags.slice(0, 5), '5'].join('\n') + '\n');
    expect(out).toContain('A sudden, very bad pain in your side, belly or groin');
    expect(out).toContain('EMERGENCY');
    expect(out).not.toContain('numbness in your legs or feet');
  });
  it('red pee asks when it started, and red pee after firm pressure is an emergency', async () => {
    const { out } = await run(['assess'], [...calmRedFlags.slice(0, 5), '3', 'y'].join('\n') + '\n');
    expect(out).toContain('Did the red or pink pee start within 2 days');
    expect(out).toContain('EMERGENCY');
    expect(out).not.toContain('numbness in your legs or feet');
  });
  it('a faint goes on to the bleeding question, and a bleeding tendency there is an emergency; a faint alone is not', async () => {
    const faint = await run(['assess'], [...calmRedFlags.slice(0, 5), '6', '1', '1', 'n', 'n', '2'].join('\n') + '\n');
    expect(faint.out).toContain('A condition that makes me bleed easily');
    expect(faint.out).toContain('EMERGENCY');
    expect(faint.out.replace(/\s+/g, ' ')).toContain('I fainted, or I feel faint or look very pale, since a massage.');
    expect(faint.out).not.toContain('When did the massage end?');
    const alone = await run(['assess'], [...calmRedFlags.slice(0, 5), '6', ...calmOther].join('\n') + '\n');
    expect(alone.out).not.toContain('EMERGENCY');
    expect(alone.out).toContain('When did the massage end?');
  });
  it('brown pee asks the "also" list after the other signs, and much less pee there is an emergency', async () => {
    const { out } = await run(['assess'], [...calmRedFlags.slice(0, 5), '2', '1', '1', 'n', 'n', '2'].join('\n') + '\n');
    expect(out).toContain('Do you also have any of these?');
    expect(out).toContain('EMERGENCY');
    expect(out.replace(/\s+/g, ' ')).toContain('My pee is brown and I feel very unwell.');
  });
  it('a fall asks whether it was a serious accident; a fever asks the "also" list, each only then', async () => {
    const accident = await run(['assess'], [...calmRedFlags, '1', '1', 'n', 'y', '3', 'y'].join('\n') + '\n');
    expect(accident.out).toContain('Was it a serious accident');
    expect(accident.out).toContain('EMERGENCY');
    const fever = await run(['assess'], [...calmRedFlags, '1', '1', 'y', 'n', '3', '2'].join('\n') + '\n');
    expect(fever.out).toContain('Do you also have any of these?');
    expect(fever.out).toContain('EMERGENCY');
    const calm = await run(['assess'], [...calmRedFlags, ...calmOther].join('\n') + '\n');
    expect(calm.out).not.toContain('Was it a serious accident');
    expect(calm.out).not.toContain('Do you also have any of these?');
  });
  it('asks a follow-up only when an answer makes it matter (pain down the leg: one leg or both, and cancer)', async () => {
    const massage = ['yesterday 17:00', '', '', '', 'n'];
    const pain = ['4', '1', '1', '', '3', '2', 'n', 'n'];
    const { code, out } = await run(['assess'], [...calmRedFlags, ...calmOther, ...massage, ...pain, '1', 'n'].join('\n') + '\n');
    expect(code).toBe(0);
    expect(out).toContain('Is this in one leg, or in both legs?');
    expect(out).toContain('Have you ever had cancer?');
    expect(out).not.toContain('Are you 70 or older?');
    expect(out).toContain('SEE A CLINICIAN');
    const calm = await run(
      ['assess'],
      [...calmRedFlags, ...calmOther, ...massage, '4', '1', '1', '', '1', '2', 'n', 'n'].join('\n') + '\n',
    );
    expect(calm.out).not.toContain('Is this in one leg, or in both legs?');
    expect(calm.out).toContain('SELF-CARE');
  });
  it("--policy 1 asks policy 1's questions: no tick-list, no follow-ups", async () => {
    const { out } = await run(['assess', '--policy', '1'], ['n', 'n', 'n', 'n', '1', '1', '1', 'n', 'n', 'n'].join('\n') + '\n');
    expect(out).not.toContain('Since the massage, have you had any of these?');
    expect(out).toContain('When did the massage end?');
  });
  it('leaves cleanly at the end of input', async () => {
    const { code, out } = await run(['assess'], 'n\nn\n');
    expect(code).toBe(130);
    expect(out).toContain('Nothing was saved');
  });
});

describe('the command line’s own words in the reader’s language (issue 17)', () => {
  const english = catalogues.en;
  it.each(['es', 'fr', 'de'] as const)(
    '%s: the usage, from --lang or the computer’s language, with no English sentence left',
    async (language) => {
      const asked = await run(['--help', '--lang', language]);
      const computer = await run(['help'], '', {}, undefined, `${language}_XX.UTF-8`);
      for (const { code, out } of [asked, computer]) {
        expect(code).toBe(0);
        expect(out).toBe(translator(language)('cli.usage', { timeZone: 'Europe/London' }));
        expect(out).toContain('assess --jsonl');
        expect(out).not.toContain('Answer questions at the terminal');
      }
    },
  );

  it('an error says what is wrong in the reader’s language, even in an option before --lang', async () => {
    const policy = await run(['assess', '--policy', '9', '--lang', 'fr']);
    expect(policy.code).toBe(64);
    expect(policy.err).toContain(translator('fr')('cli.error.policy', { given: '9' }));
    expect(policy.err).not.toContain('needs 1, 2 or 3');
    const zone = await run(['assess', '--time-zone', 'Mars/Olympus'], '', {}, undefined, 'de_DE.UTF-8');
    expect(zone.err).toContain('--time-zone braucht eine IANA-Zeitzone wie Europe/Berlin, nicht „Mars/Olympus“');
    const unknown = await run(['diagnose', '--lang', 'es']);
    expect(unknown.err).toContain('aftercare: orden desconocida «diagnose»');
    expect((await run(['backup'], '', {}, undefined, 'es_ES')).err).toContain('backup necesita un ARCHIVO');
    // A language it does not speak is refused in the computer's language, naming --lang.
    expect((await run(['assess', '--lang', 'pt'], '', {}, undefined, 'de_AT')).err).toContain(
      '--lang braucht einen dieser Werte: en, es, fr, de, nicht „pt“',
    );
    expect((await run(['assess', '--json', 'missing.json', '--lang', 'es'])).err).toMatch(/^aftercare: no se puede leer missing\.json: /);
  });

  // lang17b
  it('--json: why a file cannot be read, and where a text stops being JSON, in the reader’s words, never Node’s English', async () => {
    const missing = await run(['assess', '--json', 'missing.json', '--lang', 'es']);
    expect(missing.err).toBe('aftercare: no se puede leer missing.json: no existe ese archivo\n');
    expect((await run(['assess', '--json', 'missing.json', '--lang', 'de'])).err).toContain('diese Datei gibt es nicht');
    const notJson = await run(['assess', '--json', '-', '--lang', 'fr'], '{\n  "pain" 1}');
    expect(notJson.code).toBe(2);
    const said = translator('fr')('questionnaire.api.malformed-json', { place: 'at', line: 2, column: 10 });
    expect(JSON.parse(notJson.out).error).toEqual({ code: 'malformed-json', message: said });
    expect(notJson.err).toBe(`aftercare: ${translator('fr')('cli.error.refused', { code: 'malformed-json', details: said })}\n`);
    const lines = await run(['assess', '--jsonl', '--lang', 'de'], '{"pain": {\nnope\n');
    for (const line of [notJson.out, notJson.err, ...lines.out.trimEnd().split('\n')])
      expect(line).not.toMatch(/ENOENT|JSON input|in JSON at|Unexpected|Expected|is not valid JSON/);
  });

  it('a refused report: the same code and paths in every language, its words in the reader’s', async () => {
    const file = { 'r.json': JSON.stringify({ ...report(), pain: { severity: 11 } }) };
    const [en, es] = await Promise.all([
      run(['assess', '--json', 'r.json'], '', file),
      run(['assess', '--json', 'r.json', '--lang', 'es'], '', file),
    ]);
    expect([en.code, es.code]).toEqual([2, 2]);
    const [englishBody, spanishBody] = [JSON.parse(en.out).error, JSON.parse(es.out).error];
    expect(spanishBody.code).toBe(englishBody.code);
    expect(spanishBody.issues.map((i: { path: string }) => i.path)).toEqual(englishBody.issues.map((i: { path: string }) => i.path));
    expect(spanishBody.message).not.toBe(englishBody.message);
    expect(spanishBody.message).toMatch(/^Los datos no se ajustan al contrato/);
    expect(es.err).toMatch(/^aftercare: rechazado \(invalid-input\): Los datos/);
  });

  it('a line too long for --jsonl is refused in the reader’s language, with the same code and path', async () => {
    const long = `${'x'.repeat(maxLineLength + 1)}\n`;
    const [en, de] = await Promise.all([run(['assess', '--jsonl'], long), run(['assess', '--jsonl', '--lang', 'de'], long)]);
    const [englishError, germanError] = [JSON.parse(en.out).error, JSON.parse(de.out).error];
    expect(englishError.issues).toEqual([{ path: '', message: english['cli.jsonl.too-long'].replace('{max}', String(maxLineLength)) }]);
    expect(germanError.code).toBe(englishError.code);
    expect(germanError.issues).toEqual([
      { path: '', message: `die Zeile ist länger als ${maxLineLength} Zeichen; ein Bericht ist viel kürzer` },
    ]);
  });
});
