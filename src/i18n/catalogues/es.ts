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
  // ==== engine: end

  // ==== questionnaire
  // ==== questionnaire: end

  // ==== pages
  'pages.start.title': 'Dolor en la parte baja de la espalda después de un masaje',
  'pages.start.heading': '¿Te duele la parte baja de la espalda después de un masaje?',
  'pages.start.lead':
    'Tener agujetas (dolor muscular tardío) durante uno o dos días después de un masaje es frecuente y suele ser inofensivo. Responde unas preguntas (alrededor de un minuto) para saber qué hacer.',
  'pages.start.begin': 'Empezar ahora',
  'pages.start.emergencyHeading': 'Llama al {number} ahora si tienes dolor de espalda y alguno de estos síntomas',
  'pages.start.youGet': 'Lo que te ofrece',
  'pages.start.youGet.level': 'Si parecen agujetas normales o algo que conviene revisar, y con qué urgencia.',
  'pages.start.youGet.muscles': 'Qué músculos están probablemente afectados y por qué duelen.',
  'pages.start.youGet.plan':
    'Un plan de cuidados con horas concretas: agua, movimiento suave, calor o frío, y cuándo volver a hacer ejercicio.',
  'pages.call.button': '{kind, select, ask {Llama al {number} y pide una ambulancia} other {Llama al {number}}}',
  'pages.call.operator': 'El número de emergencias que indica este servicio.',
  'pages.call.region': 'El número para pedir una ambulancia en {country}.',
  'pages.call.noRegion':
    'No sabemos en qué país estás: el 112 comunica con los servicios de emergencia desde la mayoría de los teléfonos móviles.',
  'pages.call.notIn': '¿No estás en {country}?',
  'pages.call.choose': 'Elige tu país',
  'pages.emergency.title': 'Emergencia: llama ahora',
  'pages.emergency.heading': 'Llama al {number} ahora',
  'pages.emergency.doNot': 'No esperes a ver si mejora. No conduzcas tú.',
  'pages.emergency.say': 'Qué decir',
  'pages.emergency.sayGeneric':
    'Di: "Me han dado un masaje y ahora tengo dolor en la parte baja de la espalda con [el síntoma que tienes]." Di cuándo fue el masaje y cuándo empezó el síntoma.',
  'pages.emergency.why': 'Por qué es una emergencia',
  'pages.emergency.signs': 'Llama ahora si tienes dolor de espalda y alguno de estos síntomas',
  'pages.emergency.wait': 'Mientras esperas',
  'pages.emergency.wait.drive': 'No conduzcas tú. Si hay alguien contigo, pídele que se quede.',
  'pages.emergency.wait.phone': 'Ten el teléfono contigo y deja la puerta sin cerrar con llave si puedes.',
  'pages.emergency.otherCauses': 'Estos síntomas pueden tener otras causas, pero un médico debe revisarlos de inmediato.',
  'pages.country.heading': '¿En qué país estás?',
  'pages.country.errorTitle': 'Hay un error: {heading}',
  'pages.country.lead': 'Aftercare te da el número de emergencias del país en el que estás.',
  'pages.country.now': 'Ahora: {country}, {number}.',
  'pages.country.operator': 'Este servicio da un único número de emergencias en todas partes: {number}.',
  'pages.country.label': 'País',
  'pages.country.errorPrefix': 'Hay un error:',
  'pages.country.required': 'Elige un país de la lista',
  'pages.country.use': 'Usar este país',
  'pages.country.back': 'Volver',
  'pages.country.kept': 'Se guarda solo en este dispositivo, en una cookie.',
  'pages.error.heading.not-found': 'No se encuentra la página',
  'pages.error.heading.too-many-requests': 'Demasiadas solicitudes',
  'pages.error.heading.forbidden': 'Este formulario ha caducado',
  'pages.error.heading.body-too-large': 'Has enviado demasiados datos',
  'pages.error.heading.internal': 'Algo ha fallado',
  'pages.error.heading.unavailable': 'Ahora mismo hay demasiada actividad',
  'pages.error.heading.other': 'No hemos podido hacerlo',
  'pages.error.advice.forbidden': 'Vuelve atrás, recarga la página y envíala de nuevo.',
  'pages.error.advice.not-found': 'Puede que la dirección esté mal escrita o que lo que enlazaba se haya borrado.',
  'pages.error.advice.wait': 'Espera {minutes, plural, one {# minuto} other {# minutos}} y vuelve a intentarlo.',
  'pages.error.advice.again': 'Vuelve a intentarlo dentro de un momento.',
  'pages.error.notAssessed': 'No hemos podido evaluar esto',
  'pages.error.checkMassage': 'Revisa cuándo terminó el masaje',
  'pages.backToStart': 'Volver al inicio',
  'pages.offline.title': 'No tienes conexión',
  'pages.offline.lead': 'Esta página necesita conexión. La página de inicio, la de emergencia y las preguntas se siguen abriendo.',
  'pages.offline.callNow':
    '<strong>Si no puedes controlar la orina o las heces, notas adormecimiento entre las piernas o una pierna se te está debilitando: llama ahora.</strong> Una llamada de teléfono no necesita internet.',
  'pages.offline.notSent': 'Tus respuestas no se han enviado',
  'pages.offline.kept':
    'Se guardan en esta página y se enviarán solas en cuanto vuelvas a tener conexión. Deja esta página abierta: si la cierras, se pierden y tendrás que responder de nuevo.',
  'pages.offline.send': 'Enviar mis respuestas ahora',
  'pages.result.title': 'Resultado: {level}',
  'pages.result.nextStep': 'Siguiente paso',
  'pages.result.track': 'Seguir mi recuperación',
  'pages.result.trackHint':
    'Haz un registro en los próximos días y compara tu dolor con la evolución habitual. Un enlace privado, sin cuenta.',
  'pages.result.callIfWorse': 'Si empeora mucho o notas algún síntoma de la lista "Busca ayuda antes", pide ayuda:',
  'pages.result.plan': 'Tu plan',
  'pages.result.planHint': 'Marca cada cosa cuando la hagas. Horas indicadas: {zone}.',
  'pages.result.until': 'Hasta el {time}.',
  'pages.result.passed': 'Esa hora ya ha pasado ({time}): puedes volver poco a poco a tu actividad.',
  'pages.result.exerciseFrom': 'Puedes volver a hacer ejercicio intenso y a levantar peso a partir del <strong>{time}</strong>.',
  'pages.result.coldTimer': 'Temporizador del frío',
  'pages.result.coldTimes':
    'Si te pones frío ahora (una bolsa de hielo envuelta en un paño), quítalo entre las <strong>{from}</strong> y las <strong>{until}</strong> (de {min} a {max} minutos).',
  'pages.result.expect': 'Qué esperar',
  'pages.result.course.eases': 'Las agujetas suelen ser más fuertes {span}, y después van cediendo.',
  'pages.result.course.checkAtEnd':
    'Las agujetas suelen ser más fuertes {span}, cuando deberían empezar a ceder: vuelve a revisarlo entonces.',
  'pages.result.course.checkOn': 'Las agujetas suelen ser más fuertes {span}, y después van cediendo; vuelve a revisarlo el {time}.',
  'pages.result.why': 'Por qué te decimos esto',
  'pages.result.muscles': 'Músculos probablemente afectados',
  'pages.result.musclesCaption': 'Las zonas probablemente afectadas están resaltadas',
  'pages.result.watch': 'Busca ayuda antes si notas',
  'pages.result.emergencyLink': 'Qué hacer en una emergencia',
  'pages.result.keep': 'Guarda esto',
  'pages.result.save': 'Guardar una copia de mis respuestas',
  'pages.result.print': 'Imprimir',
  'pages.result.restart': 'Empezar de nuevo con otras respuestas',
  'pages.result.sources': 'De dónde salen estos consejos',
  'pages.result.reviewed': 'Consejos revisados por última vez el {date}.',
  'pages.time.span': 'de {from} a {until}',
  'pages.time.zone': 'hora de {city}',
  'pages.chart.title':
    '{whose, select, client {El dolor de tu cliente} other {Tu dolor}} comparado con la evolución habitual después de un masaje',
  'pages.chart.legend':
    'Puntos: {whose, select, client {el dolor de tu cliente} other {tu dolor}}, de 0 a 10. Línea discontinua: la evolución habitual (solo su forma). Zona sombreada: el pico habitual.',
  'pages.chart.peakSummary': 'Las agujetas suelen llegar a su punto máximo entre el {from} y el {until}, y después desaparecen.',
  'pages.chart.point': '{label}: {severity} de 10 el {time}.',
  'pages.chart.pain': 'Dolor',
  'pages.chart.yourPain': 'Tu dolor',
  'pages.chart.checkInPain': 'Registro {seq}: dolor',
  'pages.chart.checkAgain': 'Vuelve a revisarlo el {time}.',
  'pages.chart.peak': 'pico',
  'pages.chart.now': 'ahora',
  'pages.chart.check': 'revisar',
  'pages.chart.days': 'días desde el masaje',
  'pages.chart.notAsked': 'No se preguntó: se detuvo en la primera respuesta de emergencia',
  'pages.bodyMap.description': 'La parte baja de la espalda vista desde atrás, con cuatro zonas numeradas: {areas}.',
  'pages.bodyMap.areaLit': '{number}: {name} (resaltada)',
  'pages.script.timerStart': 'Poner un temporizador de {min} minutos',
  'pages.script.timerStop': 'Parar el temporizador',
  'pages.script.timerStopped': 'Temporizador parado.',
  'pages.script.timerStarted': 'Temporizador en marcha. Quita el frío pasados entre {min} y {max} minutos.',
  'pages.script.timerDone': 'Han pasado {min} minutos: quita el frío ahora, y no más tarde de {max} minutos.',
  'pages.script.resendWaiting': 'Esperando a tener conexión.',
  'pages.script.resendSoon': 'Volveremos a intentar enviar tus respuestas en un momento.',
  'pages.script.resendFailed': 'No se han podido enviar tus respuestas. Pulsa "{send}" para volver a intentarlo.',
  'pages.script.resendBack': 'Vuelves a tener conexión: enviando tus respuestas.',
  'pages.script.pushAsking': 'Preguntando a tu navegador…',
  'pages.script.pushPermission':
    'Los recordatorios necesitan permiso para mostrar notificaciones. Puedes permitirlas en los ajustes del navegador.',
  'pages.script.pushOn': 'Los recordatorios están activados en este dispositivo.',
  'pages.script.pushFailed': 'No se han podido activar los recordatorios aquí. Puedes usar los recordatorios por correo electrónico.',
  'pages.script.pushOff': 'Los recordatorios están desactivados en este dispositivo.',
  'pages.script.pushOffFailed': 'Algo ha fallado: vuelve a intentarlo.',
  'pages.script.linkCopied': 'Enlace copiado. Guárdalo en un lugar seguro, como una nota o un mensaje para ti.',
  'pages.script.linkSelected': 'El enlace está seleccionado: cópialo con tu dispositivo.',
  'pages.script.linkShareTitle': 'Mi diario de recuperación',
  'pages.script.installed': 'Aftercare está en tu pantalla de inicio.',
  'pages.script.shared': 'Compartido.',
  'pages.script.shareFailed': 'No se ha podido compartir: copia el enlace.',
  'pages.script.clientLinkCopied': 'Enlace copiado. Pégalo en un mensaje para tu cliente.',
  'pages.script.clientCopyFailed': 'No se ha podido copiar: pulsa el enlace de arriba para copiarlo a mano.',
  'pages.manifest.name': 'Aftercare: dolor de espalda después de un masaje',
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# registro} other {# registros}}',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
