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
  'pages.start.title': 'Lower back pain after a massage',
  'pages.start.heading': 'Lower back sore after a massage?',
  'pages.start.lead':
    'Soreness for a day or two after a massage is common and usually harmless. Answer a few questions (about a minute) to find out what to do.',
  'pages.start.begin': 'Start now',
  'pages.start.emergencyHeading': 'Call {number} now if you have back pain and any of these',
  'pages.start.youGet': 'What you get',
  'pages.start.youGet.level': 'Whether it sounds like normal soreness, or something to get checked, and how soon.',
  'pages.start.youGet.muscles': 'Which muscles are likely involved, and why they hurt.',
  'pages.start.youGet.plan': 'A care plan with real times: water, gentle movement, heat or cold, when to exercise again.',

  'pages.call.button': '{kind, select, ask {Call {number} and ask for an ambulance} other {Call {number}}}',
  'pages.call.operator': 'The emergency number this service gives.',
  'pages.call.region': 'The number for an ambulance in {country}.',
  'pages.call.noRegion': 'No country is known: 112 reaches emergency services from most mobile phones.',
  'pages.call.notIn': 'Not in {country}?',
  'pages.call.choose': 'Choose your country',

  'pages.emergency.title': 'Emergency: call now',
  'pages.emergency.heading': 'Call {number} now',
  'pages.emergency.doNot': 'Do not wait to see if it gets better. Do not drive yourself.',
  'pages.emergency.say': 'What to say',
  'pages.emergency.sayGeneric':
    'Say: "I had a massage and now I have low back pain with [the sign you have]." Say when the massage was and when the sign started.',
  'pages.emergency.why': 'Why this is an emergency',
  'pages.emergency.signs': 'Call now if you have back pain and any of these',
  'pages.emergency.wait': 'While you wait',
  'pages.emergency.wait.drive': 'Do not drive yourself. If someone is with you, ask them to stay.',
  'pages.emergency.wait.phone': 'Keep your phone with you and the door unlocked if you can.',
  'pages.emergency.otherCauses': 'These signs can have other causes, but they must be checked by a doctor straight away.',

  'pages.country.heading': 'Which country are you in?',
  'pages.country.errorTitle': 'Error: {heading}',
  'pages.country.lead': 'Aftercare gives the emergency number of the country you are in.',
  'pages.country.now': 'Now: {country}, {number}.',
  'pages.country.operator': 'This service gives one emergency number everywhere: {number}.',
  'pages.country.label': 'Country',
  'pages.country.errorPrefix': 'Error:',
  'pages.country.required': 'Choose a country from the list',
  'pages.country.use': 'Use this country',
  'pages.country.back': 'Back',
  'pages.country.kept': 'It is kept on this device only, in a cookie.',

  'pages.error.heading.not-found': 'Page not found',
  'pages.error.heading.too-many-requests': 'Too many requests',
  'pages.error.heading.forbidden': 'This form has expired',
  'pages.error.heading.body-too-large': 'That was too much to send',
  'pages.error.heading.internal': 'Something went wrong',
  'pages.error.heading.unavailable': 'Busy right now',
  'pages.error.heading.other': 'We could not do that',
  'pages.error.advice.forbidden': 'Go back, reload the page and send it again.',
  'pages.error.advice.not-found': 'The address may be mistyped, or what it pointed to may have been deleted.',
  'pages.error.advice.wait': 'Please wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'pages.error.advice.again': 'Please try again in a moment.',
  'pages.error.notAssessed': 'We could not assess this',
  'pages.error.checkMassage': 'Check when the massage ended',
  'pages.backToStart': 'Back to the start',

  'pages.offline.title': 'You are offline',
  'pages.offline.lead': 'This page needs a connection. The start page, the emergency page and the questions still open.',
  'pages.offline.callNow':
    '<strong>If you have lost control of your bladder or bowels, feel numb between your legs, or a leg is getting weak: call now.</strong> A phone call does not need the internet.',
  'pages.offline.notSent': 'Your answers have not been sent',
  'pages.offline.kept':
    'They are kept on this page, and are sent by themselves as soon as you are back online. Keep this page open: if you close it, they are lost and you will need to answer again.',
  'pages.offline.send': 'Send my answers now',

  'pages.result.title': 'Result: {level}',
  'pages.result.nextStep': 'Next step',
  'pages.result.track': 'Track my recovery',
  'pages.result.trackHint': 'Check in over the next days and see your pain against the usual course. A private link, no account.',
  'pages.result.callIfWorse': 'If it gets much worse, or you notice a sign listed under "Get help sooner", call for help:',
  'pages.result.plan': 'Your plan',
  'pages.result.planHint': 'Tick things off as you go. Times are {zone}.',
  'pages.result.until': 'Until {time}.',
  'pages.result.passed': 'That time has passed ({time}): you can build back up gently.',
  'pages.result.exerciseFrom': 'Hard exercise and heavy lifting are fine again from <strong>{time}</strong>.',
  'pages.result.coldTimer': 'Cold pack timer',
  'pages.result.coldTimes':
    'If you put a cold pack on now, take it off between <strong>{from}</strong> and <strong>{until}</strong> ({min} to {max} minutes).',
  'pages.result.expect': 'What to expect',
  'pages.result.course.eases': 'Soreness is usually worst from {span}, then it eases.',
  'pages.result.course.checkAtEnd': 'Soreness is usually worst from {span}, when it should start to ease: check again then.',
  'pages.result.course.checkOn': 'Soreness is usually worst from {span}, then it eases; check again on {time}.',
  'pages.result.why': 'Why we say this',
  'pages.result.muscles': 'Muscles likely involved',
  'pages.result.musclesCaption': 'The areas likely involved are highlighted',
  'pages.result.watch': 'Get help sooner if you notice',
  'pages.result.emergencyLink': 'What to do in an emergency',
  'pages.result.keep': 'Keep this',
  'pages.result.save': 'Save a copy of my answers',
  'pages.result.print': 'Print',
  'pages.result.restart': 'Start again with new answers',
  'pages.result.sources': 'Where this advice comes from',
  'pages.result.reviewed': 'Advice last reviewed on {date}.',

  'pages.time.span': '{from} to {until}',
  'pages.time.zone': '{city} time',

  'pages.chart.title': "{whose, select, client {The client's pain} other {Your pain}} against the usual course after a massage",
  'pages.chart.legend':
    "Dots: {whose, select, client {the client's pain} other {your pain}}, 0 to 10. Dashed line: the usual pattern (its shape only). Shaded: the usual peak.",
  'pages.chart.peakSummary': 'Soreness usually peaks between {from} and {until}, then fades.',
  'pages.chart.point': '{label} {severity} out of 10 on {time}.',
  'pages.chart.pain': 'Pain',
  'pages.chart.yourPain': 'Your pain',
  'pages.chart.checkInPain': 'Check-in {seq}: pain',
  'pages.chart.checkAgain': 'Check again on {time}.',
  'pages.chart.peak': 'peak',
  'pages.chart.now': 'now',
  'pages.chart.check': 'check',
  'pages.chart.days': 'days since the massage',
  'pages.chart.notAsked': 'Not asked: stopped at the first emergency answer',

  'pages.bodyMap.description': 'The lower back seen from behind, with four numbered areas: {areas}.',
  'pages.bodyMap.areaLit': '{number}: {name} (highlighted)',

  'pages.script.timerStart': 'Start a {min}-minute timer',
  'pages.script.timerStop': 'Stop the timer',
  'pages.script.timerStopped': 'Timer stopped.',
  'pages.script.timerStarted': 'Timer started. Take the cold pack off after {min} to {max} minutes.',
  'pages.script.timerDone': '{min} minutes are up: take the cold pack off now, and no later than {max} minutes.',
  'pages.script.resendWaiting': 'Waiting for the network.',
  'pages.script.resendSoon': 'Trying to send your answers again in a moment.',
  'pages.script.resendFailed': 'Your answers could not be sent. Press "{send}" to try again.',
  'pages.script.resendBack': 'Back online: sending your answers.',
  'pages.script.pushAsking': 'Asking your browser…',
  'pages.script.pushPermission': 'Reminders need permission to show notifications. You can allow them in your browser settings.',
  'pages.script.pushOn': 'Reminders are on for this device.',
  'pages.script.pushFailed': 'Reminders could not be turned on here. You can use email reminders instead.',
  'pages.script.pushOff': 'Reminders are off for this device.',
  'pages.script.pushOffFailed': 'Something went wrong: try again.',
  'pages.script.linkCopied': 'Link copied. Keep it somewhere safe, such as a note or a message to yourself.',
  'pages.script.linkSelected': 'The link is selected: copy it with your device.',
  'pages.script.linkShareTitle': 'My recovery diary',
  'pages.script.installed': 'Aftercare is on your home screen.',
  'pages.script.shared': 'Shared.',
  'pages.script.shareFailed': 'Could not share: copy the link instead.',
  'pages.script.clientLinkCopied': 'The link is copied. Paste it into a message to the client.',
  'pages.script.clientCopyFailed': 'Could not copy: press on the link above to copy it by hand.',
  'pages.manifest.name': 'Aftercare: back pain after a massage',
  // ==== pages: end

  // ==== diary: the diary, its check-ins, reminders and devices (web/diary-*, check-in-*, reminder-*, diary/)
  'diary.checkInCount': '{count, plural, one {# check-in} other {# check-ins}}',
  // ==== diary: end

  // ==== clinic: the clinic's pages and the consent page (web/clinic-*, web/pages/clinic-*, client-record, consent)
  // ==== clinic: end

  // ==== mail: mails, web-push, the .ics calendar, the PDF summary, the FHIR Questionnaire (clinic/mailer.ts, diary/)
  // ==== mail: end
} as const;

export type MessageId = keyof typeof en;
/** A catalogue: exactly English's ids, each with a message in that language. */
export type Catalogue = Readonly<Record<MessageId, string>>;
