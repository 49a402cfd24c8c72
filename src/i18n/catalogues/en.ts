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
  'diary.time.zone': '{city} time',
  'diary.backToDiary': 'Back to the diary',
  'diary.startNewCheck': 'Start a new check',
  'diary.backToStart': 'Back to the start',
  'diary.errorTitle': 'Error: {title}',
  'diary.errorPrefix': 'Error:',
  'diary.title': 'Your recovery diary',
  'diary.lead': 'Massage ended {when}. Times are {zone}.',
  'diary.sharing.stopped': 'You stopped sharing this diary. The clinic no longer sees it or any new check-in.',
  'diary.byReminder':
    "You opened this diary from a reminder: that link works for a week after it was sent. To come back later, use your diary's own link, the one you kept when you started it.",
  'diary.remember.ask': 'Is this your diary? This device has not kept it yet.',
  'diary.remember.button': 'Remember this diary on this device',
  'diary.link.new':
    'This diary has a new private link: the old one no longer opens it. This device remembers the new one. No device gets reminders any more: turn them on again on yours.',
  'diary.link.knownToClinic':
    "This diary's link was made by your clinic, so they could open it with it. Get a private link that only you have: the old one stops working.",
  'diary.link.getNew': 'Get a new private link',
  'diary.keepLink.heading': "Keep your diary's link",
  'diary.keepLink.intro': 'Come back to this diary from any device with this address. Anyone who has it can see the diary.',
  'diary.keepLink.copy': 'Copy link',
  'diary.keepLink.share': 'Share',
  'diary.keepLink.install': 'Add to home screen',
  'diary.change.heading': 'The advice changed',
  'diary.change.lessUrgent': 'Good news: the advice is less urgent now. {title}.',
  'diary.change.notEasing': 'Not easing after 3 days: book a check with a doctor or physiotherapist.',
  'diary.change.changed': 'The advice has changed since your last check-in: {title}.',
  'diary.firstCheckIn': 'Make your first check-in',
  'diary.now.heading': 'Now: {level}',
  'diary.now.emergency': 'What to do now',
  'diary.now.next': 'Next check-in: <strong>{when}</strong>.',
  'diary.now.nextDue': 'Next check-in: <strong>{when}</strong> (due now).',
  'diary.now.nonePlanned': 'No check-in is planned: get the care the advice says first.',
  'diary.now.closed': 'You checked in a moment ago. You can check in again from <strong>{when}</strong>.',
  'diary.now.checkIn': 'Check in now',
  'diary.now.calendar': 'Add reminders to my calendar',
  'diary.course.heading': 'Pain over time',
  'diary.checkIns.heading': 'Check-ins',
  'diary.checkIns.caption': 'Each check-in with its pain score and its advice',
  'diary.checkIns.when': 'When',
  'diary.checkIns.pain': 'Pain',
  'diary.checkIns.advice': 'Advice',
  'diary.checkIns.olderPolicyNote':
    'Check-ins made before Aftercare last changed its questions keep the advice they were given then. It now asks a few more questions, about signs that are rare but serious, so a new check-in may ask what an earlier one did not.',
  'diary.checkIns.olderPolicyMark': 'earlier questions',
  'diary.share.heading': 'For your doctor or physiotherapist',
  'diary.share.summary': '<print>One-page summary to print</print> or <pdf>as a PDF</pdf>',
  'diary.share.fhir': 'Export for a health record system',
  'diary.clinic.heading': 'Shared with {clinic}',
  'diary.clinic.agreed':
    'You agreed on {when} to share your check-ins with {clinic}. You can stop at any time: they will no longer see this diary, and the diary stays yours.',
  'diary.clinic.contact': 'To reach {clinic}: {contact}',
  'diary.clinic.told':
    '{clinic} was told on {when} that a check-in of yours needs their attention. If you need care now, do not wait for them: follow the advice above.',
  'diary.clinic.stop': 'Stop sharing with {clinic}',
  'diary.data.heading': 'Your data',
  'diary.data.export': 'Save a copy of everything in this diary',
  'diary.data.delete': 'Delete this diary',
  'diary.reminders.heading': 'Reminders',
  'diary.reminders.intro': 'Aftercare can remind you when your next check-in is due, and once more a day later if you have not checked in.',
  'diary.reminders.pushOn': 'Remind me on this device',
  'diary.reminders.pushOff': 'Stop reminders on this device',
  'diary.devices.heading': 'Devices that get reminders',
  'diary.devices.device':
    '{browser, select, chrome {Chrome, or a browser like it} firefox {Firefox} edge {Edge on Windows} safari {Safari} other {A web browser}}, added {when}',
  'diary.devices.remove': 'Remove',
  'diary.devices.hint': 'Remove any device you do not know: each reminder carries a link to this diary.',
  'diary.notice.emailOff': 'Email reminders are off. Aftercare no longer keeps your address.',
  'diary.notice.confirmSent': 'We sent you an email. Open the link in it to start the reminders.',
  'diary.notice.confirmLimit':
    'Aftercare has sent {count, plural, one {# email} other {# emails}} to this address today, the most it sends in a day. Try again tomorrow.',
  'diary.notice.suppressed':
    'This address asked Aftercare to stop all reminder emails, so Aftercare will not email it again, from any diary. Use another address, or the reminders on this device.',
  'diary.notice.deviceRemoved': 'The device was removed. It gets no more reminders from this diary.',
  'diary.email.heading': 'Email reminders',
  'diary.email.label': 'Email me reminders instead (optional)',
  'diary.email.hint':
    'Only for these reminders. We first send one email with a link to confirm the address is yours. The address is deleted with the diary, or when you stop them.',
  'diary.email.start': 'Email me reminders',
  'diary.email.goesTo': 'Email reminders go to <strong>{address}</strong>.',
  'diary.email.stop': 'Stop email reminders',
  'diary.email.waiting':
    '<strong>Waiting for you to confirm.</strong> We sent an email to <strong>{address}</strong> with a link. Open it to start the email reminders. Until then, Aftercare sends nothing else to that address.',
  'diary.email.noEmail': 'No email? Look in your junk folder, or send it again (at most {count, number} a day).',
  'diary.email.again': 'Send the email again',
  'diary.email.another': 'Use another address, or stop',
  'diary.summary.title': 'Aftercare recovery summary: lower back pain after a massage',
  'diary.summary.pageTitle': 'Summary for a clinician',
  'diary.summary.zone': 'Times are in {zone}.',
  'diary.summary.massageEnded': 'Massage ended {when}',
  'diary.summary.style':
    '{style, select, deepTissue {deep tissue} sports {sports} swedish {Swedish} triggerPoint {trigger point} myofascial {myofascial release} other {other}}',
  'diary.summary.pressure':
    '{pressure, select, light {light pressure} moderate {moderate pressure} firm {firm pressure} other {other pressure}}',
  'diary.summary.areas': 'areas worked: {areas}',
  'diary.summary.sharpPain': 'sharp pain during the massage',
  'diary.summary.separator': '; ',
  'diary.summary.latest': 'Latest advice: {level}',
  'diary.summary.hoursAfter': 'Hours after',
  'diary.summary.level': 'Level',
  'diary.summary.reasons': 'Reasons',
  'diary.summary.notAsked': 'Not asked',
  'diary.summary.signs': 'Signs reported',
  'diary.summary.print': 'Print',
  'diary.summary.policyFirst': '{count, plural, one {Check-in {numbers}} other {Check-ins {numbers}}} under policy {policy}',
  'diary.summary.policyNext': '{count, plural, one {check-in {numbers}} other {check-ins {numbers}}} under policy {policy}',
  'diary.summary.numbersRun': '{from} to {to}',
  'diary.summary.disclaimer':
    "Made by Aftercare from the person's own answers. It is not a diagnosis; the triage follows Aftercare's policy {policies}.",
  'diary.delete.title': 'Delete this diary?',
  'diary.delete.text':
    'This removes the diary and every check-in in it, for good. It cannot be undone. If a clinic follows this diary, it stops seeing it. You may want to <download>download a copy</download> first.',
  'diary.delete.button': 'Delete the diary',
  'diary.delete.keep': 'Keep it',
  'diary.deleted.title': 'Diary deleted',
  'diary.deleted.text': 'The diary and all its check-ins are gone from Aftercare.',
  'diary.notFound.title': 'Diary not found',
  'diary.notFound.text': 'This link does not open a diary. It may have been deleted, or the link may be incomplete.',
  'diary.diaries.title': 'Your diaries',
  'diary.diaries.heading': 'Your diaries on this device',
  'diary.diaries.entry': 'Massage of {when} ({checkIns})',
  'diary.diaries.none': 'No diary is saved on this device. Start one from a result page with "Track my recovery".',
  'diary.checkIn.title': 'Check in',
  'diary.checkIn.heading': 'How is your back now?',
  'diary.checkIn.sectionIntro': 'Three questions. More appear only if you tick a sign.',
  'diary.checkIn.introShort': 'Three questions. If you tick a sign, we ask one more thing about it.',
  'diary.checkIn.introWhole': 'The massage is already in your diary. Answer these for today.',
  'diary.checkIn.save': 'Save this check-in',
  'diary.checkIn.closed':
    'You checked in a moment ago. You can send this check-in from <strong>{when}</strong>; if you send it sooner, your answers are kept.',
  'diary.checkIn.trendRule':
    'Your last score was {previous, number}. A change of {step, number} or more counts: {better, number} or less is better, {worse, number} or more is worse, anything between is about the same.',
  'diary.checkIn.trendLeftOpen': 'If you leave this, Aftercare works it out from your scores.',
  'diary.checkIn.chooseAnswer': 'Choose an answer',
  'diary.checkIn.moreQuestions': 'Because of your answers, there are a few more questions below.',
  'diary.checkIn.tooLate': 'This diary covers the 30 days after the massage; that time has passed.',
  'diary.confirm.goneTitle': 'This link no longer works',
  'diary.confirm.goneText':
    'It was used already, or it is more than a few days old, or the diary now has another address. To get email reminders, open your diary from its own link and give your address again.',
  'diary.confirm.title': 'Start email reminders',
  'diary.confirm.text': 'Your Aftercare diary asked to email reminders to this address when a check-in is due.',
  'diary.confirm.button': 'Yes, email me reminders',
  'diary.confirm.notYou': 'If you did not ask for this, close this page: Aftercare will not email this address.',
  'diary.confirmed.title': 'Email reminders are on',
  'diary.confirmed.text':
    'Aftercare will email this address when your next check-in is due, and once more a day later if you have not checked in. Each email has a link to stop them.',
  'diary.unsubscribe.text': 'Aftercare will send no more emails to this address, from this diary or any other, and will not ask it again.',
  'diary.unsubscribed.title': 'Email reminders stopped',
  'diary.unsubscribed.text':
    'Aftercare will send no more emails to this address, from this diary or any other. This cannot be undone: Aftercare will not ask this address again. Your diary is still there: open it from its link to check in, or to get reminders on your device or in your calendar.',
  // ==== diary: end

  // ==== clinic: the clinic's pages and the consent page (web/clinic-*, web/pages/clinic-*, client-record, consent)
  // ==== clinic: end

  // ==== mail: mails, web-push, the .ics calendar, the PDF summary, the FHIR Questionnaire (clinic/mailer.ts, diary/)
  // ==== mail: end
} as const;

export type MessageId = keyof typeof en;
/** A catalogue: exactly English's ids, each with a message in that language. */
export type Catalogue = Readonly<Record<MessageId, string>>;
