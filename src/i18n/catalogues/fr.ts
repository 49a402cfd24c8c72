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
  'pages.start.title': 'Douleur en bas du dos après un massage',
  'pages.start.heading': 'Mal en bas du dos après un massage ?',
  'pages.start.lead':
    'Avoir des courbatures pendant un jour ou deux après un massage est fréquent et le plus souvent sans gravité. Répondez à quelques questions (environ une minute) pour savoir quoi faire.',
  'pages.start.begin': 'Commencer',
  'pages.start.emergencyHeading': 'Appelez le {number} maintenant si vous avez mal au dos avec l’un de ces signes',
  'pages.start.youGet': 'Ce que vous obtenez',
  'pages.start.youGet.level': 'Si cela ressemble à des courbatures normales ou à quelque chose à faire vérifier, et dans quel délai.',
  'pages.start.youGet.muscles': 'Quels muscles sont probablement concernés, et pourquoi ils font mal.',
  'pages.start.youGet.plan':
    'Un plan de soins avec des heures précises : eau, mouvements doux, chaleur ou froid, quand reprendre le sport.',
  'pages.call.button': '{kind, select, ask {Appelez le {number} et demandez une ambulance} other {Appelez le {number}}}',
  'pages.call.operator': 'Le numéro d’urgence indiqué par ce service.',
  'pages.call.region': 'Le numéro pour une ambulance dans ce pays : {country}.',
  'pages.call.noRegion': 'Aucun pays n’est connu : le 112 joint les services d’urgence depuis la plupart des téléphones portables.',
  'pages.call.notIn': 'Vous n’êtes pas dans ce pays ({country}) ?',
  'pages.call.choose': 'Choisissez votre pays',
  'pages.emergency.title': 'Urgence : appelez maintenant',
  'pages.emergency.heading': 'Appelez le {number} maintenant',
  'pages.emergency.doNot': 'N’attendez pas de voir si cela s’améliore. Ne conduisez pas vous-même.',
  'pages.emergency.say': 'Ce qu’il faut dire',
  'pages.emergency.sayGeneric':
    'Dites : « J’ai eu un massage et j’ai maintenant mal en bas du dos avec [le signe que vous avez]. » Dites quand a eu lieu le massage et quand le signe a commencé.',
  'pages.emergency.why': 'Pourquoi c’est une urgence',
  'pages.emergency.signs': 'Appelez maintenant si vous avez mal au dos avec l’un de ces signes',
  'pages.emergency.wait': 'En attendant',
  'pages.emergency.wait.drive': 'Ne conduisez pas vous-même. Si quelqu’un est avec vous, demandez-lui de rester.',
  'pages.emergency.wait.phone': 'Gardez votre téléphone sur vous et laissez la porte déverrouillée si vous le pouvez.',
  'pages.emergency.otherCauses': 'Ces signes peuvent avoir d’autres causes, mais ils doivent être vérifiés par un médecin sans attendre.',
  'pages.country.heading': 'Dans quel pays êtes-vous ?',
  'pages.country.errorTitle': 'Erreur : {heading}',
  'pages.country.lead': 'Aftercare indique le numéro d’urgence du pays où vous êtes.',
  'pages.country.now': 'Actuellement : {country}, {number}.',
  'pages.country.operator': 'Ce service indique un seul numéro d’urgence partout : {number}.',
  'pages.country.label': 'Pays',
  'pages.country.errorPrefix': 'Erreur :',
  'pages.country.required': 'Choisissez un pays dans la liste',
  'pages.country.use': 'Utiliser ce pays',
  'pages.country.back': 'Retour',
  'pages.country.kept': 'Il est enregistré sur cet appareil uniquement, dans un cookie.',
  'pages.error.heading.not-found': 'Page introuvable',
  'pages.error.heading.too-many-requests': 'Trop de demandes',
  'pages.error.heading.forbidden': 'Ce formulaire a expiré',
  'pages.error.heading.body-too-large': 'Trop de données envoyées',
  'pages.error.heading.internal': 'Un problème est survenu',
  'pages.error.heading.unavailable': 'Service très sollicité en ce moment',
  'pages.error.heading.other': 'Nous n’avons pas pu faire cela',
  'pages.error.advice.forbidden': 'Revenez en arrière, rechargez la page et envoyez-la à nouveau.',
  'pages.error.advice.not-found': 'L’adresse est peut-être mal saisie, ou ce vers quoi elle menait a peut-être été supprimé.',
  'pages.error.advice.wait': 'Veuillez attendre {minutes, plural, one {# minute} other {# minutes}} et réessayer.',
  'pages.error.advice.again': 'Veuillez réessayer dans un instant.',
  'pages.error.notAssessed': 'Nous n’avons pas pu évaluer votre situation',
  'pages.error.checkMassage': 'Vérifier l’heure de fin du massage',
  'pages.backToStart': 'Retour à l’accueil',
  'pages.offline.title': 'Vous êtes hors connexion',
  'pages.offline.lead': 'Cette page a besoin d’une connexion. La page d’accueil, la page d’urgence et les questions s’ouvrent toujours.',
  'pages.offline.callNow':
    '<strong>Si vous ne pouvez plus retenir vos urines ou vos selles, si vous sentez un engourdissement entre les jambes, ou si une jambe s’affaiblit : appelez maintenant.</strong> Un appel téléphonique n’a pas besoin d’internet.',
  'pages.offline.notSent': 'Vos réponses n’ont pas été envoyées',
  'pages.offline.kept':
    'Elles sont gardées sur cette page et seront envoyées automatiquement dès que vous serez de nouveau en ligne. Laissez cette page ouverte : si vous la fermez, elles seront perdues et vous devrez répondre à nouveau.',
  'pages.offline.send': 'Envoyer mes réponses maintenant',
  'pages.result.title': 'Résultat : {level}',
  'pages.result.nextStep': 'Étape suivante',
  'pages.result.track': 'Suivre ma récupération',
  'pages.result.trackHint':
    'Faites un bilan dans les jours qui viennent et comparez votre douleur à l’évolution habituelle. Un lien privé, sans compte.',
  'pages.result.callIfWorse':
    'Si cela s’aggrave beaucoup, ou si vous remarquez un signe de la liste « Demandez de l’aide plus tôt », appelez à l’aide :',
  'pages.result.plan': 'Votre plan',
  'pages.result.planHint': 'Cochez au fur et à mesure. Heures indiquées : {zone}.',
  'pages.result.until': 'Jusqu’au {time}.',
  'pages.result.passed': 'Cette heure est passée ({time}) : vous pouvez reprendre progressivement.',
  'pages.result.exerciseFrom':
    'Le sport intense et le port de charges lourdes sont de nouveau possibles à partir du <strong>{time}</strong>.',
  'pages.result.coldTimer': 'Minuteur pour le froid',
  'pages.result.coldTimes':
    'Si vous appliquez du froid maintenant (une poche de glace dans un linge), retirez-le entre <strong>{from}</strong> et <strong>{until}</strong> ({min} à {max} minutes).',
  'pages.result.expect': 'À quoi vous attendre',
  'pages.result.course.eases': 'Les courbatures sont en général les plus fortes {span}, puis elles diminuent.',
  'pages.result.course.checkAtEnd':
    'Les courbatures sont en général les plus fortes {span}, puis devraient commencer à diminuer : refaites le point à ce moment-là.',
  'pages.result.course.checkOn':
    'Les courbatures sont en général les plus fortes {span}, puis elles diminuent ; refaites le point le {time}.',
  'pages.result.why': 'Pourquoi nous vous disons cela',
  'pages.result.muscles': 'Muscles probablement concernés',
  'pages.result.musclesCaption': 'Les zones probablement concernées sont mises en évidence',
  'pages.result.watch': 'Demandez de l’aide plus tôt si vous remarquez',
  'pages.result.emergencyLink': 'Que faire en cas d’urgence',
  'pages.result.keep': 'Garder ce résultat',
  'pages.result.save': 'Enregistrer une copie de mes réponses',
  'pages.result.print': 'Imprimer',
  'pages.result.restart': 'Recommencer avec de nouvelles réponses',
  'pages.result.sources': 'D’où viennent ces conseils',
  'pages.result.reviewed': 'Conseils vérifiés pour la dernière fois le {date}.',
  'pages.time.span': 'de {from} à {until}',
  'pages.time.zone': 'heure de {city}',
  'pages.chart.title':
    '{whose, select, client {La douleur de votre client ou cliente} other {Votre douleur}} comparée à l’évolution habituelle après un massage',
  'pages.chart.legend':
    'Points : {whose, select, client {la douleur de votre client ou cliente} other {votre douleur}}, de 0 à 10. Ligne pointillée : l’évolution habituelle (sa forme seulement). Zone grisée : le pic habituel.',
  'pages.chart.peakSummary': 'Les courbatures atteignent en général leur maximum entre le {from} et le {until}, puis disparaissent.',
  'pages.chart.point': '{label} : {severity} sur 10 le {time}.',
  'pages.chart.pain': 'Douleur',
  'pages.chart.yourPain': 'Votre douleur',
  'pages.chart.checkInPain': 'Bilan {seq} : douleur',
  'pages.chart.checkAgain': 'Refaites le point le {time}.',
  'pages.chart.peak': 'pic',
  'pages.chart.now': 'maintenant',
  'pages.chart.check': 'bilan',
  'pages.chart.days': 'jours depuis le massage',
  'pages.chart.notAsked': 'Non demandé : arrêté à la première réponse d’urgence',
  'pages.bodyMap.description': 'Le bas du dos vu de derrière, avec quatre zones numérotées : {areas}.',
  'pages.bodyMap.areaLit': '{number} : {name} (mise en évidence)',
  'pages.script.timerStart': 'Lancer un minuteur de {min} minutes',
  'pages.script.timerStop': 'Arrêter le minuteur',
  'pages.script.timerStopped': 'Minuteur arrêté.',
  'pages.script.timerStarted': 'Minuteur lancé. Retirez le froid après {min} à {max} minutes.',
  'pages.script.timerDone': '{min} minutes sont passées : retirez le froid maintenant, et au plus tard à {max} minutes.',
  'pages.script.resendWaiting': 'En attente du réseau.',
  'pages.script.resendSoon': 'Nouvel essai d’envoi de vos réponses dans un instant.',
  'pages.script.resendFailed': 'Vos réponses n’ont pas pu être envoyées. Appuyez sur « {send} » pour réessayer.',
  'pages.script.resendBack': 'De nouveau en ligne : envoi de vos réponses.',
  'pages.script.pushAsking': 'Demande à votre navigateur…',
  'pages.script.pushPermission':
    'Les rappels ont besoin de votre autorisation pour afficher des notifications. Vous pouvez les autoriser dans les réglages de votre navigateur.',
  'pages.script.pushOn': 'Les rappels sont activés sur cet appareil.',
  'pages.script.pushFailed': 'Les rappels n’ont pas pu être activés ici. Vous pouvez utiliser les rappels par e-mail.',
  'pages.script.pushOff': 'Les rappels sont désactivés sur cet appareil.',
  'pages.script.pushOffFailed': 'Un problème est survenu : réessayez.',
  'pages.script.linkCopied': 'Lien copié. Gardez-le en lieu sûr, par exemple dans une note ou un message à vous-même.',
  'pages.script.linkSelected': 'Le lien est sélectionné : copiez-le avec votre appareil.',
  'pages.script.linkShareTitle': 'Mon journal de récupération',
  'pages.script.installed': 'Aftercare est sur votre écran d’accueil.',
  'pages.script.shared': 'Partagé.',
  'pages.script.shareFailed': 'Impossible de partager : copiez plutôt le lien.',
  'pages.script.clientLinkCopied': 'Le lien est copié. Collez-le dans un message à votre client ou cliente.',
  'pages.script.clientCopyFailed': 'Impossible de copier : appuyez sur le lien ci-dessus pour le copier à la main.',
  'pages.manifest.name': 'Aftercare : mal de dos après un massage',
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# bilan} other {# bilans}}',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
