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
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# registro} other {# registros}}',
  'diary.time.zone': 'hora de {city}',
  'diary.backToDiary': 'Volver al diario',
  'diary.startNewCheck': 'Empezar una nueva comprobación',
  'diary.backToStart': 'Volver al inicio',
  'diary.errorTitle': 'Hay un error: {title}',
  'diary.errorPrefix': 'Hay un error:',
  'diary.title': 'Tu diario de recuperación',
  'diary.lead': 'El masaje terminó el {when}. Las horas se muestran en {zone}.',
  'diary.sharing.stopped': 'Has dejado de compartir este diario. El centro ya no lo ve, ni ve ningún registro nuevo.',
  'diary.byReminder':
    'Has abierto este diario desde un recordatorio: ese enlace funciona durante una semana después de enviarse. Para volver más adelante, usa el enlace propio de tu diario, el que guardaste cuando lo empezaste.',
  'diary.remember.ask': '¿Es tu diario? Este dispositivo todavía no lo ha guardado.',
  'diary.remember.button': 'Guardar este diario en este dispositivo',
  'diary.link.new':
    'Este diario tiene un nuevo enlace privado: el anterior ya no lo abre. Este dispositivo recuerda el nuevo. Ningún dispositivo recibe ya recordatorios: vuelve a activarlos en el tuyo.',
  'diary.link.knownToClinic':
    'El enlace de este diario lo creó tu centro, así que podían abrirlo con él. Consigue un enlace privado que solo tengas tú: el anterior dejará de funcionar.',
  'diary.link.getNew': 'Conseguir un nuevo enlace privado',
  'diary.keepLink.heading': 'Guarda el enlace de tu diario',
  'diary.keepLink.intro': 'Vuelve a este diario desde cualquier dispositivo con esta dirección. Cualquier persona que la tenga puede ver el diario.',
  'diary.keepLink.copy': 'Copiar enlace',
  'diary.keepLink.share': 'Compartir',
  'diary.keepLink.install': 'Añadir a la pantalla de inicio',
  'diary.change.heading': 'El consejo ha cambiado',
  'diary.change.lessUrgent': 'Buenas noticias: el consejo ahora es menos urgente. {title}.',
  'diary.change.notEasing': 'No mejora después de 3 días: pide una cita con un médico o fisioterapeuta.',
  'diary.change.changed': 'El consejo ha cambiado desde tu último registro. {title}.',
  'diary.firstCheckIn': 'Haz tu primer registro',
  'diary.now.heading': 'Ahora: {level}',
  'diary.now.emergency': 'Qué hacer ahora',
  'diary.now.next': 'Próximo registro: <strong>{when}</strong>.',
  'diary.now.nextDue': 'Próximo registro: <strong>{when}</strong> (ya toca).',
  'diary.now.nonePlanned': 'No hay ningún registro previsto: primero busca la atención que indica el consejo.',
  'diary.now.closed': 'Acabas de hacer un registro. Puedes volver a hacerlo a partir del <strong>{when}</strong>.',
  'diary.now.checkIn': 'Hacer un registro ahora',
  'diary.now.calendar': 'Añadir los recordatorios a mi calendario',
  'diary.course.heading': 'El dolor a lo largo del tiempo',
  'diary.checkIns.heading': 'Registros',
  'diary.checkIns.caption': 'Cada registro con su puntuación de dolor y su consejo',
  'diary.checkIns.when': 'Cuándo',
  'diary.checkIns.pain': 'Dolor',
  'diary.checkIns.advice': 'Consejo',
  'diary.checkIns.olderPolicyNote':
    'Los registros hechos antes del último cambio en las preguntas de Aftercare conservan el consejo que recibieron entonces. Ahora hace algunas preguntas más, sobre señales poco frecuentes pero graves, así que un registro nuevo puede preguntar algo que uno anterior no preguntó.',
  'diary.checkIns.olderPolicyMark': 'preguntas anteriores',
  'diary.share.heading': 'Para tu médico o fisioterapeuta',
  'diary.share.summary': '<print>Resumen de una página para imprimir</print> o <pdf>en PDF</pdf>',
  'diary.share.fhir': 'Exportar para un sistema de historia clínica',
  'diary.clinic.heading': 'Compartido con {clinic}',
  'diary.clinic.agreed':
    'El {when} aceptaste compartir tus registros con {clinic}. Puedes dejar de hacerlo en cualquier momento: ya no verán este diario, y el diario sigue siendo tuyo.',
  'diary.clinic.contact': 'Para contactar con {clinic}: {contact}',
  'diary.clinic.told':
    'El {when} se avisó a {clinic} de que uno de tus registros necesita su atención. Si necesitas atención ahora, no los esperes: sigue el consejo de arriba.',
  'diary.clinic.stop': 'Dejar de compartir con {clinic}',
  'diary.data.heading': 'Tus datos',
  'diary.data.export': 'Guardar una copia de todo lo que hay en este diario',
  'diary.data.delete': 'Borrar este diario',
  'diary.reminders.heading': 'Recordatorios',
  'diary.reminders.intro':
    'Aftercare puede recordarte cuándo te toca el próximo registro, y una vez más un día después si no lo has hecho.',
  'diary.reminders.pushOn': 'Avisarme en este dispositivo',
  'diary.reminders.pushOff': 'Dejar de recibir recordatorios en este dispositivo',
  'diary.devices.heading': 'Dispositivos que reciben recordatorios',
  'diary.devices.device':
    '{browser, select, chrome {Chrome, o un navegador parecido} firefox {Firefox} edge {Edge en Windows} safari {Safari} other {Un navegador web}}, añadido el {when}',
  'diary.devices.remove': 'Quitar',
  'diary.devices.hint': 'Quita cualquier dispositivo que no conozcas: cada recordatorio lleva un enlace a este diario.',
  'diary.notice.emailOff': 'Los recordatorios por correo electrónico están desactivados. Aftercare ya no guarda tu dirección.',
  'diary.notice.confirmSent': 'Te hemos enviado un correo electrónico. Abre el enlace que contiene para empezar a recibir los recordatorios.',
  'diary.notice.confirmLimit':
    'Aftercare ha enviado hoy {count, plural, one {# correo} other {# correos}} a esta dirección, el máximo que envía en un día. Vuelve a intentarlo mañana.',
  'diary.notice.suppressed':
    'Esta dirección pidió a Aftercare que dejara de enviar recordatorios por correo electrónico, así que Aftercare no volverá a escribirle desde ningún diario. Usa otra dirección, o los recordatorios en este dispositivo.',
  'diary.notice.deviceRemoved': 'Se ha quitado el dispositivo. Ya no recibe recordatorios de este diario.',
  'diary.email.heading': 'Recordatorios por correo electrónico',
  'diary.email.label': 'Recibir los recordatorios por correo electrónico (opcional)',
  'diary.email.hint':
    'Solo para estos recordatorios. Primero te enviamos un correo con un enlace para confirmar que la dirección es tuya. La dirección se borra con el diario, o cuando dejas de recibirlos.',
  'diary.email.start': 'Enviarme recordatorios por correo',
  'diary.email.goesTo': 'Los recordatorios se envían a <strong>{address}</strong>.',
  'diary.email.stop': 'Dejar de recibir recordatorios por correo',
  'diary.email.waiting':
    '<strong>Falta que lo confirmes.</strong> Hemos enviado un correo a <strong>{address}</strong> con un enlace. Ábrelo para empezar a recibir los recordatorios. Hasta entonces, Aftercare no envía nada más a esa dirección.',
  'diary.email.noEmail': '¿No te ha llegado? Mira en la carpeta de correo no deseado, o vuelve a enviarlo (como mucho {count, number} veces al día).',
  'diary.email.again': 'Volver a enviar el correo',
  'diary.email.another': 'Usar otra dirección, o dejarlo',
  'diary.summary.title': 'Resumen de recuperación de Aftercare: dolor en la parte baja de la espalda después de un masaje',
  'diary.summary.pageTitle': 'Resumen para un profesional sanitario',
  'diary.summary.zone': 'Horas en {zone}.',
  'diary.summary.massageEnded': 'Masaje terminado el {when}',
  'diary.summary.style':
    '{style, select, deepTissue {masaje de tejido profundo} sports {masaje deportivo} swedish {masaje sueco} triggerPoint {puntos gatillo} myofascial {liberación miofascial} other {otro tipo}}',
  'diary.summary.pressure': '{pressure, select, light {presión suave} moderate {presión moderada} firm {presión fuerte} other {otra presión}}',
  'diary.summary.areas': 'zonas trabajadas: {areas}',
  'diary.summary.sharpPain': 'dolor agudo durante el masaje',
  'diary.summary.separator': '; ',
  'diary.summary.latest': 'Último consejo: {level}',
  'diary.summary.hoursAfter': 'Horas después',
  'diary.summary.level': 'Nivel',
  'diary.summary.reasons': 'Motivos',
  'diary.summary.notAsked': 'No se preguntó',
  'diary.summary.signs': 'Señales comunicadas',
  'diary.summary.print': 'Imprimir',
  'diary.summary.policyFirst': '{count, plural, one {Registro {numbers}} other {Registros {numbers}}} con la política {policy}',
  'diary.summary.policyNext': '{count, plural, one {registro {numbers}} other {registros {numbers}}} con la política {policy}',
  'diary.summary.numbersRun': 'del {from} al {to}',
  'diary.summary.disclaimer':
    'Elaborado por Aftercare a partir de las respuestas de la propia persona. No es un diagnóstico; el triaje sigue la política {policies} de Aftercare.',
  'diary.delete.title': '¿Borrar este diario?',
  'diary.delete.text':
    'Esto elimina el diario y todos sus registros para siempre. No se puede deshacer. Si un centro sigue este diario, dejará de verlo. Quizá quieras <download>descargar una copia</download> antes.',
  'diary.delete.button': 'Borrar el diario',
  'diary.delete.keep': 'Conservarlo',
  'diary.deleted.title': 'Diario borrado',
  'diary.deleted.text': 'El diario y todos sus registros se han eliminado de Aftercare.',
  'diary.notFound.title': 'No se encuentra el diario',
  'diary.notFound.text': 'Este enlace no abre ningún diario. Puede que se haya borrado, o que el enlace esté incompleto.',
  'diary.diaries.title': 'Tus diarios',
  'diary.diaries.heading': 'Tus diarios en este dispositivo',
  'diary.diaries.entry': 'Masaje del {when} ({checkIns})',
  'diary.diaries.none': 'No hay ningún diario guardado en este dispositivo. Empieza uno desde una página de resultado con «Seguir mi recuperación».',
  'diary.checkIn.title': 'Hacer un registro',
  'diary.checkIn.heading': '¿Cómo está tu espalda ahora?',
  'diary.checkIn.sectionIntro': 'Tres preguntas. Solo aparecen más si marcas una señal.',
  'diary.checkIn.introShort': 'Tres preguntas. Si marcas una señal, te preguntamos una cosa más sobre ella.',
  'diary.checkIn.introWhole': 'El masaje ya está en tu diario. Responde a estas preguntas sobre hoy.',
  'diary.checkIn.save': 'Guardar este registro',
  'diary.checkIn.closed':
    'Acabas de hacer un registro. Puedes enviar este a partir del <strong>{when}</strong>; si lo envías antes, se guardan tus respuestas.',
  'diary.checkIn.trendRule':
    'Tu última puntuación fue {previous, number}. Cuenta un cambio de {step, number} o más: {better, number} o menos es mejor, {worse, number} o más es peor, y cualquier valor intermedio es más o menos igual.',
  'diary.checkIn.trendLeftOpen': 'Si lo dejas sin responder, Aftercare lo calcula a partir de tus puntuaciones.',
  'diary.checkIn.chooseAnswer': 'Elige una respuesta',
  'diary.checkIn.moreQuestions': 'Por tus respuestas, hay algunas preguntas más abajo.',
  'diary.checkIn.tooLate': 'Este diario abarca los 30 días posteriores al masaje; ese plazo ya ha pasado.',
  'diary.confirm.goneTitle': 'Este enlace ya no funciona',
  'diary.confirm.goneText':
    'Ya se usó, o tiene más de unos pocos días, o el diario tiene ahora otra dirección. Para recibir recordatorios por correo, abre tu diario desde su propio enlace y vuelve a escribir tu dirección.',
  'diary.confirm.title': 'Empezar los recordatorios por correo',
  'diary.confirm.text': 'Tu diario de Aftercare pidió enviar recordatorios a esta dirección cuando toque un registro.',
  'diary.confirm.button': 'Sí, quiero recibir recordatorios',
  'diary.confirm.notYou': 'Si no lo has pedido tú, cierra esta página: Aftercare no escribirá a esta dirección.',
  'diary.confirmed.title': 'Los recordatorios por correo están activados',
  'diary.confirmed.text':
    'Aftercare escribirá a esta dirección cuando te toque el próximo registro, y una vez más un día después si no lo has hecho. Cada correo tiene un enlace para dejar de recibirlos.',
  'diary.unsubscribe.text': 'Aftercare no enviará más correos a esta dirección, ni desde este diario ni desde ningún otro, y no volverá a pedírselo.',
  'diary.unsubscribed.title': 'Recordatorios por correo cancelados',
  'diary.unsubscribed.text':
    'Aftercare no enviará más correos a esta dirección, ni desde este diario ni desde ningún otro. No se puede deshacer: Aftercare no volverá a pedírselo a esta dirección. Tu diario sigue ahí: ábrelo desde su enlace para hacer un registro, o para recibir recordatorios en tu dispositivo o en tu calendario.',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
