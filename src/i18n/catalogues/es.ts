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
  'questionnaire.answer.no': 'No',
  'questionnaire.answer.yes': 'Sí',
  'questionnaire.answer.none-of-these': 'Ninguno de estos',
  'questionnaire.answer.choose-all-that-fit': 'Elige todas las que correspondan.',
  'questionnaire.region.quadratus-lumborum':
    'En lo profundo del costado de la parte baja de la espalda, entre las costillas y la cadera (cuadrado lumbar)',
  'questionnaire.region.psoas':
    'En lo profundo de la parte delantera de la cadera o en el lado de la barriga de la parte baja de la espalda (psoas)',
  'questionnaire.region.erector-spinae': 'A cada lado de la columna (músculos erectores de la columna)',
  'questionnaire.region.sacroiliac-joint': 'Abajo, donde la columna se une con la pelvis (articulación sacroilíaca)',
  'questionnaire.persistence.comes-and-goes': 'Sí, va y viene',
  'questionnaire.persistence.persistent': 'Sí, todo el tiempo',
  'questionnaire.section.red-flags.title': 'Primero, unas preguntas de seguridad',
  'questionnaire.section.red-flags.intro': 'Estas señales son poco frecuentes, pero cualquiera de ellas necesita ayuda de inmediato.',
  'questionnaire.bladder-control-loss.prompt': '¿Has dejado de poder controlar la orina, de modo que se te escapa sin avisar?',
  'questionnaire.bowel-control-loss.prompt': '¿Has dejado de poder controlar las heces?',
  'questionnaire.difficulty-urinating.prompt': '¿No puedes orinar, o no puedes empezar a orinar o no lo notas al orinar?',
  'questionnaire.difficulty-urinating.prompt-2':
    '¿No puedes orinar, o no puedes empezar a orinar, o ya no notas cuándo tienes la vejiga llena?',
  'questionnaire.saddle-numbness.prompt': '¿Notas adormecimiento entre las piernas, o alrededor de los genitales o de las nalgas?',
  'questionnaire.saddle-numbness.hint-2':
    'Esto incluye notar algo distinto al limpiarte después de ir al baño, o sentir menos esa zona durante las relaciones sexuales.',
  'questionnaire.leg-weakness.prompt': '¿Sientes las piernas débiles, o te fallan?',
  'questionnaire.leg-weakness.one-leg': 'Sí, una pierna',
  'questionnaire.leg-weakness.both-legs': 'Sí, las dos piernas',
  'questionnaire.section.other-signs.title': 'Otras señales',
  'questionnaire.section.other-signs.intro': 'Nos ayudan a decidir con qué rapidez debería verte alguien.',
  'questionnaire.numbness.prompt': '¿Tienes adormecimiento en las piernas o los pies?',
  'questionnaire.tingling.prompt': '¿Tienes hormigueo o sensación de pinchazos en las piernas o los pies?',
  'questionnaire.fever.prompt': '¿Tienes fiebre (38 °C o más, o sensación de calor y escalofríos)?',
  'questionnaire.fall.prompt': '¿Te has caído o te has dado un golpe en la espalda, aparte del masaje?',
  'questionnaire.blood-thinners.prompt':
    '¿Tomas un anticoagulante (medicina para hacer la sangre más líquida), como warfarina, apixabán o rivaroxabán?',
  'questionnaire.blood-thinners.prompt-2':
    '¿Tomas un anticoagulante (medicina para hacer la sangre más líquida): warfarina, apixabán, rivaroxabán, edoxabán, dabigatrán o inyecciones de heparina?',
  'questionnaire.blood-thinners.hint-2': 'La aspirina y el clopidogrel no cuentan aquí.',
  'questionnaire.section.massage.title': 'El masaje',
  'questionnaire.section.massage.intro': 'Cuéntanos cómo fue el masaje.',
  'questionnaire.ended-at.prompt': '¿Cuándo terminó el masaje?',
  'questionnaire.ended-at.hint':
    'Por ejemplo «2026-03-02 17:00» o «17:00»; también puedes escribir en inglés «yesterday 17:00» o «20 hours ago».',
  'questionnaire.style.prompt': '¿Qué tipo de masaje fue?',
  'questionnaire.style.deep-tissue': 'De tejido profundo',
  'questionnaire.style.sports': 'Deportivo',
  'questionnaire.style.swedish': 'Sueco',
  'questionnaire.style.trigger-point': 'De puntos gatillo',
  'questionnaire.style.myofascial': 'Liberación miofascial',
  'questionnaire.style.other': 'Otro',
  'questionnaire.pressure.prompt': '¿Qué presión se aplicó?',
  'questionnaire.pressure.light': 'Suave',
  'questionnaire.pressure.moderate': 'Moderada',
  'questionnaire.pressure.firm': 'Fuerte',
  'questionnaire.areas-worked.prompt': '¿En qué zonas trabajó tu masajista?',
  'questionnaire.sharp-pain-during.prompt': '¿Sentiste un dolor agudo durante el masaje?',
  'questionnaire.section.pain.title': 'Tu dolor ahora',
  'questionnaire.section.pain.intro': 'Cuéntanos cómo notas ahora la parte baja de la espalda.',
  'questionnaire.severity.prompt': '¿Cuánto te duele, de 0 (nada de dolor) a 10 (el peor dolor que puedas imaginar)?',
  'questionnaire.qualities.prompt': '¿Cómo es el dolor?',
  'questionnaire.qualities.dull-ache': 'Un dolor sordo',
  'questionnaire.qualities.stiffness': 'Rigidez',
  'questionnaire.qualities.tenderness': 'Duele al tocar',
  'questionnaire.qualities.sharp': 'Agudo o punzante',
  'questionnaire.qualities.shooting': 'Como una descarga que se extiende',
  'questionnaire.qualities.electric': 'Como una descarga eléctrica',
  'questionnaire.qualities.burning': 'Ardor',
  'questionnaire.extent.prompt': '¿El dolor está repartido o en un solo punto?',
  'questionnaire.extent.widespread': 'Repartido por la parte baja de la espalda',
  'questionnaire.extent.localized': 'En un solo punto',
  'questionnaire.regions.prompt': '¿Dónde te duele?',
  'questionnaire.regions.hint': 'Elige todas las que correspondan, o ninguna si no estás seguro.',
  'questionnaire.radiation.prompt': '¿El dolor se extiende a alguna parte?',
  'questionnaire.radiation.prompt-2': '¿El dolor se extiende desde la espalda a alguna otra parte?',
  'questionnaire.radiation.hint-2': 'No cuenta el dolor en una pierna que también recibió el masaje.',
  'questionnaire.radiation.none': 'No, se queda en la espalda',
  'questionnaire.radiation.buttock': 'Hacia la nalga',
  'questionnaire.radiation.thigh': 'Baja hasta el muslo',
  'questionnaire.radiation.below-knee': 'Baja por la pierna por debajo de la rodilla',
  'questionnaire.trend.prompt': 'Desde que empezó el dolor, ¿está mejorando, sigue igual o está empeorando?',
  'questionnaire.trend.better': 'Está mejorando',
  'questionnaire.trend.same': 'Más o menos igual',
  'questionnaire.trend.worse': 'Está empeorando',
  'questionnaire.swelling.prompt': '¿Hay hinchazón donde te dieron el masaje?',
  'questionnaire.bruising.prompt': '¿Hay moratones donde te dieron el masaje?',
  'questionnaire.since-massage.prompt': 'Desde el masaje, ¿has tenido alguno de estos?',
  'questionnaire.since-massage.hint': 'Marca todos los que hayas tenido, o Ninguno de estos.',
  'questionnaire.since-massage.breathless-or-chest-pain': 'Falta de aire, dolor en el pecho o toser sangre',
  'questionnaire.since-massage.brown-urine':
    'Orina marrón, color de refresco de cola o de té fuerte (la orina amarillo oscuro no es esto: suele significar que necesitas beber más)',
  'questionnaire.since-massage.blood-in-urine': 'Orina roja o rosada',
  'questionnaire.since-massage.blood-in-urine-3':
    'Orina roja o rosada (no solo después de comer remolacha, y que no sea sangre de la regla)',
  'questionnaire.since-massage.one-leg-swollen':
    'Una pantorrilla o una pierna que se ha hinchado hace poco, está caliente o duele (no solo dolorida donde te dieron el masaje)',
  'questionnaire.since-massage.sudden-side-pain':
    'Un dolor repentino y muy fuerte en el costado, la barriga o la ingle que se nota distinto del dolor del masaje',
  'questionnaire.since-massage.faint-or-pale':
    'Desmayarte o perder el conocimiento, sentir que te vas a desmayar o mareo al ponerte de pie, o estar muy pálido o grisáceo (no cuentan unos segundos de mareo al levantarte de la camilla de masaje)',
  'questionnaire.both-legs.prompt': '¿Es en una pierna o en las dos?',
  'questionnaire.both-legs.hint': 'El dolor que baja por la pierna, el adormecimiento o el hormigueo.',
  'questionnaire.both-legs.one-leg': 'Una pierna',
  'questionnaire.both-legs.both-legs': 'Las dos piernas',
  'questionnaire.both-legs.why': 'el dolor llega a la pierna, o hay adormecimiento u hormigueo: indica si es en una pierna o en las dos',
  'questionnaire.aged-70-or-over.prompt': '¿Tienes 70 años o más?',
  'questionnaire.aged-70-or-over.why':
    'el dolor es agudo (ahora o durante el masaje) o fuerte en un solo punto: indica si tienes 70 años o más',
  'questionnaire.fragile-bones.prompt':
    '¿Te ha dicho un médico que tienes los huesos finos o débiles (osteoporosis), te has roto un hueso en una caída leve siendo adulto, o has tomado pastillas de corticoides (como prednisolona) durante 3 meses o más?',
  'questionnaire.fragile-bones.why':
    'el dolor es agudo (ahora o durante el masaje) o fuerte en un solo punto: indica si tus huesos pueden estar débiles',
  'questionnaire.cancer.prompt': '¿Has tenido cáncer alguna vez?',
  'questionnaire.cancer.hint': 'No cuenta un cáncer de piel que simplemente se extirpó.',
  'questionnaire.cancer.why': 'hay síntomas de los nervios, o el dolor no se calma 3 días después del masaje: indica si has tenido cáncer',
  'questionnaire.night-pain.prompt': '¿El dolor de espalda te despierta por la noche o no te deja dormirte?',
  'questionnaire.night-pain.why': 'has tenido cáncer y el dolor no se calma: indica si te despierta o no te deja dormir',
  'questionnaire.bleeding-risk.prompt':
    '¿Tomas un anticoagulante (medicina para hacer la sangre más líquida) como warfarina, apixabán, rivaroxabán, edoxabán, dabigatrán o inyecciones de heparina? ¿O te ha dicho un médico que sangras o te salen moratones con facilidad por una enfermedad del hígado (como la cirrosis), por tener pocas plaquetas, por hemofilia o por otro trastorno de la coagulación?',
  'questionnaire.bleeding-risk.hint': 'La aspirina y el clopidogrel no cuentan aquí. Marca los dos si los dos son ciertos.',
  'questionnaire.bleeding-risk.blood-thinners': 'Un anticoagulante (medicina para hacer la sangre más líquida)',
  'questionnaire.bleeding-risk.bleeding-tendency': 'Una enfermedad que me hace sangrar con facilidad',
  'questionnaire.bleeding-risk.neither': 'Ninguno de los dos',
  'questionnaire.red-urine-after-pressure.prompt':
    '¿La orina roja o rosada empezó en los 2 días siguientes a un masaje con presión fuerte en la espalda o los costados?',
  'questionnaire.red-urine-after-pressure.why':
    'has tenido orina roja o rosada: indica si empezó en los 2 días siguientes a una presión fuerte en la espalda o los costados',
  'questionnaire.also-unwell.prompt': '¿Tienes también alguno de estos?',
  'questionnaire.also-unwell.hint': 'Marca todos los que tengas, o Ninguno de estos.',
  'questionnaire.also-unwell.very-unwell':
    'Vomitar una y otra vez, estar confundido o hablar arrastrando las palabras, costarte mucho mantenerte despierto, piel, labios o lengua con manchas, grisáceos o azulados, o un sarpullido que no desaparece al presionar un vaso encima',
  'questionnaire.also-unwell.little-or-no-urine': 'Mucha menos orina de lo normal hoy, o nada',
  'questionnaire.also-unwell.muscles-very-painful-or-weak':
    'Músculos muy doloridos, hinchados o débiles, mucho más de lo que esperarías después de un masaje o de hacer ejercicio',
  'questionnaire.also-unwell.why': 'has tenido orina marrón o fiebre: indica si también tienes alguna de las señales de estar muy enfermo',
  'questionnaire.serious-accident.prompt':
    '¿Fue un accidente grave, por ejemplo de tráfico o una caída desde una altura, como una escalera?',
  'questionnaire.serious-accident.why': 'te has caído o te has dado un golpe: indica si fue un accidente grave',
  'questionnaire.check-in.lasting.comes-and-goes': 'Va y viene',
  'questionnaire.check-in.lasting.persistent': 'Está ahí todo el tiempo',
  'questionnaire.check-in.ticked.why': 'has marcado «{sign}»: indica cuál',
  'questionnaire.check-in.sign.bladder-control-loss': 'Se te escapa la orina sin avisar: no puedes aguantarla',
  'questionnaire.check-in.sign.bowel-control-loss': 'No poder controlar las heces',
  'questionnaire.check-in.sign.difficulty-urinating': 'No poder orinar o empezar a orinar, o no notar cuándo tienes la vejiga llena',
  'questionnaire.check-in.sign.saddle-numbness':
    'Adormecimiento entre las piernas o alrededor de los genitales o de las nalgas, o notar algo distinto al limpiarte',
  'questionnaire.check-in.sign.leg-weakness': 'Una pierna que se siente débil o que falla',
  'questionnaire.check-in.leg-weakness.prompt': '¿Qué piernas se sienten débiles o fallan?',
  'questionnaire.check-in.sign.numbness': 'Adormecimiento en una pierna o un pie',
  'questionnaire.check-in.numbness.prompt': '¿El adormecimiento está ahí todo el tiempo?',
  'questionnaire.check-in.sign.tingling': 'Hormigueo o sensación de pinchazos en una pierna o un pie',
  'questionnaire.check-in.tingling.prompt': '¿El hormigueo está ahí todo el tiempo?',
  'questionnaire.check-in.sign.radiation':
    'Dolor que se extiende desde la espalda hacia la nalga o la pierna (no el dolor en una pierna que recibió el masaje)',
  'questionnaire.check-in.radiation.prompt': '¿Hasta dónde se extiende el dolor?',
  'questionnaire.check-in.sign.qualities': 'Dolor agudo, punzante, que se extiende como una descarga o como una descarga eléctrica',
  'questionnaire.check-in.qualities.prompt': '¿Cómo es el dolor?',
  'questionnaire.check-in.sign.extent': 'Dolor en un solo punto, en vez de repartido por la parte baja de la espalda',
  'questionnaire.check-in.sign.swelling': 'Hinchazón donde te dieron el masaje',
  'questionnaire.check-in.sign.bruising': 'Moratones donde te dieron el masaje',
  'questionnaire.check-in.sign.fever': 'Fiebre: 38 °C o más, o sensación de calor y escalofríos',
  'questionnaire.check-in.sign.fall': 'Una caída o un golpe en la espalda',
  'questionnaire.check-in.since-last.prompt': 'Desde tu último registro, ¿has tenido alguno de estos?',
  'questionnaire.check-in.since-last.hint':
    'Marca cada uno que hayas tenido, aunque lo marcaras la última vez. La mayoría de las personas marcan Ninguno de estos.',
  'questionnaire.check-in.pain-now.prompt': '¿Cuánto te duele ahora, de 0 (nada de dolor) a 10 (el peor dolor que puedas imaginar)?',
  'questionnaire.check-in.compared.prompt': 'Comparado con tu último registro, ¿está mejor, igual o peor?',
  'questionnaire.check-in.compared.better': 'Mejor',
  'questionnaire.check-in.compared.worse': 'Peor',
  'questionnaire.error.choose-an-answer': 'Elige una respuesta',
  'questionnaire.error.choose-yes-or-no': 'Elige sí o no',
  'questionnaire.error.choose-a-number': 'Elige un número del 0 al 10',
  'questionnaire.error.choose-the-day': 'Elige el día en que terminó el masaje y escribe la hora',
  'questionnaire.error.tick-or-none': 'Marca los que hayas tenido, o {none}',
  'questionnaire.error.ticked-none-and-sign': 'Has marcado {none} y también una señal: desmarca una de las dos',
  'questionnaire.error.enter-date-and-time': 'Escribe la fecha y la hora en que terminó el masaje, por ejemplo 2 de marzo de 2026, 17:00',
  'questionnaire.error.enter-time': 'Escribe la hora en que terminó el masaje, por ejemplo 17:00',
  'questionnaire.error.no-such-date': 'Esa fecha no existe: revisa el día y el mes',
  'questionnaire.error.ended-in-future': 'La hora en que terminó el masaje tiene que estar en el pasado',
  'questionnaire.error.ended-too-long-ago':
    'Aftercare cubre los 30 días siguientes a un masaje. Si el dolor empezó hace más tiempo, consulta con un médico o fisioterapeuta',
  'questionnaire.ended-at.today': 'Hoy',
  'questionnaire.ended-at.yesterday': 'Ayer',
  'questionnaire.ended-at.2-days-ago': 'Hace 2 días',
  'questionnaire.ended-at.another-day': 'Otro día',
  'questionnaire.ended-at.time': 'Hora en que terminó',
  'questionnaire.ended-at.other': 'Otro día: la fecha y la hora',
  'questionnaire.time-zone.label': 'Zona horaria',
  'questionnaire.step.error-prefix': 'Hay un error:',
  'questionnaire.step.map-caption': 'Las cuatro zonas de la parte baja de la espalda, numeradas como en la lista',
  'questionnaire.step.optional': '(opcional)',
  'questionnaire.areas.prompt': '¿Dónde te duele, y en qué zonas trabajó tu masajista?',
  'questionnaire.areas.hint': 'Marca lo que sepas, o déjalo en blanco si no estás seguro.',
  'questionnaire.areas.sore': 'Me duele ahora',
  'questionnaire.areas.worked': 'Masaje aquí',
  'questionnaire.form.problem': 'Hay un problema',
  'questionnaire.step.see-result': 'Ver mi resultado',
  'questionnaire.step.continue': 'Continuar',
  'questionnaire.step.progress': 'Paso {step, number} de {steps, number}',
  'questionnaire.step.back':
    'Volver a {section, select, redFlags {las preguntas de seguridad} otherSigns {otras señales} massage {el masaje} pain {tu dolor ahora} other {el paso anterior}}',
  'questionnaire.step.error-title': 'Hay un error: {title}',
  'questionnaire.time-zone.area':
    '{area, select, Africa {África} America {América} Antarctica {Antártida} Arctic {Ártico} Asia {Asia} Atlantic {Islas del Atlántico} Australia {Australia} Europe {Europa} Indian {Océano Índico} Pacific {Pacífico} other {{area}}}',
  'questionnaire.time-zone.in-country': 'En {country}',
  'questionnaire.time-zone.other': 'Otras',
  'questionnaire.time-zone.times-are': 'Zona horaria: <zone>{name}</zone>.',
  'questionnaire.time-zone.change': 'Cambiar la zona horaria',
  'questionnaire.time-zone.nearest-city': 'Zona horaria (ciudad más cercana)',
  'questionnaire.step.more-questions': 'Por tus respuestas, hay algunas preguntas más abajo.',
  'questionnaire.check-in.section.title': '¿Cómo está tu espalda ahora?',
  'questionnaire.check-in.section.intro': 'Tres preguntas. Solo aparecen más si marcas una señal.',
  'questionnaire.api.whole-path': '(informe)',
  'questionnaire.api.malformed-json': 'El texto no es JSON válido: {detail}',
  'questionnaire.api.invalid-input':
    '{count, plural, one {Los datos no se ajustan al contrato ({shown} problema).} other {Los datos no se ajustan al contrato ({shown} problemas).}}',
  'questionnaire.api.body-too-large': 'El cuerpo de la solicitud ocupa más de {kib} KiB.',
  'questionnaire.api.body-at-most': 'el cuerpo debe ocupar como máximo {bytes} bytes',
  'questionnaire.api.internal': 'Algo ha fallado por nuestra parte. Vuelve a intentarlo.',
  'questionnaire.api.required': 'es obligatorio',
  'questionnaire.api.unknown-field': 'no es un campo conocido',
  'questionnaire.api.one-of': 'debe ser uno de estos: {values}',
  'questionnaire.api.must-be': 'debe ser {value}',
  'questionnaire.api.type':
    'debe ser {type, select, object {un objeto} array {una lista} integer {un número entero} boolean {true o false} string {un texto} number {un número} other {de tipo {type}}}',
  'questionnaire.api.time-zone': 'debe ser una zona horaria IANA, como Europe/Madrid',
  'questionnaire.api.date-time': 'no es una fecha y hora válida',
  'questionnaire.api.max-length': 'debe tener como máximo {limit} caracteres',
  'questionnaire.api.unique-items': 'no debe repetir un elemento (los elementos {j} y {i} son iguales)',
  'questionnaire.api.minimum': 'debe ser como mínimo {limit}',
  'questionnaire.api.maximum': 'debe ser como máximo {limit}',
  'questionnaire.api.not-valid': 'no es válido',
  'questionnaire.api.whole': '{whole, select, report {el informe} other {el cuerpo}} {problem}',
  'questionnaire.api.instant.shape':
    'debe ser una fecha y hora RFC 3339 con desfase horario, como 2026-03-02T17:00:00+01:00 o 2026-03-02T16:00:00Z',
  'questionnaire.api.instant.month': 'no tiene mes {month}',
  'questionnaire.api.instant.day': 'no es una fecha real: el mes {month} de {year} no tiene día {day}',
  'questionnaire.api.instant.hour': 'no tiene hora {hour}',
  'questionnaire.api.instant.minute': 'no tiene minuto {minute}',
  'questionnaire.api.instant.second': 'no tiene segundo {second} (no se admiten segundos intercalares)',
  'questionnaire.api.instant.offset': 'tiene un desfase horario que no existe ({offset})',
  'questionnaire.text.too-long': 'Usa como máximo {max} caracteres para {label}',
  'questionnaire.text.control-character': '{label} tiene un carácter que no se puede escribir (un carácter de control): quítalo',
  'questionnaire.text.required': 'Escribe {label}',
  'questionnaire.text.email': 'el correo electrónico',
  'questionnaire.text.email-shape': 'Escribe un correo electrónico como nombre@ejemplo.com',
  'questionnaire.api.needed-because': 'es necesario porque {why}',
  'questionnaire.api.unsupported-media-type': 'Este tipo de contenido no se puede leer aquí.',
  'questionnaire.api.nothing-here': 'Aquí no hay nada.',
  'questionnaire.api.nothing-at': 'No hay nada en {method} {path}.',
  'questionnaire.api.unreadable-address': 'La dirección de esta página tiene un carácter que no puede estar en una dirección web.',
  'questionnaire.api.unreadable': 'No se ha podido leer la solicitud.',
  'questionnaire.api.too-slow': 'La solicitud ha tardado demasiado en llegar.',
  'questionnaire.terminal.yes-words': 's sí si',
  'questionnaire.terminal.no-words': 'n no',
  'questionnaire.terminal.type-1-or-2': 'Escribe 1 o 2.',
  'questionnaire.terminal.yes-or-no': 'Responde s (sí) o n (no).',
  'questionnaire.terminal.type-ticks':
    'Escribe los números de los que hayas tenido, separados por comas, o {none} si no has tenido ninguno.',
  'questionnaire.terminal.none-alone': '{none} significa ninguno de estos: escríbelo solo, o escribe solo los demás.',
  'questionnaire.terminal.type-a-number': 'Escribe un número del 1 al {count}.',
  'questionnaire.terminal.type-numbers': 'Escribe números del 1 al {count}, separados por comas, o pulsa Intro para ninguno.',
  'questionnaire.terminal.type-a-score': 'Escribe un número entero del 0 al 10.',
  'questionnaire.terminal.y-n': '(s/n)',
  'questionnaire.terminal.choices': 'Escribe los números, separados por comas, o pulsa Intro para ninguno.',
  'questionnaire.terminal.checklist': 'Escribe los números, separados por comas.',
  'questionnaire.terminal.skip': 'Pulsa Intro para saltar la pregunta.',
  'questionnaire.terminal.score': '(de 0 a 10)',
  'questionnaire.terminal.stopped': 'Se ha detenido. No se ha guardado nada.',
  'questionnaire.terminal.title': 'Aftercare: dolor en la parte baja de la espalda después de un masaje',
  'questionnaire.terminal.stop-now':
    'Si tienes dolor de espalda y cualquiera de estas señales, para ahora: {call}{where, select, known { (el número en {region}; --country para cambiarlo)} other { (--country te da el número de tu país)}}.',
  'questionnaire.fhir.title': 'Dolor en la parte baja de la espalda después de un masaje (política {version} de Aftercare)',
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
