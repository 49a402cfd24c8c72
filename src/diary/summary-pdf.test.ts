// The clinician's one-page summary, read back from the PDF by poppler's pdftotext (a reader nobody here wrote).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { report, report1, report3 } from '../../test/support/reports.ts';
import { assess, assess1, policy2, policy3 } from '../engine/assess.ts';
import { ruleByCode } from '../knowledge/policy.ts';
import type { CheckIn, Diary } from '../store/diaries.ts';
import { clinicianSummary, listOfNumbers } from './summary.ts';
import PDFDocument from 'pdfkit';
import { languages } from '../i18n/languages.ts';
import { catalogues, translator, type MessageId } from '../i18n/messages.ts';
import { inWinAnsi, rowsThatFit, summaryPdf, winAnsi } from './summary-pdf.ts';

const english = translator('en');

const pdftotextMissing = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'pdftotext is not installed (apt-get install -y poppler-utils)';
  }
})();
if (pdftotextMissing && process.env.CI === 'true') throw new Error(`the PDF tests cannot run under CI: ${pdftotextMissing}`);
if (pdftotextMissing) console.log(`SKIPPED reading the PDF back: ${pdftotextMissing}`);

const diary: Diary = {
  id: 'd1',
  createdAt: new Date('2026-03-02T18:00:00Z'),
  massage: report().massage,
  timeZone: 'Europe/London',
  linkKnownToClinic: false,
  reminderEmail: null,
  language: 'en',
};

/** Check-ins 20 h apart; every fifth reports sharp pain with bruising, or (`wrapping`) every one, so reasons wrap. */
const checkInsOf = (count: number, policy1Count = 0, wrapping = false): CheckIn[] =>
  Array.from({ length: count }, (_, k) => {
    const marked = wrapping || k % 5 === 0;
    const changes = {
      pain: { severity: wrapping ? 8 : (k % 9) + 1, qualities: marked ? ['sharp' as const] : ['dull-ache' as const] },
      nerve: { numbness: wrapping ? ('comes-and-goes' as const) : ('none' as const) },
      localSigns: { bruising: marked },
    };
    const hours = 10 + k * 20;
    if (k < policy1Count) {
      const r = report1(changes, hours);
      return {
        id: `c${k}`,
        seq: k + 1,
        reportedAt: new Date(r.reportedAt),
        createdAt: new Date(r.reportedAt),
        report: r,
        assessment: assess1(r, english),
      };
    }
    const r = report(
      { ...changes, nerve: { ...changes.nerve, bothLegs: false }, history: { cancer: false, aged70OrOver: false, fragileBones: false } },
      hours,
    );
    return {
      id: `c${k}`,
      seq: k + 1,
      reportedAt: new Date(r.reportedAt),
      createdAt: new Date(r.reportedAt),
      report: r,
      assessment: assess(r, policy2, english),
    };
  });

const textOf = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
/** Every word with its box on the page, in points from the top. */
const wordBoxes = (pdf: Buffer) => execFileSync('pdftotext', ['-bbox', '-', '-'], { input: pdf, encoding: 'utf8' });

describe('the clinician summary', () => {
  it("lists each check-in with its number, time, score and level, in the diary's zone", () => {
    const summary = clinicianSummary(diary, checkInsOf(3), 'Europe/London', translator('en'));
    expect(summary.rows.map((r) => [r.seq, r.severity, r.policy])).toEqual([
      [1, 1, '2'],
      [2, 2, '2'],
      [3, 3, '2'],
    ]);
    expect(summary.massage).toContain('Massage ended Mon 2 Mar, 17:00; deep tissue, firm pressure.');
    expect(summary.signs).toContain(english(ruleByCode.get('sharp-pain')!.sign));
    expect(summary.disclaimer).toContain("the triage follows Aftercare's policy 2");
    expect(summary.policyNote).toBeNull();
  });

  it('says which check-ins each policy assessed when a diary has both', () => {
    const summary = clinicianSummary(diary, checkInsOf(5, 3), 'Europe/London', translator('en'));
    expect(summary.policyNote).toBe('Check-ins 1 to 3 under policy 1; check-ins 4 and 5 under policy 2.');
    expect(summary.disclaimer).toContain('policy 1 and 2');
  });

  it('writes lists of numbers as people do', () => {
    expect(listOfNumbers([4], translator('en'))).toBe('4');
    expect(listOfNumbers([1, 2], translator('en'))).toBe('1 and 2');
    expect(listOfNumbers([1, 2, 5], translator('en'))).toBe('1, 2 and 5');
    expect(listOfNumbers([2, 3, 4, 5, 9], translator('en'))).toBe('2 to 5 and 9');
  });
});

describe('fitting the table to one page', () => {
  it('shows every row that fits, else the first and as many of the latest as fit', () => {
    expect(rowsThatFit([10, 10, 10], 30, 5)).toEqual({ shown: [0, 1, 2], leftOut: [] });
    expect(rowsThatFit([10, 10, 10, 10, 10], 35, 5)).toEqual({ shown: [0, 3, 4], leftOut: [1, 2] });
    expect(rowsThatFit([10, 30, 10, 10, 10], 45, 5)).toEqual({ shown: [0, 2, 3, 4], leftOut: [1] });
    // Even with no room at all, the first and the latest are there.
    expect(rowsThatFit([10, 10, 10, 10], 0, 5)).toEqual({ shown: [0, 3], leftOut: [1, 2] });
  });
});

describe.skipIf(pdftotextMissing !== null)('the PDF, read back', () => {
  it('with 1 check-in: one page with the massage, the latest advice, the row and the disclaimer', async () => {
    const pdf = await summaryPdf(clinicianSummary(diary, checkInsOf(1), 'Europe/London', english), english, { compress: false });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = textOf(pdf);
    expect(text).toContain('Aftercare recovery summary');
    expect(text).toContain('Massage ended Mon 2 Mar, 17:00');
    expect(text).toContain('Latest advice:');
    expect(text).toMatch(/1\. Tue 3 Mar, 03:00\s+10\s+1\/10/);
    expect(text).toContain('not a diagnosis');
    expect(text).not.toContain('left out');
  });

  it('with 30 short check-ins: all on one page', async () => {
    const pdf = await summaryPdf(clinicianSummary(diary, checkInsOf(30), 'Europe/London', english), english, { compress: false });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const numbers = [...textOf(pdf).matchAll(/^\s*(\d+)\. \w{3} \d+ \w{3}, \d\d:\d\d/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
  });

  it('with 30 check-ins whose reasons wrap: one page that keeps the first and the latest, and says which were left out', async () => {
    const summary = clinicianSummary(diary, checkInsOf(30, 0, true), 'Europe/London', english);
    const pdf = await summaryPdf(summary, english, { compress: false });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = textOf(pdf);
    const numbers = [...text.matchAll(/^\s*(\d+)\. \w{3} \d+ \w{3}, \d\d:\d\d/gm)].map((m) => Number(m[1]));
    expect(numbers[0]).toBe(1);
    expect(numbers.at(-1)).toBe(30);
    // The latest ones without a gap, down to where the left-out ones end.
    const latest = numbers.slice(1);
    expect(latest).toEqual(Array.from({ length: latest.length }, (_, k) => 31 - latest.length + k));
    const gap = /Check-ins 2 to (\d+) \((\d+) of 30\)\s+left out here/.exec(text.replace(/\s+/g, ' ').replace(/ left/, '  left'));
    expect(gap, text).not.toBeNull();
    expect(Number(gap![1])).toBe(30 - latest.length);
    expect(Number(gap![2])).toBe(29 - latest.length);
    // The page is used: what comes last ends less than the height of two of these rows (about 25 pt each) above
    // the bottom margin.
    const lowest = Math.max(...[...wordBoxes(pdf).matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(lowest).toBeGreaterThan(842 - 48 - 50);
    expect(lowest).toBeLessThanOrEqual(842 - 48);
    expect(text).toContain('Signs reported');
    expect(text).toContain('not a diagnosis');
  });

  it("words policy 3's new reasons among the signs reported, and says the triage followed policy 3", async () => {
    const r = report3({ bladderBowel: { bloodInUrine: true, redUrineAfterPressure: true } }, 20);
    const checkIn: CheckIn = {
      id: 'k1',
      seq: 1,
      reportedAt: new Date(r.reportedAt),
      createdAt: new Date(r.reportedAt),
      report: r,
      assessment: assess(r, policy3, english),
    };
    const summary = clinicianSummary(diary, [checkIn], 'Europe/London', translator('en'));
    expect(summary.disclaimer).toContain("the triage follows Aftercare's policy 3");
    const text = textOf(await summaryPdf(summary, english, { compress: false })).replace(/\s+/g, ' ');
    expect(text).toContain(english(ruleByCode.get('kidney-injury-signs')!.sign).replace(/\s+/g, ' ').slice(0, 40));
    // The signs are the reader's language's, like the rest of the summary.
    const german = translator('de');
    expect(clinicianSummary(diary, [checkIn], 'Europe/London', german).signs).toContain(
      german(ruleByCode.get('kidney-injury-signs')!.sign),
    );
  });
});

describe('the PDF in every language: Helvetica (WinAnsi) prints every character', () => {
  it("WinAnsi as this file knows it is exactly the characters pdfkit's Helvetica has a glyph for", () => {
    const doc = new PDFDocument();
    doc.font('Helvetica');
    // pdfkit's own table (not exported): the glyph it would draw for a character, `.notdef` when it has none.
    const font = (doc as unknown as { _font: { font: { characterToGlyph(code: number): string } } })._font.font;
    const disagree: string[] = [];
    for (let code = 0x20; code < 0x2200; code++) {
      if (code >= 0x7f && code <= 0x9f) continue; // C1 controls: pdfkit draws them as Windows-1252's letters; no text has them
      if ((font.characterToGlyph(code) !== '.notdef') !== inWinAnsi(String.fromCodePoint(code))) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('every message the PDF uses, in every language, is printable as it stands (no character needs replacing)', () => {
    // Its own messages, and those it shares with the diary's pages (one sentence, one message).
    const shared: MessageId[] = [
      'pages.chart.pain',
      'diary.summary.level',
      'diary.summary.reasons',
      'diary.summary.notAsked',
      'diary.summary.signs',
      'diary.summary.numbersRun',
    ];
    const ids = [...(Object.keys(catalogues.en) as MessageId[]).filter((id) => id.startsWith('mail.pdf.')), ...shared];
    expect(ids.length).toBeGreaterThan(10);
    for (const language of languages)
      for (const id of ids) {
        const missing = [...catalogues[language][id]].filter((c) => !inWinAnsi(c));
        expect(missing, `${language} ${id}`).toEqual([]);
      }
  });

  it('writes a character Helvetica lacks as the one that reads the same, never as a blank', () => {
    expect(winAnsi('9\u202f000\u00a0€ – «\u00a0bilan\u00a0» ’')).toBe('9\u00a0000\u00a0€ – «\u00a0bilan\u00a0» ’');
    expect(winAnsi('semi\u2011rigid \u22123')).toBe('semi-rigid -3');
    expect(winAnsi('Łódź')).toBe('?ódz'); // ź loses its accent; Ł has no plain letter in it, so it is marked, not dropped
    expect(winAnsi('東京')).toBe('??');
  });
});

describe.skipIf(pdftotextMissing !== null)('the PDF in the diary’s language, read back', () => {
  const diaryIn = (language: Diary['language']): Diary => ({ ...diary, language });
  const pdfIn = async (language: Diary['language'], checkIns: CheckIn[]) =>
    textOf(
      await summaryPdf(clinicianSummary(diaryIn(language), checkIns, 'Europe/London', translator(language)), translator(language), {
        compress: false,
      }),
    ).replace(/\s+/g, ' ');

  it('German: its headings, columns and notes in German, umlauts and ß intact, the left-out check-ins said in German', async () => {
    const text = await pdfIn('de', checkInsOf(30, 0, true));
    for (const words of [
      'Letzte Empfehlung:',
      'Einträge',
      'Eintrag Stunden Schmerz Stufe Gründe',
      'Angegebene Anzeichen',
      'Zeitzone Europe/London',
    ])
      expect(text).toContain(words);
    expect(text).toMatch(/Einträge 2 bis \d+ \(\d+ von 30\) hier weggelassen, damit alles auf eine Seite passt/);
    expect(text).not.toContain('Signs reported');
    expect(text).not.toContain('Check-ins');
  });

  it('Spanish and French: accents, ¿/« » and the no-break space before a colon come out as written', async () => {
    const spanish = await pdfIn('es', checkInsOf(2));
    expect(spanish).toContain('Último consejo:');
    expect(spanish).toContain('Registro Horas Dolor Nivel Motivos');
    const french = await pdfIn('fr', checkInsOf(2));
    // pdftotext gives the no-break space as a space (or itself): either way the words are whole, nothing missing.
    expect(french.replace(/\u00a0/g, ' ')).toContain('Dernier conseil :');
    expect(french).toContain('Bilan Heures Douleur Niveau Motifs');
    expect(french).toContain('Signes signalés');
  });

  it('each language’s column headings fit their columns, each on one line', async () => {
    for (const language of languages) {
      const t = translator(language);
      const headings = (
        ['mail.pdf.column.checkIn', 'mail.pdf.column.hours', 'pages.chart.pain', 'diary.summary.level', 'diary.summary.reasons'] as const
      ).map((id) => t(id));
      expect(await pdfIn(language, checkInsOf(1)), language).toContain(headings.join(' '));
    }
  });

  it('English stays as it was: "Check-ins 2 to n (m of 30) left out", the list of numbers by Intl in British English', async () => {
    const text = await pdfIn('en', checkInsOf(30, 0, true));
    expect(text).toMatch(/Check-ins 2 to \d+ \(\d+ of 30\) left out here to keep to one page/);
  });
});
