// One client's follow-up as a PDF for the clinic's records (pdfkit, its built-in Helvetica, as the diary's summary):
// the session, then every check-in in order with its answers, the advice and why. It runs over as many pages as it needs.
import PDFDocument from 'pdfkit';
import type { FollowUpRecord } from './follow-up-record.ts';

const left = 48;
const width = 595 - 2 * left; // A4

export function followUpPdf(record: FollowUpRecord, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: left,
    compress: options.compress ?? true,
    // The client's name stays out of the document's title, as out of the page's: titles show in file lists.
    info: { Title: 'Aftercare: client follow-up', Author: 'Aftercare' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const line = (label: string, text: string) => {
    doc.font('Helvetica-Bold').text(`${label}: `, left, doc.y, { continued: true, width });
    doc.font('Helvetica').text(text);
  };

  doc.font('Helvetica-Bold').fontSize(15).text(`Follow-up of ${record.clientRef}`, left, doc.y, { width });
  doc.moveDown(0.4).font('Helvetica').fontSize(10).text(`Times are in ${record.timeZone}.`);
  doc.moveDown(0.4);
  line('Therapist', record.therapist);
  line('Session', record.session);
  line('Areas worked', record.areasWorked);
  if (record.notes) line('Notes', record.notes);
  if (record.checkIns.length === 0) doc.moveDown(0.8).text('No check-in.');
  for (const checkIn of record.checkIns) {
    doc
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(`Check-in ${checkIn.seq}, ${checkIn.when}: ${checkIn.levelName}`, left, doc.y, { width });
    doc.fontSize(10);
    if (checkIn.stopped)
      doc.font('Helvetica-Oblique').text('The client stopped at an answer that needs care now: only the answers given up to it are shown.');
    line('Pain score', checkIn.pain);
    for (const answer of checkIn.answers) line(answer.question, answer.answer);
    line('Advice given', checkIn.advice);
    doc.font('Helvetica');
    for (const action of checkIn.actions) doc.text(`- ${action}`, left + 8, doc.y, { width: width - 8 });
    for (const raised of checkIn.flags) line('Flag raised', `${raised.flag}, because: ${raised.because}`);
    if (checkIn.reasons.length) {
      doc.font('Helvetica-Bold').text('Why:', left, doc.y, { width });
      for (const reason of checkIn.reasons) {
        doc.font('Helvetica-Bold').text(`- ${reason.sign}${reason.flag ? ` (raised the flag "${reason.flag}")` : ''}: `, left + 8, doc.y, {
          width: width - 8,
          continued: true,
        });
        doc.font('Helvetica').text(reason.why);
      }
    }
  }
  doc
    .moveDown(1)
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#444')
    .text(
      "From Aftercare, for the clinic's records. It holds the client's health answers: keep it as you keep other client records.",
      left,
      doc.y,
      {
        width,
      },
    );
  doc.end();
  return done;
}
