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
  'engine.level.emergency.name': 'Urgence',
  'engine.level.urgent.name': 'Urgent : aujourd’hui',
  'engine.level.see-clinician.name': 'Consultez un professionnel de santé',
  'engine.level.self-care.name': 'Soins à la maison',
  'engine.level.emergency.title': 'Urgence : appelez maintenant les secours',
  'engine.level.emergency.doNow':
    'Appelez maintenant le numéro d’urgence. N’attendez pas de voir si cela s’améliore, et ne conduisez pas vous-même.',
  'engine.level.urgent.title': 'Urgent : demandez un avis médical aujourd’hui',
  'engine.level.urgent.doNow':
    'Parlez à un médecin aujourd’hui. Appelez votre cabinet médical ou, s’il est fermé, une ligne de santé non urgente (comme le 111 au Royaume-Uni).',
  'engine.level.see-clinician.title': 'Prenez rendez-vous avec un médecin ou un kinésithérapeute',
  'engine.level.see-clinician.doNow':
    'Prenez rendez-vous avec un médecin ou un kinésithérapeute dans les prochains jours, et suivez le plan de soins d’ici là.',
  'engine.level.self-care.title': 'Cela ressemble aux courbatures normales après un massage',
  'engine.level.self-care.doNow': 'Vous pouvez vous soigner à la maison. Suivez le plan de soins et refaites le point à l’heure indiquée.',
  'engine.watch.emergency': 'Appelez maintenant le numéro d’urgence si vous avez',
  'engine.watch.urgent': 'Demandez un avis médical le jour même si vous avez',
  'engine.watch.see-clinician': 'Prenez rendez-vous avec un médecin ou un kinésithérapeute si vous avez',
  'engine.watch.self-care': 'Surveillez',
  'engine.reason.bladder-bowel-control-loss.explain':
    'Vous avez dit que vous ne pouvez plus retenir {organ, select, both {vos urines ni vos selles} bladder {vos urines} other {vos selles}}. Avec un mal de dos, cela peut vouloir dire que les nerfs du bas de la colonne sont comprimés. Le personnel de l’hôpital doit vérifier cela tout de suite.',
  'engine.reason.bladder-bowel-control-loss.sign': 'Ne plus pouvoir retenir ses urines ou ses selles',
  'engine.reason.bladder-bowel-control-loss.told': 'Je ne peux plus retenir mes urines ou mes selles.',
  'engine.reason.urinary-retention.explain':
    'Vous avez dit que vous n’arrivez pas à uriner, ou pas à commencer, ou que vous ne sentez pas le jet. Avec un mal de dos, cela peut vouloir dire que les nerfs du bas de la colonne sont comprimés. Le personnel de l’hôpital doit vérifier cela tout de suite.',
  'engine.reason.urinary-retention.sign': 'Ne pas arriver à uriner, ou ne pas le sentir',
  'engine.reason.urinary-retention.told': 'Je n’arrive pas à uriner, ou je ne le sens pas quand j’urine.',
  'engine.reason.saddle-numbness.explain':
    'Vous avez dit que vous avez un engourdissement entre les jambes ou autour des fesses. Cela peut vouloir dire que les nerfs du bas de la colonne sont comprimés. Le personnel de l’hôpital doit vérifier cela tout de suite.',
  'engine.reason.saddle-numbness.sign': 'Engourdissement entre les jambes ou autour des fesses',
  'engine.reason.saddle-numbness.told': 'J’ai un engourdissement entre les jambes ou autour des fesses.',
  'engine.reason.weakness-both-legs.explain':
    'Vous avez dit que vos deux jambes sont faibles. Une faiblesse des deux jambes peut vouloir dire que des nerfs du bas du dos sont comprimés. Il faut de l’aide tout de suite.',
  'engine.reason.weakness-both-legs.sign': 'Les deux jambes faibles',
  'engine.reason.weakness-both-legs.told': 'Mes deux jambes sont faibles.',
  'engine.reason.weakness-one-leg.explain':
    'Vous avez dit qu’une jambe est faible. Cela peut vouloir dire qu’un nerf du bas du dos est comprimé. Un médecin doit vérifier cela aujourd’hui.',
  'engine.reason.weakness-one-leg.sign': 'Une jambe faible, ou un pied qui traîne ou qui claque au sol',
  'engine.reason.weakness-one-leg.told': 'Une de mes jambes est faible.',
  'engine.reason.persistent-numbness.explain':
    'Vous avez dit que votre jambe ou votre pied est engourdi en permanence. Un engourdissement qui dure peut vouloir dire qu’un nerf est comprimé. Un médecin doit vérifier cela aujourd’hui.',
  'engine.reason.persistent-numbness.sign': 'Un engourdissement d’une jambe ou d’un pied qui ne part pas',
  'engine.reason.persistent-numbness.told': 'Ma jambe ou mon pied est engourdi en permanence.',
  'engine.reason.persistent-tingling.explain':
    'Vous avez dit que vous avez des fourmillements dans la jambe ou le pied en permanence. Des fourmillements qui durent peuvent vouloir dire qu’un nerf est comprimé. Un médecin doit vérifier cela aujourd’hui.',
  'engine.reason.persistent-tingling.sign': 'Des fourmillements dans une jambe ou un pied qui ne partent pas',
  'engine.reason.persistent-tingling.told': 'J’ai des fourmillements dans la jambe ou le pied en permanence.',
  'engine.reason.fever.explain':
    'Vous avez dit que vous avez de la fièvre. Un mal de dos avec une forte fièvre n’est pas une suite habituelle d’un massage et peut être le signe d’une infection. Un médecin doit vérifier cela aujourd’hui.',
  'engine.reason.fever.sign': 'De la fièvre (une température de 38 °C ou plus, ou une sensation de chaleur avec des frissons)',
  'engine.reason.fever.told': 'J’ai de la fièvre.',
  'engine.reason.recent-injury.explain':
    'Vous avez dit que vous avez fait une chute ou reçu un coup dans le dos, en dehors du massage. Un médecin doit vérifier aujourd’hui que rien n’a été blessé.',
  'engine.reason.recent-injury.sign': 'Une chute ou un coup dans le dos',
  'engine.reason.recent-injury.told': 'J’ai fait une chute ou reçu un coup dans le dos.',
  'engine.reason.sharp-pain.explain':
    'Vous avez décrit la douleur comme {qualities}. Les courbatures après un massage sont le plus souvent une douleur sourde. Une douleur comme celle-ci peut venir d’un muscle froissé ou d’un nerf irrité, il vaut donc mieux la faire examiner.',
  'engine.reason.sharp-pain.sign': 'Une douleur vive, lancinante ou comme une décharge électrique',
  'engine.reason.sharp-pain.told': 'La douleur est vive ou lancinante.',
  'engine.reason.pain-down-leg.explain':
    'Vous avez dit que la douleur descend {radiation, select, thigh {dans la cuisse} other {dans la jambe, sous le genou}}. Une douleur qui descend dans la jambe peut vouloir dire qu’un nerf est irrité, comme le nerf sciatique.',
  'engine.reason.pain-down-leg.sign': 'Une douleur qui descend dans la cuisse ou sous le genou',
  'engine.reason.pain-down-leg.told': 'La douleur descend dans ma jambe.',
  'engine.reason.intermittent-numbness.explain':
    'Vous avez dit que vous avez un engourdissement qui va et vient. Cela peut vouloir dire qu’un nerf est comprimé de temps en temps.',
  'engine.reason.intermittent-numbness.sign': 'Un engourdissement qui va et vient',
  'engine.reason.intermittent-numbness.told': 'J’ai un engourdissement qui va et vient.',
  'engine.reason.local-signs-not-improving.explain':
    'Cela fait {days, number} jours depuis le massage et {signs} ne {count, plural, one {s’améliore} other {s’améliorent}} pas. Cela peut vouloir dire que la pression était trop forte pour les tissus, et il faut le faire vérifier.',
  'engine.reason.local-signs-not-improving.sign':
    'Un gonflement, un bleu ou une forte douleur à un endroit qui ne va pas mieux après 3 jours',
  'engine.reason.local-signs-not-improving.told': 'Le gonflement, le bleu ou la douleur à un endroit ne s’améliore pas.',
  'engine.reason.not-easing.explain':
    'Cela fait {days, number} jours depuis le massage et la douleur {trend, select, worse {s’aggrave} other {ne va pas mieux}}. Des courbatures normales devraient diminuer 3 jours après un massage.',
  'engine.reason.not-easing.sign': 'Une douleur qui ne diminue pas 3 jours après le massage',
  'engine.reason.not-easing.told': 'La douleur ne diminue pas.',
  'engine.reason.persisting-past-week.explain':
    'Cela fait plus d’une semaine et la douleur est toujours à {severity, number} sur 10. Les courbatures après un massage disparaissent le plus souvent en 5 à 7 jours.',
  'engine.reason.persisting-past-week.sign': 'Une douleur de 4 sur 10 ou plus une semaine après le massage',
  'engine.reason.persisting-past-week.told': 'La douleur dure depuis plus d’une semaine.',
  'engine.reason.bruising-on-blood-thinners.explain':
    'Vous avez un bleu et vous prenez un médicament qui fluidifie le sang. Ces médicaments peuvent agrandir un saignement sous la peau, un médecin doit donc le regarder.',
  'engine.reason.bruising-on-blood-thinners.sign': 'Un bleu alors que vous prenez un anticoagulant (médicament qui fluidifie le sang)',
  'engine.reason.bruising-on-blood-thinners.told': 'J’ai un bleu et je prends un anticoagulant.',
  'engine.reason.severe-pain.explain':
    'Vous avez noté la douleur à {severity, number} sur 10. Une douleur aussi forte dépasse les courbatures habituelles après un massage.',
  'engine.reason.severe-pain.sign': 'Une douleur de 9 ou 10 sur 10',
  'engine.reason.severe-pain.told': 'La douleur est très forte.',
  'engine.reason.expected-soreness.explain':
    'Cela ressemble aux courbatures habituelles après un massage. Une pression ferme crée de minuscules lésions dans le muscle. Pendant que le corps les répare, la zone est raide et sensible. C’est le plus souvent pire 1 à 3 jours après le massage, puis cela passe.',
  'engine.reason.expected-soreness.sign': 'Des courbatures qui passent en quelques jours',
  'engine.reason.expected-soreness.told': 'J’ai mal au dos.',
  'engine.reason.breathless-or-chest-pain.explain':
    'Vous avez dit que, depuis le massage, vous êtes essoufflé, vous avez eu mal à la poitrine ou vous avez craché du sang. Rarement, un caillot de sang se forme dans une jambe et migre vers les poumons, et un massage ferme des jambes a été associé à cela. Il faut de l’aide tout de suite.',
  'engine.reason.breathless-or-chest-pain.sign': 'Être essoufflé, avoir mal à la poitrine, ou cracher du sang',
  'engine.reason.breathless-or-chest-pain.told': 'Je suis essoufflé, ou j’ai mal à la poitrine, ou je crache du sang.',
  'engine.reason.breathless-or-chest-pain.toSay':
    'Si le massage incluait vos jambes, dites-le : « J’ai eu un massage, y compris des jambes. »',
  'engine.reason.both-legs-nerve-symptoms.explain':
    'Vous avez dit que vous avez {symptoms} dans les deux jambes. Des signes nerveux dans les deux jambes peuvent vouloir dire que les nerfs du bas de la colonne sont comprimés. Le personnel de l’hôpital doit vérifier cela tout de suite.',
  'engine.reason.both-legs-nerve-symptoms.sign':
    'Une douleur qui descend dans les jambes, un engourdissement ou des fourmillements dans les deux jambes',
  'engine.reason.both-legs-nerve-symptoms.told': 'J’ai des symptômes dans les deux jambes.',
  'engine.reason.blood-thinners-nerve-signs.explain':
    'Vous prenez un anticoagulant, et {sign}. Sous anticoagulant, un saignement près de la colonne ou au fond des muscles de la hanche peut comprimer un nerf, et cela doit être traité rapidement.',
  'engine.reason.blood-thinners-nerve-signs.sign':
    'Si vous prenez un anticoagulant : une jambe faible, ou un engourdissement qui ne part pas',
  'engine.reason.blood-thinners-nerve-signs.told': 'Je prends un anticoagulant, et ma jambe est faible ou engourdie.',
  'engine.reason.dark-urine.explain':
    'Vous avez dit que vos urines sont brunes, couleur de cola ou de thé fort. Après une pression forte ou longue sur les muscles, cela peut vouloir dire que du muscle s’est détruit et passe dans les urines, ce qui peut abîmer les reins. Ce n’est pas le massage qui élimine quelque chose de votre corps : il faut le faire vérifier aujourd’hui.',
  'engine.reason.dark-urine.sign':
    'Des urines brunes, couleur de cola ou de thé fort (des urines jaune foncé, c’est différent : cela veut souvent dire que vous devez boire plus)',
  'engine.reason.dark-urine.told': 'Mes urines sont brunes.',
  'engine.reason.dark-urine.toSay':
    'Demandez une analyse d’urine et une prise de sang pour rechercher une atteinte des muscles et vérifier les reins. Continuez à boire de l’eau par petites gorgées pendant que vous vous organisez.',
  'engine.reason.blood-in-urine.explain':
    'Vous avez dit que vos urines sont rouges ou roses. Du sang dans les urines doit toujours être vérifié ; après une pression ferme sur le dos ou le côté, il peut venir d’un rein contusionné. Un médecin doit vous voir aujourd’hui.',
  'engine.reason.blood-in-urine.sign': 'Des urines rouges ou roses',
  'engine.reason.blood-in-urine.told': 'J’ai du sang dans les urines.',
  'engine.reason.one-leg-swollen.explain':
    'Vous avez dit qu’un mollet ou une jambe est depuis peu gonflé, chaud ou douloureux. Cela peut être le signe d’un caillot de sang dans une veine profonde de la jambe, ce qui doit être vérifié aujourd’hui.',
  'engine.reason.one-leg-swollen.sign':
    'Un mollet ou une jambe depuis peu gonflé, chaud ou douloureux (pas seulement sensible là où il a été massé)',
  'engine.reason.one-leg-swollen.told': 'Une de mes jambes est gonflée et douloureuse.',
  'engine.reason.one-leg-swollen.toSay': 'Dites que vous avez eu un massage, et s’il incluait vos jambes.',
  'engine.reason.blood-thinners-bleeding-signs.explain':
    'Vous prenez un anticoagulant, et {sign}. Sous anticoagulant, un saignement dans un muscle ou sous la peau peut continuer à s’étendre, un médecin doit donc le vérifier aujourd’hui.',
  'engine.reason.blood-thinners-bleeding-signs.sign':
    'Si vous prenez un anticoagulant : un nouveau gonflement, ou une douleur de 7 sur 10 ou plus',
  'engine.reason.blood-thinners-bleeding-signs.told': 'Je prends un anticoagulant, et j’ai un gonflement ou une forte douleur.',
  'engine.reason.cancer-history-warning.explain.symptoms':
    'Vous avez dit que vous avez eu un cancer, et que vous avez {symptoms}. Chez une personne qui a eu un cancer, un mal de dos comme celui-ci doit être vérifié dans la journée, pour s’assurer qu’il n’a rien à voir avec le cancer.',
  'engine.reason.cancer-history-warning.explain.not-settling':
    'Vous avez dit que vous avez eu un cancer, et {days, number} jours après le massage la douleur {pain}. Chez une personne qui a eu un cancer, un mal de dos comme celui-ci doit être vérifié dans la journée, pour s’assurer qu’il n’a rien à voir avec le cancer.',
  'engine.reason.cancer-history-warning.sign':
    'Si vous avez eu un cancer : un engourdissement, une faiblesse ou une douleur qui descend dans une jambe, ou un mal de dos qui ne se calme pas après 3 jours',
  'engine.reason.cancer-history-warning.told': 'J’ai eu un cancer, et j’ai un nouveau mal de dos.',
  'engine.reason.possible-fracture.explain':
    'Vous avez dit que {risk}, et que {pain}. Une pression ferme peut, rarement, fêler un os fragilisé de la colonne ou des côtes, un médecin ou un kinésithérapeute doit donc le vérifier.',
  'engine.reason.possible-fracture.sign':
    'Avec des os fragiles ou à partir de 70 ans : une douleur vive, ou une forte douleur à un endroit',
  'engine.reason.possible-fracture.told': 'Mes os sont peut-être fragiles et la douleur est vive.',
  'engine.reason.possible-fracture.toSay':
    'Demandez si vous avez besoin d’une radiographie, et ne laissez plus appuyer fort sur cette zone.',
  'engine.reason.sudden-side-or-belly-pain.explain':
    'Vous avez dit que vous avez eu une douleur soudaine et très forte dans le côté, le ventre ou l’aine, différente de la douleur du massage. Ce ne sont pas les courbatures habituelles après un massage. Cela peut venir d’un problème de rein ou d’un gros vaisseau sanguin, et il faut de l’aide tout de suite.',
  'engine.reason.sudden-side-or-belly-pain.sign':
    'Une douleur soudaine et très forte dans le côté, le ventre ou l’aine, différente de la douleur du massage',
  'engine.reason.sudden-side-or-belly-pain.told': 'J’ai une douleur soudaine et très forte dans le côté, le ventre ou l’aine.',
  'engine.reason.sudden-side-or-belly-pain.toSay': 'Dites que vous avez eu un massage, où il a appuyé, et quand la douleur a commencé.',
  'engine.reason.kidney-injury-signs.explain':
    'Vous avez dit que vos urines sont rouges ou roses depuis moins de 2 jours après un massage qui a appuyé fort sur votre dos ou vos côtés. Cela peut vouloir dire que la pression a blessé un rein. Il faut le faire vérifier à l’hôpital tout de suite.',
  'engine.reason.kidney-injury-signs.sign':
    'Des urines rouges ou roses apparues dans les 2 jours après une pression ferme sur le dos ou les côtés',
  'engine.reason.kidney-injury-signs.told': 'Mes urines sont devenues rouges après un massage qui a appuyé fort sur mon dos ou mes côtés.',
  'engine.reason.kidney-injury-signs.toSay':
    'Dites que le massage a appuyé fort sur votre dos ou vos côtés, et quand la couleur de vos urines a changé. Ne vous faites plus masser avant d’avoir été examiné.',
  'engine.reason.possible-internal-bleeding.explain':
    'Vous avez dit que, depuis le massage, vous vous êtes évanoui, avez failli vous évanouir ou avez été très pâle, et que {with}. Ensemble, ces signes peuvent vouloir dire qu’il y a un saignement à l’intérieur du corps. Il faut de l’aide tout de suite.',
  'engine.reason.possible-internal-bleeding.sign':
    'S’évanouir, se sentir mal ou être très pâle, avec un risque de saignement, un bleu, un gonflement ou une forte douleur',
  'engine.reason.possible-internal-bleeding.told': 'Je me suis évanoui, ou je me sens mal ou je suis très pâle, depuis un massage.',
  'engine.reason.possible-internal-bleeding.toSay':
    'Allongez-vous les jambes surélevées en attendant, et ne conduisez pas vous-même. Dites quel anticoagulant vous prenez ou quelle maladie du saignement vous avez, s’il y en a.',
  'engine.reason.dark-urine-severe.explain':
    'Vous avez dit que vos urines sont brunes, et que vous avez {signs}. Ensemble, ces signes peuvent vouloir dire qu’une atteinte des muscles abîme les reins. Ce n’est jamais le massage qui élimine quelque chose de votre corps. Il faut de l’aide tout de suite.',
  'engine.reason.dark-urine-severe.sign':
    'Des urines brunes avec le fait de se sentir très mal, beaucoup moins d’urines, ou des muscles très douloureux ou faibles',
  'engine.reason.dark-urine-severe.told': 'Mes urines sont brunes et je me sens très mal.',
  'engine.reason.dark-urine-severe.toSay':
    'Dites que vos urines sont brunes et que vous avez eu un massage. Demandez une prise de sang pour rechercher une atteinte des muscles et vérifier les reins.',
  'engine.reason.fever-very-unwell.explain':
    'Vous avez dit que vous avez de la fièvre, et {signs}. Cela peut être le signe d’une infection grave (sepsis). Il faut de l’aide tout de suite.',
  'engine.reason.fever-very-unwell.sign':
    'De la fièvre avec le fait de se sentir très mal, beaucoup moins d’urines, ou des muscles très douloureux ou faibles',
  'engine.reason.fever-very-unwell.told': 'J’ai de la fièvre et je me sens très mal.',
  'engine.reason.fever-very-unwell.toSay': 'Dites que vous avez une forte fièvre, et lesquels de ces signes vous avez.',
  'engine.reason.bleeding-tendency-nerve-signs.explain':
    'Vous avez dit qu’un médecin vous a dit que vous saignez facilement, et {sign}. Un saignement dans un muscle du dos ou près de la colonne peut comprimer un nerf. Un saignement près de la colonne demande de l’aide tout de suite.',
  'engine.reason.bleeding-tendency-nerve-signs.sign':
    'Si vous saignez facilement : une jambe faible, ou un engourdissement qui ne part pas',
  'engine.reason.bleeding-tendency-nerve-signs.told': 'Je saigne facilement, et ma jambe est faible ou engourdie.',
  'engine.reason.serious-accident.explain':
    'Vous avez dit que vous avez eu un accident grave, comme un accident de la route ou une chute de hauteur. Un mal de dos après un accident grave doit être vérifié à l’hôpital tout de suite.',
  'engine.reason.serious-accident.sign': 'Un accident grave, comme un accident de la route ou une chute de hauteur',
  'engine.reason.serious-accident.told': 'J’ai eu un accident grave et j’ai mal au dos.',
  'engine.reason.serious-accident.toSay': 'Dites que vous aviez eu un massage avant l’accident.',
  'engine.reason.faint-or-pale.explain':
    'Vous avez dit que, depuis le massage, vous vous êtes évanoui, avez eu un malaise ou la tête qui tourne en vous levant, ou avez été très pâle ou gris. Un médecin doit vous voir aujourd’hui pour savoir pourquoi : un malaise peut être le signe d’un saignement.',
  'engine.reason.faint-or-pale.sign': 'S’évanouir, avoir un malaise ou la tête qui tourne en se levant, ou être très pâle ou gris',
  'engine.reason.faint-or-pale.told': 'Je me suis évanoui, ou j’ai eu un malaise, depuis un massage.',
  'engine.reason.faint-or-pale.toSay':
    'Appelez plutôt le numéro d’urgence si vous vous êtes évanoui en étant allongé, si vous n’avez pas complètement repris connaissance, si votre cœur battait fort, vite ou de façon irrégulière, ou si vous vous êtes évanoui pendant un effort. Si vous vous sentez mal, allongez-vous et surélevez vos jambes.',
  'engine.reason.bleeding-tendency-bleeding-signs.explain':
    'Vous avez dit qu’un médecin vous a dit que vous saignez facilement, et {sign}. Cela peut vouloir dire qu’il y a un saignement dans un muscle, qui doit être traité dès que possible : un médecin doit le vérifier aujourd’hui.',
  'engine.reason.bleeding-tendency-bleeding-signs.sign':
    'Si vous saignez facilement : un nouveau gonflement, ou une douleur de 7 sur 10 ou plus',
  'engine.reason.bleeding-tendency-bleeding-signs.told': 'Je saigne facilement, et j’ai un gonflement ou une forte douleur.',
  'engine.reason.bruising-with-bleeding-tendency.explain':
    'Vous avez dit qu’un médecin vous a dit que vous saignez facilement, et il y a un bleu là où vous avez été massé. Un bleu peut devenir plus grand que d’habitude, un médecin doit donc le regarder.',
  'engine.reason.bruising-with-bleeding-tendency.sign': 'Si vous saignez facilement : un bleu là où vous avez été massé',
  'engine.reason.bruising-with-bleeding-tendency.told': 'Je saigne facilement, et j’ai un bleu là où j’ai été massé.',
  'engine.say.name-your-blood-thinner': 'Dites quel anticoagulant vous prenez et quand vous l’avez pris pour la dernière fois.',
  'engine.say.what-makes-you-bleed':
    'Dites ce qui vous fait saigner facilement. Si vous êtes suivi par une équipe spécialisée dans l’hémophilie ou le foie, contactez-la aussi.',
  'engine.words.as-given': '{v}',
  'engine.words.local-sign.swelling': 'le gonflement',
  'engine.words.local-sign.bruising': 'le bleu',
  'engine.words.local-sign.strong-in-one-spot': 'la forte douleur à un endroit',
  'engine.words.quality.sharp': 'vive',
  'engine.words.quality.shooting': 'lancinante',
  'engine.words.quality.electric': 'comme une décharge électrique',
  'engine.words.symptom.thigh': 'une douleur qui descend dans la cuisse',
  'engine.words.symptom.below-knee': 'une douleur qui descend dans la jambe sous le genou',
  'engine.words.symptom.numbness': 'un engourdissement',
  'engine.words.symptom.tingling': 'des fourmillements',
  'engine.words.symptom.weak-leg': 'une jambe faible',
  'engine.words.one-leg-weak': 'une jambe est faible',
  'engine.words.numb-all-the-time': 'votre jambe ou votre pied est engourdi en permanence',
  'engine.words.swelling-where-massaged': 'il y a un gonflement là où vous avez été massé',
  'engine.words.bruising-where-massaged': 'il y a un bleu là où vous avez été massé',
  'engine.words.rated-pain': 'vous avez noté la douleur à {severity, number} sur 10',
  'engine.words.takes-blood-thinner': 'vous prenez un anticoagulant',
  'engine.words.bleeds-easily': 'vous saignez facilement',
  'engine.words.pain.getting-worse': 's’aggrave',
  'engine.words.pain.score': 'est à {severity, number} sur 10',
  'engine.words.pain.at-night': 'vous réveille la nuit ou vous empêche de dormir',
  'engine.words.fracture.aged-70': 'vous avez 70 ans ou plus',
  'engine.words.fracture.fragile-bones': 'vos os sont peut-être fins ou fragiles',
  'engine.words.fracture.sharp-during': 'vous avez eu une douleur vive pendant le massage',
  'engine.words.fracture.sharp-now': 'la douleur est vive maintenant',
  'engine.words.fracture.strong-in-one-spot': 'la douleur est forte à un endroit',
  'engine.words.unwell.very-unwell':
    'des signes que vous êtes très mal (vomissements répétés, confusion, grande somnolence, ou peau marbrée, grise ou bleue)',
  'engine.words.unwell.little-or-no-urine': 'beaucoup moins d’urines que d’habitude, ou pas du tout',
  'engine.words.unwell.muscles': 'des muscles très douloureux, gonflés ou faibles',
  'engine.call.common-numbers': '999 au Royaume-Uni, 112 en Europe, 911 aux États-Unis et au Canada',
  'engine.call.emergency-number-now': 'Appelez maintenant le numéro d’urgence ({numbers}).',
  'engine.call.tell-them': 'Dites : « J’ai eu un massage et maintenant j’ai mal en bas du dos. {told} »',
  'engine.call.do-not-drive': 'Ne conduisez pas vous-même. Si quelqu’un est avec vous, demandez-lui de rester avec vous.',
  'engine.call.number': 'Appelez le {number}',
  'engine.call.number-ask-for-ambulance': 'Appelez le {number} et demandez une ambulance',
  'engine.call.number-now': 'Appelez maintenant le {number}.',
  'engine.call.number-now-ask-for-ambulance': 'Appelez maintenant le {number} et demandez une ambulance.',
  'engine.action.seek-care-today.text':
    'Parlez à un médecin aujourd’hui. Appelez votre cabinet médical ou, s’il est fermé, une ligne de santé non urgente (comme le 111 au Royaume-Uni). Dites que la douleur a commencé après un massage.',
  'engine.action.book-clinician.text':
    'Prenez rendez-vous avec un médecin ou un kinésithérapeute dans les prochains jours. Parlez-lui du massage et de ce que vous avez remarqué depuis.',
  'engine.action.hydrate.text':
    'Buvez de l’eau par petites gorgées tout au long de la journée, plutôt que beaucoup d’un coup. Bien vous hydrater aide vos muscles à récupérer.',
  'engine.action.avoid-strenuous-exercise.text':
    'Pas d’effort intense ni de port de charges lourdes avant {hours, number} heures après le massage. Cela laisse aux muscles le temps de se réparer.',
  'engine.action.gentle-movement.text':
    'Continuez à bouger doucement. Une courte marche tranquille et des étirements simples aident la circulation et empêchent les muscles de se raidir. Arrêtez si un mouvement provoque une douleur vive.',
  'engine.action.cold.text':
    '{for, select, swelling {Pour le gonflement} other {Pour le bleu}}, appliquez du froid (poche de glace dans un linge) sur la zone pendant {minMinutes, number} à {maxMinutes, number} minutes, puis retirez-la. Ne mettez jamais de glace directement sur la peau. Vous pouvez recommencer après une pause d’au moins une heure.',
  'engine.action.heat.text':
    'Pour la raideur et les douleurs sourdes, utilisez la chaleur : un bain chaud ou une bouillotte aide les muscles à se détendre. Gardez-la tiède, pas brûlante, et ne vous endormez pas sur une bouillotte ou un coussin chauffant.',
  'engine.action.tell-therapist.sharp-during': 'Vous avez eu une douleur vive pendant le massage.',
  'engine.action.tell-therapist.text':
    'Dites à votre masseur ou masseuse comment vous vous sentez maintenant : la pression était peut-être trop forte pour vous. La prochaine fois, demandez une pression plus légère, et dites-le tout de suite si quelque chose fait mal pendant la séance.',
  'engine.action.pause-deep-massage.text':
    'Ne vous faites plus masser en profondeur sur cette zone avant qu’un médecin ou un kinésithérapeute l’ait examinée.',
  'engine.action.contact-cancer-team.text':
    'Appelez le numéro joignable 24 h/24 que votre équipe de cancérologie vous a donné. Dites que vous avez eu un cancer et que vous avez un mal de dos nouveau ou qui s’aggrave depuis un massage.',
  'engine.action.leave-leg-alone.text':
    'Laissez la jambe gonflée tranquille : ne la frottez pas, ne la massez pas et n’y mettez pas de chaleur avant qu’un médecin l’ait examinée.',
  'engine.region.quadratus-lumborum.name': 'Carré des lombes',
  'engine.region.quadratus-lumborum.explanation':
    'Le carré des lombes est un muscle profond de chaque côté du bas du dos. Il relie le haut de l’os de la hanche à la dernière côte. Il est souvent tendu, et un travail ferme dessus peut le laisser douloureux pendant quelques jours.',
  'engine.region.psoas.name': 'Muscle psoas',
  'engine.region.psoas.explanation':
    'Le psoas est le muscle le plus profond du corps. Il va du bas de la colonne, à travers le bassin, jusqu’au haut de l’os de la cuisse. De longues heures assis peuvent le raccourcir, et un travail profond dessus peut laisser le bas du dos et l’avant de la hanche douloureux.',
  'engine.region.erector-spinae.name': 'Muscles érecteurs du rachis',
  'engine.region.erector-spinae.explanation':
    'Les muscles érecteurs du rachis sont de longs muscles qui remontent des deux côtés de la colonne. Quand le carré des lombes ou le psoas est tendu, ces muscles travaillent plus pour garder la colonne stable, et ils deviennent donc souvent sensibles eux aussi.',
  'engine.region.sacroiliac-joint.name': 'Articulation sacro-iliaque',
  'engine.region.sacroiliac-joint.explanation':
    'L’articulation sacro-iliaque est l’endroit où le bas de la colonne rejoint le bassin, en bas de chaque côté. Une pression autour d’elle peut rendre la zone plus sensible pendant un moment.',
  'engine.text.colon': ' :',
  'engine.text.why': 'Pourquoi :',
  'engine.text.plan': 'Votre plan :',
  'engine.text.until': '(jusqu’au {time})',
  'engine.text.passed': '(cette heure est passée : {time})',
  'engine.text.expect': 'À quoi vous attendre :',
  'engine.text.peak': 'Les courbatures après un massage sont le plus souvent au pire entre le {from} et le {until}, puis elles diminuent.',
  'engine.text.exercise': 'L’effort intense est de nouveau possible à partir du {time}.',
  'engine.text.recheck': 'Refaites le point le {time}. Si cela ne diminue pas d’ici là, le conseil peut changer.',
  'engine.text.muscles': 'Muscles probablement concernés :',
  'engine.text.times-in': 'Les heures sont indiquées dans le fuseau horaire {zone}.',
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
  'diary.retention.kept':
    'Si vous n’ouvrez pas ce journal pendant {days, plural, one {# jour} other {# jours}}, il est supprimé avec tout ce qu’il contient.',
  // ==== diary: end

  // ==== clinic
  // ==== clinic: end

  // ==== mail
  // ==== mail: end
};
