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
  'diary.time.zone': 'heure de {city}',
  'diary.backToDiary': 'Retour au journal',
  'diary.startNewCheck': 'Commencer une nouvelle évaluation',
  'diary.backToStart': 'Retour à l’accueil',
  'diary.errorTitle': 'Erreur : {title}',
  'diary.errorPrefix': 'Erreur :',
  'diary.title': 'Votre journal de récupération',
  'diary.lead': 'Massage terminé le {when}. Les heures sont à l’{zone}.',
  'diary.sharing.stopped': 'Vous avez arrêté de partager ce journal. Le cabinet ne le voit plus, ni aucun nouveau bilan.',
  'diary.byReminder':
    'Vous avez ouvert ce journal depuis un rappel : ce lien fonctionne pendant une semaine après son envoi. Pour revenir plus tard, utilisez le lien de votre journal, celui que vous avez gardé en le commençant.',
  'diary.remember.ask': 'Est-ce votre journal ? Cet appareil ne l’a pas encore enregistré.',
  'diary.remember.button': 'Garder ce journal sur cet appareil',
  'diary.link.new':
    'Ce journal a un nouveau lien privé : l’ancien ne l’ouvre plus. Cet appareil retient le nouveau. Plus aucun appareil ne reçoit de rappels : réactivez-les sur le vôtre.',
  'diary.link.knownToClinic':
    'Le lien de ce journal a été créé par votre cabinet, qui pouvait donc l’ouvrir. Obtenez un lien privé que vous seul avez : l’ancien ne fonctionnera plus.',
  'diary.link.getNew': 'Obtenir un nouveau lien privé',
  'diary.keepLink.heading': 'Gardez le lien de votre journal',
  'diary.keepLink.intro': 'Revenez à ce journal depuis n’importe quel appareil avec cette adresse. Toute personne qui l’a peut voir le journal.',
  'diary.keepLink.copy': 'Copier le lien',
  'diary.keepLink.share': 'Partager',
  'diary.keepLink.install': 'Ajouter à l’écran d’accueil',
  'diary.change.heading': 'Le conseil a changé',
  'diary.change.lessUrgent': 'Bonne nouvelle : le conseil est moins urgent maintenant. {title}.',
  'diary.change.notEasing': 'Pas d’amélioration après 3 jours : prenez rendez-vous avec un médecin ou un kinésithérapeute.',
  'diary.change.changed': 'Le conseil a changé depuis votre dernier bilan. {title}.',
  'diary.firstCheckIn': 'Faire votre premier bilan',
  'diary.now.heading': 'Maintenant : {level}',
  'diary.now.emergency': 'Que faire maintenant',
  'diary.now.next': 'Prochain bilan : <strong>{when}</strong>.',
  'diary.now.nextDue': 'Prochain bilan : <strong>{when}</strong> (c’est le moment).',
  'diary.now.nonePlanned': 'Aucun bilan n’est prévu : obtenez d’abord les soins que le conseil indique.',
  'diary.now.closed': 'Vous venez de faire un bilan. Vous pourrez en faire un autre à partir du <strong>{when}</strong>.',
  'diary.now.checkIn': 'Faire un bilan maintenant',
  'diary.now.calendar': 'Ajouter les rappels à mon agenda',
  'diary.course.heading': 'La douleur au fil du temps',
  'diary.checkIns.heading': 'Bilans',
  'diary.checkIns.caption': 'Chaque bilan avec son score de douleur et son conseil',
  'diary.checkIns.when': 'Quand',
  'diary.checkIns.pain': 'Douleur',
  'diary.checkIns.advice': 'Conseil',
  'diary.checkIns.olderPolicyNote':
    'Les bilans faits avant le dernier changement des questions d’Aftercare gardent le conseil donné à ce moment-là. Aftercare pose maintenant quelques questions de plus, sur des signes rares mais graves ; un nouveau bilan peut donc demander ce qu’un bilan précédent ne demandait pas.',
  'diary.checkIns.olderPolicyMark': 'anciennes questions',
  'diary.share.heading': 'Pour votre médecin ou kinésithérapeute',
  'diary.share.summary': '<print>Résumé d’une page à imprimer</print> ou <pdf>en PDF</pdf>',
  'diary.share.fhir': 'Exporter vers un logiciel de dossier médical',
  'diary.clinic.heading': 'Partagé avec {clinic}',
  'diary.clinic.agreed':
    'Le {when}, vous avez accepté de partager vos bilans avec {clinic}. Vous pouvez arrêter à tout moment : ce cabinet ne verra plus ce journal, et le journal reste le vôtre.',
  'diary.clinic.contact': 'Pour joindre {clinic} : {contact}',
  'diary.clinic.told':
    'Le {when}, {clinic} a été prévenu qu’un de vos bilans demande son attention. Si vous avez besoin de soins maintenant, n’attendez pas : suivez le conseil ci-dessus.',
  'diary.clinic.stop': 'Arrêter de partager avec {clinic}',
  'diary.data.heading': 'Vos données',
  'diary.data.export': 'Enregistrer une copie de tout le contenu de ce journal',
  'diary.data.delete': 'Supprimer ce journal',
  'diary.reminders.heading': 'Rappels',
  'diary.reminders.intro':
    'Aftercare peut vous rappeler quand votre prochain bilan est prévu, et une fois de plus un jour après si vous ne l’avez pas fait.',
  'diary.reminders.pushOn': 'Me rappeler sur cet appareil',
  'diary.reminders.pushOff': 'Arrêter les rappels sur cet appareil',
  'diary.devices.heading': 'Appareils qui reçoivent les rappels',
  'diary.devices.device':
    '{browser, select, chrome {Chrome, ou un navigateur semblable} firefox {Firefox} edge {Edge sous Windows} safari {Safari} other {Un navigateur web}}, ajouté le {when}',
  'diary.devices.remove': 'Retirer',
  'diary.devices.hint': 'Retirez tout appareil que vous ne connaissez pas : chaque rappel contient un lien vers ce journal.',
  'diary.notice.emailOff': 'Les rappels par e-mail sont désactivés. Aftercare ne garde plus votre adresse.',
  'diary.notice.confirmSent': 'Nous vous avons envoyé un e-mail. Ouvrez le lien qu’il contient pour démarrer les rappels.',
  'diary.notice.confirmLimit':
    'Aftercare a envoyé {count, plural, one {# e-mail} other {# e-mails}} à cette adresse aujourd’hui, le maximum par jour. Réessayez demain.',
  'diary.notice.suppressed':
    'Cette adresse a demandé à Aftercare d’arrêter tous les rappels par e-mail ; Aftercare ne lui écrira donc plus, depuis aucun journal. Utilisez une autre adresse, ou les rappels sur cet appareil.',
  'diary.notice.deviceRemoved': 'L’appareil a été retiré. Il ne reçoit plus de rappels de ce journal.',
  'diary.email.heading': 'Rappels par e-mail',
  'diary.email.label': 'Recevoir plutôt les rappels par e-mail (facultatif)',
  'diary.email.hint':
    'Uniquement pour ces rappels. Nous envoyons d’abord un e-mail avec un lien pour confirmer que l’adresse est bien la vôtre. L’adresse est supprimée avec le journal, ou quand vous arrêtez les rappels.',
  'diary.email.start': 'Recevoir les rappels par e-mail',
  'diary.email.goesTo': 'Les rappels par e-mail sont envoyés à <strong>{address}</strong>.',
  'diary.email.stop': 'Arrêter les rappels par e-mail',
  'diary.email.waiting':
    '<strong>En attente de votre confirmation.</strong> Nous avons envoyé un e-mail à <strong>{address}</strong> avec un lien. Ouvrez-le pour démarrer les rappels par e-mail. D’ici là, Aftercare n’envoie rien d’autre à cette adresse.',
  'diary.email.noEmail': 'Pas d’e-mail ? Regardez dans vos courriers indésirables, ou renvoyez-le (au maximum {count, number} fois par jour).',
  'diary.email.again': 'Renvoyer l’e-mail',
  'diary.email.another': 'Utiliser une autre adresse, ou arrêter',
  'diary.summary.title': 'Résumé de récupération Aftercare : douleur du bas du dos après un massage',
  'diary.summary.pageTitle': 'Résumé pour un professionnel de santé',
  'diary.summary.zone': 'Heures indiquées dans le fuseau {zone}.',
  'diary.summary.massageEnded': 'Massage terminé le {when}',
  'diary.summary.style':
    '{style, select, deepTissue {massage des tissus profonds} sports {massage sportif} swedish {massage suédois} triggerPoint {points gâchettes} myofascial {relâchement myofascial} other {autre type}}',
  'diary.summary.pressure': '{pressure, select, light {pression légère} moderate {pression modérée} firm {pression forte} other {autre pression}}',
  'diary.summary.areas': 'zones travaillées : {areas}',
  'diary.summary.sharpPain': 'douleur vive pendant le massage',
  'diary.summary.separator': ' ; ',
  'diary.summary.latest': 'Dernier conseil : {level}',
  'diary.summary.hoursAfter': 'Heures après',
  'diary.summary.level': 'Niveau',
  'diary.summary.reasons': 'Motifs',
  'diary.summary.notAsked': 'Non demandé',
  'diary.summary.signs': 'Signes signalés',
  'diary.summary.print': 'Imprimer',
  'diary.summary.policyFirst': '{count, plural, one {Bilan {numbers}} other {Bilans {numbers}}} selon la version {policy} des règles',
  'diary.summary.policyNext': '{count, plural, one {bilan {numbers}} other {bilans {numbers}}} selon la version {policy} des règles',
  'diary.summary.numbersRun': '{from} à {to}',
  'diary.summary.disclaimer':
    'Établi par Aftercare à partir des réponses de la personne elle-même. Ce n’est pas un diagnostic ; le triage suit les règles d’Aftercare, version {policies}.',
  'diary.delete.title': 'Supprimer ce journal ?',
  'diary.delete.text':
    'Cela supprime le journal et tous ses bilans, définitivement. C’est irréversible. Si un cabinet suit ce journal, il ne le verra plus. Vous pouvez d’abord <download>télécharger une copie</download>.',
  'diary.delete.button': 'Supprimer le journal',
  'diary.delete.keep': 'Le garder',
  'diary.deleted.title': 'Journal supprimé',
  'diary.deleted.text': 'Le journal et tous ses bilans ont été effacés d’Aftercare.',
  'diary.notFound.title': 'Journal introuvable',
  'diary.notFound.text': 'Ce lien n’ouvre aucun journal. Il a peut-être été supprimé, ou le lien est incomplet.',
  'diary.diaries.title': 'Vos journaux',
  'diary.diaries.heading': 'Vos journaux sur cet appareil',
  'diary.diaries.entry': 'Massage du {when} ({checkIns})',
  'diary.diaries.none': 'Aucun journal n’est enregistré sur cet appareil. Commencez-en un depuis une page de résultat avec « Suivre ma récupération ».',
  'diary.checkIn.title': 'Faire un bilan',
  'diary.checkIn.heading': 'Comment va votre dos maintenant ?',
  'diary.checkIn.sectionIntro': 'Trois questions. D’autres apparaissent seulement si vous cochez un signe.',
  'diary.checkIn.introShort': 'Trois questions. Si vous cochez un signe, nous vous posons une question de plus à son sujet.',
  'diary.checkIn.introWhole': 'Le massage est déjà dans votre journal. Répondez à ces questions pour aujourd’hui.',
  'diary.checkIn.save': 'Enregistrer ce bilan',
  'diary.checkIn.closed':
    'Vous venez de faire un bilan. Vous pourrez envoyer celui-ci à partir du <strong>{when}</strong> ; si vous l’envoyez avant, vos réponses sont gardées.',
  'diary.checkIn.trendRule':
    'Votre dernier score était {previous, number}. Un changement de {step, number} ou plus compte : {better, number} ou moins, c’est mieux ; {worse, number} ou plus, c’est pire ; entre les deux, c’est à peu près pareil.',
  'diary.checkIn.trendLeftOpen': 'Si vous ne répondez pas, Aftercare le déduit de vos scores.',
  'diary.checkIn.chooseAnswer': 'Choisissez une réponse',
  'diary.checkIn.moreQuestions': 'Selon vos réponses, il y a quelques questions de plus ci-dessous.',
  'diary.checkIn.tooLate': 'Ce journal couvre les 30 jours qui suivent le massage ; cette période est terminée.',
  'diary.confirm.goneTitle': 'Ce lien ne fonctionne plus',
  'diary.confirm.goneText':
    'Il a déjà été utilisé, ou il date de plus de quelques jours, ou le journal a maintenant une autre adresse. Pour recevoir les rappels par e-mail, ouvrez votre journal avec son propre lien et indiquez à nouveau votre adresse.',
  'diary.confirm.title': 'Démarrer les rappels par e-mail',
  'diary.confirm.text': 'Votre journal Aftercare a demandé à envoyer des rappels à cette adresse quand un bilan est prévu.',
  'diary.confirm.button': 'Oui, envoyez-moi les rappels',
  'diary.confirm.notYou': 'Si vous ne l’avez pas demandé, fermez cette page : Aftercare n’écrira pas à cette adresse.',
  'diary.confirmed.title': 'Les rappels par e-mail sont activés',
  'diary.confirmed.text':
    'Aftercare écrira à cette adresse quand votre prochain bilan sera prévu, et une fois de plus un jour après si vous ne l’avez pas fait. Chaque e-mail contient un lien pour les arrêter.',
  'diary.unsubscribe.text': 'Aftercare n’enverra plus d’e-mails à cette adresse, ni depuis ce journal ni depuis un autre, et ne lui redemandera pas.',
  'diary.unsubscribed.title': 'Rappels par e-mail arrêtés',
  'diary.unsubscribed.text':
    'Aftercare n’enverra plus d’e-mails à cette adresse, ni depuis ce journal ni depuis un autre. C’est irréversible : Aftercare ne redemandera pas à cette adresse. Votre journal est toujours là : ouvrez-le avec son lien pour faire un bilan, ou pour recevoir des rappels sur votre appareil ou dans votre agenda.',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
