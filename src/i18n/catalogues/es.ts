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
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  'mail.reminder.due.title': 'Es hora de hacer el registro de tu espalda',
  'mail.reminder.due.subject': 'Aftercare: es hora de hacer el registro de tu espalda',
  'mail.reminder.due.body':
    'Unas pocas respuestas rápidas muestran si tu dolor de espalda está mejorando como se espera y qué hacer ahora.',
  'mail.reminder.missed.title': 'Tu registro de ayer',
  'mail.reminder.missed.subject': 'Aftercare: tu registro de ayer',
  'mail.reminder.missed.body':
    'Si notas la espalda mejor, un registro rápido lo confirma. Si la notas peor, haz un registro ahora para saber qué hacer.',
  'mail.reminder.checkInHere': 'Haz tu registro aquí (este enlace funciona durante {days, plural, one {# día} other {# días}}):',
  'mail.reminder.redFlags':
    'Si tienes un adormecimiento nuevo, debilidad en una pierna o dificultad para controlar la orina o las heces, no esperes al registro: llama ahora a tu número de emergencias.',
  'mail.notADiagnosis': 'Aftercare da información general; no es un diagnóstico.',
  'mail.reminder.why':
    'Recibes este correo porque pediste recordatorios por correo electrónico en tu diario de Aftercare. Puedes detenerlos con un clic:',
  'mail.confirm.subject': 'Aftercare: confirma tus recordatorios por correo electrónico',
  'mail.confirm.asked':
    'Alguien, probablemente tú, pidió a un diario de recuperación de Aftercare que envíe recordatorios a esta dirección de correo. Para empezar a recibirlos, abre este enlace (funciona durante {days, plural, one {# día} other {# días}}):',
  'mail.confirm.notYou':
    'Si no fuiste tú, no hagas nada: Aftercare no enviará nada más a esta dirección a menos que se abra el enlace. Para que ningún diario vuelva a pedirlo, usa este enlace:',
  'mail.calendar.summary': 'Aftercare: ¿cómo está tu espalda?',
  'mail.calendar.due': 'Es hora de hacer el registro de tu espalda después del masaje. Abre {link}',
  'mail.calendar.dueAfterChange': 'Es hora de hacer el registro de tu espalda después del masaje ({change}). Abre {link}',
  'mail.calendar.nothingPlanned': 'Aftercare: no hay ningún registro previsto',
  'mail.calendar.getCareFirst': 'No hay ningún registro previsto: primero busca la atención que indica el consejo.',
  'mail.calendar.firstCheckIn': 'Haz ahora tu primer registro.',
  'mail.calendar.yourDiary': 'Tu diario: {link}',
  'mail.pdf.timesIn': 'Las horas están en la zona horaria {timeZone}.',
  'mail.pdf.latestAdvice': 'Último consejo: {level}. {title}.',
  'mail.pdf.checkIns': 'Registros',
  'mail.pdf.column.checkIn': 'Registro',
  'mail.pdf.column.hours': 'Horas',
  'mail.pdf.column.pain': 'Dolor',
  'mail.pdf.column.level': 'Nivel',
  'mail.pdf.column.reasons': 'Motivos',
  'mail.pdf.notAsked': 'No se preguntó',
  'mail.pdf.numberRun': '{first} a {last}',
  'mail.pdf.leftOut':
    '{count, plural, one {Registro {numbers} (# de {total, number}) omitido} other {Registros {numbers} (# de {total, number}) omitidos}} aquí para que quepa en una página: todos los registros están en el diario y en su exportación FHIR.',
  'mail.pdf.signsReported': 'Signos indicados',
  // ==== mail: end
};
