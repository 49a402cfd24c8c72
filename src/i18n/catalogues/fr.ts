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
  'questionnaire.answer.no': 'Non',
  'questionnaire.answer.yes': 'Oui',
  'questionnaire.answer.none-of-these': 'Aucun de ces signes',
  'questionnaire.answer.choose-all-that-fit': 'Choisissez toutes les réponses qui correspondent.',
  'questionnaire.region.quadratus-lumborum': 'En profondeur sur le côté du bas du dos, entre les côtes et la hanche (carré des lombes)',
  'questionnaire.region.psoas': 'En profondeur à l’avant de la hanche ou du côté du ventre dans le bas du dos (psoas)',
  'questionnaire.region.erector-spinae': 'De chaque côté de la colonne vertébrale (muscles érecteurs du rachis)',
  'questionnaire.region.sacroiliac-joint': 'Tout en bas, là où la colonne rejoint le bassin (articulation sacro-iliaque)',
  'questionnaire.persistence.comes-and-goes': 'Oui, ça va et ça vient',
  'questionnaire.persistence.persistent': 'Oui, tout le temps',
  'questionnaire.section.red-flags.title': 'D’abord, quelques questions de sécurité',
  'questionnaire.section.red-flags.intro': 'Ces signes sont rares, mais chacun d’eux demande de l’aide tout de suite.',
  'questionnaire.bladder-control-loss.prompt': 'Ne pouvez-vous plus retenir vos urines, au point qu’elles s’échappent sans prévenir ?',
  'questionnaire.bowel-control-loss.prompt': 'Ne pouvez-vous plus retenir vos selles ?',
  'questionnaire.difficulty-urinating.prompt': 'N’arrivez-vous pas à uriner, ou à commencer à uriner, ou ne le sentez-vous pas ?',
  'questionnaire.difficulty-urinating.prompt-2':
    'N’arrivez-vous pas à uriner, ou à commencer à uriner, ou ne sentez-vous plus quand votre vessie est pleine ?',
  'questionnaire.saddle-numbness.prompt':
    'Ressentez-vous un engourdissement entre les jambes, ou autour des parties génitales ou des fesses ?',
  'questionnaire.saddle-numbness.hint-2':
    'Cela comprend une sensation différente quand vous vous essuyez après être allé aux toilettes, ou moins de sensations à cet endroit pendant les rapports sexuels.',
  'questionnaire.leg-weakness.prompt': 'Vos jambes sont-elles faibles, ou se dérobent-elles ?',
  'questionnaire.leg-weakness.one-leg': 'Oui, une jambe',
  'questionnaire.leg-weakness.both-legs': 'Oui, les deux jambes',
  'questionnaire.section.other-signs.title': 'Autres signes',
  'questionnaire.section.other-signs.intro': 'Ils aident à décider dans quel délai vous devriez consulter.',
  'questionnaire.numbness.prompt': 'Avez-vous un engourdissement dans les jambes ou les pieds ?',
  'questionnaire.tingling.prompt': 'Avez-vous des picotements ou des fourmillements dans les jambes ou les pieds ?',
  'questionnaire.fever.prompt': 'Avez-vous de la fièvre (38 °C ou plus, ou une sensation de chaleur avec des frissons) ?',
  'questionnaire.fall.prompt': 'Êtes-vous tombé, ou avez-vous reçu un coup dans le dos, en dehors du massage ?',
  'questionnaire.blood-thinners.prompt':
    'Prenez-vous un anticoagulant (médicament qui fluidifie le sang), comme la warfarine, l’apixaban ou le rivaroxaban ?',
  'questionnaire.blood-thinners.prompt-2':
    'Prenez-vous un anticoagulant (médicament qui fluidifie le sang) : warfarine, apixaban, rivaroxaban, édoxaban, dabigatran, ou des injections d’héparine ?',
  'questionnaire.blood-thinners.hint-2': 'L’aspirine et le clopidogrel ne comptent pas ici.',
  'questionnaire.section.massage.title': 'Le massage',
  'questionnaire.section.massage.intro': 'Parlez-nous du massage lui-même.',
  'questionnaire.ended-at.prompt': 'Quand le massage s’est-il terminé ?',
  'questionnaire.ended-at.hint':
    'Par exemple « 2026-03-02 17:00 » ou « 17:00 » ; vous pouvez aussi écrire en anglais « yesterday 17:00 » ou « 20 hours ago ».',
  'questionnaire.style.prompt': 'Quel type de massage était-ce ?',
  'questionnaire.style.deep-tissue': 'Massage des tissus profonds',
  'questionnaire.style.sports': 'Massage sportif',
  'questionnaire.style.swedish': 'Massage suédois',
  'questionnaire.style.trigger-point': 'Points gâchettes',
  'questionnaire.style.myofascial': 'Relâchement myofascial',
  'questionnaire.style.other': 'Autre chose',
  'questionnaire.pressure.prompt': 'Quelle était la pression ?',
  'questionnaire.pressure.light': 'Légère',
  'questionnaire.pressure.moderate': 'Modérée',
  'questionnaire.pressure.firm': 'Forte',
  'questionnaire.areas-worked.prompt': 'Sur quelles zones votre masseur ou masseuse a-t-il travaillé ?',
  'questionnaire.sharp-pain-during.prompt': 'Avez-vous ressenti une douleur vive pendant le massage ?',
  'questionnaire.section.pain.title': 'Votre douleur maintenant',
  'questionnaire.section.pain.intro': 'Dites-nous comment vous sentez le bas de votre dos maintenant.',
  'questionnaire.severity.prompt': 'Quelle est l’intensité de la douleur, de 0 (aucune douleur) à 10 (la pire douleur imaginable) ?',
  'questionnaire.qualities.prompt': 'Comment est la douleur ?',
  'questionnaire.qualities.dull-ache': 'Une douleur sourde',
  'questionnaire.qualities.stiffness': 'Raide',
  'questionnaire.qualities.tenderness': 'Sensible au toucher',
  'questionnaire.qualities.sharp': 'Vive ou en coup de poignard',
  'questionnaire.qualities.shooting': 'Fulgurante',
  'questionnaire.qualities.electric': 'Comme une décharge électrique',
  'questionnaire.qualities.burning': 'Brûlure',
  'questionnaire.extent.prompt': 'La douleur est-elle étendue, ou à un seul endroit ?',
  'questionnaire.extent.widespread': 'Étendue sur le bas du dos',
  'questionnaire.extent.localized': 'À un seul endroit',
  'questionnaire.regions.prompt': 'Où avez-vous mal ?',
  'questionnaire.regions.hint': 'Choisissez toutes les réponses qui correspondent, ou aucune si vous n’êtes pas sûr.',
  'questionnaire.radiation.prompt': 'La douleur se propage-t-elle ailleurs ?',
  'questionnaire.radiation.prompt-2': 'La douleur se propage-t-elle de votre dos vers un autre endroit ?',
  'questionnaire.radiation.hint-2': 'Une douleur dans une jambe qui a elle-même été massée ne compte pas.',
  'questionnaire.radiation.none': 'Non, elle reste dans le dos',
  'questionnaire.radiation.buttock': 'Dans la fesse',
  'questionnaire.radiation.thigh': 'Jusque dans la cuisse',
  'questionnaire.radiation.below-knee': 'Le long de la jambe, sous le genou',
  'questionnaire.trend.prompt': 'Depuis que la douleur a commencé, va-t-elle mieux, est-elle stable ou s’aggrave-t-elle ?',
  'questionnaire.trend.better': 'Elle va mieux',
  'questionnaire.trend.same': 'À peu près pareil',
  'questionnaire.trend.worse': 'Elle s’aggrave',
  'questionnaire.swelling.prompt': 'Y a-t-il un gonflement là où vous avez été massé ?',
  'questionnaire.bruising.prompt': 'Y a-t-il un bleu là où vous avez été massé ?',
  'questionnaire.since-massage.prompt': 'Depuis le massage, avez-vous eu l’un de ces signes ?',
  'questionnaire.since-massage.hint': 'Cochez tous ceux que vous avez eus, ou Aucun de ces signes.',
  'questionnaire.since-massage.breathless-or-chest-pain': 'Essoufflement, douleur dans la poitrine, ou toux avec du sang',
  'questionnaire.since-massage.brown-urine':
    'Urines brunes, couleur de cola ou de thé fort (des urines jaune foncé, ce n’est pas cela : cela veut souvent dire que vous devez boire davantage)',
  'questionnaire.since-massage.blood-in-urine': 'Urines rouges ou roses',
  'questionnaire.since-massage.blood-in-urine-3':
    'Urines rouges ou roses (pas seulement après avoir mangé de la betterave, et pas du sang des règles)',
  'questionnaire.since-massage.one-leg-swollen':
    'Un mollet ou une jambe récemment gonflé, chaud ou douloureux (pas seulement endolori là où il a été massé)',
  'questionnaire.since-massage.sudden-side-pain':
    'Une douleur soudaine et très forte sur le côté, dans le ventre ou à l’aine, différente de la douleur du massage',
  'questionnaire.since-massage.faint-or-pale':
    'Un évanouissement ou une perte de connaissance, une sensation de malaise ou des vertiges en vous levant, ou un teint très pâle ou gris (quelques secondes d’étourdissement en vous relevant de la table de massage ne comptent pas)',
  'questionnaire.both-legs.prompt': 'Est-ce dans une jambe, ou dans les deux ?',
  'questionnaire.both-legs.hint': 'La douleur qui descend dans la jambe, l’engourdissement ou les fourmillements.',
  'questionnaire.both-legs.one-leg': 'Une jambe',
  'questionnaire.both-legs.both-legs': 'Les deux jambes',
  'questionnaire.both-legs.why':
    'la douleur atteint la jambe, ou il y a un engourdissement ou des fourmillements : dites si c’est dans une jambe ou dans les deux',
  'questionnaire.aged-70-or-over.prompt': 'Avez-vous 70 ans ou plus ?',
  'questionnaire.aged-70-or-over.why':
    'la douleur est vive (maintenant ou pendant le massage) ou forte à un seul endroit : dites si vous avez 70 ans ou plus',
  'questionnaire.fragile-bones.prompt':
    'Un médecin vous a-t-il dit que vos os sont fins ou fragiles (ostéoporose), vous êtes-vous cassé un os lors d’une petite chute à l’âge adulte, ou avez-vous pris des corticoïdes en comprimés (comme la prednisolone) pendant 3 mois ou plus ?',
  'questionnaire.fragile-bones.why':
    'la douleur est vive (maintenant ou pendant le massage) ou forte à un seul endroit : dites si vos os sont peut-être fragiles',
  'questionnaire.cancer.prompt': 'Avez-vous déjà eu un cancer ?',
  'questionnaire.cancer.hint': 'Un cancer de la peau qui a simplement été retiré ne compte pas.',
  'questionnaire.cancer.why':
    'il y a des signes touchant les nerfs, ou la douleur ne se calme pas 3 jours après le massage : dites si vous avez eu un cancer',
  'questionnaire.night-pain.prompt': 'La douleur dans le dos vous réveille-t-elle la nuit, ou vous empêche-t-elle de vous endormir ?',
  'questionnaire.night-pain.why':
    'vous avez eu un cancer et la douleur ne se calme pas : dites si elle vous réveille ou vous empêche de dormir',
  'questionnaire.bleeding-risk.prompt':
    'Prenez-vous un anticoagulant (médicament qui fluidifie le sang) comme la warfarine, l’apixaban, le rivaroxaban, l’édoxaban, le dabigatran ou des injections d’héparine ? Ou un médecin vous a-t-il dit que vous saignez ou avez des bleus facilement à cause d’une maladie du foie (comme une cirrhose), d’un manque de plaquettes, d’une hémophilie ou d’un autre trouble de la coagulation ?',
  'questionnaire.bleeding-risk.hint': 'L’aspirine et le clopidogrel ne comptent pas ici. Cochez les deux si les deux sont vrais.',
  'questionnaire.bleeding-risk.blood-thinners': 'Un anticoagulant (médicament qui fluidifie le sang)',
  'questionnaire.bleeding-risk.bleeding-tendency': 'Une maladie qui me fait saigner facilement',
  'questionnaire.bleeding-risk.neither': 'Ni l’un ni l’autre',
  'questionnaire.red-urine-after-pressure.prompt':
    'Les urines rouges ou roses ont-elles commencé dans les 2 jours après un massage qui a appuyé fort sur votre dos ou vos côtés ?',
  'questionnaire.red-urine-after-pressure.why':
    'vous avez eu des urines rouges ou roses : dites si elles ont commencé dans les 2 jours après une forte pression sur votre dos ou vos côtés',
  'questionnaire.also-unwell.prompt': 'Avez-vous aussi l’un de ces signes ?',
  'questionnaire.also-unwell.hint': 'Cochez tous ceux que vous avez, ou Aucun de ces signes.',
  'questionnaire.also-unwell.very-unwell':
    'Vomir encore et encore, être confus ou avoir du mal à articuler, avoir beaucoup de mal à rester éveillé, une peau, des lèvres ou une langue marbrées, grises ou bleues, ou une éruption qui ne s’efface pas quand vous appuyez un verre dessus',
  'questionnaire.also-unwell.little-or-no-urine': 'Beaucoup moins d’urines que d’habitude aujourd’hui, ou pas du tout',
  'questionnaire.also-unwell.muscles-very-painful-or-weak':
    'Des muscles très douloureux, gonflés ou faibles, bien plus que ce à quoi on s’attend après un massage ou du sport',
  'questionnaire.also-unwell.why':
    'vous avez eu des urines brunes ou de la fièvre : dites si vous avez aussi l’un des signes d’un état très grave',
  'questionnaire.serious-accident.prompt':
    'Était-ce un accident grave, par exemple un accident de la route ou une chute de hauteur, d’une échelle par exemple ?',
  'questionnaire.serious-accident.why': 'vous êtes tombé ou avez reçu un coup : dites si c’était un accident grave',
  'questionnaire.check-in.lasting.comes-and-goes': 'Ça va et ça vient',
  'questionnaire.check-in.lasting.persistent': 'C’est là tout le temps',
  'questionnaire.check-in.ticked.why': 'vous avez coché « {sign} » : dites lequel',
  'questionnaire.check-in.sign.bladder-control-loss': 'Des urines qui s’échappent sans prévenir : vous ne pouvez plus les retenir',
  'questionnaire.check-in.sign.bowel-control-loss': 'Ne plus pouvoir retenir ses selles',
  'questionnaire.check-in.sign.difficulty-urinating':
    'Ne pas arriver à uriner ou à commencer à uriner, ou ne plus sentir quand votre vessie est pleine',
  'questionnaire.check-in.sign.saddle-numbness':
    'Un engourdissement entre les jambes ou autour des parties génitales ou des fesses, ou une sensation différente quand vous vous essuyez',
  'questionnaire.check-in.sign.leg-weakness': 'Une jambe faible ou qui se dérobe',
  'questionnaire.check-in.leg-weakness.prompt': 'Quelles jambes sont faibles ou se dérobent ?',
  'questionnaire.check-in.sign.numbness': 'Un engourdissement dans une jambe ou un pied',
  'questionnaire.check-in.numbness.prompt': 'L’engourdissement est-il là tout le temps ?',
  'questionnaire.check-in.sign.tingling': 'Des picotements ou des fourmillements dans une jambe ou un pied',
  'questionnaire.check-in.tingling.prompt': 'Les fourmillements sont-ils là tout le temps ?',
  'questionnaire.check-in.sign.radiation':
    'Une douleur qui se propage du dos vers la fesse ou la jambe (pas une douleur dans une jambe qui a été massée)',
  'questionnaire.check-in.radiation.prompt': 'Jusqu’où la douleur se propage-t-elle ?',
  'questionnaire.check-in.sign.qualities': 'Une douleur vive, en coup de poignard, fulgurante ou comme une décharge électrique',
  'questionnaire.check-in.qualities.prompt': 'Comment est cette douleur ?',
  'questionnaire.check-in.sign.extent': 'Une douleur à un seul endroit, plutôt qu’étendue sur le bas du dos',
  'questionnaire.check-in.sign.swelling': 'Un gonflement là où vous avez été massé',
  'questionnaire.check-in.sign.bruising': 'Un bleu là où vous avez été massé',
  'questionnaire.check-in.sign.fever': 'De la fièvre : 38 °C ou plus, ou une sensation de chaleur avec des frissons',
  'questionnaire.check-in.sign.fall': 'Une chute ou un coup dans le dos',
  'questionnaire.check-in.since-last.prompt': 'Depuis votre dernier bilan, avez-vous eu l’un de ces signes ?',
  'questionnaire.check-in.since-last.hint':
    'Cochez chacun de ceux que vous avez eus, même si vous l’aviez coché la dernière fois. La plupart des gens cochent Aucun de ces signes.',
  'questionnaire.check-in.pain-now.prompt':
    'Quelle est l’intensité de la douleur maintenant, de 0 (aucune douleur) à 10 (la pire douleur imaginable) ?',
  'questionnaire.check-in.compared.prompt': 'Par rapport à votre dernier bilan, est-ce mieux, pareil ou pire ?',
  'questionnaire.check-in.compared.better': 'Mieux',
  'questionnaire.check-in.compared.worse': 'Pire',
  'questionnaire.error.choose-an-answer': 'Choisissez une réponse',
  'questionnaire.error.choose-yes-or-no': 'Choisissez oui ou non',
  'questionnaire.error.choose-a-number': 'Choisissez un nombre de 0 à 10',
  'questionnaire.error.choose-the-day': 'Choisissez le jour où le massage s’est terminé, et indiquez l’heure',
  'questionnaire.error.tick-or-none': 'Cochez ceux que vous avez eus, ou {none}',
  'questionnaire.error.ticked-none-and-sign': 'Vous avez coché {none} et aussi un signe : décochez l’un des deux',
  'questionnaire.error.enter-date-and-time': 'Indiquez la date et l’heure de la fin du massage, par exemple 2 mars 2026, 17:00',
  'questionnaire.error.enter-time': 'Indiquez l’heure de la fin du massage, par exemple 17:00',
  'questionnaire.error.no-such-date': 'Cette date n’existe pas : vérifiez le jour et le mois',
  'questionnaire.error.ended-in-future': 'L’heure de la fin du massage doit être dans le passé',
  'questionnaire.error.ended-too-long-ago':
    'Aftercare couvre les 30 jours qui suivent un massage. Pour une douleur qui a commencé il y a plus longtemps, consultez un médecin ou un kinésithérapeute',
  'questionnaire.ended-at.today': 'Aujourd’hui',
  'questionnaire.ended-at.yesterday': 'Hier',
  'questionnaire.ended-at.2-days-ago': 'Il y a 2 jours',
  'questionnaire.ended-at.another-day': 'Un autre jour',
  'questionnaire.ended-at.time': 'Heure de fin',
  'questionnaire.ended-at.other': 'Un autre jour : la date et l’heure',
  'questionnaire.time-zone.label': 'Fuseau horaire',
  'questionnaire.step.error-prefix': 'Erreur :',
  'questionnaire.step.map-caption': 'Les quatre zones du bas du dos, numérotées comme dans la liste',
  'questionnaire.step.optional': '(facultatif)',
  'questionnaire.areas.prompt': 'Où avez-vous mal, et où votre masseur ou masseuse a-t-il travaillé ?',
  'questionnaire.areas.hint': 'Cochez ce que vous savez, ou laissez vide si vous n’êtes pas sûr.',
  'questionnaire.areas.sore': 'Douloureux maintenant',
  'questionnaire.areas.worked': 'Massé ici',
  'questionnaire.form.problem': 'Il y a un problème',
  'questionnaire.step.see-result': 'Voir mon résultat',
  'questionnaire.step.continue': 'Continuer',
  'questionnaire.step.progress': 'Étape {step, number} sur {steps, number}',
  'questionnaire.step.back':
    'Revenir à {section, select, redFlags {les questions de sécurité} otherSigns {autres signes} massage {le massage} pain {votre douleur maintenant} other {l’étape précédente}}',
  'questionnaire.step.error-title': 'Erreur : {title}',
  'questionnaire.time-zone.area':
    '{area, select, Africa {Afrique} America {Amériques} Antarctica {Antarctique} Arctic {Arctique} Asia {Asie} Atlantic {Îles de l’Atlantique} Australia {Australie} Europe {Europe} Indian {Océan Indien} Pacific {Pacifique} other {{area}}}',
  'questionnaire.time-zone.in-country': 'Pays : {country}',
  'questionnaire.time-zone.other': 'Autres',
  'questionnaire.time-zone.times-are': 'Fuseau horaire : <zone>{name}</zone>.',
  'questionnaire.time-zone.change': 'Changer de fuseau horaire',
  'questionnaire.time-zone.nearest-city': 'Fuseau horaire (ville la plus proche)',
  'questionnaire.step.more-questions': 'En raison de vos réponses, il y a quelques questions de plus ci-dessous.',
  'questionnaire.check-in.section.title': 'Comment va votre dos maintenant ?',
  'questionnaire.check-in.section.intro': 'Trois questions. D’autres n’apparaissent que si vous cochez un signe.',
  'questionnaire.api.whole-path': '(rapport)',
  'questionnaire.api.malformed-json': 'Le texte n’est pas du JSON valide : {detail}',
  'questionnaire.api.invalid-input':
    '{count, plural, one {Les données ne respectent pas le contrat ({shown} problème).} other {Les données ne respectent pas le contrat ({shown} problèmes).}}',
  'questionnaire.api.body-too-large': 'Le corps de la requête dépasse {kib} Kio.',
  'questionnaire.api.body-at-most': 'le corps doit faire au plus {bytes} octets',
  'questionnaire.api.internal': 'Un problème est survenu de notre côté. Veuillez réessayer.',
  'questionnaire.api.required': 'est obligatoire',
  'questionnaire.api.unknown-field': 'n’est pas un champ connu',
  'questionnaire.api.one-of': 'doit être l’une de ces valeurs : {values}',
  'questionnaire.api.must-be': 'doit être {value}',
  'questionnaire.api.type':
    'doit être {type, select, object {un objet} array {une liste} integer {un nombre entier} boolean {true ou false} string {un texte} number {un nombre} other {de type {type}}}',
  'questionnaire.api.time-zone': 'doit être un fuseau horaire IANA, comme Europe/Paris',
  'questionnaire.api.date-time': 'n’est pas une date et heure valide',
  'questionnaire.api.max-length': 'doit faire au plus {limit} caractères',
  'questionnaire.api.unique-items': 'ne doit pas contenir deux fois le même élément (les éléments {j} et {i} sont identiques)',
  'questionnaire.api.minimum': 'doit être au moins {limit}',
  'questionnaire.api.maximum': 'doit être au plus {limit}',
  'questionnaire.api.not-valid': 'n’est pas valide',
  'questionnaire.api.whole': '{whole, select, report {le rapport} other {le corps}} {problem}',
  'questionnaire.api.instant.shape':
    'doit être une date et heure RFC 3339 avec décalage horaire, comme 2026-03-02T17:00:00+01:00 ou 2026-03-02T16:00:00Z',
  'questionnaire.api.instant.month': 'n’a pas de mois {month}',
  'questionnaire.api.instant.day': 'n’est pas une vraie date : le mois {month} de {year} n’a pas de jour {day}',
  'questionnaire.api.instant.hour': 'n’a pas d’heure {hour}',
  'questionnaire.api.instant.minute': 'n’a pas de minute {minute}',
  'questionnaire.api.instant.second': 'n’a pas de seconde {second} (les secondes intercalaires ne sont pas prises en charge)',
  'questionnaire.api.instant.offset': 'a un décalage horaire qui n’existe pas ({offset})',
  'questionnaire.text.too-long': 'Utilisez au plus {max} caractères pour {label}',
  'questionnaire.text.control-character':
    '{label} contient un caractère qui ne peut pas être saisi (un caractère de contrôle) : supprimez-le',
  'questionnaire.text.required': 'Indiquez {label}',
  'questionnaire.text.email': 'l’adresse e-mail',
  'questionnaire.text.email-shape': 'Indiquez une adresse e-mail comme nom@exemple.fr',
  'questionnaire.api.needed-because': 'est nécessaire parce que {why}',
  'questionnaire.api.unsupported-media-type': 'Ce type de contenu ne peut pas être lu ici.',
  'questionnaire.api.nothing-here': 'Il n’y a rien ici.',
  'questionnaire.api.nothing-at': 'Il n’y a rien à {method} {path}.',
  'questionnaire.api.unreadable-address': 'L’adresse de cette page contient un caractère qui ne peut pas figurer dans une adresse web.',
  'questionnaire.api.unreadable': 'La requête n’a pas pu être lue.',
  'questionnaire.api.too-slow': 'La requête a mis trop de temps à arriver.',
  'questionnaire.terminal.yes-words': 'o oui',
  'questionnaire.terminal.no-words': 'n non',
  'questionnaire.terminal.type-1-or-2': 'Tapez 1 ou 2.',
  'questionnaire.terminal.yes-or-no': 'Répondez o (oui) ou n (non).',
  'questionnaire.terminal.type-ticks':
    'Tapez les numéros de ceux que vous avez eus, séparés par des virgules, ou {none} pour aucun de ces signes.',
  'questionnaire.terminal.none-alone': '{none} veut dire aucun de ces signes : tapez-le seul, ou seulement les autres.',
  'questionnaire.terminal.type-a-number': 'Tapez un nombre de 1 à {count}.',
  'questionnaire.terminal.type-numbers': 'Tapez des nombres de 1 à {count}, séparés par des virgules, ou appuyez sur Entrée pour aucun.',
  'questionnaire.terminal.type-a-score': 'Tapez un nombre entier de 0 à 10.',
  'questionnaire.terminal.y-n': '(o/n)',
  'questionnaire.terminal.choices': 'Tapez les numéros, séparés par des virgules, ou appuyez sur Entrée pour aucun.',
  'questionnaire.terminal.checklist': 'Tapez les numéros, séparés par des virgules.',
  'questionnaire.terminal.skip': 'Appuyez sur Entrée pour passer.',
  'questionnaire.terminal.score': '(de 0 à 10)',
  'questionnaire.terminal.stopped': 'Arrêté. Rien n’a été enregistré.',
  'questionnaire.terminal.title': 'Aftercare : douleur dans le bas du dos après un massage',
  'questionnaire.terminal.stop-now':
    'Si vous avez mal au dos et l’un de ces signes, arrêtez-vous maintenant : {call}{where, select, known { (le numéro en vigueur pour {region} ; --country pour le changer)} other { (--country donne le numéro de votre pays)}}.',
  'questionnaire.fhir.title': 'Douleur dans le bas du dos après un massage (politique {version} d’Aftercare)',
  // ==== questionnaire: end

  // ==== pages
  // ==== pages: end

  // ==== diary
  'diary.checkInCount': '{count, plural, one {# bilan} other {# bilans}}',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
