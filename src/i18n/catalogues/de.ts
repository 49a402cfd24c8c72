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
  'questionnaire.answer.no': 'Nein',
  'questionnaire.answer.yes': 'Ja',
  'questionnaire.answer.none-of-these': 'Nichts davon',
  'questionnaire.answer.choose-all-that-fit': 'Wählen Sie alles aus, was zutrifft.',
  'questionnaire.region.quadratus-lumborum':
    'Tief in der Seite des unteren Rückens, zwischen Rippen und Hüfte (quadratischer Lendenmuskel)',
  'questionnaire.region.psoas': 'Tief vorne an der Hüfte oder auf der Bauchseite des unteren Rückens – Lendenmuskel (Psoas)',
  'questionnaire.region.erector-spinae': 'Links und rechts entlang der Wirbelsäule (Rückenstrecker)',
  'questionnaire.region.sacroiliac-joint': 'Ganz unten, wo die Wirbelsäule auf das Becken trifft – Iliosakralgelenk (ISG)',
  'questionnaire.persistence.comes-and-goes': 'Ja, es kommt und geht',
  'questionnaire.persistence.persistent': 'Ja, die ganze Zeit',
  'questionnaire.section.red-flags.title': 'Zuerst einige Sicherheitsfragen',
  'questionnaire.section.red-flags.intro': 'Diese Anzeichen sind selten, aber jedes davon braucht sofort Hilfe.',
  'questionnaire.bladder-control-loss.prompt': 'Können Sie den Urin nicht mehr halten, sodass er ohne Vorwarnung abgeht?',
  'questionnaire.bowel-control-loss.prompt': 'Können Sie den Stuhlgang nicht mehr halten?',
  'questionnaire.difficulty-urinating.prompt': 'Können Sie kein Wasser lassen, es nicht in Gang bringen oder es nicht spüren?',
  'questionnaire.difficulty-urinating.prompt-2':
    'Können Sie kein Wasser lassen oder es nicht in Gang bringen, oder spüren Sie nicht mehr, wann Ihre Blase voll ist?',
  'questionnaire.saddle-numbness.prompt': 'Haben Sie ein Taubheitsgefühl zwischen den Beinen oder an den Genitalien oder am Gesäß?',
  'questionnaire.saddle-numbness.hint-2':
    'Dazu gehört auch, dass es sich beim Abwischen nach der Toilette anders anfühlt oder dass Sie dort beim Sex weniger spüren.',
  'questionnaire.leg-weakness.prompt': 'Fühlen sich Ihre Beine schwach an, oder knicken sie weg?',
  'questionnaire.leg-weakness.one-leg': 'Ja, ein Bein',
  'questionnaire.leg-weakness.both-legs': 'Ja, beide Beine',
  'questionnaire.section.other-signs.title': 'Weitere Anzeichen',
  'questionnaire.section.other-signs.intro': 'Sie helfen zu entscheiden, wie bald Sie sich untersuchen lassen sollten.',
  'questionnaire.numbness.prompt': 'Haben Sie ein Taubheitsgefühl in den Beinen oder Füßen?',
  'questionnaire.tingling.prompt': 'Haben Sie Kribbeln oder ein Ameisenlaufen in den Beinen oder Füßen?',
  'questionnaire.fever.prompt': 'Haben Sie Fieber (38 °C oder mehr, oder fühlen Sie sich heiß und fröstelig)?',
  'questionnaire.fall.prompt': 'Sind Sie gestürzt oder haben Sie einen Stoß an den Rücken bekommen, abgesehen von der Massage?',
  'questionnaire.blood-thinners.prompt':
    'Nehmen Sie einen Blutverdünner (gerinnungshemmendes Medikament), zum Beispiel Warfarin, Apixaban oder Rivaroxaban?',
  'questionnaire.blood-thinners.prompt-2':
    'Nehmen Sie einen Blutverdünner (gerinnungshemmendes Medikament): Warfarin, Apixaban, Rivaroxaban, Edoxaban, Dabigatran oder Heparin-Spritzen?',
  'questionnaire.blood-thinners.hint-2': 'Aspirin (ASS) und Clopidogrel zählen hier nicht.',
  'questionnaire.section.massage.title': 'Die Massage',
  'questionnaire.section.massage.intro': 'Erzählen Sie uns von der Massage selbst.',
  'questionnaire.ended-at.prompt': 'Wann war die Massage zu Ende?',
  'questionnaire.ended-at.hint':
    'Zum Beispiel „2026-03-02 17:00“ oder „17:00“; Sie können auch auf Englisch „yesterday 17:00“ oder „20 hours ago“ schreiben.',
  'questionnaire.style.prompt': 'Was für eine Massage war es?',
  'questionnaire.style.deep-tissue': 'Tiefengewebsmassage',
  'questionnaire.style.sports': 'Sportmassage',
  'questionnaire.style.swedish': 'Klassische (schwedische) Massage',
  'questionnaire.style.trigger-point': 'Triggerpunkt-Behandlung',
  'questionnaire.style.myofascial': 'Myofasziale Behandlung',
  'questionnaire.style.other': 'Etwas anderes',
  'questionnaire.pressure.prompt': 'Wie fest war der Druck?',
  'questionnaire.pressure.light': 'Leicht',
  'questionnaire.pressure.moderate': 'Mittel',
  'questionnaire.pressure.firm': 'Fest',
  'questionnaire.areas-worked.prompt': 'An welchen Bereichen hat Ihre Masseurin oder Ihr Masseur gearbeitet?',
  'questionnaire.sharp-pain-during.prompt': 'Hatten Sie während der Massage einen stechenden Schmerz?',
  'questionnaire.section.pain.title': 'Ihre Schmerzen jetzt',
  'questionnaire.section.pain.intro': 'Sagen Sie uns, wie sich Ihr unterer Rücken jetzt anfühlt.',
  'questionnaire.severity.prompt':
    'Wie stark sind die Schmerzen, von 0 (keine Schmerzen) bis 10 (die schlimmsten vorstellbaren Schmerzen)?',
  'questionnaire.qualities.prompt': 'Wie fühlen sich die Schmerzen an?',
  'questionnaire.qualities.dull-ache': 'Dumpf',
  'questionnaire.qualities.stiffness': 'Steif',
  'questionnaire.qualities.tenderness': 'Berührungsempfindlich',
  'questionnaire.qualities.sharp': 'Scharf oder stechend',
  'questionnaire.qualities.shooting': 'Einschießend',
  'questionnaire.qualities.electric': 'Wie ein elektrischer Schlag',
  'questionnaire.qualities.burning': 'Brennend',
  'questionnaire.extent.prompt': 'Sind die Schmerzen verteilt oder an einer Stelle?',
  'questionnaire.extent.widespread': 'Über den unteren Rücken verteilt',
  'questionnaire.extent.localized': 'An einer Stelle',
  'questionnaire.regions.prompt': 'Wo tut es weh?',
  'questionnaire.regions.hint': 'Wählen Sie alles aus, was zutrifft, oder nichts, wenn Sie unsicher sind.',
  'questionnaire.radiation.prompt': 'Ziehen die Schmerzen irgendwohin?',
  'questionnaire.radiation.prompt-2': 'Ziehen die Schmerzen vom Rücken aus irgendwo anders hin?',
  'questionnaire.radiation.hint-2': 'Schmerzen in einem Bein, das selbst massiert wurde, zählen nicht.',
  'questionnaire.radiation.none': 'Nein, sie bleiben im Rücken',
  'questionnaire.radiation.buttock': 'Ins Gesäß',
  'questionnaire.radiation.thigh': 'Bis in den Oberschenkel',
  'questionnaire.radiation.below-knee': 'Das Bein hinunter bis unter das Knie',
  'questionnaire.trend.prompt': 'Seit die Schmerzen begonnen haben: Werden sie besser, bleiben sie gleich oder werden sie schlimmer?',
  'questionnaire.trend.better': 'Sie werden besser',
  'questionnaire.trend.same': 'Etwa gleich',
  'questionnaire.trend.worse': 'Sie werden schlimmer',
  'questionnaire.swelling.prompt': 'Gibt es eine Schwellung dort, wo Sie massiert wurden?',
  'questionnaire.bruising.prompt': 'Gibt es einen Bluterguss dort, wo Sie massiert wurden?',
  'questionnaire.since-massage.prompt': 'Hatten Sie seit der Massage eines dieser Anzeichen?',
  'questionnaire.since-massage.hint': 'Kreuzen Sie alles an, was Sie hatten, oder Nichts davon.',
  'questionnaire.since-massage.breathless-or-chest-pain': 'Atemnot, Schmerzen in der Brust oder Bluthusten',
  'questionnaire.since-massage.brown-urine':
    'Brauner Urin, colafarben oder wie starker Tee (dunkelgelber Urin ist damit nicht gemeint: er bedeutet meist, dass Sie mehr trinken sollten)',
  'questionnaire.since-massage.blood-in-urine': 'Roter oder rosafarbener Urin',
  'questionnaire.since-massage.blood-in-urine-3':
    'Roter oder rosafarbener Urin (nicht nur nach dem Essen von Roter Bete und kein Menstruationsblut)',
  'questionnaire.since-massage.one-leg-swollen':
    'Eine Wade oder ein Bein, die neu geschwollen, warm oder schmerzhaft sind (nicht nur wund, wo massiert wurde)',
  'questionnaire.since-massage.sudden-side-pain':
    'Plötzliche, sehr starke Schmerzen in der Seite, im Bauch oder in der Leiste, die sich anders anfühlen als der Massageschmerz',
  'questionnaire.since-massage.faint-or-pale':
    'Ohnmacht oder Bewusstlosigkeit, Schwäche- oder Schwindelgefühl beim Aufstehen oder sehr blasses oder graues Aussehen (ein paar Sekunden Benommenheit, als Sie von der Massageliege aufgestanden sind, zählen nicht)',
  'questionnaire.both-legs.prompt': 'Ist es in einem Bein oder in beiden Beinen?',
  'questionnaire.both-legs.hint': 'Die Schmerzen, die ins Bein ziehen, das Taubheitsgefühl oder das Kribbeln.',
  'questionnaire.both-legs.one-leg': 'Ein Bein',
  'questionnaire.both-legs.both-legs': 'Beide Beine',
  'questionnaire.both-legs.why':
    'die Schmerzen reichen bis ins Bein, oder es gibt ein Taubheitsgefühl oder Kribbeln: Geben Sie an, ob es in einem Bein oder in beiden ist',
  'questionnaire.aged-70-or-over.prompt': 'Sind Sie 70 Jahre oder älter?',
  'questionnaire.aged-70-or-over.why':
    'die Schmerzen sind stechend (jetzt oder während der Massage) oder stark an einer Stelle: Geben Sie an, ob Sie 70 Jahre oder älter sind',
  'questionnaire.fragile-bones.prompt':
    'Hat eine Ärztin oder ein Arzt gesagt, dass Ihre Knochen dünn oder schwach sind (Osteoporose), haben Sie sich als Erwachsene oder Erwachsener bei einem leichten Sturz einen Knochen gebrochen, oder haben Sie 3 Monate oder länger Kortison-Tabletten (zum Beispiel Prednisolon) genommen?',
  'questionnaire.fragile-bones.why':
    'die Schmerzen sind stechend (jetzt oder während der Massage) oder stark an einer Stelle: Geben Sie an, ob Ihre Knochen schwach sein könnten',
  'questionnaire.cancer.prompt': 'Hatten Sie schon einmal Krebs?',
  'questionnaire.cancer.hint': 'Ein Hautkrebs, der einfach herausgeschnitten wurde, zählt nicht.',
  'questionnaire.cancer.why':
    'es gibt Nervenbeschwerden, oder die Schmerzen klingen 3 Tage nach der Massage nicht ab: Geben Sie an, ob Sie Krebs hatten',
  'questionnaire.night-pain.prompt': 'Wecken die Rückenschmerzen Sie nachts auf, oder hindern sie Sie am Einschlafen?',
  'questionnaire.night-pain.why': 'Sie hatten Krebs und die Schmerzen klingen nicht ab: Geben Sie an, ob sie Sie wecken oder wach halten',
  'questionnaire.bleeding-risk.prompt':
    'Nehmen Sie einen Blutverdünner (gerinnungshemmendes Medikament) wie Warfarin, Apixaban, Rivaroxaban, Edoxaban, Dabigatran oder Heparin-Spritzen? Oder hat Ihnen eine Ärztin oder ein Arzt gesagt, dass Sie leicht bluten oder blaue Flecken bekommen, wegen einer Lebererkrankung (zum Beispiel Zirrhose), zu wenigen Blutplättchen, Hämophilie oder einer anderen Blutgerinnungsstörung?',
  'questionnaire.bleeding-risk.hint': 'Aspirin (ASS) und Clopidogrel zählen hier nicht. Kreuzen Sie beides an, wenn beides zutrifft.',
  'questionnaire.bleeding-risk.blood-thinners': 'Ein Blutverdünner (gerinnungshemmendes Medikament)',
  'questionnaire.bleeding-risk.bleeding-tendency': 'Eine Erkrankung, durch die ich leicht blute',
  'questionnaire.bleeding-risk.neither': 'Keines von beiden',
  'questionnaire.red-urine-after-pressure.prompt':
    'Hat der rote oder rosafarbene Urin innerhalb von 2 Tagen nach einer Massage begonnen, bei der fest auf Ihren Rücken oder Ihre Seiten gedrückt wurde?',
  'questionnaire.red-urine-after-pressure.why':
    'Sie hatten roten oder rosafarbenen Urin: Geben Sie an, ob er innerhalb von 2 Tagen nach festem Druck auf Ihren Rücken oder Ihre Seiten begonnen hat',
  'questionnaire.also-unwell.prompt': 'Haben Sie außerdem eines dieser Anzeichen?',
  'questionnaire.also-unwell.hint': 'Kreuzen Sie alles an, was Sie haben, oder Nichts davon.',
  'questionnaire.also-unwell.very-unwell':
    'Immer wieder erbrechen, Verwirrtheit oder verwaschene Sprache, nur sehr schwer wach zu halten sein, fleckige, graue oder blaue Haut, Lippen oder Zunge, oder ein Ausschlag, der nicht verblasst, wenn Sie ein Glas darauf drücken',
  'questionnaire.also-unwell.little-or-no-urine': 'Heute viel weniger Urin als sonst, oder gar keiner',
  'questionnaire.also-unwell.muscles-very-painful-or-weak':
    'Muskeln, die sehr schmerzhaft, geschwollen oder schwach sind, weit mehr als nach einer Massage oder Sport zu erwarten',
  'questionnaire.also-unwell.why':
    'Sie hatten braunen Urin oder Fieber: Geben Sie an, ob Sie auch eines der Anzeichen haben, sehr krank zu sein',
  'questionnaire.serious-accident.prompt':
    'War es ein schwerer Unfall, zum Beispiel ein Verkehrsunfall oder ein Sturz aus der Höhe, etwa von einer Leiter?',
  'questionnaire.serious-accident.why': 'Sie sind gestürzt oder haben einen Stoß bekommen: Geben Sie an, ob es ein schwerer Unfall war',
  'questionnaire.check-in.lasting.comes-and-goes': 'Es kommt und geht',
  'questionnaire.check-in.lasting.persistent': 'Es ist die ganze Zeit da',
  'questionnaire.check-in.ticked.why': 'Sie haben „{sign}“ angekreuzt: Geben Sie an, welches',
  'questionnaire.check-in.sign.bladder-control-loss': 'Urin geht ohne Vorwarnung ab: Sie können ihn nicht halten',
  'questionnaire.check-in.sign.bowel-control-loss': 'Den Stuhlgang nicht mehr halten können',
  'questionnaire.check-in.sign.difficulty-urinating':
    'Kein Wasser lassen oder es nicht in Gang bringen können, oder nicht spüren, wann die Blase voll ist',
  'questionnaire.check-in.sign.saddle-numbness':
    'Taubheitsgefühl zwischen den Beinen oder an den Genitalien oder am Gesäß, oder ein anderes Gefühl beim Abwischen',
  'questionnaire.check-in.sign.leg-weakness': 'Ein Bein, das sich schwach anfühlt oder wegknickt',
  'questionnaire.check-in.leg-weakness.prompt': 'Welche Beine fühlen sich schwach an oder knicken weg?',
  'questionnaire.check-in.sign.numbness': 'Taubheitsgefühl in einem Bein oder Fuß',
  'questionnaire.check-in.numbness.prompt': 'Ist das Taubheitsgefühl die ganze Zeit da?',
  'questionnaire.check-in.sign.tingling': 'Kribbeln oder Ameisenlaufen in einem Bein oder Fuß',
  'questionnaire.check-in.tingling.prompt': 'Ist das Kribbeln die ganze Zeit da?',
  'questionnaire.check-in.sign.radiation':
    'Schmerzen, die vom Rücken ins Gesäß oder Bein ziehen (nicht Schmerzen in einem Bein, das massiert wurde)',
  'questionnaire.check-in.radiation.prompt': 'Wie weit ziehen die Schmerzen?',
  'questionnaire.check-in.sign.qualities': 'Scharfe, stechende, einschießende Schmerzen oder Schmerzen wie ein elektrischer Schlag',
  'questionnaire.check-in.qualities.prompt': 'Wie sind die Schmerzen?',
  'questionnaire.check-in.sign.extent': 'Schmerzen an einer Stelle, statt über den unteren Rücken verteilt',
  'questionnaire.check-in.sign.swelling': 'Eine Schwellung dort, wo Sie massiert wurden',
  'questionnaire.check-in.sign.bruising': 'Ein Bluterguss dort, wo Sie massiert wurden',
  'questionnaire.check-in.sign.fever': 'Fieber: 38 °C oder mehr, oder Sie fühlen sich heiß und fröstelig',
  'questionnaire.check-in.sign.fall': 'Ein Sturz oder ein Stoß an den Rücken',
  'questionnaire.check-in.since-last.prompt': 'Hatten Sie seit Ihrem letzten Eintrag eines dieser Anzeichen?',
  'questionnaire.check-in.since-last.hint':
    'Kreuzen Sie alles an, was Sie hatten, auch wenn Sie es letztes Mal schon angekreuzt haben. Die meisten kreuzen Nichts davon an.',
  'questionnaire.check-in.pain-now.prompt':
    'Wie stark sind die Schmerzen jetzt, von 0 (keine Schmerzen) bis 10 (die schlimmsten vorstellbaren Schmerzen)?',
  'questionnaire.check-in.compared.prompt': 'Verglichen mit Ihrem letzten Eintrag: Ist es besser, gleich oder schlimmer?',
  'questionnaire.check-in.compared.better': 'Besser',
  'questionnaire.check-in.compared.worse': 'Schlimmer',
  'questionnaire.error.choose-an-answer': 'Wählen Sie eine Antwort',
  'questionnaire.error.choose-yes-or-no': 'Wählen Sie Ja oder Nein',
  'questionnaire.error.choose-a-number': 'Wählen Sie eine Zahl von 0 bis 10',
  'questionnaire.error.choose-the-day': 'Wählen Sie den Tag, an dem die Massage zu Ende war, und geben Sie die Uhrzeit ein',
  'questionnaire.error.tick-or-none': 'Kreuzen Sie an, was Sie hatten, oder {none}',
  'questionnaire.error.ticked-none-and-sign': 'Sie haben {none} und auch ein Anzeichen angekreuzt: Entfernen Sie eines der beiden Kreuze',
  'questionnaire.error.enter-date-and-time':
    'Geben Sie Datum und Uhrzeit ein, wann die Massage zu Ende war, zum Beispiel 2. März 2026, 17:00',
  'questionnaire.error.enter-time': 'Geben Sie die Uhrzeit ein, wann die Massage zu Ende war, zum Beispiel 17:00',
  'questionnaire.error.no-such-date': 'Dieses Datum gibt es nicht: Prüfen Sie Tag und Monat',
  'questionnaire.error.ended-in-future': 'Das Ende der Massage muss in der Vergangenheit liegen',
  'questionnaire.error.ended-too-long-ago':
    'Aftercare gilt für die 30 Tage nach einer Massage. Bei Schmerzen, die früher begonnen haben, wenden Sie sich an Ihre Hausarztpraxis oder Physiotherapie',
  'questionnaire.ended-at.today': 'Heute',
  'questionnaire.ended-at.yesterday': 'Gestern',
  'questionnaire.ended-at.2-days-ago': 'Vor 2 Tagen',
  'questionnaire.ended-at.another-day': 'Ein anderer Tag',
  'questionnaire.ended-at.time': 'Uhrzeit des Endes',
  'questionnaire.ended-at.other': 'Ein anderer Tag: Datum und Uhrzeit',
  'questionnaire.time-zone.label': 'Zeitzone',
  'questionnaire.step.error-prefix': 'Fehler:',
  'questionnaire.step.map-caption': 'Die vier Bereiche des unteren Rückens, nummeriert wie in der Liste',
  'questionnaire.step.optional': '(freiwillig)',
  'questionnaire.areas.prompt': 'Wo tut es weh, und wo hat Ihre Masseurin oder Ihr Masseur gearbeitet?',
  'questionnaire.areas.hint': 'Kreuzen Sie an, was Sie wissen, oder lassen Sie es leer, wenn Sie unsicher sind.',
  'questionnaire.areas.sore': 'Tut jetzt weh',
  'questionnaire.areas.worked': 'Hier massiert',
  'questionnaire.form.problem': 'Es gibt ein Problem',
  'questionnaire.step.see-result': 'Mein Ergebnis ansehen',
  'questionnaire.step.continue': 'Weiter',
  'questionnaire.step.progress': 'Schritt {step, number} von {steps, number}',
  'questionnaire.step.back':
    'Zurück zu {section, select, redFlags {den Sicherheitsfragen} otherSigns {weiteren Anzeichen} massage {der Massage} pain {Ihren Schmerzen jetzt} other {dem vorigen Schritt}}',
  'questionnaire.step.error-title': 'Fehler: {title}',
  'questionnaire.time-zone.area':
    '{area, select, Africa {Afrika} America {Amerika} Antarctica {Antarktis} Arctic {Arktis} Asia {Asien} Atlantic {Atlantikinseln} Australia {Australien} Europe {Europa} Indian {Indischer Ozean} Pacific {Pazifik} other {{area}}}',
  'questionnaire.time-zone.in-country': 'Städte in {country}',
  'questionnaire.time-zone.other': 'Andere',
  'questionnaire.time-zone.times-are': 'Zeitzone: <zone>{name}</zone>.',
  'questionnaire.time-zone.change': 'Zeitzone ändern',
  'questionnaire.time-zone.nearest-city': 'Zeitzone (nächste Stadt)',
  'questionnaire.step.more-questions': 'Wegen Ihrer Antworten gibt es unten noch ein paar Fragen.',
  'questionnaire.check-in.section.title': 'Wie geht es Ihrem Rücken jetzt?',
  'questionnaire.check-in.section.intro': 'Drei Fragen. Weitere kommen nur, wenn Sie ein Anzeichen ankreuzen.',
  'questionnaire.api.whole-path': '(Bericht)',
  'questionnaire.api.malformed-json': 'Der Text ist kein gültiges JSON: {detail}',
  'questionnaire.api.invalid-input':
    '{count, plural, one {Die Eingabe entspricht nicht dem Vertrag ({shown} Problem).} other {Die Eingabe entspricht nicht dem Vertrag ({shown} Probleme).}}',
  'questionnaire.api.body-too-large': 'Der Inhalt der Anfrage ist größer als {kib} KiB.',
  'questionnaire.api.body-at-most': 'der Inhalt darf höchstens {bytes} Byte groß sein',
  'questionnaire.api.internal': 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.',
  'questionnaire.api.required': 'ist erforderlich',
  'questionnaire.api.unknown-field': 'ist kein bekanntes Feld',
  'questionnaire.api.one-of': 'muss einer dieser Werte sein: {values}',
  'questionnaire.api.must-be': 'muss {value} sein',
  'questionnaire.api.type':
    'muss {type, select, object {ein Objekt} array {eine Liste} integer {eine ganze Zahl} boolean {true oder false} string {ein Text} number {eine Zahl} other {vom Typ {type}}} sein',
  'questionnaire.api.time-zone': 'muss eine IANA-Zeitzone sein, zum Beispiel Europe/Berlin',
  'questionnaire.api.date-time': 'ist kein gültiges Datum mit Uhrzeit',
  'questionnaire.api.max-length': 'darf höchstens {limit} Zeichen lang sein',
  'questionnaire.api.unique-items': 'darf keinen Eintrag doppelt enthalten (die Einträge {j} und {i} sind gleich)',
  'questionnaire.api.minimum': 'muss mindestens {limit} sein',
  'questionnaire.api.maximum': 'darf höchstens {limit} sein',
  'questionnaire.api.not-valid': 'ist nicht gültig',
  'questionnaire.api.whole': '{whole, select, report {der Bericht} other {der Inhalt}} {problem}',
  'questionnaire.api.instant.shape':
    'muss ein Datum mit Uhrzeit nach RFC 3339 mit Zeitverschiebung sein, zum Beispiel 2026-03-02T17:00:00+01:00 oder 2026-03-02T16:00:00Z',
  'questionnaire.api.instant.month': 'hat keinen Monat {month}',
  'questionnaire.api.instant.day': 'ist kein echtes Datum: Monat {month} von {year} hat keinen Tag {day}',
  'questionnaire.api.instant.hour': 'hat keine Stunde {hour}',
  'questionnaire.api.instant.minute': 'hat keine Minute {minute}',
  'questionnaire.api.instant.second': 'hat keine Sekunde {second} (Schaltsekunden werden nicht unterstützt)',
  'questionnaire.api.instant.offset': 'hat eine Zeitverschiebung, die es nicht gibt ({offset})',
  'questionnaire.text.too-long': 'Verwenden Sie höchstens {max} Zeichen für {label}',
  'questionnaire.text.control-character':
    '{label} enthält ein Zeichen, das sich nicht eintippen lässt (ein Steuerzeichen): Entfernen Sie es',
  'questionnaire.text.required': 'Geben Sie {label} ein',
  'questionnaire.text.email': 'die E-Mail-Adresse',
  'questionnaire.text.email-shape': 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein',
  'questionnaire.api.needed-because': 'ist nötig, denn {why}',
  'questionnaire.api.unsupported-media-type': 'Diese Art von Inhalt kann hier nicht gelesen werden.',
  'questionnaire.api.nothing-here': 'Hier ist nichts.',
  'questionnaire.api.nothing-at': 'Unter {method} {path} ist nichts.',
  'questionnaire.api.unreadable-address': 'Die Adresse dieser Seite enthält ein Zeichen, das in einer Webadresse nicht vorkommen kann.',
  'questionnaire.api.unreadable': 'Die Anfrage konnte nicht gelesen werden.',
  'questionnaire.api.too-slow': 'Die Anfrage hat zu lange gebraucht.',
  'questionnaire.terminal.yes-words': 'j ja',
  'questionnaire.terminal.no-words': 'n nein',
  'questionnaire.terminal.type-1-or-2': 'Bitte geben Sie 1 oder 2 ein.',
  'questionnaire.terminal.yes-or-no': 'Bitte antworten Sie mit j (ja) oder n (nein).',
  'questionnaire.terminal.type-ticks':
    'Bitte geben Sie die Nummern dessen ein, was Sie hatten, durch Kommas getrennt, oder {none} für nichts davon.',
  'questionnaire.terminal.none-alone': '{none} bedeutet nichts davon: Geben Sie es allein ein, oder nur die anderen.',
  'questionnaire.terminal.type-a-number': 'Bitte geben Sie eine Zahl von 1 bis {count} ein.',
  'questionnaire.terminal.type-numbers':
    'Bitte geben Sie Zahlen von 1 bis {count} ein, durch Kommas getrennt, oder drücken Sie die Eingabetaste für keine.',
  'questionnaire.terminal.type-a-score': 'Bitte geben Sie eine ganze Zahl von 0 bis 10 ein.',
  'questionnaire.terminal.y-n': '(j/n)',
  'questionnaire.terminal.choices': 'Geben Sie die Nummern ein, durch Kommas getrennt, oder drücken Sie die Eingabetaste für keine.',
  'questionnaire.terminal.checklist': 'Geben Sie die Nummern ein, durch Kommas getrennt.',
  'questionnaire.terminal.skip': 'Drücken Sie die Eingabetaste, um die Frage zu überspringen.',
  'questionnaire.terminal.score': '(0 bis 10)',
  'questionnaire.terminal.stopped': 'Abgebrochen. Nichts wurde gespeichert.',
  'questionnaire.terminal.title': 'Aftercare: Schmerzen im unteren Rücken nach einer Massage',
  'questionnaire.terminal.stop-now':
    'Wenn Sie Rückenschmerzen und eines dieser Anzeichen haben, hören Sie jetzt auf: {call}{where, select, known { (die Nummer in {region}; --country, um sie zu ändern)} other { (--country gibt die Nummer Ihres Landes)}}.',
  'questionnaire.fhir.title': 'Schmerzen im unteren Rücken nach einer Massage (Aftercare-Richtlinie {version})',
  // ==== questionnaire: end

  // ==== pages
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# Eintrag} other {# Einträge}}',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
