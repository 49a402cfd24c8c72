// German (de): "Sie", in the register of gesund.bund.de.
import type { Catalogue } from './en.ts';

export const de: Catalogue = {
  'shell.skipLink': 'Zum Hauptinhalt springen',
  'shell.emergencyLine': 'Ein Notfall?',
  'shell.emergencyLink': 'Jetzt Hilfe rufen',
  'shell.notADiagnosis':
    'Aftercare ist keine Diagnose und ersetzt keinen Arzt und keine Ärztin. Es hilft Ihnen zu entscheiden, was Sie als Nächstes tun. Wenn Sie sich Sorgen machen oder es schlimmer wird, holen Sie sich ärztliche Hilfe.',
  'shell.whichNumber': 'Im Notfall rufen Sie Hilfe: <link>welche Nummer Sie wählen</link>.',
  'shell.language': 'Sprache',
  'shell.description': 'Schmerzen im unteren Rücken nach einer Massage: Ist das normal, und was hilft? Keine Diagnose.',

  // ==== engine
  // ==== engine: end

  // ==== questionnaire
  // ==== questionnaire: end

  // ==== pages
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# Eintrag} other {# Einträge}}',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  'mail.reminder.due.title': 'Zeit für einen Eintrag zu Ihrem Rücken',
  'mail.reminder.due.subject': 'Aftercare: Zeit für einen Eintrag zu Ihrem Rücken',
  'mail.reminder.due.body':
    'Ein paar kurze Antworten zeigen, ob Ihre Rückenschmerzen wie erwartet nachlassen und was Sie als Nächstes tun sollten.',
  'mail.reminder.missed.title': 'Ihr Eintrag von gestern',
  'mail.reminder.missed.subject': 'Aftercare: Ihr Eintrag von gestern',
  'mail.reminder.missed.body':
    'Wenn sich Ihr Rücken besser anfühlt, bestätigt ein kurzer Eintrag das. Wenn er sich schlechter anfühlt, machen Sie jetzt einen Eintrag, um zu sehen, was zu tun ist.',
  'mail.reminder.checkInHere': 'Hier machen Sie Ihren Eintrag (dieser Link funktioniert {days, plural, one {# Tag} other {# Tage}} lang):',
  'mail.reminder.redFlags':
    'Wenn Sie ein neues Taubheitsgefühl, eine Schwäche in einem Bein oder Schwierigkeiten haben, den Urin oder den Stuhlgang zu halten, warten Sie nicht auf den Eintrag: Rufen Sie jetzt Ihre Notrufnummer an.',
  'mail.notADiagnosis': 'Aftercare gibt allgemeine Informationen, keine Diagnose.',
  'mail.reminder.why':
    'Sie erhalten diese Nachricht, weil Sie in Ihrem Aftercare-Tagebuch Erinnerungen per E-Mail angefordert haben. Mit einem Klick beenden Sie sie:',
  'mail.confirm.subject': 'Aftercare: Bestätigen Sie Ihre Erinnerungen per E-Mail',
  'mail.confirm.asked':
    'Jemand, wahrscheinlich Sie, hat in einem Aftercare-Genesungstagebuch Erinnerungen per E-Mail an diese Adresse angefordert. Um sie zu starten, öffnen Sie diesen Link (er funktioniert {days, plural, one {# Tag} other {# Tage}} lang):',
  'mail.confirm.notYou':
    'Wenn Sie es nicht waren, tun Sie nichts: Aftercare sendet nichts mehr an diese Adresse, solange der Link nicht geöffnet wird. Damit kein Tagebuch noch einmal fragt, nutzen Sie diesen Link:',
  'mail.calendar.summary': 'Aftercare: Wie geht es Ihrem Rücken?',
  'mail.calendar.due': 'Zeit für einen Eintrag zu Ihrem Rücken nach der Massage. Öffnen Sie {link}',
  'mail.calendar.dueAfterChange': 'Zeit für einen Eintrag zu Ihrem Rücken nach der Massage ({change}). Öffnen Sie {link}',
  'mail.calendar.nothingPlanned': 'Aftercare: kein Eintrag geplant',
  'mail.calendar.getCareFirst': 'Es ist kein Eintrag geplant: Holen Sie sich zuerst die Hilfe, die in der Empfehlung steht.',
  'mail.calendar.firstCheckIn': 'Machen Sie jetzt Ihren ersten Eintrag.',
  'mail.calendar.yourDiary': 'Ihr Tagebuch: {link}',
  'mail.pdf.timesIn': 'Die Uhrzeiten sind in der Zeitzone {timeZone}.',
  'mail.pdf.latestAdvice': 'Letzte Empfehlung: {level}. {title}.',
  'mail.pdf.checkIns': 'Einträge',
  'mail.pdf.column.checkIn': 'Eintrag',
  'mail.pdf.column.hours': 'Stunden',
  'mail.pdf.column.pain': 'Schmerz',
  'mail.pdf.column.level': 'Stufe',
  'mail.pdf.column.reasons': 'Gründe',
  'mail.pdf.notAsked': 'Nicht gefragt',
  'mail.pdf.numberRun': '{first} bis {last}',
  'mail.pdf.leftOut':
    '{count, plural, one {Eintrag {numbers} (# von {total, number}) hier weggelassen} other {Einträge {numbers} (# von {total, number}) hier weggelassen}}, damit alles auf eine Seite passt: Alle Einträge stehen im Tagebuch und in seinem FHIR-Export.',
  'mail.pdf.signsReported': 'Angegebene Anzeichen',
  // ==== mail: end
};
