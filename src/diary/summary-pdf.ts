// The clinician summary as a one-page PDF (pdfkit, its built-in Helvetica: no font files to ship).
import { levelName } from '../knowledge/levels.ts';
import PDFDocument from 'pdfkit';
import type { ClinicianSummary } from './summary.ts';

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
      .text(`Latest advice: ${levelName[summary.latest.level]}. ${summary.latest.summary.title}.`);
    doc.font('Helvetica').fontSize(10);
    for (const reason of summary.latest.reasons) doc.text(`- ${reason.explanation}`, { indent: 8 });
  }
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text('Check-ins');
  const columns = [48, 170, 230, 280, 360];
  const header = ['When', 'Hours', 'Pain', 'Level', 'Reasons'];
  let y = doc.y + 4;
  doc.fontSize(9);
  header.forEach((h, k) => doc.text(h, columns[k], y, { width: (columns[k + 1] ?? 547) - columns[k]! - 4 }));
  doc.font('Helvetica');
  // One page is the point of a summary: a long diary shows its first rows and says how many more there are.
  const rows = summary.rows;
  // Rows stop early enough to leave room for the signs and the disclaimer on the same page.
  let shown = 0;
  for (const row of rows) {
    y = doc.y + 3;
    if (y > 600) break;
    shown++;
    const cells = [row.when, String(row.hours), `${row.severity}/10`, levelName[row.level], row.reasons];
    let bottom = y;
    cells.forEach((cell, k) => {
      doc.text(cell, columns[k], y, { width: (columns[k + 1] ?? 547) - columns[k]! - 4 });
      bottom = Math.max(bottom, doc.y);
    });
    doc.y = bottom;
  }
  if (summary.rows.length > shown) doc.text(`(${summary.rows.length - shown} more check-ins are in the diary and its FHIR export)`, 48);
  if (summary.signs.length > 0) {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text('Signs reported', 48);
    doc.font('Helvetica').fontSize(9);
    for (const sign of summary.signs) {
      if (doc.y > 740) break;
      doc.text(`- ${sign}`, { indent: 8 });
    }
  }
  doc.moveDown(1).fontSize(8).fillColor('#444').text(summary.disclaimer, 48);
  doc.end();
  return done;
}
