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
  'diary.retention.kept':
    'Wenn Sie dieses Tagebuch {days, plural, one {# Tag} other {# Tage}} lang nicht öffnen, wird es mit allem, was darin steht, gelöscht.',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
