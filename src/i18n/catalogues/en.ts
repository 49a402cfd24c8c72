// English: the source catalogue. Its ids are the ids of every other language, and its placeholders theirs. Messages
// are ICU MessageFormat: `{name}` is a placeholder, `{count, plural, one {…} other {…}}` a plural. Dates and times
// are not formatted here: present/time.ts formats them in the person's time zone and they come in as text.

export const en = {
  'shell.skipLink': 'Skip to main content',
  'shell.emergencyLine': 'Emergency?',
  'shell.emergencyLink': 'Call for help now',
  'shell.notADiagnosis':
    'Aftercare is not a diagnosis and does not replace a doctor. It helps you decide what to do next. If you are worried, or things get worse, get medical help.',
  'shell.whichNumber': 'In an emergency, call for help: <link>which number to call</link>.',
  'shell.language': 'Language',
  'shell.description': 'Lower back pain after a massage: is it normal, and what to do. Not a diagnosis.',

  // ==== engine: the triage answer: levels, reasons, actions, regions, the call script (knowledge/, engine/, present/, cli/)
  // ==== engine: end

  // ==== questionnaire: the questions, their answers and follow-ups, and the errors of forms and of the API (knowledge/questionnaire.ts, check-in.ts, web/form.ts, contract/)
  // ==== questionnaire: end

  // ==== pages: the public pages: start, result, emergency, call, country, time zone, errors, offline (web/pages/, public/app.js)
  // ==== pages: end

  // ==== diary: the diary, its check-ins, reminders and devices (web/diary-*, check-in-*, reminder-*, diary/)
  'diary.checkInCount': '{count, plural, one {# check-in} other {# check-ins}}',
  // ==== diary: end

  // ==== clinic: the clinic's pages and the consent page (web/clinic-*, web/pages/clinic-*, client-record, consent)
  // ==== clinic: end

  // ==== mail: mails, web-push, the .ics calendar, the PDF summary, the FHIR Questionnaire (clinic/mailer.ts, diary/)
  'mail.reminder.due.title': 'Time to check in on your back',
  'mail.reminder.due.subject': 'Aftercare: time to check in on your back',
  'mail.reminder.due.body': 'A few quick answers show whether it is easing as expected, and what to do next.',
  'mail.reminder.missed.title': 'Your check-in from yesterday',
  'mail.reminder.missed.subject': 'Aftercare: your check-in from yesterday',
  'mail.reminder.missed.body':
    'If your back feels better, one quick check-in confirms it. If it feels worse, check in now to see what to do.',
  'mail.reminder.checkInHere': 'Check in here (this link works for {days, plural, one {# day} other {# days}}):',
  'mail.reminder.redFlags':
    'If you have new numbness, weakness in a leg, or trouble controlling your bladder or bowels, do not wait for a check-in: call your emergency number now.',
  'mail.notADiagnosis': 'Aftercare gives general information, not a diagnosis.',
  'mail.reminder.why': 'You get this because you asked your Aftercare diary for email reminders. Stop them with one click:',
  'mail.confirm.subject': 'Aftercare: confirm your email reminders',
  'mail.confirm.asked':
    'Someone, probably you, asked an Aftercare recovery diary to email reminders to this address. To start them, open this link (it works for {days, plural, one {# day} other {# days}}):',
  'mail.confirm.notYou':
    'If it was not you, do nothing: Aftercare sends nothing more to this address unless the link is opened. To stop every diary from asking again, use this link:',
  'mail.calendar.summary': 'Aftercare: how is your back?',
  'mail.calendar.due': 'Time for a check-in on your back after the massage. Open {link}',
  'mail.calendar.dueAfterChange': 'Time for a check-in on your back after the massage ({change}). Open {link}',
  'mail.calendar.nothingPlanned': 'Aftercare: no check-in planned',
  'mail.calendar.getCareFirst': 'No check-in is planned: get the care the advice says first.',
  'mail.calendar.firstCheckIn': 'Make your first check-in now.',
  'mail.calendar.yourDiary': 'Your diary: {link}',
  'mail.pdf.timesIn': 'Times are in {timeZone}.',
  'mail.pdf.latestAdvice': 'Latest advice: {level}. {title}.',
  'mail.pdf.checkIns': 'Check-ins',
  'mail.pdf.column.checkIn': 'Check-in',
  'mail.pdf.column.hours': 'Hours',
  'mail.pdf.column.pain': 'Pain',
  'mail.pdf.column.level': 'Level',
  'mail.pdf.column.reasons': 'Reasons',
  'mail.pdf.notAsked': 'Not asked',
  'mail.pdf.numberRun': '{first} to {last}',
  'mail.pdf.leftOut':
    '{count, plural, one {Check-in {numbers} (# of {total, number})} other {Check-ins {numbers} (# of {total, number})}} left out here to keep to one page: every check-in is in the diary and its FHIR export.',
  'mail.pdf.signsReported': 'Signs reported',
  // ==== mail: end
} as const;

export type MessageId = keyof typeof en;
/** A catalogue: exactly English's ids, each with a message in that language. */
export type Catalogue = Readonly<Record<MessageId, string>>;
