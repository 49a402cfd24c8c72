// French (fr): "vous", in the register of ameli.fr and Santé.fr.
import type { Catalogue } from './en.ts';

export const fr: Catalogue = {
  'shell.skipLink': 'Aller au contenu principal',
  'shell.emergencyLine': 'Une urgence ?',
  'shell.emergencyLink': 'Appelez les secours maintenant',
  'shell.notADiagnosis':
    'Aftercare n’est pas un diagnostic et ne remplace pas un médecin. Il vous aide à décider quoi faire ensuite. Si vous êtes inquiet ou si cela s’aggrave, demandez un avis médical.',
  'shell.whichNumber': 'En cas d’urgence, appelez les secours : <link>quel numéro appeler</link>.',
  'shell.language': 'Langue',
  'shell.description': 'Mal au bas du dos après un massage : est-ce normal, et que faire. Ce n’est pas un diagnostic.',

  // ==== engine
  // ==== engine: end

  // ==== questionnaire
  // ==== questionnaire: end

  // ==== pages
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# bilan} other {# bilans}}',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  'mail.reminder.due.title': 'C’est l’heure de faire le bilan de votre dos',
  'mail.reminder.due.subject': 'Aftercare : c’est l’heure de faire le bilan de votre dos',
  'mail.reminder.due.body': 'Quelques réponses rapides montrent si votre mal de dos s’atténue comme prévu, et ce qu’il faut faire ensuite.',
  'mail.reminder.missed.title': 'Votre bilan d’hier',
  'mail.reminder.missed.subject': 'Aftercare : votre bilan d’hier',
  'mail.reminder.missed.body':
    'Si votre dos va mieux, un bilan rapide le confirme. S’il va moins bien, faites un bilan maintenant pour savoir quoi faire.',
  'mail.reminder.checkInHere': 'Faites votre bilan ici (ce lien fonctionne pendant {days, plural, one {# jour} other {# jours}}) :',
  'mail.reminder.redFlags':
    'Si vous avez un nouvel engourdissement, une faiblesse dans une jambe, ou du mal à retenir vos urines ou vos selles, n’attendez pas le bilan : appelez maintenant votre numéro d’urgence.',
  'mail.notADiagnosis': 'Aftercare donne des informations générales ; ce n’est pas un diagnostic.',
  'mail.reminder.why':
    'Vous recevez ce message parce que vous avez demandé des rappels par e-mail dans votre journal Aftercare. Arrêtez-les en un clic :',
  'mail.confirm.subject': 'Aftercare : confirmez vos rappels par e-mail',
  'mail.confirm.asked':
    'Quelqu’un, probablement vous, a demandé à un journal de récupération Aftercare d’envoyer des rappels à cette adresse e-mail. Pour les activer, ouvrez ce lien (il fonctionne pendant {days, plural, one {# jour} other {# jours}}) :',
  'mail.confirm.notYou':
    'Si ce n’était pas vous, ne faites rien : Aftercare n’enverra plus rien à cette adresse tant que le lien n’est pas ouvert. Pour qu’aucun journal ne le demande plus, utilisez ce lien :',
  'mail.calendar.summary': 'Aftercare : comment va votre dos ?',
  'mail.calendar.due': 'C’est l’heure de faire le bilan de votre dos après le massage. Ouvrez {link}',
  'mail.calendar.dueAfterChange': 'C’est l’heure de faire le bilan de votre dos après le massage ({change}). Ouvrez {link}',
  'mail.calendar.nothingPlanned': 'Aftercare : aucun bilan prévu',
  'mail.calendar.getCareFirst': 'Aucun bilan n’est prévu : obtenez d’abord les soins que le conseil indique.',
  'mail.calendar.firstCheckIn': 'Faites votre premier bilan maintenant.',
  'mail.calendar.yourDiary': 'Votre journal : {link}',
  'mail.pdf.timesIn': 'Les heures sont dans le fuseau horaire {timeZone}.',
  'mail.pdf.latestAdvice': 'Dernier conseil : {level}. {title}.',
  'mail.pdf.checkIns': 'Bilans',
  'mail.pdf.column.checkIn': 'Bilan',
  'mail.pdf.column.hours': 'Heures',
  'mail.pdf.column.pain': 'Douleur',
  'mail.pdf.column.level': 'Niveau',
  'mail.pdf.column.reasons': 'Motifs',
  'mail.pdf.notAsked': 'Non demandé',
  'mail.pdf.numberRun': '{first} à {last}',
  'mail.pdf.leftOut':
    '{count, plural, one {Bilan {numbers} (# sur {total, number}) omis} other {Bilans {numbers} (# sur {total, number}) omis}} ici pour tenir sur une page : tous les bilans figurent dans le journal et dans son export FHIR.',
  'mail.pdf.signsReported': 'Signes signalés',
  // ==== mail: end
};
