// The clinician summary as a one-page PDF (pdfkit, its built-in Helvetica: no font files to ship).
import { levelName } from '../knowledge/levels.ts';
import PDFDocument from 'pdfkit';
import { translator } from '../i18n/messages.ts';
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

const leftOutNote = (rows: readonly SummaryRow[], leftOut: readonly number[]) =>
  `Check-in${leftOut.length > 1 ? 's' : ''} ${listOfNumbers(
    leftOut.map((k) => rows[k]!.seq),
    translator('en'),
  )} (${leftOut.length} of ${rows.length}) ` + 'left out here to keep to one page: every check-in is in the diary and its FHIR export.';

export function summaryPdf(summary: ClinicianSummary, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    compress: options.compress ?? true,
    info: { Title: summary.title, Author: 'Aftercare' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(15).text(summary.title);
  doc.moveDown(0.4).font('Helvetica').fontSize(10).text(summary.massage);
  doc.text(`Times are in ${summary.timeZone}.`);
  if (summary.latest) {
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`Latest advice: ${levelName(summary.latest.level, translator('en'))}. ${summary.latest.summary.title}.`);
    doc.font('Helvetica').fontSize(10);
    for (const reason of summary.latest.reasons) doc.text(`- ${reason.explanation}`, { indent: 8 });
  }
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text('Check-ins');
  const columns = [48, 180, 225, 265, 345];
  const widthOf = (k: number) => (columns[k + 1] ?? right) - columns[k]! - 4;
  const cellsOf = (row: SummaryRow) => [
    `${row.seq}. ${row.when}`,
    String(row.hours),
    row.severity === undefined ? 'Not asked' : `${row.severity}/10`,
    levelName(row.level, translator('en')),
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
  drawRow(['Check-in', 'Hours', 'Pain', 'Level', 'Reasons'], true);
  shown.forEach((index, k) => {
    // The gap where check-ins are left out is said in the table, where it is.
    if (k > 0 && index !== shown[k - 1]! + 1) {
      doc.font('Helvetica-Oblique').text(leftOutNote(summary.rows, leftOut), 48, y, { width: right - 48 });
      y = doc.y + rowGap;
    }
    drawRow(cellsOf(summary.rows[index]!));
  });
  doc.x = 48;
  doc.y = y;
  if (summary.signs.length > 0) {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text('Signs reported', 48);
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
