// Spanish (es): neutral Spanish for Spain and the Americas, "tú", in the register of MedlinePlus en español.
import type { Catalogue } from './en.ts';

export const es: Catalogue = {
  'shell.skipLink': 'Ir al contenido principal',
  'shell.emergencyLine': '¿Es una emergencia?',
  'shell.emergencyLink': 'Pide ayuda ahora',
  'shell.notADiagnosis':
    'Aftercare no es un diagnóstico y no sustituye a un médico. Te ayuda a decidir qué hacer ahora. Si estás preocupado o te encuentras peor, busca ayuda médica.',
  'shell.whichNumber': 'En una emergencia, pide ayuda: <link>a qué número llamar</link>.',
  'shell.language': 'Idioma',
  'shell.description': 'Dolor en la parte baja de la espalda después de un masaje: si es normal y qué hacer. No es un diagnóstico.',

  // ==== engine
  'engine.level.emergency.name': 'Emergencia',
  'engine.level.urgent.name': 'Urgente',
  'engine.level.see-clinician.name': 'Consulta con un profesional',
  'engine.level.self-care.name': 'Cuidados en casa',
  'engine.level.emergency.title': 'Emergencia: llama ahora para pedir ayuda',
  'engine.level.emergency.doNow': 'Llama ahora al número de emergencias. No esperes a ver si mejora y no conduzcas tú.',
  'engine.level.urgent.title': 'Urgente: pide consejo médico hoy mismo',
  'engine.level.urgent.doNow':
    'Habla hoy mismo con un médico. Llama a tu centro de salud o, si está cerrado, a una línea de salud que no sea de emergencias (como el 111 en el Reino Unido).',
  'engine.level.see-clinician.title': 'Pide cita con un médico o fisioterapeuta',
  'engine.level.see-clinician.doNow':
    'Pide cita con un médico o fisioterapeuta en los próximos días y, hasta entonces, sigue el plan de cuidados.',
  'engine.level.self-care.title': 'Parece el dolor normal después de un masaje',
  'engine.level.self-care.doNow': 'Puedes cuidarte en casa. Sigue el plan de cuidados y vuelve a comprobarlo a la hora indicada.',
  'engine.watch.emergency': 'Llama ahora al número de emergencias si tienes',
  'engine.watch.urgent': 'Pide consejo médico ese mismo día si tienes',
  'engine.watch.see-clinician': 'Pide cita con un médico o fisioterapeuta si tienes',
  'engine.watch.self-care': 'Vigila',
  'engine.reason.bladder-bowel-control-loss.explain':
    'Has dicho que {organ, select, both {no puedes controlar la orina ni las heces} bladder {no puedes controlar la orina} other {no puedes controlar las heces}}. Junto con el dolor de espalda, esto puede significar que los nervios de la parte baja de la columna están comprimidos. El personal del hospital tiene que revisarlo de inmediato.',
  'engine.reason.bladder-bowel-control-loss.sign': 'No poder controlar la orina o las heces',
  'engine.reason.bladder-bowel-control-loss.told': 'No puedo controlar la orina o las heces.',
  'engine.reason.urinary-retention.explain':
    'Has dicho que no puedes orinar, o que no puedes empezar a orinar o no notas el chorro. Junto con el dolor de espalda, esto puede significar que los nervios de la parte baja de la columna están presionados. El personal del hospital tiene que revisarlo de inmediato.',
  'engine.reason.urinary-retention.sign': 'No poder orinar o no notarlo al orinar',
  'engine.reason.urinary-retention.told': 'No puedo orinar, o no lo noto al orinar.',
  'engine.reason.saddle-numbness.explain':
    'Has dicho que notas adormecimiento entre las piernas o alrededor de las nalgas. Esto puede significar que los nervios de la parte baja de la columna están presionados. El personal del hospital tiene que revisarlo de inmediato.',
  'engine.reason.saddle-numbness.sign': 'Adormecimiento entre las piernas o alrededor de las nalgas',
  'engine.reason.saddle-numbness.told': 'Tengo adormecimiento entre las piernas o alrededor de las nalgas.',
  'engine.reason.weakness-both-legs.explain':
    'Has dicho que notas las dos piernas débiles. La debilidad en las dos piernas puede significar que algo presiona nervios de la parte baja de la espalda. Necesitas ayuda de inmediato.',
  'engine.reason.weakness-both-legs.sign': 'Notar las dos piernas débiles',
  'engine.reason.weakness-both-legs.told': 'Noto las dos piernas débiles.',
  'engine.reason.weakness-one-leg.explain':
    'Has dicho que notas una pierna débil. Esto puede significar que algo presiona un nervio de la parte baja de la espalda. Un médico debería revisarlo hoy mismo.',
  'engine.reason.weakness-one-leg.sign': 'Notar una pierna débil, o un pie que se arrastra o golpea el suelo al andar',
  'engine.reason.weakness-one-leg.told': 'Noto una pierna débil.',
  'engine.reason.persistent-numbness.explain':
    'Has dicho que notas la pierna o el pie adormecidos todo el tiempo. Un adormecimiento que no se va puede significar que algo presiona un nervio. Un médico debería revisarlo hoy mismo.',
  'engine.reason.persistent-numbness.sign': 'Adormecimiento en una pierna o un pie que no se va',
  'engine.reason.persistent-numbness.told': 'Tengo la pierna o el pie adormecidos todo el tiempo.',
  'engine.reason.persistent-tingling.explain':
    'Has dicho que tienes hormigueo en la pierna o el pie todo el tiempo. Un hormigueo que no se va puede significar que algo presiona un nervio. Un médico debería revisarlo hoy mismo.',
  'engine.reason.persistent-tingling.sign': 'Hormigueo en una pierna o un pie que no se va',
  'engine.reason.persistent-tingling.told': 'Tengo hormigueo en la pierna o el pie todo el tiempo.',
  'engine.reason.fever.explain':
    'Has dicho que tienes fiebre. El dolor de espalda con fiebre alta no es algo habitual después de un masaje y puede ser señal de una infección. Un médico debería revisarlo hoy mismo.',
  'engine.reason.fever.sign': 'Fiebre (una temperatura de 38 °C o más, o sensación de calor y escalofríos)',
  'engine.reason.fever.told': 'Tengo fiebre.',
  'engine.reason.recent-injury.explain':
    'Has dicho que te has caído o te has dado un golpe en la espalda, aparte del masaje. Un médico debería comprobar hoy mismo que no te has hecho daño.',
  'engine.reason.recent-injury.sign': 'Una caída o un golpe en la espalda',
  'engine.reason.recent-injury.told': 'Me he caído o me he dado un golpe en la espalda.',
  'engine.reason.sharp-pain.explain':
    'Has descrito el dolor como {qualities}. El dolor después de un masaje suele ser sordo. Un dolor así puede venir de un músculo distendido o de un nervio irritado, así que conviene que te lo revisen.',
  'engine.reason.sharp-pain.sign': 'Dolor agudo, punzante o como una descarga eléctrica',
  'engine.reason.sharp-pain.told': 'El dolor es agudo o punzante.',
  'engine.reason.pain-down-leg.explain':
    'Has dicho que el dolor baja {radiation, select, thigh {hasta el muslo} other {por la pierna por debajo de la rodilla}}. Un dolor que baja por la pierna puede significar que un nervio está irritado, como el nervio ciático.',
  'engine.reason.pain-down-leg.sign': 'Dolor que baja hasta el muslo o por debajo de la rodilla',
  'engine.reason.pain-down-leg.told': 'El dolor me baja por la pierna.',
  'engine.reason.intermittent-numbness.explain':
    'Has dicho que tienes un adormecimiento que va y viene. Esto puede significar que algo presiona un nervio de vez en cuando.',
  'engine.reason.intermittent-numbness.sign': 'Adormecimiento que va y viene',
  'engine.reason.intermittent-numbness.told': 'Tengo un adormecimiento que va y viene.',
  'engine.reason.local-signs-not-improving.explain':
    'Han pasado {days, number} días desde el masaje y {signs} no {count, plural, one {mejora} other {mejoran}}. Esto puede significar que la presión fue demasiado fuerte para el tejido, y conviene que te lo revisen.',
  'engine.reason.local-signs-not-improving.sign':
    'Hinchazón, moretones o un dolor fuerte en un punto que no han mejorado después de 3 días',
  'engine.reason.local-signs-not-improving.told': 'La hinchazón, el moretón o el dolor en un punto no mejora.',
  'engine.reason.not-easing.explain':
    'Han pasado {days, number} días desde el masaje y el dolor {trend, select, worse {está empeorando} other {no ha mejorado}}. El dolor normal debería ir disminuyendo 3 días después de un masaje.',
  'engine.reason.not-easing.sign': 'Dolor que no disminuye 3 días después del masaje',
  'engine.reason.not-easing.told': 'El dolor no disminuye.',
  'engine.reason.persisting-past-week.explain':
    'Ha pasado más de una semana y el dolor sigue en {severity, number} sobre 10. El dolor normal después de un masaje suele desaparecer en 5 a 7 días.',
  'engine.reason.persisting-past-week.sign': 'Dolor de 4 sobre 10 o más una semana después del masaje',
  'engine.reason.persisting-past-week.told': 'El dolor dura ya más de una semana.',
  'engine.reason.bruising-on-blood-thinners.explain':
    'Tienes moretones y tomas un medicamento para hacer la sangre más líquida. Estos medicamentos pueden hacer que el sangrado bajo la piel sea mayor, así que un médico debería mirarlo.',
  'engine.reason.bruising-on-blood-thinners.sign': 'Moretones mientras tomas un anticoagulante (medicina para hacer la sangre más líquida)',
  'engine.reason.bruising-on-blood-thinners.told': 'Tengo moretones y tomo anticoagulantes.',
  'engine.reason.severe-pain.explain':
    'Has puntuado el dolor con un {severity, number} sobre 10. Un dolor tan fuerte es más que las molestias habituales después de un masaje.',
  'engine.reason.severe-pain.sign': 'Dolor de 9 o 10 sobre 10',
  'engine.reason.severe-pain.told': 'El dolor es muy fuerte.',
  'engine.reason.expected-soreness.explain':
    'Parecen las agujetas (dolor muscular tardío) habituales después de un masaje. La presión firme produce pequeñas lesiones en el músculo. Mientras el cuerpo las repara, la zona está rígida y sensible. Suele ser peor entre 1 y 3 días después del masaje y luego desaparece.',
  'engine.reason.expected-soreness.sign': 'Agujetas que desaparecen en unos días',
  'engine.reason.expected-soreness.told': 'Me duele la espalda.',
  'engine.reason.breathless-or-chest-pain.explain':
    'Has dicho que desde el masaje te falta el aire, has tenido dolor en el pecho o has tosido sangre. En raras ocasiones se forma un coágulo de sangre en una pierna que viaja a los pulmones, y se ha relacionado con el masaje firme de las piernas. Necesitas ayuda de inmediato.',
  'engine.reason.breathless-or-chest-pain.sign': 'Falta de aire, dolor en el pecho o toser sangre',
  'engine.reason.breathless-or-chest-pain.told': 'Me falta el aire, o me duele el pecho, o estoy tosiendo sangre.',
  'engine.reason.breathless-or-chest-pain.toSay':
    'Si el masaje incluyó las piernas, dilo: «Me han dado un masaje, también en las piernas».',
  'engine.reason.both-legs-nerve-symptoms.explain':
    'Has dicho que tienes {symptoms} en las dos piernas. Los síntomas de los nervios en las dos piernas pueden significar que los nervios de la parte baja de la columna están comprimidos. El personal del hospital tiene que revisarlo de inmediato.',
  'engine.reason.both-legs-nerve-symptoms.sign': 'Dolor que baja por las piernas, adormecimiento u hormigueo en las dos piernas',
  'engine.reason.both-legs-nerve-symptoms.told': 'Tengo síntomas en las dos piernas.',
  'engine.reason.blood-thinners-nerve-signs.explain':
    'Tomas un anticoagulante y {sign}. Con un anticoagulante, un sangrado cerca de la columna o en la profundidad de los músculos de la cadera puede presionar un nervio, y eso necesita tratamiento rápido.',
  'engine.reason.blood-thinners-nerve-signs.sign': 'Si tomas un anticoagulante: una pierna débil, o un adormecimiento que no se va',
  'engine.reason.blood-thinners-nerve-signs.told': 'Tomo un anticoagulante y tengo una pierna débil o adormecida.',
  'engine.reason.dark-urine.explain':
    'Has dicho que tu orina ha sido marrón, como el refresco de cola o el té cargado. Después de una presión fuerte o larga sobre los músculos, esto puede significar que se ha dañado músculo y está pasando a la orina, lo que puede dañar los riñones. No es el masaje eliminando nada de tu cuerpo: hay que revisarlo hoy mismo.',
  'engine.reason.dark-urine.sign':
    'Orina marrón, como el refresco de cola o el té cargado (la orina amarillo oscuro es distinta: suele significar que necesitas beber más agua)',
  'engine.reason.dark-urine.told': 'Mi orina es marrón.',
  'engine.reason.dark-urine.toSay':
    'Pide un análisis de orina y un análisis de sangre para ver si hay daño muscular y cómo funcionan los riñones. Sigue bebiendo agua a sorbos mientras lo organizas.',
  'engine.reason.blood-in-urine.explain':
    'Has dicho que tu orina ha sido roja o rosa. La sangre en la orina siempre hay que revisarla; después de una presión firme en la espalda o el costado puede venir de un riñón magullado. Un médico debería verte hoy mismo.',
  'engine.reason.blood-in-urine.sign': 'Orina roja o rosa',
  'engine.reason.blood-in-urine.told': 'Tengo sangre en la orina.',
  'engine.reason.one-leg-swollen.explain':
    'Has dicho que tienes una pantorrilla o una pierna hinchada, caliente o dolorida desde hace poco. Puede ser señal de un coágulo de sangre en una vena profunda de la pierna, y hay que revisarlo hoy mismo.',
  'engine.reason.one-leg-swollen.sign':
    'Una pantorrilla o una pierna hinchada, caliente o dolorida desde hace poco (no solo dolorida donde te dieron el masaje)',
  'engine.reason.one-leg-swollen.told': 'Tengo una pierna hinchada y dolorida.',
  'engine.reason.one-leg-swollen.toSay': 'Di que te han dado un masaje y si incluyó las piernas.',
  'engine.reason.blood-thinners-bleeding-signs.explain':
    'Tomas un anticoagulante y {sign}. Con un anticoagulante, un sangrado dentro de un músculo o bajo la piel puede seguir extendiéndose, así que un médico debería revisarlo hoy mismo.',
  'engine.reason.blood-thinners-bleeding-signs.sign': 'Si tomas un anticoagulante: una hinchazón nueva, o dolor de 7 sobre 10 o más',
  'engine.reason.blood-thinners-bleeding-signs.told': 'Tomo un anticoagulante y tengo hinchazón o un dolor fuerte.',
  'engine.reason.cancer-history-warning.explain.symptoms':
    'Has dicho que has tenido cáncer y que tienes {symptoms}. En alguien que ha tenido cáncer, un dolor de espalda así debe revisarse en el plazo de un día, para asegurarse de que no tiene nada que ver con el cáncer.',
  'engine.reason.cancer-history-warning.explain.not-settling':
    'Has dicho que has tenido cáncer y, {days, number} días después del masaje, el dolor {pain}. En alguien que ha tenido cáncer, un dolor de espalda así debe revisarse en el plazo de un día, para asegurarse de que no tiene nada que ver con el cáncer.',
  'engine.reason.cancer-history-warning.sign':
    'Si has tenido cáncer: adormecimiento, debilidad o dolor que baja por una pierna, o un dolor de espalda que no mejora después de 3 días',
  'engine.reason.cancer-history-warning.told': 'He tenido cáncer y tengo un dolor de espalda nuevo.',
  'engine.reason.possible-fracture.explain':
    'Has dicho que {risk}, y que {pain}. En raras ocasiones, una presión firme puede romper un hueso debilitado de la columna o de las costillas, así que un médico o fisioterapeuta debería revisarlo.',
  'engine.reason.possible-fracture.sign': 'Con huesos débiles o a partir de los 70 años: dolor agudo, o un dolor fuerte en un punto',
  'engine.reason.possible-fracture.told': 'Puede que tenga los huesos débiles y el dolor es agudo.',
  'engine.reason.possible-fracture.toSay': 'Pregunta si necesitas una radiografía, y no dejes que vuelvan a presionar fuerte esa zona.',
  'engine.reason.sudden-side-or-belly-pain.explain':
    'Has dicho que has tenido un dolor repentino y muy fuerte en el costado, el vientre o la ingle, distinto del dolor del masaje. No son las molestias habituales después de un masaje. Puede significar un problema en un riñón o en un vaso sanguíneo grande, y necesitas ayuda de inmediato.',
  'engine.reason.sudden-side-or-belly-pain.sign':
    'Un dolor repentino y muy fuerte en el costado, el vientre o la ingle, distinto del dolor del masaje',
  'engine.reason.sudden-side-or-belly-pain.told': 'Tengo un dolor repentino y muy fuerte en el costado, el vientre o la ingle.',
  'engine.reason.sudden-side-or-belly-pain.toSay': 'Di que te han dado un masaje, dónde presionaron y cuándo empezó el dolor.',
  'engine.reason.kidney-injury-signs.explain':
    'Has dicho que tu orina ha sido roja o rosa desde menos de 2 días después de un masaje que presionó con fuerza la espalda o los costados. Esto puede significar que la presión lesionó un riñón. Hay que revisarlo en el hospital de inmediato.',
  'engine.reason.kidney-injury-signs.sign':
    'Orina roja o rosa que empezó menos de 2 días después de una presión firme en la espalda o los costados',
  'engine.reason.kidney-injury-signs.told': 'Mi orina se volvió roja después de un masaje que presionó fuerte la espalda o los costados.',
  'engine.reason.kidney-injury-signs.toSay':
    'Di que el masaje presionó con fuerza la espalda o los costados, y cuándo cambió el color de tu orina. No te des más masajes hasta que te hayan revisado.',
  'engine.reason.possible-internal-bleeding.explain':
    'Has dicho que desde el masaje te has desmayado, has estado a punto de desmayarte o has estado muy pálido o pálida, y que {with}. Juntas, estas cosas pueden significar un sangrado dentro del cuerpo. Necesitas ayuda de inmediato.',
  'engine.reason.possible-internal-bleeding.sign':
    'Desmayarse, sentir que te vas a desmayar o estar muy pálido, junto con riesgo de sangrado, un moretón, hinchazón o un dolor fuerte',
  'engine.reason.possible-internal-bleeding.told':
    'Me he desmayado, o me siento a punto de desmayarme o estoy muy pálido, desde un masaje.',
  'engine.reason.possible-internal-bleeding.toSay':
    'Mientras esperas, túmbate con las piernas en alto, y no conduzcas tú. Di qué anticoagulante tomas o qué enfermedad de la sangre tienes, si es el caso.',
  'engine.reason.dark-urine-severe.explain':
    'Has dicho que tu orina es marrón y que tienes {signs}. Juntas, estas cosas pueden significar que un daño muscular está afectando a los riñones. Nunca es el masaje eliminando nada de tu cuerpo. Necesitas ayuda de inmediato.',
  'engine.reason.dark-urine-severe.sign': 'Orina marrón y además sentirte muy mal, orinar mucho menos o músculos muy doloridos o débiles',
  'engine.reason.dark-urine-severe.told': 'Mi orina es marrón y me siento muy mal.',
  'engine.reason.dark-urine-severe.toSay':
    'Di que tu orina es marrón y que te han dado un masaje. Pide un análisis de sangre para ver si hay daño muscular y cómo funcionan los riñones.',
  'engine.reason.fever-very-unwell.explain':
    'Has dicho que tienes fiebre y {signs}. Puede ser señal de una infección grave (sepsis). Necesitas ayuda de inmediato.',
  'engine.reason.fever-very-unwell.sign': 'Fiebre y además sentirte muy mal, orinar mucho menos o músculos muy doloridos o débiles',
  'engine.reason.fever-very-unwell.told': 'Tengo fiebre y me siento muy mal.',
  'engine.reason.fever-very-unwell.toSay': 'Di que tienes fiebre alta y cuáles de estas señales tienes.',
  'engine.reason.bleeding-tendency-nerve-signs.explain':
    'Has dicho que un médico te ha dicho que sangras con facilidad, y {sign}. Un sangrado dentro de un músculo de la espalda o cerca de la columna puede presionar un nervio. Un sangrado cerca de la columna necesita ayuda de inmediato.',
  'engine.reason.bleeding-tendency-nerve-signs.sign': 'Si sangras con facilidad: una pierna débil, o un adormecimiento que no se va',
  'engine.reason.bleeding-tendency-nerve-signs.told': 'Sangro con facilidad y tengo una pierna débil o adormecida.',
  'engine.reason.serious-accident.explain':
    'Has dicho que has tenido un accidente grave, como un accidente de tráfico o una caída desde altura. El dolor de espalda después de un accidente grave hay que revisarlo en el hospital de inmediato.',
  'engine.reason.serious-accident.sign': 'Un accidente grave, como un accidente de tráfico o una caída desde altura',
  'engine.reason.serious-accident.told': 'He tenido un accidente grave y me duele la espalda.',
  'engine.reason.serious-accident.toSay': 'Di que te habían dado un masaje antes del accidente.',
  'engine.reason.faint-or-pale.explain':
    'Has dicho que desde el masaje te has desmayado, te has mareado o has sentido que te desmayabas al ponerte de pie, o has estado muy pálido o grisáceo. Un médico debería verte hoy mismo para saber por qué: sentirse a punto de desmayarse puede ser señal de un sangrado.',
  'engine.reason.faint-or-pale.sign':
    'Desmayarse, sentir que te vas a desmayar o marearte al ponerte de pie, o estar muy pálido o grisáceo',
  'engine.reason.faint-or-pale.told': 'Me he desmayado, o me siento a punto de desmayarme, desde un masaje.',
  'engine.reason.faint-or-pale.toSay':
    'Llama en su lugar al número de emergencias si te desmayaste estando tumbado, no llegaste a recuperarte del todo, tuviste latidos fuertes, acelerados o irregulares, o te desmayaste haciendo ejercicio. Si sientes que te vas a desmayar, túmbate y levanta las piernas.',
  'engine.reason.bleeding-tendency-bleeding-signs.explain':
    'Has dicho que un médico te ha dicho que sangras con facilidad, y {sign}. Esto puede significar un sangrado dentro de un músculo, que debe tratarse lo antes posible: un médico debería revisarlo hoy mismo.',
  'engine.reason.bleeding-tendency-bleeding-signs.sign': 'Si sangras con facilidad: una hinchazón nueva, o dolor de 7 sobre 10 o más',
  'engine.reason.bleeding-tendency-bleeding-signs.told': 'Sangro con facilidad y tengo hinchazón o un dolor fuerte.',
  'engine.reason.bruising-with-bleeding-tendency.explain':
    'Has dicho que un médico te ha dicho que sangras con facilidad, y tienes un moretón donde te dieron el masaje. Un moretón puede hacerse más grande de lo normal, así que un médico debería mirarlo.',
  'engine.reason.bruising-with-bleeding-tendency.sign': 'Si sangras con facilidad: un moretón donde te dieron el masaje',
  'engine.reason.bruising-with-bleeding-tendency.told': 'Sangro con facilidad y tengo un moretón donde me dieron el masaje.',
  'engine.say.name-your-blood-thinner': 'Di qué anticoagulante tomas y cuándo lo tomaste por última vez.',
  'engine.say.what-makes-you-bleed':
    'Di por qué sangras con facilidad. Si te atiende un equipo de hemofilia o de hígado, ponte en contacto también con ellos.',
  'engine.words.as-given': '{v}',
  'engine.words.local-sign.swelling': 'la hinchazón',
  'engine.words.local-sign.bruising': 'el moretón',
  'engine.words.local-sign.strong-in-one-spot': 'el dolor fuerte en un punto',
  'engine.words.quality.sharp': 'agudo',
  'engine.words.quality.shooting': 'punzante',
  'engine.words.quality.electric': 'como una descarga eléctrica',
  'engine.words.symptom.thigh': 'dolor hasta el muslo',
  'engine.words.symptom.below-knee': 'dolor que baja por la pierna por debajo de la rodilla',
  'engine.words.symptom.numbness': 'adormecimiento',
  'engine.words.symptom.tingling': 'hormigueo',
  'engine.words.symptom.weak-leg': 'una pierna débil',
  'engine.words.one-leg-weak': 'notas una pierna débil',
  'engine.words.numb-all-the-time': 'tienes la pierna o el pie adormecidos todo el tiempo',
  'engine.words.swelling-where-massaged': 'hay hinchazón donde te dieron el masaje',
  'engine.words.bruising-where-massaged': 'hay un moretón donde te dieron el masaje',
  'engine.words.rated-pain': 'has puntuado el dolor con un {severity, number} sobre 10',
  'engine.words.takes-blood-thinner': 'tomas un anticoagulante',
  'engine.words.bleeds-easily': 'sangras con facilidad',
  'engine.words.pain.getting-worse': 'empeora',
  'engine.words.pain.score': 'está en {severity, number} sobre 10',
  'engine.words.pain.at-night': 'te despierta por la noche o no te deja dormir',
  'engine.words.fracture.aged-70': 'tienes 70 años o más',
  'engine.words.fracture.fragile-bones': 'puede que tengas los huesos finos o débiles',
  'engine.words.fracture.sharp-during': 'sentiste un dolor agudo durante el masaje',
  'engine.words.fracture.sharp-now': 'ahora el dolor es agudo',
  'engine.words.fracture.strong-in-one-spot': 'el dolor es fuerte en un punto',
  'engine.words.unwell.very-unwell':
    'señales de estar muy mal (vomitar una y otra vez, confusión, mucha somnolencia, o piel con manchas, grisácea o azulada)',
  'engine.words.unwell.little-or-no-urine': 'orinas mucho menos de lo normal, o nada',
  'engine.words.unwell.muscles': 'músculos muy doloridos, hinchados o débiles',
  'engine.call.common-numbers': '999 en el Reino Unido, 112 en Europa, 911 en Estados Unidos y Canadá',
  'engine.call.emergency-number-now': 'Llama ahora al número de emergencias ({numbers}).',
  'engine.call.tell-them': 'Diles: «Me han dado un masaje y ahora me duele la parte baja de la espalda. {told}»',
  'engine.call.do-not-drive': 'No conduzcas tú. Si hay alguien contigo, pídele que se quede a tu lado.',
  'engine.call.number': 'Llama al {number}',
  'engine.call.number-ask-for-ambulance': 'Llama al {number} y pide una ambulancia',
  'engine.call.number-now': 'Llama ahora al {number}.',
  'engine.call.number-now-ask-for-ambulance': 'Llama ahora al {number} y pide una ambulancia.',
  'engine.action.seek-care-today.text':
    'Habla hoy mismo con un médico. Llama a tu centro de salud o, si está cerrado, a una línea de salud que no sea de emergencias (como el 111 en el Reino Unido). Di que el dolor empezó después de un masaje.',
  'engine.action.book-clinician.text':
    'Pide cita con un médico o fisioterapeuta en los próximos días. Cuéntale lo del masaje y lo que has notado desde entonces.',
  'engine.action.hydrate.text':
    'Bebe agua a sorbos pequeños a lo largo del día, en vez de mucha de una vez. Estar bien hidratado ayuda a que los músculos se recuperen.',
  'engine.action.avoid-strenuous-exercise.text':
    'Nada de ejercicio intenso ni de levantar peso hasta {hours, number} horas después del masaje. Así los músculos tienen tiempo de repararse.',
  'engine.action.gentle-movement.text':
    'Sigue moviéndote con suavidad. Un paseo corto y tranquilo y unos estiramientos sencillos ayudan a la circulación y evitan que los músculos se queden rígidos. Para si un movimiento te causa un dolor agudo.',
  'engine.action.cold.text':
    '{for, select, swelling {Para la hinchazón} other {Para el moretón}}, ponte frío (una bolsa de hielo envuelta en un paño) sobre la zona durante {minMinutes, number} a {maxMinutes, number} minutos y luego retíralo. Nunca pongas el hielo directamente sobre la piel. Puedes repetirlo después de un descanso de al menos una hora.',
  'engine.action.heat.text':
    'Para la rigidez y el dolor sordo, usa calor: un baño caliente o una almohadilla térmica ayudan a relajar los músculos. Que esté templado, no muy caliente, y no te quedes dormido sobre una almohadilla térmica.',
  'engine.action.tell-therapist.sharp-during': 'Sentiste un dolor agudo durante el masaje.',
  'engine.action.tell-therapist.text':
    'Cuéntale a tu masajista cómo te encuentras ahora: puede que la presión fuera demasiado fuerte para ti. La próxima vez, pide una presión más suave y dilo enseguida si algo te duele durante la sesión.',
  'engine.action.pause-deep-massage.text':
    'No te des más masajes profundos en esta zona hasta que un médico o fisioterapeuta lo haya revisado.',
  'engine.action.contact-cancer-team.text':
    'Llama al número de 24 horas que te dio tu equipo de oncología. Diles que has tenido cáncer y que tienes un dolor de espalda nuevo o que empeora desde un masaje.',
  'engine.action.leave-leg-alone.text':
    'No toques la pierna hinchada: no la frotes, no le des masajes ni le pongas calor hasta que un médico la haya revisado.',
  'engine.region.quadratus-lumborum.name': 'Cuadrado lumbar',
  'engine.region.quadratus-lumborum.explanation':
    'El cuadrado lumbar es un músculo profundo a cada lado de la parte baja de la espalda. Une la parte de arriba del hueso de la cadera con la costilla más baja. Suele estar tenso, y trabajarlo con firmeza puede dejarlo dolorido unos días.',
  'engine.region.psoas.name': 'Músculo psoas',
  'engine.region.psoas.explanation':
    'El psoas es el músculo más profundo del cuerpo. Va desde la parte baja de la columna, a través de la pelvis, hasta la parte de arriba del hueso del muslo. Pasar muchas horas sentado puede acortarlo, y trabajarlo en profundidad puede dejar doloridas la parte baja de la espalda y la parte delantera de la cadera.',
  'engine.region.erector-spinae.name': 'Músculos erectores de la columna',
  'engine.region.erector-spinae.explanation':
    'Los músculos erectores de la columna son músculos largos que suben por los dos lados de la columna. Cuando el cuadrado lumbar o el psoas están tensos, estos músculos trabajan más para mantener la columna estable, así que a menudo también acaban sensibles.',
  'engine.region.sacroiliac-joint.name': 'Articulación sacroilíaca',
  'engine.region.sacroiliac-joint.explanation':
    'La articulación sacroilíaca es donde la parte baja de la columna se une con la pelvis, abajo, a cada lado. La presión a su alrededor puede hacer que la zona esté más sensible durante un tiempo.',
  'engine.text.colon': ':',
  'engine.text.why': 'Por qué:',
  'engine.text.plan': 'Tu plan:',
  'engine.text.until': '(hasta el {time})',
  'engine.text.passed': '(esa hora ya ha pasado: {time})',
  'engine.text.expect': 'Qué esperar:',
  'engine.text.peak': 'Las agujetas después de un masaje suelen ser peores entre el {from} y el {until}, y después disminuyen.',
  'engine.text.exercise': 'Puedes volver a hacer ejercicio intenso a partir del {time}.',
  'engine.text.recheck': 'Vuelve a comprobarlo el {time}. Si para entonces no va a menos, el consejo puede cambiar.',
  'engine.text.muscles': 'Músculos que probablemente intervienen:',
  'engine.text.times-in': 'Las horas se muestran en la zona horaria {zone}.',
  // ==== engine: end

  // ==== questionnaire
  // ==== questionnaire: end

  // ==== pages
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# registro} other {# registros}}',
  'diary.retention.kept': 'Si no abres este diario durante {days, plural, one {# día} other {# días}}, se borra con todo lo que contiene.',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
