// The clinician summary as a one-page PDF (pdfkit, its built-in Helvetica: no font files to ship), in the diary's
// language. Helvetica's built-in encoding is WinAnsi (Windows-1252), which holds every letter and mark of English,
// Spanish, French and German (á ñ ¿ ¡ ç œ « » ’ ß ä, the no-break space): a character outside it would print as
// nothing, so the few that Intl or a catalogue may give (a narrow no-break space, a no-break hyphen) are written as
// their WinAnsi twins (winAnsi below).
import { languageTags } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import { levelName } from '../knowledge/levels.ts';
import { listOfNumbers, type ClinicianSummary, type SummaryRow } from './summary.ts';

const right = 547; // A4 is 595 points wide; margins of 48
const bottom = 842 - 48;
const rowGap = 3;

/**
 * Which rows a one-page table shows, given each row's height and the room: all when they fit; otherwise the first
 * check-in and as many of the latest as fit, with one line saying which were left out. The latest are what a
 * clinician needs most, and the first shows where the recovery started.
 */
export function rowsThatFit(heights: readonly number[], room: number, noteHeight: number): { shown: number[]; leftOut: number[] } {
  const all = heights.map((_, k) => k);
  if (heights.length <= 2 || heights.reduce((sum, h) => sum + h, 0) <= room) return { shown: all, leftOut: [] };
  // The first and the latest are shown whatever the room.
  let from = heights.length - 1;
  let used = heights[0]! + noteHeight + heights[from]!;
  while (from - 1 > 1 && used + heights[from - 1]! <= room) used += heights[--from]!;
  return { shown: [0, ...all.slice(from)], leftOut: all.slice(1, from) };
}

/** WinAnsi's characters beyond Latin-1, which pdfkit maps to their Windows-1252 codes (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). */
const winAnsiExtra = new Set(
  '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178',
);

/** Whether Helvetica's WinAnsi encoding has a glyph for this character. */
export const inWinAnsi = (character: string): boolean => {
  const code = character.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtra.has(character);
};

/** Characters outside WinAnsi that dates, numbers and catalogues give, as the WinAnsi character that reads the same. */
const twins: Readonly<Record<string, string>> = {
  '\u202f': '\u00a0', // narrow no-break space (French numbers, some Intl times): a no-break space
  '\u2009': ' ', // thin space
  '\u2007': '\u00a0', // figure space
  '\u2011': '-', // no-break hyphen
  '\u2010': '-', // hyphen
  '\u2212': '-', // minus sign
  '\u2060': '', // word joiner
  '\u200b': '', // zero-width space
};

/**
 * Text as Helvetica can print it: each character outside WinAnsi as its twin, else as its letter without accents
 * (NFKD), else as "?" — never a blank that hides a word from the clinician.
 */
export function winAnsi(text: string): string {
  let written = '';
  for (const character of text) {
    if (inWinAnsi(character) || character === '\n') written += character;
    else if (character in twins) written += twins[character];
    else {
      const plain = character.normalize('NFKD').replace(/\p{M}/gu, '');
      written += plain !== '' && [...plain].every(inWinAnsi) ? plain : '?';
    }
  }
  return written;
}

const leftOutNote = (t: Translator, rows: readonly SummaryRow[], leftOut: readonly number[]) =>
  t('mail.pdf.leftOut', {
    count: leftOut.length,
    numbers: listOfNumbers(
      leftOut.map((k) => rows[k]!.seq),
      t,
    ),
    total: rows.length,
  });

/** The summary as a one-page PDF, its own words (headings, columns, notes) in `t`'s language. */
export async function summaryPdf(summary: ClinicianSummary, t: Translator, options: { compress?: boolean } = {}): Promise<Buffer> {
  // Loaded on the first PDF: a start and a first answer do without it.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    compress: options.compress ?? true,
    lang: languageTags[t.language],
    info: { Title: summary.title, Author: 'Aftercare' },
  });
  // Every text drawn goes through winAnsi: the one place a character Helvetica lacks is caught.
  const text = doc.text.bind(doc);
  doc.text = (words: string, ...rest: unknown[]) => text(winAnsi(words), ...(rest as []));
  const heightOf = doc.heightOfString.bind(doc);
  doc.heightOfString = (words: string, options?: PDFKit.Mixins.TextOptions) => heightOf(winAnsi(words), options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(15).text(summary.title);
  doc.moveDown(0.4).font('Helvetica').fontSize(10).text(summary.massage);
  doc.text(t('mail.pdf.timesIn', { timeZone: summary.timeZone }));
  if (summary.latest) {
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(t('mail.pdf.latestAdvice', { level: levelName(summary.latest.level, t), title: summary.latest.summary.title }));
    doc.font('Helvetica').fontSize(10);
    for (const reason of summary.latest.reasons) doc.text(`- ${reason.explanation}`, { indent: 8 });
  }
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(t('diary.checkIns.heading'));
  // Wide enough for each language's column heading on one line (German's "Schmerz" is the widest of its column).
  const columns = [48, 180, 222, 266, 345];
  const widthOf = (k: number) => (columns[k + 1] ?? right) - columns[k]! - 4;
  const cellsOf = (row: SummaryRow) => [
    `${row.seq}. ${row.when}`,
    String(row.hours),
    row.severity === undefined ? t('diary.summary.notAsked') : `${row.severity}/10`,
    levelName(row.level, t),
    row.reasons,
  ];
  doc.fontSize(9);
  const rowHeight = (cells: readonly string[]) =>
    Math.max(...cells.map((cell, k) => doc.heightOfString(cell, { width: widthOf(k) }))) + rowGap;
  const lineHeight = doc.heightOfString('X') + rowGap;

  // What must follow the table on the same page: the signs, the policy note and the disclaimer.
  doc.font('Helvetica').fontSize(9);
  const signsHeight = summary.signs.length
    ? 22 + summary.signs.reduce((sum, sign) => sum + doc.heightOfString(`- ${sign}`, { width: right - 56 }), 0)
    : 0;
  const noteHeight = summary.policyNote ? doc.heightOfString(summary.policyNote, { width: right - 48 }) + 4 : 0;
  doc.fontSize(8);
  const disclaimerHeight = 12 + doc.heightOfString(summary.disclaimer, { width: right - 48 });
  doc.fontSize(9);

  const tableTop = doc.y + 4;
  const room = bottom - tableTop - lineHeight - signsHeight - noteHeight - disclaimerHeight;
  const { shown, leftOut } = rowsThatFit(
    summary.rows.map((row) => rowHeight(cellsOf(row))),
    room,
    lineHeight,
  );

  let y = tableTop;
  const drawRow = (cells: readonly string[], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    let lowest = y;
    cells.forEach((cell, k) => {
      doc.text(cell, columns[k], y, { width: widthOf(k) });
      lowest = Math.max(lowest, doc.y);
    });
    y = lowest + rowGap;
  };
  drawRow(
    [t('mail.pdf.column.checkIn'), t('mail.pdf.column.hours'), t('pages.chart.pain'), t('diary.summary.level'), t('diary.summary.reasons')],
    true,
  );
  shown.forEach((index, k) => {
    // The gap where check-ins are left out is said in the table, where it is.
    if (k > 0 && index !== shown[k - 1]! + 1) {
      doc.font('Helvetica-Oblique').text(leftOutNote(t, summary.rows, leftOut), 48, y, { width: right - 48 });
      y = doc.y + rowGap;
    }
    drawRow(cellsOf(summary.rows[index]!));
  });
  doc.x = 48;
  doc.y = y;
  if (summary.signs.length > 0) {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(t('diary.summary.signs'), 48);
    doc.font('Helvetica').fontSize(9);
    for (const sign of summary.signs) doc.text(`- ${sign}`, 48, doc.y, { indent: 8, width: right - 56 });
  }
  if (summary.policyNote)
    doc
      .moveDown(0.4)
      .font('Helvetica')
      .fontSize(9)
      .text(summary.policyNote, 48, doc.y, { width: right - 48 });
  doc
    .moveDown(1)
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#444')
    .text(summary.disclaimer, 48, doc.y, { width: right - 48 });
  doc.end();
  return done;
}
