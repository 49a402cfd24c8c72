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
  'diary.time.zone': 'Ortszeit {city}',
  'diary.backToDiary': 'Zurück zum Tagebuch',
  'diary.startNewCheck': 'Eine neue Einschätzung beginnen',
  'diary.backToStart': 'Zurück zum Anfang',
  'diary.errorTitle': 'Fehler: {title}',
  'diary.errorPrefix': 'Fehler:',
  'diary.title': 'Ihr Genesungstagebuch',
  'diary.lead': 'Die Massage endete am {when}. Alle Zeiten: {zone}.',
  'diary.sharing.stopped': 'Sie teilen dieses Tagebuch nicht mehr. Die Praxis sieht es nicht mehr, auch keinen neuen Eintrag.',
  'diary.byReminder':
    'Sie haben dieses Tagebuch über eine Erinnerung geöffnet: Dieser Link funktioniert eine Woche lang nach dem Versand. Um später zurückzukommen, nutzen Sie den eigenen Link Ihres Tagebuchs, den Sie beim Anlegen gespeichert haben.',
  'diary.remember.ask': 'Ist das Ihr Tagebuch? Dieses Gerät hat es noch nicht gespeichert.',
  'diary.remember.button': 'Dieses Tagebuch auf diesem Gerät speichern',
  'diary.link.new':
    'Dieses Tagebuch hat einen neuen privaten Link: Der alte öffnet es nicht mehr. Dieses Gerät merkt sich den neuen. Kein Gerät bekommt mehr Erinnerungen: Schalten Sie sie auf Ihrem Gerät wieder ein.',
  'diary.link.knownToClinic':
    'Der Link zu diesem Tagebuch wurde von Ihrer Praxis erstellt, sodass sie es damit öffnen konnte. Holen Sie sich einen privaten Link, den nur Sie haben: Der alte funktioniert dann nicht mehr.',
  'diary.link.getNew': 'Neuen privaten Link holen',
  'diary.keepLink.heading': 'Link zu Ihrem Tagebuch aufbewahren',
  'diary.keepLink.intro': 'Mit dieser Adresse kommen Sie von jedem Gerät aus zu diesem Tagebuch zurück. Wer sie hat, kann das Tagebuch sehen.',
  'diary.keepLink.copy': 'Link kopieren',
  'diary.keepLink.share': 'Teilen',
  'diary.keepLink.install': 'Zum Startbildschirm hinzufügen',
  'diary.change.heading': 'Die Empfehlung hat sich geändert',
  'diary.change.lessUrgent': 'Gute Nachricht: Die Empfehlung ist jetzt weniger dringend. {title}.',
  'diary.change.notEasing': 'Nach 3 Tagen keine Besserung: Vereinbaren Sie einen Termin in einer Hausarztpraxis oder Physiotherapie.',
  'diary.change.changed': 'Die Empfehlung hat sich seit Ihrem letzten Eintrag geändert. {title}.',
  'diary.firstCheckIn': 'Ersten Eintrag machen',
  'diary.now.heading': 'Jetzt: {level}',
  'diary.now.emergency': 'Was jetzt zu tun ist',
  'diary.now.next': 'Nächster Eintrag: <strong>{when}</strong>.',
  'diary.now.nextDue': 'Nächster Eintrag: <strong>{when}</strong> (jetzt fällig).',
  'diary.now.nonePlanned': 'Es ist kein Eintrag geplant: Holen Sie sich zuerst die Hilfe, die die Empfehlung nennt.',
  'diary.now.closed': 'Sie haben gerade einen Eintrag gemacht. Den nächsten können Sie ab <strong>{when}</strong> machen.',
  'diary.now.checkIn': 'Jetzt Eintrag machen',
  'diary.now.calendar': 'Erinnerungen in meinen Kalender eintragen',
  'diary.course.heading': 'Schmerzen im Verlauf',
  'diary.checkIns.heading': 'Einträge',
  'diary.checkIns.caption': 'Jeder Eintrag mit seinem Schmerzwert und seiner Empfehlung',
  'diary.checkIns.when': 'Wann',
  'diary.checkIns.pain': 'Schmerz',
  'diary.checkIns.advice': 'Empfehlung',
  'diary.checkIns.olderPolicyNote':
    'Einträge von vor der letzten Änderung der Fragen behalten die Empfehlung, die sie damals bekommen haben. Aftercare stellt jetzt ein paar Fragen mehr, zu Anzeichen, die selten, aber ernst sind. Ein neuer Eintrag kann also etwas fragen, das ein früherer nicht gefragt hat.',
  'diary.checkIns.olderPolicyMark': 'frühere Fragen',
  'diary.share.heading': 'Für Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie',
  'diary.share.summary': '<print>Einseitige Zusammenfassung zum Drucken</print> oder <pdf>als PDF</pdf>',
  'diary.share.fhir': 'Export für ein Patientenakten-System',
  'diary.clinic.heading': 'Geteilt mit {clinic}',
  'diary.clinic.agreed':
    'Sie haben am {when} zugestimmt, Ihre Einträge mit {clinic} zu teilen. Sie können das jederzeit beenden: Dann sieht die Praxis dieses Tagebuch nicht mehr, und das Tagebuch bleibt Ihres.',
  'diary.clinic.contact': 'So erreichen Sie {clinic}: {contact}',
  'diary.clinic.told':
    '{clinic} wurde am {when} informiert, dass einer Ihrer Einträge ihre Aufmerksamkeit braucht. Wenn Sie jetzt Hilfe brauchen, warten Sie nicht darauf: Folgen Sie der Empfehlung oben.',
  'diary.clinic.stop': 'Nicht mehr mit {clinic} teilen',
  'diary.data.heading': 'Ihre Daten',
  'diary.data.export': 'Eine Kopie von allem in diesem Tagebuch speichern',
  'diary.data.delete': 'Dieses Tagebuch löschen',
  'diary.reminders.heading': 'Erinnerungen',
  'diary.reminders.intro':
    'Aftercare kann Sie erinnern, wenn Ihr nächster Eintrag fällig ist, und einen Tag später noch einmal, wenn Sie ihn noch nicht gemacht haben.',
  'diary.reminders.pushOn': 'Auf diesem Gerät erinnern',
  'diary.reminders.pushOff': 'Erinnerungen auf diesem Gerät beenden',
  'diary.devices.heading': 'Geräte, die Erinnerungen bekommen',
  'diary.devices.device':
    '{browser, select, chrome {Chrome oder ein ähnlicher Browser} firefox {Firefox} edge {Edge unter Windows} safari {Safari} other {Ein Webbrowser}}, hinzugefügt am {when}',
  'diary.devices.remove': 'Entfernen',
  'diary.devices.hint': 'Entfernen Sie jedes Gerät, das Sie nicht kennen: Jede Erinnerung enthält einen Link zu diesem Tagebuch.',
  'diary.notice.emailOff': 'Die Erinnerungen per E-Mail sind aus. Aftercare speichert Ihre Adresse nicht mehr.',
  'diary.notice.confirmSent': 'Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin, um die Erinnerungen zu starten.',
  'diary.notice.confirmLimit':
    'Aftercare hat heute {count, plural, one {# E-Mail} other {# E-Mails}} an diese Adresse geschickt, so viele wie höchstens an einem Tag. Versuchen Sie es morgen noch einmal.',
  'diary.notice.suppressed':
    'Diese Adresse hat Aftercare gebeten, keine Erinnerungen per E-Mail mehr zu schicken. Deshalb schreibt Aftercare ihr nie wieder, aus keinem Tagebuch. Nutzen Sie eine andere Adresse oder die Erinnerungen auf diesem Gerät.',
  'diary.notice.deviceRemoved': 'Das Gerät wurde entfernt. Es bekommt keine Erinnerungen mehr aus diesem Tagebuch.',
  'diary.email.heading': 'Erinnerungen per E-Mail',
  'diary.email.label': 'Erinnerungen stattdessen per E-Mail (freiwillig)',
  'diary.email.hint':
    'Nur für diese Erinnerungen. Wir schicken zuerst eine E-Mail mit einem Link, damit Sie bestätigen, dass die Adresse Ihnen gehört. Die Adresse wird mit dem Tagebuch gelöscht, oder wenn Sie die Erinnerungen beenden.',
  'diary.email.start': 'Erinnerungen per E-Mail schicken',
  'diary.email.goesTo': 'Die Erinnerungen per E-Mail gehen an <strong>{address}</strong>.',
  'diary.email.stop': 'Erinnerungen per E-Mail beenden',
  'diary.email.waiting':
    '<strong>Ihre Bestätigung fehlt noch.</strong> Wir haben eine E-Mail mit einem Link an <strong>{address}</strong> geschickt. Öffnen Sie ihn, um die Erinnerungen per E-Mail zu starten. Bis dahin schickt Aftercare nichts anderes an diese Adresse.',
  'diary.email.noEmail': 'Keine E-Mail bekommen? Sehen Sie im Spam-Ordner nach, oder schicken Sie sie noch einmal (höchstens {count, number}-mal am Tag).',
  'diary.email.again': 'E-Mail noch einmal schicken',
  'diary.email.another': 'Andere Adresse nutzen oder beenden',
  'diary.summary.title': 'Aftercare-Zusammenfassung der Genesung: Schmerzen im unteren Rücken nach einer Massage',
  'diary.summary.pageTitle': 'Zusammenfassung für die Behandlung',
  'diary.summary.zone': 'Zeiten in {zone}.',
  'diary.summary.massageEnded': 'Massage beendet am {when}',
  'diary.summary.style':
    '{style, select, deepTissue {Tiefengewebsmassage} sports {Sportmassage} swedish {Schwedische Massage} triggerPoint {Triggerpunkt-Massage} myofascial {myofasziale Lösung} other {andere Art}}',
  'diary.summary.pressure': '{pressure, select, light {leichter Druck} moderate {mittlerer Druck} firm {fester Druck} other {anderer Druck}}',
  'diary.summary.areas': 'behandelte Bereiche: {areas}',
  'diary.summary.sharpPain': 'stechender Schmerz während der Massage',
  'diary.summary.separator': '; ',
  'diary.summary.latest': 'Letzte Empfehlung: {level}',
  'diary.summary.hoursAfter': 'Stunden danach',
  'diary.summary.level': 'Stufe',
  'diary.summary.reasons': 'Gründe',
  'diary.summary.notAsked': 'Nicht gefragt',
  'diary.summary.signs': 'Angegebene Anzeichen',
  'diary.summary.print': 'Drucken',
  'diary.summary.policyFirst': '{count, plural, one {Eintrag {numbers}} other {Einträge {numbers}}} nach Regelwerk {policy}',
  'diary.summary.policyNext': '{count, plural, one {Eintrag {numbers}} other {Einträge {numbers}}} nach Regelwerk {policy}',
  'diary.summary.numbersRun': '{from} bis {to}',
  'diary.summary.disclaimer':
    'Von Aftercare aus den eigenen Antworten der Person erstellt. Es ist keine Diagnose; die Einstufung folgt dem Aftercare-Regelwerk {policies}.',
  'diary.delete.title': 'Dieses Tagebuch löschen?',
  'diary.delete.text':
    'Damit werden das Tagebuch und alle Einträge darin endgültig gelöscht. Das lässt sich nicht rückgängig machen. Wenn eine Praxis dieses Tagebuch verfolgt, sieht sie es dann nicht mehr. Vielleicht möchten Sie vorher <download>eine Kopie herunterladen</download>.',
  'diary.delete.button': 'Tagebuch löschen',
  'diary.delete.keep': 'Behalten',
  'diary.deleted.title': 'Tagebuch gelöscht',
  'diary.deleted.text': 'Das Tagebuch und alle seine Einträge sind aus Aftercare gelöscht.',
  'diary.notFound.title': 'Tagebuch nicht gefunden',
  'diary.notFound.text': 'Dieser Link öffnet kein Tagebuch. Vielleicht wurde es gelöscht, oder der Link ist unvollständig.',
  'diary.diaries.title': 'Ihre Tagebücher',
  'diary.diaries.heading': 'Ihre Tagebücher auf diesem Gerät',
  'diary.diaries.entry': 'Massage vom {when} ({checkIns})',
  'diary.diaries.none': 'Auf diesem Gerät ist kein Tagebuch gespeichert. Beginnen Sie eines auf einer Ergebnisseite mit „Meine Genesung verfolgen“.',
  'diary.checkIn.title': 'Eintrag machen',
  'diary.checkIn.heading': 'Wie geht es Ihrem Rücken jetzt?',
  'diary.checkIn.sectionIntro': 'Drei Fragen. Weitere erscheinen nur, wenn Sie ein Anzeichen ankreuzen.',
  'diary.checkIn.introShort': 'Drei Fragen. Wenn Sie ein Anzeichen ankreuzen, fragen wir noch eine Sache dazu.',
  'diary.checkIn.introWhole': 'Die Massage steht schon in Ihrem Tagebuch. Beantworten Sie diese Fragen für heute.',
  'diary.checkIn.save': 'Diesen Eintrag speichern',
  'diary.checkIn.closed':
    'Sie haben gerade einen Eintrag gemacht. Diesen können Sie ab <strong>{when}</strong> absenden; wenn Sie ihn früher absenden, bleiben Ihre Antworten erhalten.',
  'diary.checkIn.trendRule':
    'Ihr letzter Wert war {previous, number}. Eine Änderung um {step, number} oder mehr zählt: {better, number} oder weniger ist besser, {worse, number} oder mehr ist schlechter, alles dazwischen ist etwa gleich.',
  'diary.checkIn.trendLeftOpen': 'Wenn Sie das offen lassen, ermittelt Aftercare es aus Ihren Werten.',
  'diary.checkIn.chooseAnswer': 'Wählen Sie eine Antwort',
  'diary.checkIn.moreQuestions': 'Wegen Ihrer Antworten gibt es unten noch ein paar Fragen.',
  'diary.checkIn.tooLate': 'Dieses Tagebuch umfasst die 30 Tage nach der Massage; diese Zeit ist vorbei.',
  'diary.confirm.goneTitle': 'Dieser Link funktioniert nicht mehr',
  'diary.confirm.goneText':
    'Er wurde schon benutzt, ist älter als ein paar Tage, oder das Tagebuch hat inzwischen eine andere Adresse. Um Erinnerungen per E-Mail zu bekommen, öffnen Sie Ihr Tagebuch über seinen eigenen Link und geben Sie Ihre Adresse noch einmal an.',
  'diary.confirm.title': 'Erinnerungen per E-Mail starten',
  'diary.confirm.text': 'Ihr Aftercare-Tagebuch hat darum gebeten, Erinnerungen an diese Adresse zu schicken, wenn ein Eintrag fällig ist.',
  'diary.confirm.button': 'Ja, Erinnerungen per E-Mail schicken',
  'diary.confirm.notYou': 'Wenn Sie das nicht angefordert haben, schließen Sie diese Seite: Aftercare schreibt dieser Adresse nicht.',
  'diary.confirmed.title': 'Erinnerungen per E-Mail sind an',
  'diary.confirmed.text':
    'Aftercare schreibt an diese Adresse, wenn Ihr nächster Eintrag fällig ist, und einen Tag später noch einmal, wenn Sie ihn noch nicht gemacht haben. Jede E-Mail enthält einen Link, um sie zu beenden.',
  'diary.unsubscribe.text': 'Aftercare schickt keine E-Mails mehr an diese Adresse, weder aus diesem noch aus einem anderen Tagebuch, und fragt auch nicht wieder nach.',
  'diary.unsubscribed.title': 'Erinnerungen per E-Mail beendet',
  'diary.unsubscribed.text':
    'Aftercare schickt keine E-Mails mehr an diese Adresse, weder aus diesem noch aus einem anderen Tagebuch. Das lässt sich nicht rückgängig machen: Aftercare fragt bei dieser Adresse nicht wieder nach. Ihr Tagebuch ist noch da: Öffnen Sie es über seinen Link, um einen Eintrag zu machen oder um Erinnerungen auf Ihrem Gerät oder in Ihrem Kalender zu bekommen.',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
