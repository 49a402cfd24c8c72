// One client's follow-up as a PDF for the clinic's records (pdfkit, its built-in Helvetica, as the diary's summary):
// the session, then every check-in in order with its answers, the advice and why. It runs over as many pages as it needs.
import type { MessageId, Translator } from '../i18n/messages.ts';
import type { FollowUpRecord } from './follow-up-record.ts';

const left = 48;
const width = 595 - 2 * left; // A4

/** A label as the reader's language punctuates it ("Notes:", and in French "Notes :"). */
export const colonAfter = (t: Translator, label: string) => `${label}${t('engine.text.colon')}`;
export const labelled = (t: Translator, id: MessageId) => colonAfter(t, t(id));

/** The record in the reader's language (`t`, the record's own); Helvetica's Latin-1 covers English, Spanish, French and German. */
export async function followUpPdf(t: Translator, record: FollowUpRecord, options: { compress?: boolean } = {}): Promise<Buffer> {
  // Loaded on the first PDF: a start and a first answer do without it.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: left,
    compress: options.compress ?? true,
    // The client's name stays out of the document's title, as out of the page's: titles show in file lists.
    info: { Title: t('clinic.pdf.title'), Author: 'Aftercare' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const line = (label: string, text: string) => {
    doc.font('Helvetica-Bold').text(`${colonAfter(t, label)} `, left, doc.y, { continued: true, width });
    doc.font('Helvetica').text(text);
  };

  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(t('clinic.record.heading', { client: record.clientRef }), left, doc.y, { width });
  doc
    .moveDown(0.4)
    .font('Helvetica')
    .fontSize(10)
    .text(t('diary.summary.zone', { zone: record.timeZone }));
  doc.moveDown(0.4);
  line(t('clinic.column.therapist'), record.therapist);
  line(t('clinic.column.session'), record.session);
  line(t('clinic.session.areas'), record.areasWorked);
  if (record.notes) line(t('clinic.session.notes'), record.notes);
  if (record.checkIns.length === 0) doc.moveDown(0.8).text(t('clinic.record.noCheckIn'));
  for (const checkIn of record.checkIns) {
    doc
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(t('clinic.record.checkIn', { seq: checkIn.seq, when: checkIn.when, level: checkIn.levelName }), left, doc.y, { width });
    doc.fontSize(10);
    if (checkIn.stopped) doc.font('Helvetica-Oblique').text(t('clinic.record.stopped'));
    line(t('clinic.record.painScore'), checkIn.pain);
    for (const answer of checkIn.answers) line(answer.question, answer.answer);
    line(t('clinic.record.advice'), checkIn.advice);
    doc.font('Helvetica');
    for (const action of checkIn.actions) doc.text(`- ${action}`, left + 8, doc.y, { width: width - 8 });
    for (const raised of checkIn.flags)
      line(t('clinic.record.flagRaised'), t('clinic.record.because', { flag: raised.flag, because: raised.because }));
    if (checkIn.reasons.length) {
      doc.font('Helvetica-Bold').text(labelled(t, 'clinic.deliveries.column.why'), left, doc.y, { width });
      for (const reason of checkIn.reasons) {
        const sign = reason.flag ? t('clinic.record.signRaised', { sign: reason.sign, flag: reason.flag }) : reason.sign;
        doc.font('Helvetica-Bold').text(`- ${colonAfter(t, sign)} `, left + 8, doc.y, {
          width: width - 8,
          continued: true,
        });
        doc.font('Helvetica').text(reason.why);
      }
    }
  }
  doc.moveDown(1).font('Helvetica').fontSize(8).fillColor('#444').text(t('clinic.pdf.footer'), left, doc.y, {
    width,
  });
  doc.end();
  return done;
}
