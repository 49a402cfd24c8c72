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
  'diary.checkInCount': '{count, plural, one {# check-in} other {# check-ins}}',
} as const;

export type MessageId = keyof typeof en;
/** A catalogue: exactly English's ids, each with a message in that language. */
export type Catalogue = Readonly<Record<MessageId, string>>;
