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
  'pages.start.title': 'Schmerzen im unteren Rücken nach einer Massage',
  'pages.start.heading': 'Schmerzt Ihr unterer Rücken nach einer Massage?',
  'pages.start.lead':
    'Muskelkater für ein oder zwei Tage nach einer Massage ist häufig und meist harmlos. Beantworten Sie ein paar Fragen (etwa eine Minute), um zu erfahren, was Sie tun können.',
  'pages.start.begin': 'Jetzt starten',
  'pages.start.emergencyHeading': 'Rufen Sie jetzt die {number} an, wenn Sie Rückenschmerzen und eines dieser Zeichen haben',
  'pages.start.youGet': 'Was Sie erhalten',
  'pages.start.youGet.level': 'Ob es nach normalem Muskelkater klingt oder nach etwas, das abgeklärt werden sollte, und wie bald.',
  'pages.start.youGet.muscles': 'Welche Muskeln wahrscheinlich betroffen sind und warum sie schmerzen.',
  'pages.start.youGet.plan':
    'Einen Plan mit konkreten Uhrzeiten: Wasser, sanfte Bewegung, Wärme oder Kälte, wann Sie wieder Sport machen können.',
  'pages.call.button':
    '{kind, select, ask {Rufen Sie die {number} an und verlangen Sie einen Rettungswagen} other {Rufen Sie die {number} an}}',
  'pages.call.operator': 'Die Notrufnummer, die dieser Dienst angibt.',
  'pages.call.region': 'Die Nummer für einen Rettungswagen in diesem Land: {country}.',
  'pages.call.noRegion': 'Kein Land bekannt: Die 112 erreicht von den meisten Mobiltelefonen aus den Rettungsdienst.',
  'pages.call.notIn': 'Nicht in diesem Land ({country})?',
  'pages.call.choose': 'Wählen Sie Ihr Land',
  'pages.emergency.title': 'Notfall: Rufen Sie jetzt an',
  'pages.emergency.heading': 'Rufen Sie jetzt die {number} an',
  'pages.emergency.doNot': 'Warten Sie nicht ab, ob es besser wird. Fahren Sie nicht selbst.',
  'pages.emergency.say': 'Was Sie sagen',
  'pages.emergency.sayGeneric':
    'Sagen Sie: „Ich hatte eine Massage und habe jetzt Schmerzen im unteren Rücken mit [dem Zeichen, das Sie haben].“ Sagen Sie, wann die Massage war und wann das Zeichen begonnen hat.',
  'pages.emergency.why': 'Warum das ein Notfall ist',
  'pages.emergency.signs': 'Rufen Sie jetzt an, wenn Sie Rückenschmerzen und eines dieser Zeichen haben',
  'pages.emergency.wait': 'Während Sie warten',
  'pages.emergency.wait.drive': 'Fahren Sie nicht selbst. Wenn jemand bei Ihnen ist, bitten Sie die Person zu bleiben.',
  'pages.emergency.wait.phone': 'Behalten Sie Ihr Telefon bei sich und lassen Sie die Tür unverschlossen, wenn Sie können.',
  'pages.emergency.otherCauses':
    'Diese Zeichen können andere Ursachen haben, müssen aber sofort von einer Ärztin oder einem Arzt abgeklärt werden.',
  'pages.country.heading': 'In welchem Land sind Sie?',
  'pages.country.errorTitle': 'Fehler: {heading}',
  'pages.country.lead': 'Aftercare nennt die Notrufnummer des Landes, in dem Sie sind.',
  'pages.country.now': 'Jetzt: {country}, {number}.',
  'pages.country.operator': 'Dieser Dienst nennt überall dieselbe Notrufnummer: {number}.',
  'pages.country.label': 'Land',
  'pages.country.errorPrefix': 'Fehler:',
  'pages.country.required': 'Wählen Sie ein Land aus der Liste',
  'pages.country.use': 'Dieses Land verwenden',
  'pages.country.back': 'Zurück',
  'pages.country.kept': 'Es wird nur auf diesem Gerät gespeichert, in einem Cookie.',
  'pages.error.heading.not-found': 'Seite nicht gefunden',
  'pages.error.heading.too-many-requests': 'Zu viele Anfragen',
  'pages.error.heading.forbidden': 'Dieses Formular ist abgelaufen',
  'pages.error.heading.body-too-large': 'Das war zu viel auf einmal',
  'pages.error.heading.internal': 'Etwas ist schiefgelaufen',
  'pages.error.heading.unavailable': 'Gerade sehr ausgelastet',
  'pages.error.heading.other': 'Das konnten wir nicht tun',
  'pages.error.advice.forbidden': 'Gehen Sie zurück, laden Sie die Seite neu und senden Sie sie noch einmal.',
  'pages.error.advice.not-found': 'Die Adresse ist vielleicht falsch geschrieben, oder das, worauf sie zeigte, wurde gelöscht.',
  'pages.error.advice.wait': 'Bitte warten Sie {minutes, plural, one {# Minute} other {# Minuten}} und versuchen Sie es dann erneut.',
  'pages.error.advice.again': 'Bitte versuchen Sie es gleich noch einmal.',
  'pages.error.notAssessed': 'Das konnten wir nicht einschätzen',
  'pages.error.checkMassage': 'Prüfen Sie, wann die Massage endete',
  'pages.backToStart': 'Zurück zum Anfang',
  'pages.offline.title': 'Sie sind offline',
  'pages.offline.lead':
    'Diese Seite braucht eine Verbindung. Die Startseite, die Notfallseite und die Fragen lassen sich weiterhin öffnen.',
  'pages.offline.callNow':
    '<strong>Wenn Sie den Urin oder den Stuhlgang nicht mehr halten können, sich zwischen den Beinen taub fühlen oder ein Bein schwächer wird: Rufen Sie jetzt an.</strong> Ein Anruf braucht kein Internet.',
  'pages.offline.notSent': 'Ihre Antworten wurden nicht gesendet',
  'pages.offline.kept':
    'Sie bleiben auf dieser Seite und werden von selbst gesendet, sobald Sie wieder online sind. Lassen Sie diese Seite offen: Wenn Sie sie schließen, gehen sie verloren und Sie müssen erneut antworten.',
  'pages.offline.send': 'Meine Antworten jetzt senden',
  'pages.result.title': 'Ergebnis: {level}',
  'pages.result.nextStep': 'Nächster Schritt',
  'pages.result.track': 'Meine Genesung verfolgen',
  'pages.result.trackHint':
    'Machen Sie in den nächsten Tagen Einträge und vergleichen Sie Ihre Schmerzen mit dem üblichen Verlauf. Ein privater Link, kein Konto.',
  'pages.result.callIfWorse':
    'Wenn es deutlich schlimmer wird oder Sie ein Zeichen unter „Holen Sie früher Hilfe“ bemerken, rufen Sie Hilfe:',
  'pages.result.plan': 'Ihr Plan',
  'pages.result.planHint': 'Haken Sie ab, was Sie erledigt haben. Alle Zeiten: {zone}.',
  'pages.result.until': 'Bis {time}.',
  'pages.result.passed': 'Diese Zeit ist vorbei ({time}): Sie können die Belastung langsam wieder steigern.',
  'pages.result.exerciseFrom': 'Anstrengender Sport und schweres Heben sind ab <strong>{time}</strong> wieder in Ordnung.',
  'pages.result.coldTimer': 'Timer für die Kühlung',
  'pages.result.coldTimes':
    'Wenn Sie jetzt kühlen (Kühlpack in einem Tuch), nehmen Sie das Kühlpack zwischen <strong>{from}</strong> und <strong>{until}</strong> wieder ab ({min} bis {max} Minuten).',
  'pages.result.expect': 'Was Sie erwarten können',
  'pages.result.course.eases': 'Der Muskelkater ist meist {span} am stärksten, danach lässt er nach.',
  'pages.result.course.checkAtEnd': 'Der Muskelkater ist meist {span} am stärksten, dann sollte er nachlassen: Prüfen Sie es dann erneut.',
  'pages.result.course.checkOn': 'Der Muskelkater ist meist {span} am stärksten, danach lässt er nach; prüfen Sie es erneut am {time}.',
  'pages.result.why': 'Warum wir das sagen',
  'pages.result.muscles': 'Wahrscheinlich beteiligte Muskeln',
  'pages.result.musclesCaption': 'Die wahrscheinlich beteiligten Bereiche sind hervorgehoben',
  'pages.result.watch': 'Holen Sie früher Hilfe, wenn Sie Folgendes bemerken',
  'pages.result.emergencyLink': 'Was im Notfall zu tun ist',
  'pages.result.keep': 'Aufbewahren',
  'pages.result.save': 'Eine Kopie meiner Antworten speichern',
  'pages.result.print': 'Drucken',
  'pages.result.restart': 'Mit neuen Antworten neu beginnen',
  'pages.result.sources': 'Woher diese Ratschläge stammen',
  'pages.result.reviewed': 'Ratschläge zuletzt geprüft am {date}.',
  'pages.time.span': 'von {from} bis {until}',
  'pages.time.zone': 'Ortszeit {city}',
  'pages.chart.title':
    '{whose, select, client {Die Schmerzen der Klientin oder des Klienten} other {Ihre Schmerzen}} im Vergleich zum üblichen Verlauf nach einer Massage',
  'pages.chart.legend':
    'Punkte: {whose, select, client {die Schmerzen der Klientin oder des Klienten} other {Ihre Schmerzen}}, 0 bis 10. Gestrichelte Linie: der übliche Verlauf (nur seine Form). Schattiert: der übliche Höhepunkt.',
  'pages.chart.peakSummary': 'Muskelkater ist meist zwischen {from} und {until} am stärksten und klingt dann ab.',
  'pages.chart.point': '{label}: {severity} von 10 am {time}.',
  'pages.chart.pain': 'Schmerzen',
  'pages.chart.yourPain': 'Ihre Schmerzen',
  'pages.chart.checkInPain': 'Eintrag {seq}: Schmerzen',
  'pages.chart.checkAgain': 'Erneut prüfen am {time}.',
  'pages.chart.peak': 'Höhepunkt',
  'pages.chart.now': 'jetzt',
  'pages.chart.check': 'prüfen',
  'pages.chart.days': 'Tage seit der Massage',
  'pages.chart.notAsked': 'Nicht gefragt: bei der ersten Notfall-Antwort beendet',
  'pages.bodyMap.description': 'Der untere Rücken von hinten gesehen, mit vier nummerierten Bereichen: {areas}.',
  'pages.bodyMap.areaLit': '{number}: {name} (hervorgehoben)',
  'pages.script.timerStart': 'Timer für {min} Minuten starten',
  'pages.script.timerStop': 'Timer anhalten',
  'pages.script.timerStopped': 'Timer angehalten.',
  'pages.script.timerStarted': 'Timer läuft. Nehmen Sie das Kühlpack nach {min} bis {max} Minuten ab.',
  'pages.script.timerDone': '{min} Minuten sind um: Nehmen Sie das Kühlpack jetzt ab, spätestens nach {max} Minuten.',
  'pages.script.resendWaiting': 'Warten auf das Netz.',
  'pages.script.resendSoon': 'Ihre Antworten werden gleich noch einmal gesendet.',
  'pages.script.resendFailed': 'Ihre Antworten konnten nicht gesendet werden. Tippen Sie auf „{send}“, um es erneut zu versuchen.',
  'pages.script.resendBack': 'Wieder online: Ihre Antworten werden gesendet.',
  'pages.script.pushAsking': 'Ihr Browser wird gefragt …',
  'pages.script.pushPermission':
    'Für Erinnerungen ist Ihre Erlaubnis nötig, Benachrichtigungen zu zeigen. Sie können sie in den Einstellungen Ihres Browsers erlauben.',
  'pages.script.pushOn': 'Erinnerungen sind auf diesem Gerät eingeschaltet.',
  'pages.script.pushFailed': 'Erinnerungen konnten hier nicht eingeschaltet werden. Sie können stattdessen Erinnerungen per E-Mail nutzen.',
  'pages.script.pushOff': 'Erinnerungen sind auf diesem Gerät ausgeschaltet.',
  'pages.script.pushOffFailed': 'Etwas ist schiefgelaufen: Versuchen Sie es erneut.',
  'pages.script.linkCopied':
    'Link kopiert. Bewahren Sie ihn an einem sicheren Ort auf, zum Beispiel in einer Notiz oder einer Nachricht an sich selbst.',
  'pages.script.linkSelected': 'Der Link ist markiert: Kopieren Sie ihn mit Ihrem Gerät.',
  'pages.script.linkShareTitle': 'Mein Genesungstagebuch',
  'pages.script.installed': 'Aftercare ist auf Ihrem Startbildschirm.',
  'pages.script.shared': 'Geteilt.',
  'pages.script.shareFailed': 'Teilen nicht möglich: Kopieren Sie stattdessen den Link.',
  'pages.script.clientLinkCopied': 'Der Link ist kopiert. Fügen Sie ihn in eine Nachricht an die Klientin oder den Klienten ein.',
  'pages.script.clientCopyFailed': 'Kopieren nicht möglich: Tippen Sie auf den Link oben, um ihn von Hand zu kopieren.',
  'pages.manifest.name': 'Aftercare: Rückenschmerzen nach einer Massage',
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# Eintrag} other {# Einträge}}',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
