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
  'engine.level.emergency.name': 'Notfall',
  'engine.level.urgent.name': 'Dringend',
  'engine.level.see-clinician.name': 'Ärztlich abklären lassen',
  'engine.level.self-care.name': 'Selbsthilfe zu Hause',
  'engine.level.emergency.title': 'Notfall: Rufen Sie jetzt Hilfe',
  'engine.level.emergency.doNow': 'Rufen Sie jetzt den Notruf. Warten Sie nicht ab, ob es besser wird, und fahren Sie nicht selbst.',
  'engine.level.urgent.title': 'Dringend: Holen Sie heute noch ärztlichen Rat ein',
  'engine.level.urgent.doNow':
    'Sprechen Sie heute noch mit einer Ärztin oder einem Arzt. Rufen Sie Ihre Hausarztpraxis an oder, wenn die Praxis geschlossen ist, eine Gesundheitsnummer für Fälle, die kein Notfall sind (wie die 111 im Vereinigten Königreich).',
  'engine.level.see-clinician.title': 'Lassen Sie es ärztlich oder physiotherapeutisch abklären',
  'engine.level.see-clinician.doNow':
    'Vereinbaren Sie in den nächsten Tagen einen Termin in einer Hausarztpraxis oder Physiotherapie und folgen Sie bis dahin dem Pflegeplan.',
  'engine.level.self-care.title': 'Das klingt nach normalem Muskelkater nach einer Massage',
  'engine.level.self-care.doNow':
    'Sie können sich zu Hause selbst helfen. Folgen Sie dem Pflegeplan und prüfen Sie es zur angegebenen Zeit noch einmal.',
  'engine.watch.emergency': 'Rufen Sie jetzt den Notruf, wenn Folgendes auftritt',
  'engine.watch.urgent': 'Holen Sie noch am selben Tag ärztlichen Rat ein, wenn Folgendes auftritt',
  'engine.watch.see-clinician': 'Lassen Sie es ärztlich oder physiotherapeutisch abklären, wenn Folgendes auftritt',
  'engine.watch.self-care': 'Achten Sie auf',
  'engine.reason.bladder-bowel-control-loss.explain':
    'Sie haben angegeben, dass Sie {organ, select, both {den Urin und den Stuhlgang} bladder {den Urin} other {den Stuhlgang}} nicht mehr halten können. Zusammen mit Rückenschmerzen kann das bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt sind. Das muss sofort im Krankenhaus untersucht werden.',
  'engine.reason.bladder-bowel-control-loss.sign': 'Den Urin oder den Stuhlgang nicht mehr halten können',
  'engine.reason.bladder-bowel-control-loss.told': 'Ich kann den Urin oder den Stuhlgang nicht mehr halten.',
  'engine.reason.urinary-retention.explain':
    'Sie haben angegeben, dass Sie kein Wasser lassen können, es nicht in Gang kommt oder Sie den Harnstrahl nicht spüren. Zusammen mit Rückenschmerzen kann das bedeuten, dass auf die Nerven am unteren Ende der Wirbelsäule Druck ausgeübt wird. Das muss sofort im Krankenhaus untersucht werden.',
  'engine.reason.urinary-retention.sign': 'Nicht Wasser lassen können oder es nicht spüren',
  'engine.reason.urinary-retention.told': 'Ich kann kein Wasser lassen, oder ich spüre es nicht, wenn ich es tue.',
  'engine.reason.saddle-numbness.explain':
    'Sie haben angegeben, dass Sie ein Taubheitsgefühl zwischen den Beinen oder am Gesäß haben. Das kann bedeuten, dass auf die Nerven am unteren Ende der Wirbelsäule Druck ausgeübt wird. Das muss sofort im Krankenhaus untersucht werden.',
  'engine.reason.saddle-numbness.sign': 'Taubheitsgefühl zwischen den Beinen oder am Gesäß',
  'engine.reason.saddle-numbness.told': 'Ich habe ein Taubheitsgefühl zwischen den Beinen oder am Gesäß.',
  'engine.reason.weakness-both-legs.explain':
    'Sie haben angegeben, dass sich beide Beine schwach anfühlen. Schwäche in beiden Beinen kann bedeuten, dass Nerven im unteren Rücken abgedrückt werden. Dafür brauchen Sie sofort Hilfe.',
  'engine.reason.weakness-both-legs.sign': 'Beide Beine fühlen sich schwach an',
  'engine.reason.weakness-both-legs.told': 'Meine beiden Beine fühlen sich schwach an.',
  'engine.reason.weakness-one-leg.explain':
    'Sie haben angegeben, dass sich ein Bein schwach anfühlt. Das kann bedeuten, dass ein Nerv im unteren Rücken abgedrückt wird. Eine Ärztin oder ein Arzt sollte das heute noch ansehen.',
  'engine.reason.weakness-one-leg.sign': 'Ein Bein fühlt sich schwach an, oder ein Fuß schleift oder klatscht beim Gehen auf',
  'engine.reason.weakness-one-leg.told': 'Eines meiner Beine fühlt sich schwach an.',
  'engine.reason.persistent-numbness.explain':
    'Sie haben angegeben, dass sich Ihr Bein oder Fuß ständig taub anfühlt. Ein Taubheitsgefühl, das bleibt, kann bedeuten, dass ein Nerv abgedrückt wird. Eine Ärztin oder ein Arzt sollte das heute noch ansehen.',
  'engine.reason.persistent-numbness.sign': 'Ein Taubheitsgefühl in einem Bein oder Fuß, das nicht weggeht',
  'engine.reason.persistent-numbness.told': 'Mein Bein oder Fuß ist ständig taub.',
  'engine.reason.persistent-tingling.explain':
    'Sie haben angegeben, dass Sie ständig ein Kribbeln im Bein oder Fuß haben. Ein Kribbeln, das bleibt, kann bedeuten, dass ein Nerv abgedrückt wird. Eine Ärztin oder ein Arzt sollte das heute noch ansehen.',
  'engine.reason.persistent-tingling.sign': 'Kribbeln in einem Bein oder Fuß, das nicht weggeht',
  'engine.reason.persistent-tingling.told': 'Ich habe ständig ein Kribbeln im Bein oder Fuß.',
  'engine.reason.fever.explain':
    'Sie haben angegeben, dass Sie Fieber haben. Rückenschmerzen mit hohem Fieber sind keine übliche Folge einer Massage und können ein Zeichen für eine Infektion sein. Eine Ärztin oder ein Arzt sollte das heute noch ansehen.',
  'engine.reason.fever.sign': 'Fieber (eine Temperatur von 38 °C oder mehr, oder Hitzegefühl mit Schüttelfrost)',
  'engine.reason.fever.told': 'Ich habe Fieber.',
  'engine.reason.recent-injury.explain':
    'Sie haben angegeben, dass Sie gestürzt sind oder einen Schlag auf den Rücken bekommen haben, unabhängig von der Massage. Eine Ärztin oder ein Arzt sollte heute noch prüfen, dass nichts verletzt ist.',
  'engine.reason.recent-injury.sign': 'Ein Sturz oder ein Schlag auf den Rücken',
  'engine.reason.recent-injury.told': 'Ich bin gestürzt oder habe einen Schlag auf den Rücken bekommen.',
  'engine.reason.sharp-pain.explain':
    'Sie haben den Schmerz als {qualities} beschrieben. Muskelkater nach einer Massage ist meist ein dumpfer Schmerz. Ein solcher Schmerz kann von einem gezerrten Muskel oder einem gereizten Nerv kommen, deshalb sollten Sie ihn ansehen lassen.',
  'engine.reason.sharp-pain.sign': 'Ein Schmerz, der stechend, einschießend oder wie ein Stromschlag ist',
  'engine.reason.sharp-pain.told': 'Der Schmerz ist stechend oder einschießend.',
  'engine.reason.pain-down-leg.explain':
    'Sie haben angegeben, dass der Schmerz {radiation, select, thigh {in den Oberschenkel} other {ins Bein bis unter das Knie}} ausstrahlt. Ein Schmerz, der ins Bein ausstrahlt, kann bedeuten, dass ein Nerv gereizt ist, zum Beispiel der Ischiasnerv.',
  'engine.reason.pain-down-leg.sign': 'Ein Schmerz, der in den Oberschenkel oder bis unter das Knie ausstrahlt',
  'engine.reason.pain-down-leg.told': 'Der Schmerz strahlt in mein Bein aus.',
  'engine.reason.intermittent-numbness.explain':
    'Sie haben angegeben, dass Sie ein Taubheitsgefühl haben, das kommt und geht. Das kann bedeuten, dass ab und zu ein Nerv abgedrückt wird.',
  'engine.reason.intermittent-numbness.sign': 'Ein Taubheitsgefühl, das kommt und geht',
  'engine.reason.intermittent-numbness.told': 'Ich habe ein Taubheitsgefühl, das kommt und geht.',
  'engine.reason.local-signs-not-improving.explain':
    'Seit der Massage sind {days, number} Tage vergangen, und {signs} {count, plural, one {wird} other {werden}} nicht besser. Das kann bedeuten, dass der Druck für das Gewebe zu stark war, und es sollte abgeklärt werden.',
  'engine.reason.local-signs-not-improving.sign':
    'Eine Schwellung, ein Bluterguss oder starker Schmerz an einer Stelle, der nach 3 Tagen nicht besser ist',
  'engine.reason.local-signs-not-improving.told': 'Die Schwellung, der Bluterguss oder der Schmerz an einer Stelle wird nicht besser.',
  'engine.reason.not-easing.explain':
    'Seit der Massage sind {days, number} Tage vergangen, und der Schmerz {trend, select, worse {wird schlimmer} other {ist nicht besser}}. Normaler Muskelkater sollte 3 Tage nach einer Massage nachlassen.',
  'engine.reason.not-easing.sign': 'Ein Schmerz, der 3 Tage nach der Massage nicht nachlässt',
  'engine.reason.not-easing.told': 'Der Schmerz lässt nicht nach.',
  'engine.reason.persisting-past-week.explain':
    'Es ist mehr als eine Woche vergangen, und der Schmerz liegt immer noch bei {severity, number} von 10. Normaler Muskelkater nach einer Massage ist meist nach 5 bis 7 Tagen vorbei.',
  'engine.reason.persisting-past-week.sign': 'Ein Schmerz von 4 von 10 oder mehr eine Woche nach der Massage',
  'engine.reason.persisting-past-week.told': 'Der Schmerz hält schon länger als eine Woche an.',
  'engine.reason.bruising-on-blood-thinners.explain':
    'Sie haben einen Bluterguss und nehmen ein Medikament, das das Blut verdünnt. Diese Medikamente können eine Blutung unter der Haut größer werden lassen, deshalb sollte eine Ärztin oder ein Arzt ihn ansehen.',
  'engine.reason.bruising-on-blood-thinners.sign':
    'Ein Bluterguss, während Sie einen Blutverdünner (gerinnungshemmendes Medikament) nehmen',
  'engine.reason.bruising-on-blood-thinners.told': 'Ich habe einen Bluterguss und nehme Blutverdünner.',
  'engine.reason.severe-pain.explain':
    'Sie haben den Schmerz mit {severity, number} von 10 bewertet. Ein so starker Schmerz ist mehr als der übliche Muskelkater nach einer Massage.',
  'engine.reason.severe-pain.sign': 'Ein Schmerz von 9 oder 10 von 10',
  'engine.reason.severe-pain.told': 'Der Schmerz ist sehr stark.',
  'engine.reason.expected-soreness.explain':
    'Das klingt nach dem üblichen Muskelkater nach einer Massage. Fester Druck verursacht winzige Zerrungen im Muskel. Während der Körper sie repariert, fühlt sich die Stelle steif und empfindlich an. Am schlimmsten ist es meist 1 bis 3 Tage nach der Massage, danach klingt es ab.',
  'engine.reason.expected-soreness.sign': 'Muskelkater, der in ein paar Tagen abklingt',
  'engine.reason.expected-soreness.told': 'Mein Rücken tut weh.',
  'engine.reason.breathless-or-chest-pain.explain':
    'Sie haben angegeben, dass Sie seit der Massage kurzatmig sind, Schmerzen in der Brust hatten oder Blut gehustet haben. Selten bildet sich ein Blutgerinnsel in einem Bein und wandert in die Lunge, und eine feste Massage der Beine wurde damit in Verbindung gebracht. Dafür brauchen Sie sofort Hilfe.',
  'engine.reason.breathless-or-chest-pain.sign': 'Kurzatmigkeit, Schmerzen in der Brust oder Blut husten',
  'engine.reason.breathless-or-chest-pain.told': 'Ich bin kurzatmig, oder ich habe Schmerzen in der Brust, oder ich huste Blut.',
  'engine.reason.breathless-or-chest-pain.toSay':
    'Wenn die Massage auch Ihre Beine umfasste, sagen Sie das: „Ich hatte eine Massage, auch an den Beinen.“',
  'engine.reason.both-legs-nerve-symptoms.explain':
    'Sie haben angegeben, dass Sie {symptoms} in beiden Beinen haben. Nervenbeschwerden in beiden Beinen können bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt sind. Das muss sofort im Krankenhaus untersucht werden.',
  'engine.reason.both-legs-nerve-symptoms.sign': 'Schmerzen, die in die Beine ausstrahlen, Taubheitsgefühl oder Kribbeln in beiden Beinen',
  'engine.reason.both-legs-nerve-symptoms.told': 'Ich habe Beschwerden in beiden Beinen.',
  'engine.reason.blood-thinners-nerve-signs.explain':
    'Sie nehmen einen Blutverdünner, und {sign}. Mit einem Blutverdünner kann eine Blutung nahe der Wirbelsäule oder tief in den Hüftmuskeln auf einen Nerv drücken, und das muss schnell behandelt werden.',
  'engine.reason.blood-thinners-nerve-signs.sign':
    'Wenn Sie einen Blutverdünner nehmen: ein Bein, das sich schwach anfühlt, oder ein Taubheitsgefühl, das nicht weggeht',
  'engine.reason.blood-thinners-nerve-signs.told': 'Ich nehme einen Blutverdünner, und mein Bein ist schwach oder taub.',
  'engine.reason.dark-urine.explain':
    'Sie haben angegeben, dass Ihr Urin braun war, wie Cola oder starker Tee. Nach starkem oder langem Druck auf Muskeln kann das bedeuten, dass Muskelgewebe zerfallen ist und in den Urin gelangt, was die Nieren schädigen kann. Das ist nicht die Massage, die etwas aus Ihrem Körper ausspült: Es muss heute noch abgeklärt werden.',
  'engine.reason.dark-urine.sign':
    'Urin, der braun ist, wie Cola oder starker Tee (dunkelgelber Urin ist etwas anderes: Er bedeutet meist, dass Sie mehr trinken sollten)',
  'engine.reason.dark-urine.told': 'Mein Urin ist braun.',
  'engine.reason.dark-urine.toSay':
    'Bitten Sie um eine Urinuntersuchung und eine Blutuntersuchung auf Muskelschäden und die Nierenfunktion. Trinken Sie weiter schluckweise Wasser, während Sie das organisieren.',
  'engine.reason.blood-in-urine.explain':
    'Sie haben angegeben, dass Ihr Urin rot oder rosa war. Blut im Urin muss immer abgeklärt werden; nach festem Druck auf den Rücken oder die Seite kann es von einer geprellten Niere kommen. Eine Ärztin oder ein Arzt sollte Sie heute noch sehen.',
  'engine.reason.blood-in-urine.sign': 'Urin, der rot oder rosa ist',
  'engine.reason.blood-in-urine.told': 'Ich habe Blut im Urin.',
  'engine.reason.one-leg-swollen.explain':
    'Sie haben angegeben, dass eine Wade oder ein Bein neu geschwollen, warm oder schmerzhaft ist. Das kann ein Zeichen für ein Blutgerinnsel in einer tiefen Beinvene sein, das heute noch abgeklärt werden muss.',
  'engine.reason.one-leg-swollen.sign':
    'Eine Wade oder ein Bein neu geschwollen, warm oder schmerzhaft (nicht nur empfindlich, wo massiert wurde)',
  'engine.reason.one-leg-swollen.told': 'Eines meiner Beine ist geschwollen und tut weh.',
  'engine.reason.one-leg-swollen.toSay': 'Sagen Sie, dass Sie eine Massage hatten und ob sie auch die Beine umfasste.',
  'engine.reason.blood-thinners-bleeding-signs.explain':
    'Sie nehmen einen Blutverdünner, und {sign}. Mit einem Blutverdünner kann sich eine Blutung in einen Muskel oder unter die Haut weiter ausbreiten, deshalb sollte eine Ärztin oder ein Arzt das heute noch ansehen.',
  'engine.reason.blood-thinners-bleeding-signs.sign':
    'Wenn Sie einen Blutverdünner nehmen: eine neue Schwellung oder ein Schmerz von 7 von 10 oder mehr',
  'engine.reason.blood-thinners-bleeding-signs.told': 'Ich nehme einen Blutverdünner und habe eine Schwellung oder starke Schmerzen.',
  'engine.reason.cancer-history-warning.explain.symptoms':
    'Sie haben angegeben, dass Sie Krebs hatten und dass Sie {symptoms} haben. Bei Menschen, die Krebs hatten, sollten solche Rückenschmerzen innerhalb eines Tages abgeklärt werden, um sicherzugehen, dass sie nichts mit dem Krebs zu tun haben.',
  'engine.reason.cancer-history-warning.explain.not-settling':
    'Sie haben angegeben, dass Sie Krebs hatten, und {days, number} Tage nach der Massage gilt für den Schmerz: {pain}. Bei Menschen, die Krebs hatten, sollten solche Rückenschmerzen innerhalb eines Tages abgeklärt werden, um sicherzugehen, dass sie nichts mit dem Krebs zu tun haben.',
  'engine.reason.cancer-history-warning.sign':
    'Wenn Sie Krebs hatten: Taubheitsgefühl, Schwäche oder Schmerzen, die ins Bein ausstrahlen, oder Rückenschmerzen, die nach 3 Tagen nicht nachlassen',
  'engine.reason.cancer-history-warning.told': 'Ich hatte Krebs und habe neue Rückenschmerzen.',
  'engine.reason.possible-fracture.explain':
    'Sie haben angegeben: {risk}, und {pain}. Fester Druck kann selten einen geschwächten Knochen in der Wirbelsäule oder den Rippen anbrechen, deshalb sollte das ärztlich oder physiotherapeutisch abgeklärt werden.',
  'engine.reason.possible-fracture.sign':
    'Bei schwachen Knochen oder ab 70 Jahren: stechender Schmerz oder starker Schmerz an einer Stelle',
  'engine.reason.possible-fracture.told': 'Meine Knochen sind vielleicht schwach, und der Schmerz ist stechend.',
  'engine.reason.possible-fracture.toSay':
    'Fragen Sie, ob Sie eine Röntgenaufnahme brauchen, und lassen Sie an dieser Stelle keinen festen Druck mehr ausüben.',
  'engine.reason.sudden-side-or-belly-pain.explain':
    'Sie haben angegeben, dass Sie plötzlich sehr starke Schmerzen in der Seite, im Bauch oder in der Leiste hatten, die sich anders anfühlen als der Massageschmerz. Das ist nicht der übliche Muskelkater nach einer Massage. Es kann auf ein Problem mit einer Niere oder einem großen Blutgefäß hinweisen, und dafür brauchen Sie sofort Hilfe.',
  'engine.reason.sudden-side-or-belly-pain.sign':
    'Plötzliche, sehr starke Schmerzen in der Seite, im Bauch oder in der Leiste, die sich anders anfühlen als der Massageschmerz',
  'engine.reason.sudden-side-or-belly-pain.told': 'Ich habe plötzlich sehr starke Schmerzen in der Seite, im Bauch oder in der Leiste.',
  'engine.reason.sudden-side-or-belly-pain.toSay':
    'Sagen Sie, dass Sie eine Massage hatten, wo gedrückt wurde und wann der Schmerz begann.',
  'engine.reason.kidney-injury-signs.explain':
    'Sie haben angegeben, dass Ihr Urin rot oder rosa war, beginnend innerhalb von 2 Tagen nach einer Massage mit festem Druck auf den Rücken oder die Seiten. Das kann bedeuten, dass eine Niere durch den Druck verletzt wurde. Das muss sofort im Krankenhaus untersucht werden.',
  'engine.reason.kidney-injury-signs.sign':
    'Roter oder rosa Urin, der innerhalb von 2 Tagen nach festem Druck auf den Rücken oder die Seiten begann',
  'engine.reason.kidney-injury-signs.told': 'Mein Urin wurde rot nach einer Massage mit festem Druck auf den Rücken oder die Seiten.',
  'engine.reason.kidney-injury-signs.toSay':
    'Sagen Sie, dass bei der Massage fest auf Ihren Rücken oder Ihre Seiten gedrückt wurde und wann sich die Farbe Ihres Urins verändert hat. Lassen Sie sich nicht mehr massieren, bis Sie untersucht wurden.',
  'engine.reason.possible-internal-bleeding.explain':
    'Sie haben angegeben, dass Sie seit der Massage ohnmächtig geworden sind, sich einer Ohnmacht nahe gefühlt haben oder sehr blass aussahen, und {with}. Zusammen können diese Zeichen auf eine Blutung im Körper hinweisen. Dafür brauchen Sie sofort Hilfe.',
  'engine.reason.possible-internal-bleeding.sign':
    'Ohnmacht, Schwächegefühl oder sehr blasses Aussehen, zusammen mit einem Blutungsrisiko, einem Bluterguss, einer Schwellung oder starken Schmerzen',
  'engine.reason.possible-internal-bleeding.told':
    'Ich bin seit einer Massage ohnmächtig geworden, oder ich fühle mich einer Ohnmacht nahe oder sehe sehr blass aus.',
  'engine.reason.possible-internal-bleeding.toSay':
    'Legen Sie sich hin und lagern Sie die Beine hoch, während Sie warten, und fahren Sie nicht selbst. Sagen Sie, welchen Blutverdünner Sie nehmen oder welche Blutungserkrankung Sie haben, falls zutreffend.',
  'engine.reason.dark-urine-severe.explain':
    'Sie haben angegeben, dass Ihr Urin braun ist und dass Sie {signs} haben. Zusammen können diese Zeichen bedeuten, dass ein Muskelschaden die Nieren schädigt. Es ist nie die Massage, die etwas aus Ihrem Körper ausspült. Dafür brauchen Sie sofort Hilfe.',
  'engine.reason.dark-urine-severe.sign':
    'Brauner Urin zusammen mit starkem Krankheitsgefühl, viel weniger Urin oder sehr schmerzhaften oder schwachen Muskeln',
  'engine.reason.dark-urine-severe.told': 'Mein Urin ist braun, und ich fühle mich sehr krank.',
  'engine.reason.dark-urine-severe.toSay':
    'Sagen Sie, dass Ihr Urin braun ist und dass Sie eine Massage hatten. Bitten Sie um eine Blutuntersuchung auf Muskelschäden und die Nierenfunktion.',
  'engine.reason.fever-very-unwell.explain':
    'Sie haben angegeben, dass Sie Fieber haben und {signs}. Das kann ein Zeichen für eine schwere Infektion (Sepsis) sein. Dafür brauchen Sie sofort Hilfe.',
  'engine.reason.fever-very-unwell.sign':
    'Fieber zusammen mit starkem Krankheitsgefühl, viel weniger Urin oder sehr schmerzhaften oder schwachen Muskeln',
  'engine.reason.fever-very-unwell.told': 'Ich habe Fieber und fühle mich sehr krank.',
  'engine.reason.fever-very-unwell.toSay': 'Sagen Sie, dass Sie hohes Fieber haben und welche dieser Zeichen Sie haben.',
  'engine.reason.bleeding-tendency-nerve-signs.explain':
    'Sie haben angegeben, dass Ihnen eine Ärztin oder ein Arzt gesagt hat, dass Sie leicht bluten, und {sign}. Eine Blutung in einen Rückenmuskel oder nahe der Wirbelsäule kann auf einen Nerv drücken. Für eine Blutung nahe der Wirbelsäule brauchen Sie sofort Hilfe.',
  'engine.reason.bleeding-tendency-nerve-signs.sign':
    'Wenn Sie leicht bluten: ein Bein, das sich schwach anfühlt, oder ein Taubheitsgefühl, das nicht weggeht',
  'engine.reason.bleeding-tendency-nerve-signs.told': 'Ich blute leicht, und mein Bein ist schwach oder taub.',
  'engine.reason.serious-accident.explain':
    'Sie haben angegeben, dass Sie einen schweren Unfall hatten, zum Beispiel einen Verkehrsunfall oder einen Sturz aus der Höhe. Rückenschmerzen nach einem schweren Unfall müssen sofort im Krankenhaus untersucht werden.',
  'engine.reason.serious-accident.sign': 'Ein schwerer Unfall, zum Beispiel ein Verkehrsunfall oder ein Sturz aus der Höhe',
  'engine.reason.serious-accident.told': 'Ich hatte einen schweren Unfall, und mein Rücken tut weh.',
  'engine.reason.serious-accident.toSay': 'Sagen Sie, dass Sie vor dem Unfall eine Massage hatten.',
  'engine.reason.faint-or-pale.explain':
    'Sie haben angegeben, dass Sie seit der Massage ohnmächtig geworden sind, sich beim Aufstehen einer Ohnmacht nahe oder schwindlig gefühlt haben oder sehr blass oder grau aussahen. Eine Ärztin oder ein Arzt sollte Sie heute noch sehen, um den Grund zu finden: Ein Schwächegefühl kann ein Zeichen für eine Blutung sein.',
  'engine.reason.faint-or-pale.sign': 'Ohnmacht, Schwäche- oder Schwindelgefühl beim Aufstehen oder sehr blasses oder graues Aussehen',
  'engine.reason.faint-or-pale.told': 'Ich bin seit einer Massage ohnmächtig geworden, oder ich fühle mich einer Ohnmacht nahe.',
  'engine.reason.faint-or-pale.toSay':
    'Rufen Sie stattdessen den Notruf, wenn Sie im Liegen ohnmächtig wurden, nicht ganz wieder zu sich gekommen sind, starkes, flatterndes oder unregelmäßiges Herzklopfen hatten oder bei körperlicher Anstrengung ohnmächtig wurden. Wenn Sie sich einer Ohnmacht nahe fühlen, legen Sie sich hin und lagern Sie die Beine hoch.',
  'engine.reason.bleeding-tendency-bleeding-signs.explain':
    'Sie haben angegeben, dass Ihnen eine Ärztin oder ein Arzt gesagt hat, dass Sie leicht bluten, und {sign}. Das kann eine Blutung in einen Muskel bedeuten, die so bald wie möglich behandelt werden sollte: Eine Ärztin oder ein Arzt sollte das heute noch ansehen.',
  'engine.reason.bleeding-tendency-bleeding-signs.sign':
    'Wenn Sie leicht bluten: eine neue Schwellung oder ein Schmerz von 7 von 10 oder mehr',
  'engine.reason.bleeding-tendency-bleeding-signs.told': 'Ich blute leicht und habe eine Schwellung oder starke Schmerzen.',
  'engine.reason.bruising-with-bleeding-tendency.explain':
    'Sie haben angegeben, dass Ihnen eine Ärztin oder ein Arzt gesagt hat, dass Sie leicht bluten, und an der massierten Stelle ist ein Bluterguss. Ein Bluterguss kann größer werden als üblich, deshalb sollte eine Ärztin oder ein Arzt ihn ansehen.',
  'engine.reason.bruising-with-bleeding-tendency.sign': 'Wenn Sie leicht bluten: ein Bluterguss an der massierten Stelle',
  'engine.reason.bruising-with-bleeding-tendency.told': 'Ich blute leicht und habe einen Bluterguss an der massierten Stelle.',
  'engine.say.name-your-blood-thinner': 'Sagen Sie, welchen Blutverdünner Sie nehmen und wann Sie ihn zuletzt genommen haben.',
  'engine.say.what-makes-you-bleed':
    'Sagen Sie, warum Sie leicht bluten. Wenn Sie von einem Hämophilie- oder Leberteam betreut werden, wenden Sie sich auch an dieses.',
  'engine.words.as-given': '{v}',
  'engine.words.local-sign.swelling': 'die Schwellung',
  'engine.words.local-sign.bruising': 'der Bluterguss',
  'engine.words.local-sign.strong-in-one-spot': 'der starke Schmerz an einer Stelle',
  'engine.words.quality.sharp': 'stechend',
  'engine.words.quality.shooting': 'einschießend',
  'engine.words.quality.electric': 'wie ein Stromschlag',
  'engine.words.symptom.thigh': 'Schmerzen bis in den Oberschenkel',
  'engine.words.symptom.below-knee': 'Schmerzen im Bein bis unter das Knie',
  'engine.words.symptom.numbness': 'ein Taubheitsgefühl',
  'engine.words.symptom.tingling': 'Kribbeln',
  'engine.words.symptom.weak-leg': 'ein schwaches Bein',
  'engine.words.one-leg-weak': 'ein Bein fühlt sich schwach an',
  'engine.words.numb-all-the-time': 'Ihr Bein oder Fuß ist ständig taub',
  'engine.words.swelling-where-massaged': 'an der massierten Stelle ist eine Schwellung',
  'engine.words.bruising-where-massaged': 'an der massierten Stelle ist ein Bluterguss',
  'engine.words.rated-pain': 'Sie haben den Schmerz mit {severity, number} von 10 bewertet',
  'engine.words.takes-blood-thinner': 'Sie nehmen einen Blutverdünner',
  'engine.words.bleeds-easily': 'Sie bluten leicht',
  'engine.words.pain.getting-worse': 'er wird schlimmer',
  'engine.words.pain.score': 'er liegt bei {severity, number} von 10',
  'engine.words.pain.at-night': 'er weckt Sie nachts oder hält Sie wach',
  'engine.words.fracture.aged-70': 'Sie sind 70 Jahre oder älter',
  'engine.words.fracture.fragile-bones': 'Ihre Knochen sind vielleicht dünn oder schwach',
  'engine.words.fracture.sharp-during': 'Sie hatten während der Massage einen stechenden Schmerz',
  'engine.words.fracture.sharp-now': 'der Schmerz ist jetzt stechend',
  'engine.words.fracture.strong-in-one-spot': 'der Schmerz ist an einer Stelle stark',
  'engine.words.unwell.very-unwell':
    'Zeichen eines starken Krankheitsgefühls (wiederholtes Erbrechen, Verwirrtheit, starke Benommenheit oder fleckige, graue oder bläuliche Haut)',
  'engine.words.unwell.little-or-no-urine': 'viel weniger Urin als sonst oder gar keinen',
  'engine.words.unwell.muscles': 'sehr schmerzhafte, geschwollene oder schwache Muskeln',
  'engine.call.common-numbers': '999 im Vereinigten Königreich, 112 in Europa, 911 in den USA und Kanada',
  'engine.call.emergency-number-now': 'Rufen Sie jetzt den Notruf ({numbers}).',
  'engine.call.tell-them': 'Sagen Sie: „Ich hatte eine Massage und habe jetzt Schmerzen im unteren Rücken. {told}“',
  'engine.call.do-not-drive': 'Fahren Sie nicht selbst. Wenn jemand bei Ihnen ist, bitten Sie die Person, bei Ihnen zu bleiben.',
  'engine.call.number': 'Rufen Sie die {number} an',
  'engine.call.number-ask-for-ambulance': 'Rufen Sie die {number} an und fordern Sie einen Rettungswagen an',
  'engine.call.number-now': 'Rufen Sie jetzt die {number} an.',
  'engine.call.number-now-ask-for-ambulance': 'Rufen Sie jetzt die {number} an und fordern Sie einen Rettungswagen an.',
  'engine.action.seek-care-today.text':
    'Sprechen Sie heute noch mit einer Ärztin oder einem Arzt. Rufen Sie Ihre Hausarztpraxis an oder, wenn sie geschlossen ist, eine Gesundheitsnummer für Fälle, die kein Notfall sind (wie die 111 im Vereinigten Königreich). Sagen Sie, dass der Schmerz nach einer Massage begonnen hat.',
  'engine.action.book-clinician.text':
    'Vereinbaren Sie in den nächsten Tagen einen Termin in einer Hausarztpraxis oder Physiotherapie. Erzählen Sie von der Massage und davon, was Ihnen seitdem aufgefallen ist.',
  'engine.action.hydrate.text':
    'Trinken Sie über den Tag verteilt Wasser in kleinen Schlucken, statt viel auf einmal. Genug zu trinken hilft Ihren Muskeln, sich zu erholen.',
  'engine.action.avoid-strenuous-exercise.text':
    'Kein anstrengender Sport und kein schweres Heben bis {hours, number} Stunden nach der Massage. So haben die Muskeln Zeit, sich zu erholen.',
  'engine.action.gentle-movement.text':
    'Bleiben Sie sanft in Bewegung. Ein kurzer, ruhiger Spaziergang und einfache Dehnübungen fördern die Durchblutung und verhindern, dass die Muskeln steif werden. Hören Sie auf, wenn eine Bewegung stechende Schmerzen verursacht.',
  'engine.action.cold.text':
    '{for, select, swelling {Gegen die Schwellung} other {Gegen den Bluterguss}} halten Sie Kälte (Kühlpack in einem Tuch) für {minMinutes, number} bis {maxMinutes, number} Minuten auf die Stelle und nehmen sie dann ab. Legen Sie Eis nie direkt auf die Haut. Sie können das nach einer Pause von mindestens einer Stunde wiederholen.',
  'engine.action.heat.text':
    'Gegen Steifheit und dumpfe Schmerzen hilft Wärme: Ein warmes Bad oder ein Heizkissen hilft den Muskeln, sich zu entspannen. Halten Sie es warm, nicht heiß, und schlafen Sie nicht auf einem Heizkissen ein.',
  'engine.action.tell-therapist.sharp-during': 'Sie hatten während der Massage einen stechenden Schmerz.',
  'engine.action.tell-therapist.text':
    'Sagen Sie Ihrer Masseurin oder Ihrem Masseur, wie es Ihnen jetzt geht: Der Druck war vielleicht zu stark für Sie. Bitten Sie beim nächsten Mal um leichteren Druck, und sagen Sie sofort Bescheid, wenn während der Behandlung etwas wehtut.',
  'engine.action.pause-deep-massage.text':
    'Lassen Sie diese Stelle nicht mehr tief massieren, bis sie in einer Hausarztpraxis oder Physiotherapie untersucht wurde.',
  'engine.action.contact-cancer-team.text':
    'Rufen Sie die 24-Stunden-Nummer an, die Ihnen Ihr Krebsbehandlungsteam gegeben hat. Sagen Sie, dass Sie Krebs hatten und seit einer Massage neue oder stärker werdende Rückenschmerzen haben.',
  'engine.action.leave-leg-alone.text':
    'Lassen Sie das geschwollene Bein in Ruhe: Reiben Sie es nicht, massieren Sie es nicht und legen Sie keine Wärme darauf, bis eine Ärztin oder ein Arzt es untersucht hat.',
  'engine.region.quadratus-lumborum.name': 'Quadratischer Lendenmuskel',
  'engine.region.quadratus-lumborum.explanation':
    'Der quadratische Lendenmuskel ist ein tiefer Muskel auf jeder Seite des unteren Rückens. Er verbindet den oberen Rand des Hüftknochens mit der untersten Rippe. Er ist oft verspannt, und feste Arbeit an ihm kann ihn für ein paar Tage schmerzen lassen.',
  'engine.region.psoas.name': 'Lendenmuskel (Psoas)',
  'engine.region.psoas.explanation':
    'Der Lendenmuskel (Psoas) ist der am tiefsten liegende Muskel des Körpers. Er zieht von der unteren Wirbelsäule durch das Becken bis zum oberen Ende des Oberschenkelknochens. Langes Sitzen kann ihn verkürzen, und tiefe Arbeit an ihm kann den unteren Rücken und die Vorderseite der Hüfte schmerzen lassen.',
  'engine.region.erector-spinae.name': 'Rückenstrecker',
  'engine.region.erector-spinae.explanation':
    'Die Rückenstrecker sind lange Muskeln, die auf beiden Seiten der Wirbelsäule nach oben verlaufen. Wenn der quadratische Lendenmuskel oder der Psoas verspannt ist, arbeiten diese Muskeln mehr, um die Wirbelsäule stabil zu halten, und werden deshalb oft auch empfindlich.',
  'engine.region.sacroiliac-joint.name': 'Iliosakralgelenk (ISG)',
  'engine.region.sacroiliac-joint.explanation':
    'Das Iliosakralgelenk (ISG) ist die Stelle, an der das untere Ende der Wirbelsäule auf das Becken trifft, tief unten auf jeder Seite. Druck um das Gelenk herum kann die Stelle eine Weile empfindlicher machen.',
  'engine.text.colon': ':',
  'engine.text.why': 'Warum:',
  'engine.text.plan': 'Ihr Plan:',
  'engine.text.until': '(bis {time})',
  'engine.text.passed': '(diese Zeit ist vorbei: {time})',
  'engine.text.expect': 'Was Sie erwarten können:',
  'engine.text.peak': 'Muskelkater nach einer Massage ist meist zwischen {from} und {until} am stärksten und lässt dann nach.',
  'engine.text.exercise': 'Anstrengender Sport ist ab {time} wieder in Ordnung.',
  'engine.text.recheck': 'Prüfen Sie es am {time} noch einmal. Wenn es bis dahin nicht nachlässt, kann sich der Rat ändern.',
  'engine.text.muscles': 'Wahrscheinlich beteiligte Muskeln:',
  'engine.text.times-in': 'Die Zeiten sind in der Zeitzone {zone} angegeben.',
  // ==== engine: end

  // ==== questionnaire
  // ==== questionnaire: end

  // ==== pages
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# Eintrag} other {# Einträge}}',
  'diary.retention.kept':
    'Wenn Sie dieses Tagebuch {days, plural, one {# Tag} other {# Tage}} lang nicht öffnen, wird es mit allem, was darin steht, gelöscht.',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
