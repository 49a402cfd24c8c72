// English: the source catalogue. Its ids are the ids of every other language, and its placeholders theirs. Messages
// are ICU MessageFormat: `{name}` is a placeholder, `{count, plural, one {…} other {…}}` a plural. Dates and times
// are not formatted here: present/time.ts formats them in the person's time zone and they come in as text.

export const en = {
  'shell.skipLink': 'Skip to main content',
  'shell.emergencyLine': 'Emergency?',
  'shell.emergencyLink': 'Call for help now',
  'shell.notADiagnosis':
    'Aftercare is not a diagnosis and does not replace a doctor. It helps you decide what to do next. If you are worried, or things get worse, get medical help.',
  'shell.whichNumber': 'In an emergency, call for help: <link>which number to call</link>.',
  'shell.language': 'Language',
  'shell.description': 'Lower back pain after a massage: is it normal, and what to do. Not a diagnosis.',

  // ==== engine: the triage answer: levels, reasons, actions, regions, the call script (knowledge/, engine/, present/, cli/)
  'engine.level.emergency.name': 'Emergency',
  'engine.level.urgent.name': 'Urgent',
  'engine.level.see-clinician.name': 'See a clinician',
  'engine.level.self-care.name': 'Self-care',
  'engine.level.emergency.title': 'Emergency: call for help now',
  'engine.level.emergency.doNow': 'Call the emergency number now. Do not wait to see if it gets better, and do not drive yourself.',
  'engine.level.urgent.title': 'Urgent: get medical advice today',
  'engine.level.urgent.doNow':
    'Speak to a doctor today. Call your GP surgery, or a non-emergency health line (such as 111 in the UK) if the surgery is closed.',
  'engine.level.see-clinician.title': 'Book a check with a doctor or physiotherapist',
  'engine.level.see-clinician.doNow':
    'Book an appointment with a doctor or physiotherapist in the next few days, and follow the care plan until then.',
  'engine.level.self-care.title': 'This sounds like normal soreness after a massage',
  'engine.level.self-care.doNow': 'You can look after this at home. Follow the care plan and check again at the time shown.',
  'engine.watch.emergency': 'Call the emergency number now if you get',
  'engine.watch.urgent': 'Get medical advice the same day if you get',
  'engine.watch.see-clinician': 'Book a check with a doctor or physiotherapist if you get',
  'engine.watch.self-care': 'Keep an eye on',
  'engine.reason.bladder-bowel-control-loss.explain':
    'You said you have lost control of your {organ, select, both {bladder and bowels} bladder {bladder} other {bowels}}. Together with back pain, this can mean the nerves at the bottom of the spine are being squeezed. Hospital staff need to check this straight away.',
  'engine.reason.bladder-bowel-control-loss.sign': 'Losing control of your bladder or bowels',
  'engine.reason.bladder-bowel-control-loss.told': 'I have lost control of my bladder or bowels.',
  'engine.reason.urinary-retention.explain':
    'You said you cannot pass urine, or cannot start or feel the flow. Together with back pain, this can mean the nerves at the bottom of the spine are under pressure. Hospital staff need to check this straight away.',
  'engine.reason.urinary-retention.sign': 'Not being able to pee, or not feeling it when you do',
  'engine.reason.urinary-retention.told': 'I cannot pee, or I cannot feel it when I do.',
  'engine.reason.saddle-numbness.explain':
    'You said you feel numb between your legs or around your bottom. This can mean the nerves at the bottom of the spine are under pressure. Hospital staff need to check this straight away.',
  'engine.reason.saddle-numbness.sign': 'Numbness between your legs or around your bottom',
  'engine.reason.saddle-numbness.told': 'I feel numb between my legs or around my bottom.',
  'engine.reason.weakness-both-legs.explain':
    'You said both of your legs feel weak. Weakness in both legs can mean nerves in the lower back are being pressed on. This needs help straight away.',
  'engine.reason.weakness-both-legs.sign': 'Both legs feeling weak',
  'engine.reason.weakness-both-legs.told': 'Both my legs feel weak.',
  'engine.reason.weakness-one-leg.explain':
    'You said one leg feels weak. This can mean a nerve in the lower back is being pressed on. A doctor should check it today.',
  'engine.reason.weakness-one-leg.sign': 'One leg feeling weak, or a foot that drags or slaps',
  'engine.reason.weakness-one-leg.told': 'One of my legs feels weak.',
  'engine.reason.persistent-numbness.explain':
    'You said your leg or foot feels numb all the time. Numbness that stays can mean a nerve is being pressed on. A doctor should check it today.',
  'engine.reason.persistent-numbness.sign': 'Numbness in a leg or foot that does not go away',
  'engine.reason.persistent-numbness.told': 'My leg or foot is numb all the time.',
  'engine.reason.persistent-tingling.explain':
    'You said you have pins and needles in your leg or foot all the time. Tingling that stays can mean a nerve is being pressed on. A doctor should check it today.',
  'engine.reason.persistent-tingling.sign': 'Pins and needles in a leg or foot that do not go away',
  'engine.reason.persistent-tingling.told': 'I have pins and needles in my leg or foot all the time.',
  'engine.reason.fever.explain':
    'You said you have a fever. Back pain with a high temperature is not a usual result of a massage and can be a sign of an infection. A doctor should check it today.',
  'engine.reason.fever.sign': 'A fever (a temperature of 38 °C or more, or feeling hot and shivery)',
  'engine.reason.fever.told': 'I have a fever.',
  'engine.reason.recent-injury.explain':
    'You said you had a fall or a knock to your back, apart from the massage. A doctor should check today that nothing was injured.',
  'engine.reason.recent-injury.sign': 'A fall or a knock to your back',
  'engine.reason.recent-injury.told': 'I had a fall or a knock to my back.',
  'engine.reason.sharp-pain.explain':
    'You described the pain as {qualities}. Soreness after a massage is usually a dull ache. Pain like this can come from a strained muscle or an irritated nerve, so it is worth having it looked at.',
  'engine.reason.sharp-pain.sign': 'Pain that is sharp, shooting or like an electric shock',
  'engine.reason.sharp-pain.told': 'The pain is sharp or shooting.',
  'engine.reason.pain-down-leg.explain':
    'You said the pain travels down {radiation, select, thigh {into your thigh} other {your leg below the knee}}. Pain that travels down the leg can mean a nerve is irritated, such as the sciatic nerve.',
  'engine.reason.pain-down-leg.sign': 'Pain that travels down into your thigh or below the knee',
  'engine.reason.pain-down-leg.told': 'The pain goes down my leg.',
  'engine.reason.intermittent-numbness.explain':
    'You said you have numbness that comes and goes. This can mean a nerve is being pressed on now and then.',
  'engine.reason.intermittent-numbness.sign': 'Numbness that comes and goes',
  'engine.reason.intermittent-numbness.told': 'I have numbness that comes and goes.',
  'engine.reason.local-signs-not-improving.explain':
    'It has been {days, number} days since the massage and the {signs} {count, plural, one {is} other {are}} not getting better. This can mean the pressure was too strong for the tissue, and it should be checked.',
  'engine.reason.local-signs-not-improving.sign': 'Swelling, bruising or strong pain in one spot that is no better after 3 days',
  'engine.reason.local-signs-not-improving.told': 'The swelling, bruising or pain in one spot is not getting better.',
  'engine.reason.not-easing.explain':
    'It has been {days, number} days since the massage and the pain is {trend, select, worse {getting worse} other {no better}}. Normal soreness should be easing 3 days after a massage.',
  'engine.reason.not-easing.sign': 'Pain that is not easing 3 days after the massage',
  'engine.reason.not-easing.told': 'The pain is not easing.',
  'engine.reason.persisting-past-week.explain':
    'It has been more than a week and the pain is still {severity, number} out of 10. Normal soreness after a massage is usually gone within 5 to 7 days.',
  'engine.reason.persisting-past-week.sign': 'Pain of 4 out of 10 or more a week after the massage',
  'engine.reason.persisting-past-week.told': 'The pain has lasted more than a week.',
  'engine.reason.bruising-on-blood-thinners.explain':
    'You have bruising and you take medicine that thins the blood. These medicines can make bleeding under the skin bigger, so a doctor should look at it.',
  'engine.reason.bruising-on-blood-thinners.sign': 'Bruising while you take blood-thinning medicine',
  'engine.reason.bruising-on-blood-thinners.told': 'I have bruising and I take blood thinners.',
  'engine.reason.severe-pain.explain':
    'You rated the pain {severity, number} out of 10. Pain this strong is more than the usual soreness after a massage.',
  'engine.reason.severe-pain.sign': 'Pain of 9 or 10 out of 10',
  'engine.reason.severe-pain.told': 'The pain is very strong.',
  'engine.reason.expected-soreness.explain':
    'This sounds like the usual soreness after a massage. Firm pressure makes tiny strains in the muscle. While the body repairs them, the area feels stiff and tender. It is usually worst 1 to 3 days after the massage and then fades.',
  'engine.reason.expected-soreness.sign': 'Soreness that fades over a few days',
  'engine.reason.expected-soreness.told': 'My back is sore.',
  'engine.reason.breathless-or-chest-pain.explain':
    'You said you have been short of breath, had chest pain, or coughed up blood since the massage. Rarely, a blood clot forms in a leg and travels to the lungs, and firm massage of the legs has been linked to this. It needs help straight away.',
  'engine.reason.breathless-or-chest-pain.sign': 'Being short of breath, chest pain, or coughing up blood',
  'engine.reason.breathless-or-chest-pain.told': 'I am short of breath, or I have pain in my chest, or I am coughing up blood.',
  'engine.reason.breathless-or-chest-pain.toSay': 'If the massage included your legs, say so: "I had a massage, including my legs."',
  'engine.reason.both-legs-nerve-symptoms.explain':
    'You said you have {symptoms} in both legs. Nerve symptoms in both legs can mean the nerves at the bottom of the spine are being squeezed. Hospital staff need to check this straight away.',
  'engine.reason.both-legs-nerve-symptoms.sign': 'Pain down the legs, numbness or pins and needles in both legs',
  'engine.reason.both-legs-nerve-symptoms.told': 'I have symptoms in both legs.',
  'engine.reason.blood-thinners-nerve-signs.explain':
    'You take a blood thinner, and {sign}. On a blood thinner, bleeding near the spine or deep in the hip muscles can press on a nerve, and that needs treatment quickly.',
  'engine.reason.blood-thinners-nerve-signs.sign': 'If you take a blood thinner: a leg that feels weak, or numbness that does not go away',
  'engine.reason.blood-thinners-nerve-signs.told': 'I take a blood thinner, and my leg is weak or numb.',
  'engine.reason.dark-urine.explain':
    'You said your pee has been brown, like cola or strong tea. After hard or long pressure on muscles, this can mean muscle has broken down and is passing into the urine, which can harm the kidneys. It is not the massage flushing anything out of your body: it needs checking today.',
  'engine.reason.dark-urine.sign':
    'Pee that is brown, like cola or strong tea (dark yellow pee is different: it usually means you need more water)',
  'engine.reason.dark-urine.told': 'My pee is brown.',
  'engine.reason.dark-urine.toSay':
    'Ask for a urine test and a blood test for muscle damage and kidney function. Keep sipping water while you arrange it.',
  'engine.reason.blood-in-urine.explain':
    'You said your pee has been red or pink. Blood in the urine always needs checking; after firm pressure on the back or side it can come from a bruised kidney. A doctor should see you today.',
  'engine.reason.blood-in-urine.sign': 'Pee that is red or pink',
  'engine.reason.blood-in-urine.told': 'There is blood in my pee.',
  'engine.reason.one-leg-swollen.explain':
    'You said one calf or leg is newly swollen, warm or painful. This can be a sign of a blood clot in a deep vein of the leg, which needs checking today.',
  'engine.reason.one-leg-swollen.sign': 'One calf or leg newly swollen, warm or painful (not just sore where it was massaged)',
  'engine.reason.one-leg-swollen.told': 'One of my legs is swollen and painful.',
  'engine.reason.one-leg-swollen.toSay': 'Say that you had a massage, and whether it included your legs.',
  'engine.reason.blood-thinners-bleeding-signs.explain':
    'You take a blood thinner, and {sign}. On a blood thinner, bleeding into a muscle or under the skin can keep spreading, so a doctor should check it today.',
  'engine.reason.blood-thinners-bleeding-signs.sign': 'If you take a blood thinner: new swelling, or pain of 7 out of 10 or more',
  'engine.reason.blood-thinners-bleeding-signs.told': 'I take a blood thinner, and I have swelling or strong pain.',
  'engine.reason.cancer-history-warning.explain.symptoms':
    'You said you have had cancer, and you have {symptoms}. In someone who has had cancer, back pain like this should be checked within a day, to make sure it has nothing to do with the cancer.',
  'engine.reason.cancer-history-warning.explain.not-settling':
    'You said you have had cancer, and {days, number} days after the massage the pain is {pain}. In someone who has had cancer, back pain like this should be checked within a day, to make sure it has nothing to do with the cancer.',
  'engine.reason.cancer-history-warning.sign':
    'If you have had cancer: numbness, weakness or pain down a leg, or back pain that is not settling after 3 days',
  'engine.reason.cancer-history-warning.told': 'I have had cancer, and I have new back pain.',
  'engine.reason.possible-fracture.explain':
    'You said {risk}, and {pain}. Firm pressure can, rarely, crack a weakened bone in the spine or the ribs, so a doctor or physiotherapist should check it.',
  'engine.reason.possible-fracture.sign': 'With weak bones or at 70 or older: sharp pain, or strong pain in one spot',
  'engine.reason.possible-fracture.told': 'My bones may be weak and the pain is sharp.',
  'engine.reason.possible-fracture.toSay': 'Ask whether you need an X-ray, and have no firm pressure on that area again.',
  'engine.reason.sudden-side-or-belly-pain.explain':
    'You said you have had a sudden, very bad pain in your side, belly or groin that feels different from the massage ache. This is not the usual soreness after a massage. It can mean a problem with a kidney or a large blood vessel, and it needs help straight away.',
  'engine.reason.sudden-side-or-belly-pain.sign':
    'A sudden, very bad pain in your side, belly or groin that feels different from the massage ache',
  'engine.reason.sudden-side-or-belly-pain.told': 'I have a sudden, very bad pain in my side, belly or groin.',
  'engine.reason.sudden-side-or-belly-pain.toSay': 'Say that you had a massage, where it pressed, and when the pain began.',
  'engine.reason.kidney-injury-signs.explain':
    'You said your pee has been red or pink, starting within 2 days of a massage that pressed firmly on your back or sides. This can mean a kidney was injured by the pressure. It needs checking in hospital straight away.',
  'engine.reason.kidney-injury-signs.sign': 'Red or pink pee that started within 2 days of firm pressure on your back or sides',
  'engine.reason.kidney-injury-signs.told': 'My pee turned red after a massage that pressed hard on my back or sides.',
  'engine.reason.kidney-injury-signs.toSay':
    'Say that the massage pressed firmly on your back or sides, and when your pee changed colour. Have no more massage until you have been checked.',
  'engine.reason.possible-internal-bleeding.explain':
    'You said you have fainted, felt faint, or looked very pale since the massage, and {with}. Together, these can mean bleeding inside the body. It needs help straight away.',
  'engine.reason.possible-internal-bleeding.sign':
    'Fainting, feeling faint or looking very pale, together with a bleeding risk, a bruise, swelling or strong pain',
  'engine.reason.possible-internal-bleeding.told': 'I fainted, or I feel faint or look very pale, since a massage.',
  'engine.reason.possible-internal-bleeding.toSay':
    'Lie down with your legs raised while you wait, and do not drive yourself. Say which blood thinner or bleeding condition you have, if any.',
  'engine.reason.dark-urine-severe.explain':
    'You said your pee is brown, and you have {signs}. Together, these can mean muscle damage is harming the kidneys. It is never the massage flushing anything out of your body. It needs help straight away.',
  'engine.reason.dark-urine-severe.sign':
    'Brown pee together with being very unwell, much less pee, or muscles that are very painful or weak',
  'engine.reason.dark-urine-severe.told': 'My pee is brown and I feel very unwell.',
  'engine.reason.dark-urine-severe.toSay':
    'Say your pee is brown and that you had a massage. Ask for a blood test for muscle damage and kidney function.',
  'engine.reason.fever-very-unwell.explain':
    'You said you have a fever, and {signs}. This can be a sign of a serious infection (sepsis). It needs help straight away.',
  'engine.reason.fever-very-unwell.sign':
    'A fever together with being very unwell, much less pee, or muscles that are very painful or weak',
  'engine.reason.fever-very-unwell.told': 'I have a fever and I feel very unwell.',
  'engine.reason.fever-very-unwell.toSay': 'Say you have a high temperature, and which of these signs you have.',
  'engine.reason.bleeding-tendency-nerve-signs.explain':
    'You said a doctor has told you that you bleed easily, and {sign}. Bleeding into a back muscle or near the spine can press on a nerve. A bleed near the spine needs help straight away.',
  'engine.reason.bleeding-tendency-nerve-signs.sign': 'If you bleed easily: a leg that feels weak, or numbness that does not go away',
  'engine.reason.bleeding-tendency-nerve-signs.told': 'I bleed easily, and my leg is weak or numb.',
  'engine.reason.serious-accident.explain':
    'You said you had a serious accident, such as a road accident or a fall from a height. Back pain after a serious accident needs checking in hospital straight away.',
  'engine.reason.serious-accident.sign': 'A serious accident, such as a road accident or a fall from a height',
  'engine.reason.serious-accident.told': 'I had a serious accident and my back hurts.',
  'engine.reason.serious-accident.toSay': 'Say that you had a massage before the accident.',
  'engine.reason.faint-or-pale.explain':
    'You said you have fainted, felt faint or dizzy when you stood up, or looked very pale or grey since the massage. A doctor should see you today to find out why: feeling faint can be a sign of bleeding.',
  'engine.reason.faint-or-pale.sign': 'Fainting, feeling faint or dizzy when you stand up, or looking very pale or grey',
  'engine.reason.faint-or-pale.told': 'I fainted, or I feel faint, since a massage.',
  'engine.reason.faint-or-pale.toSay':
    'Call the emergency number instead if you fainted while lying down, did not fully come round, had a pounding, fluttering or irregular heartbeat, or fainted during exercise. If you feel faint, lie down and raise your legs.',
  'engine.reason.bleeding-tendency-bleeding-signs.explain':
    'You said a doctor has told you that you bleed easily, and {sign}. This can mean bleeding into a muscle, which should be treated as soon as possible: a doctor should check it today.',
  'engine.reason.bleeding-tendency-bleeding-signs.sign': 'If you bleed easily: new swelling, or pain of 7 out of 10 or more',
  'engine.reason.bleeding-tendency-bleeding-signs.told': 'I bleed easily, and I have swelling or strong pain.',
  'engine.reason.bruising-with-bleeding-tendency.explain':
    'You said a doctor has told you that you bleed easily, and there is bruising where you were massaged. A bruise can grow larger than usual, so a doctor should look at it.',
  'engine.reason.bruising-with-bleeding-tendency.sign': 'If you bleed easily: bruising where you were massaged',
  'engine.reason.bruising-with-bleeding-tendency.told': 'I bleed easily, and I have a bruise where I was massaged.',
  'engine.say.name-your-blood-thinner': 'Say which blood thinner you take and when you last took it.',
  'engine.say.what-makes-you-bleed': 'Say what makes you bleed easily. If you have a haemophilia or liver team, contact them too.',
  'engine.words.as-given': '{v}',
  'engine.words.local-sign.swelling': 'swelling',
  'engine.words.local-sign.bruising': 'bruising',
  'engine.words.local-sign.strong-in-one-spot': 'strong pain in one spot',
  'engine.words.quality.sharp': 'sharp',
  'engine.words.quality.shooting': 'shooting',
  'engine.words.quality.electric': 'electric',
  'engine.words.symptom.thigh': 'pain into the thigh',
  'engine.words.symptom.below-knee': 'pain down the leg below the knee',
  'engine.words.symptom.numbness': 'numbness',
  'engine.words.symptom.tingling': 'pins and needles',
  'engine.words.symptom.weak-leg': 'a weak leg',
  'engine.words.one-leg-weak': 'one leg feels weak',
  'engine.words.numb-all-the-time': 'your leg or foot is numb all the time',
  'engine.words.swelling-where-massaged': 'there is swelling where you were massaged',
  'engine.words.bruising-where-massaged': 'there is bruising where you were massaged',
  'engine.words.rated-pain': 'you rated the pain {severity, number} out of 10',
  'engine.words.takes-blood-thinner': 'you take a blood thinner',
  'engine.words.bleeds-easily': 'you bleed easily',
  'engine.words.pain.getting-worse': 'getting worse',
  'engine.words.pain.score': '{severity, number} out of 10',
  'engine.words.pain.at-night': 'waking you at night or keeping you awake',
  'engine.words.fracture.aged-70': 'you are 70 or older',
  'engine.words.fracture.fragile-bones': 'your bones may be thin or weak',
  'engine.words.fracture.sharp-during': 'you felt sharp pain during the massage',
  'engine.words.fracture.sharp-now': 'the pain is sharp now',
  'engine.words.fracture.strong-in-one-spot': 'the pain is strong in one spot',
  'engine.words.unwell.very-unwell':
    'signs of being very unwell (being sick again and again, confusion, very drowsy, or blotchy, grey or blue skin)',
  'engine.words.unwell.little-or-no-urine': 'much less pee than usual, or none',
  'engine.words.unwell.muscles': 'muscles that are very painful, swollen or weak',
  'engine.call.common-numbers': '999 in the UK, 112 in Europe, 911 in the US and Canada',
  'engine.call.emergency-number-now': 'Call the emergency number now ({numbers}).',
  'engine.call.tell-them': 'Tell them: "I had a massage and now I have low back pain. {told}"',
  'engine.call.do-not-drive': 'Do not drive yourself. If someone is with you, ask them to stay with you.',
  'engine.call.number': 'Call {number}',
  'engine.call.number-ask-for-ambulance': 'Call {number} and ask for an ambulance',
  'engine.call.number-now': 'Call {number} now.',
  'engine.call.number-now-ask-for-ambulance': 'Call {number} and ask for an ambulance now.',
  'engine.action.seek-care-today.text':
    'Speak to a doctor today. Call your GP surgery, or a non-emergency health line (such as 111 in the UK) if it is closed. Say that the pain started after a massage.',
  'engine.action.book-clinician.text':
    'Book an appointment with a doctor or physiotherapist in the next few days. Tell them about the massage and what you have noticed since.',
  'engine.action.hydrate.text':
    'Drink water in small sips through the day, rather than a lot at once. Staying well hydrated helps your muscles recover.',
  'engine.action.avoid-strenuous-exercise.text':
    'No hard exercise or heavy lifting until {hours, number} hours after the massage. This gives the muscles time to repair.',
  'engine.action.gentle-movement.text':
    'Keep moving gently. A short, easy walk and simple stretches help blood flow and stop the muscles getting stiff. Stop if a movement causes sharp pain.',
  'engine.action.cold.text':
    '{for, select, swelling {For the swelling} other {For the bruise}}, hold a cold pack wrapped in a thin cloth on the area for {minMinutes, number} to {maxMinutes, number} minutes, then take it off. Never put ice straight on your skin. You can do this again after a break of at least an hour.',
  'engine.action.heat.text':
    'For stiffness and aching, use warmth: a warm bath or a heating pad helps the muscles relax. Keep it warm, not hot, and do not fall asleep on a heating pad.',
  'engine.action.tell-therapist.sharp-during': 'You felt sharp pain during the massage.',
  'engine.action.tell-therapist.text':
    'Tell your massage therapist how you feel now: the pressure may have been too strong for you. Next time, ask for lighter pressure, and say so straight away if anything hurts during the session.',
  'engine.action.pause-deep-massage.text':
    'Do not have any more deep massage on this area until a doctor or physiotherapist has checked it.',
  'engine.action.contact-cancer-team.text':
    'Call the 24-hour number your cancer team gave you. Tell them you have had cancer and have new or worsening back pain since a massage.',
  'engine.action.leave-leg-alone.text':
    'Leave the swollen leg alone: do not rub it, massage it or put heat on it until a doctor has checked it.',
  'engine.region.quadratus-lumborum.name': 'Quadratus lumborum (QL)',
  'engine.region.quadratus-lumborum.explanation':
    'The quadratus lumborum, or QL, is a deep muscle on each side of the lower back. It links the top of the hip bone to the lowest rib. It is often tight, and firm work on it can leave it sore for a few days.',
  'engine.region.psoas.name': 'Psoas',
  'engine.region.psoas.explanation':
    'The psoas is the deepest muscle in the body. It runs from the lower spine, through the pelvis, to the top of the thigh bone. Long hours of sitting can shorten it, and deep work on it can leave the lower back and the front of the hip sore.',
  'engine.region.erector-spinae.name': 'Erector spinae',
  'engine.region.erector-spinae.explanation':
    'The erector spinae are long muscles running up both sides of the spine. When the QL or psoas is tight, these muscles work harder to keep the spine steady, so they often end up tender as well.',
  'engine.region.sacroiliac-joint.name': 'Sacroiliac (SI) joint',
  'engine.region.sacroiliac-joint.explanation':
    'The sacroiliac, or SI, joint is where the bottom of the spine meets the pelvis, low down on each side. Pressure around it can make the area more sensitive for a little while.',
  'engine.text.colon': ':',
  'engine.text.why': 'Why:',
  'engine.text.plan': 'Your plan:',
  'engine.text.until': '(until {time})',
  'engine.text.passed': '(that time has passed: {time})',
  'engine.text.expect': 'What to expect:',
  'engine.text.peak': 'Soreness after a massage is usually worst between {from} and {until}, then eases.',
  'engine.text.exercise': 'Hard exercise is fine again from {time}.',
  'engine.text.recheck': 'Check again on {time}. If it is not easing by then, the advice may change.',
  'engine.text.muscles': 'Muscles likely involved:',
  'engine.text.times-in': 'Times are shown in {zone}.',
  // ==== engine: end

  // ==== questionnaire: the questions, their answers and follow-ups, and the errors of forms and of the API (knowledge/questionnaire.ts, check-in.ts, web/form.ts, contract/)
  'questionnaire.answer.no': 'No',
  'questionnaire.answer.yes': 'Yes',
  'questionnaire.answer.none-of-these': 'None of these',
  'questionnaire.answer.choose-all-that-fit': 'Choose all that fit.',
  'questionnaire.region.quadratus-lumborum': 'Deep in the side of the lower back, between the ribs and the hip (QL)',
  'questionnaire.region.psoas': 'Deep at the front of the hip or in the belly side of the lower back (psoas)',
  'questionnaire.region.erector-spinae': 'Along either side of the spine (erector spinae)',
  'questionnaire.region.sacroiliac-joint': 'Low down, where the spine meets the pelvis (SI joint)',
  'questionnaire.persistence.comes-and-goes': 'Yes, it comes and goes',
  'questionnaire.persistence.persistent': 'Yes, all the time',
  'questionnaire.section.red-flags.title': 'First, some safety questions',
  'questionnaire.section.red-flags.intro': 'These signs are rare, but any of them needs help straight away.',
  'questionnaire.bladder-control-loss.prompt': 'Have you lost control of your bladder, so that urine leaks without warning?',
  'questionnaire.bowel-control-loss.prompt': 'Have you lost control of your bowels?',
  'questionnaire.difficulty-urinating.prompt': 'Are you unable to pass urine, or unable to start the flow or feel it?',
  'questionnaire.difficulty-urinating.prompt-2':
    'Are you unable to pass urine, or unable to start the flow, or can you no longer feel when your bladder is full?',
  'questionnaire.saddle-numbness.prompt': 'Do you feel numb between your legs, or around your genitals or bottom?',
  'questionnaire.saddle-numbness.hint-2':
    'This includes feeling different when you wipe after the toilet, or less feeling there during sex.',
  'questionnaire.leg-weakness.prompt': 'Do your legs feel weak, or give way?',
  'questionnaire.leg-weakness.one-leg': 'Yes, one leg',
  'questionnaire.leg-weakness.both-legs': 'Yes, both legs',
  'questionnaire.section.other-signs.title': 'Other signs',
  'questionnaire.section.other-signs.intro': 'These help decide how soon you should see someone.',
  'questionnaire.numbness.prompt': 'Do you have numbness in your legs or feet?',
  'questionnaire.tingling.prompt': 'Do you have tingling or pins and needles in your legs or feet?',
  'questionnaire.fever.prompt': 'Do you have a fever (38 °C or more, or feeling hot and shivery)?',
  'questionnaire.fall.prompt': 'Have you had a fall or a knock to your back, apart from the massage?',
  'questionnaire.blood-thinners.prompt': 'Do you take medicine that thins the blood (such as warfarin, apixaban or rivaroxaban)?',
  'questionnaire.blood-thinners.prompt-2':
    'Do you take a blood thinner: warfarin, apixaban, rivaroxaban, edoxaban, dabigatran, or heparin injections?',
  'questionnaire.blood-thinners.hint-2': 'Aspirin and clopidogrel do not count here.',
  'questionnaire.section.massage.title': 'The massage',
  'questionnaire.section.massage.intro': 'Tell us about the massage itself.',
  'questionnaire.ended-at.prompt': 'When did the massage end?',
  'questionnaire.ended-at.hint': 'For example "yesterday 17:00", "2026-03-02 17:00", "17:00" or "20 hours ago".',
  'questionnaire.style.prompt': 'What kind of massage was it?',
  'questionnaire.style.deep-tissue': 'Deep tissue',
  'questionnaire.style.sports': 'Sports',
  'questionnaire.style.swedish': 'Swedish',
  'questionnaire.style.trigger-point': 'Trigger point',
  'questionnaire.style.myofascial': 'Myofascial release',
  'questionnaire.style.other': 'Something else',
  'questionnaire.pressure.prompt': 'How firm was the pressure?',
  'questionnaire.pressure.light': 'Light',
  'questionnaire.pressure.moderate': 'Moderate',
  'questionnaire.pressure.firm': 'Firm',
  'questionnaire.areas-worked.prompt': 'Which areas did the therapist work on?',
  'questionnaire.sharp-pain-during.prompt': 'Did you feel sharp pain during the massage?',
  'questionnaire.section.pain.title': 'Your pain now',
  'questionnaire.section.pain.intro': 'Tell us how your lower back feels now.',
  'questionnaire.severity.prompt': 'How bad is the pain, from 0 (no pain) to 10 (the worst you can imagine)?',
  'questionnaire.qualities.prompt': 'What does the pain feel like?',
  'questionnaire.qualities.dull-ache': 'A dull ache',
  'questionnaire.qualities.stiffness': 'Stiff',
  'questionnaire.qualities.tenderness': 'Tender to touch',
  'questionnaire.qualities.sharp': 'Sharp or stabbing',
  'questionnaire.qualities.shooting': 'Shooting',
  'questionnaire.qualities.electric': 'Like an electric shock',
  'questionnaire.qualities.burning': 'Burning',
  'questionnaire.extent.prompt': 'Is the pain spread out, or in one spot?',
  'questionnaire.extent.widespread': 'Spread across the lower back',
  'questionnaire.extent.localized': 'In one spot',
  'questionnaire.regions.prompt': 'Where is it sore?',
  'questionnaire.regions.hint': 'Choose all that fit, or none if you are not sure.',
  'questionnaire.radiation.prompt': 'Does the pain travel anywhere?',
  'questionnaire.radiation.prompt-2': 'Does the pain travel from your back to anywhere else?',
  'questionnaire.radiation.hint-2': 'Soreness in a leg that was itself massaged does not count.',
  'questionnaire.radiation.none': 'No, it stays in the back',
  'questionnaire.radiation.buttock': 'Into the buttock',
  'questionnaire.radiation.thigh': 'Down into the thigh',
  'questionnaire.radiation.below-knee': 'Down the leg below the knee',
  'questionnaire.trend.prompt': 'Since the pain began, is it getting better, staying the same or getting worse?',
  'questionnaire.trend.better': 'Getting better',
  'questionnaire.trend.same': 'About the same',
  'questionnaire.trend.worse': 'Getting worse',
  'questionnaire.swelling.prompt': 'Is there swelling where you were massaged?',
  'questionnaire.bruising.prompt': 'Is there bruising where you were massaged?',
  'questionnaire.since-massage.prompt': 'Since the massage, have you had any of these?',
  'questionnaire.since-massage.hint': 'Tick all you have had, or None of these.',
  'questionnaire.since-massage.breathless-or-chest-pain': 'Shortness of breath, pain in your chest, or coughing up blood',
  'questionnaire.since-massage.brown-urine':
    'Pee that is brown, like cola or strong tea (dark yellow pee is not this: it usually means you need to drink more)',
  'questionnaire.since-massage.blood-in-urine': 'Pee that is red or pink',
  'questionnaire.since-massage.blood-in-urine-3': 'Pee that is red or pink (not just after eating beetroot, and not period blood)',
  'questionnaire.since-massage.one-leg-swollen':
    'One calf or leg that is newly swollen, warm or painful (not just sore where it was massaged)',
  'questionnaire.since-massage.sudden-side-pain':
    'A sudden, very bad pain in your side, belly or groin that feels different from the massage ache',
  'questionnaire.since-massage.faint-or-pale':
    'Fainting or passing out, feeling faint or dizzy when you stand up, or looking very pale or grey (a few seconds of light-headedness when you first got up from the massage table does not count)',
  'questionnaire.both-legs.prompt': 'Is this in one leg, or in both legs?',
  'questionnaire.both-legs.hint': 'The pain down the leg, the numbness, or the pins and needles.',
  'questionnaire.both-legs.one-leg': 'One leg',
  'questionnaire.both-legs.both-legs': 'Both legs',
  'questionnaire.both-legs.why': 'the pain reaches the leg, or there is numbness or tingling: say whether it is in one leg or both',
  'questionnaire.aged-70-or-over.prompt': 'Are you 70 or older?',
  'questionnaire.aged-70-or-over.why':
    'the pain is sharp (now or during the massage) or strong in one spot: say whether you are 70 or older',
  'questionnaire.fragile-bones.prompt':
    'Has a doctor said your bones are thin or weak (osteoporosis), have you broken a bone in a small fall as an adult, or have you taken steroid tablets (such as prednisolone) for 3 months or more?',
  'questionnaire.fragile-bones.why':
    'the pain is sharp (now or during the massage) or strong in one spot: say whether your bones may be weak',
  'questionnaire.cancer.prompt': 'Have you ever had cancer?',
  'questionnaire.cancer.hint': 'A skin cancer that was simply cut out does not count.',
  'questionnaire.cancer.why':
    'there are nerve symptoms, or the pain is not settling 3 days after the massage: say whether you have had cancer',
  'questionnaire.night-pain.prompt': 'Does the back pain wake you at night, or stop you getting to sleep?',
  'questionnaire.night-pain.why': 'you have had cancer and the pain is not settling: say whether it wakes you or keeps you awake',
  'questionnaire.bleeding-risk.prompt':
    'Do you take a blood-thinning medicine such as warfarin, apixaban, rivaroxaban, edoxaban, dabigatran or heparin injections? Or has a doctor told you that you bleed or bruise easily because of liver disease (such as cirrhosis), a low number of platelets, haemophilia or another bleeding disorder?',
  'questionnaire.bleeding-risk.hint': 'Aspirin and clopidogrel do not count here. Tick both if both are true.',
  'questionnaire.bleeding-risk.blood-thinners': 'A blood-thinning medicine',
  'questionnaire.bleeding-risk.bleeding-tendency': 'A condition that makes me bleed easily',
  'questionnaire.bleeding-risk.neither': 'Neither',
  'questionnaire.red-urine-after-pressure.prompt':
    'Did the red or pink pee start within 2 days after a massage that pressed firmly on your back or sides?',
  'questionnaire.red-urine-after-pressure.why':
    'you have had red or pink pee: say whether it started within 2 days of firm pressure on your back or sides',
  'questionnaire.also-unwell.prompt': 'Do you also have any of these?',
  'questionnaire.also-unwell.hint': 'Tick all that you have, or None of these.',
  'questionnaire.also-unwell.very-unwell':
    'Being sick again and again, being confused or having slurred speech, being very hard to keep awake, skin, lips or tongue that look blotchy, grey or blue, or a rash that does not fade when you press a glass on it',
  'questionnaire.also-unwell.little-or-no-urine': 'Much less pee than usual today, or none at all',
  'questionnaire.also-unwell.muscles-very-painful-or-weak':
    'Muscles that are very painful, swollen or weak, far more than you would expect after a massage or exercise',
  'questionnaire.also-unwell.why': 'you have had brown pee or a fever: say whether you also have any of the signs of being very unwell',
  'questionnaire.serious-accident.prompt':
    'Was it a serious accident, for example a road accident or a fall from a height such as a ladder?',
  'questionnaire.serious-accident.why': 'you have had a fall or a knock: say whether it was a serious accident',
  'questionnaire.check-in.lasting.comes-and-goes': 'It comes and goes',
  'questionnaire.check-in.lasting.persistent': 'It is there all the time',
  'questionnaire.check-in.ticked.why': 'you ticked "{sign}": say which',
  'questionnaire.check-in.sign.bladder-control-loss': 'Pee leaking without warning: you cannot hold it',
  'questionnaire.check-in.sign.bowel-control-loss': 'Losing control of your bowels',
  'questionnaire.check-in.sign.difficulty-urinating': 'Not able to pee or to start the flow, or not feeling when your bladder is full',
  'questionnaire.check-in.sign.saddle-numbness':
    'Numbness between your legs or around your genitals or bottom, or a different feeling when you wipe',
  'questionnaire.check-in.sign.leg-weakness': 'A leg that feels weak or gives way',
  'questionnaire.check-in.leg-weakness.prompt': 'Which legs feel weak or give way?',
  'questionnaire.check-in.sign.numbness': 'Numbness in a leg or foot',
  'questionnaire.check-in.numbness.prompt': 'Is the numbness there all the time?',
  'questionnaire.check-in.sign.tingling': 'Tingling or pins and needles in a leg or foot',
  'questionnaire.check-in.tingling.prompt': 'Is the tingling there all the time?',
  'questionnaire.check-in.sign.radiation':
    'Pain that travels from your back into your buttock or leg (not soreness in a leg that was massaged)',
  'questionnaire.check-in.radiation.prompt': 'How far does the pain travel?',
  'questionnaire.check-in.sign.qualities': 'Sharp, stabbing, shooting or electric-shock pain',
  'questionnaire.check-in.qualities.prompt': 'What is the pain like?',
  'questionnaire.check-in.sign.extent': 'Pain in one spot, rather than spread across the lower back',
  'questionnaire.check-in.sign.swelling': 'Swelling where you were massaged',
  'questionnaire.check-in.sign.bruising': 'Bruising where you were massaged',
  'questionnaire.check-in.sign.fever': 'A fever: 38 °C or more, or feeling hot and shivery',
  'questionnaire.check-in.sign.fall': 'A fall or a knock to your back',
  'questionnaire.check-in.since-last.prompt': 'Since your last check-in, have you had any of these?',
  'questionnaire.check-in.since-last.hint': 'Tick each one you have had, even if you ticked it last time. Most people tick None of these.',
  'questionnaire.check-in.pain-now.prompt': 'How bad is the pain now, from 0 (no pain) to 10 (the worst you can imagine)?',
  'questionnaire.check-in.compared.prompt': 'Compared with your last check-in, is it better, the same or worse?',
  'questionnaire.check-in.compared.better': 'Better',
  'questionnaire.check-in.compared.worse': 'Worse',
  'questionnaire.error.choose-an-answer': 'Choose an answer',
  'questionnaire.error.choose-yes-or-no': 'Choose yes or no',
  'questionnaire.error.choose-a-number': 'Choose a number from 0 to 10',
  'questionnaire.error.choose-the-day': 'Choose the day the massage ended, and enter the time',
  'questionnaire.error.tick-or-none': 'Tick the ones you have had, or {none}',
  'questionnaire.error.ticked-none-and-sign': 'You ticked {none} and a sign as well: untick one',
  'questionnaire.error.enter-date-and-time': 'Enter the date and time the massage ended, for example 2 March 2026, 17:00',
  'questionnaire.error.enter-time': 'Enter the time the massage ended, for example 17:00',
  'questionnaire.error.no-such-date': 'That date does not exist: check the day and the month',
  'questionnaire.error.ended-in-future': 'The time the massage ended must be in the past',
  'questionnaire.error.ended-too-long-ago':
    'Aftercare covers the 30 days after a massage. For pain that started longer ago, see a doctor or physiotherapist',
  'questionnaire.ended-at.today': 'Today',
  'questionnaire.ended-at.yesterday': 'Yesterday',
  'questionnaire.ended-at.2-days-ago': '2 days ago',
  'questionnaire.ended-at.another-day': 'Another day',
  'questionnaire.ended-at.time': 'Time it ended',
  'questionnaire.ended-at.other': 'Another day: the date and time',
  'questionnaire.time-zone.label': 'Time zone',
  'questionnaire.step.error-prefix': 'Error:',
  'questionnaire.step.map-caption': 'The four areas of the lower back, numbered as in the list',
  'questionnaire.step.optional': '(optional)',
  'questionnaire.areas.prompt': 'Where is it sore, and where did the therapist work?',
  'questionnaire.areas.hint': 'Tick what you know, or leave it blank if you are not sure.',
  'questionnaire.areas.sore': 'Sore now',
  'questionnaire.areas.worked': 'Massaged here',
  'questionnaire.form.problem': 'There is a problem',
  'questionnaire.step.see-result': 'See my result',
  'questionnaire.step.continue': 'Continue',
  'questionnaire.step.progress': 'Step {step, number} of {steps, number}',
  'questionnaire.step.back':
    'Back to {section, select, redFlags {first, some safety questions} otherSigns {other signs} massage {the massage} pain {your pain now} other {the previous step}}',
  'questionnaire.step.error-title': 'Error: {title}',
  'questionnaire.time-zone.area':
    '{area, select, Africa {Africa} America {The Americas} Antarctica {Antarctica} Arctic {Arctic} Asia {Asia} Atlantic {Atlantic islands} Australia {Australia} Europe {Europe} Indian {Indian Ocean} Pacific {Pacific} other {{area}}}',
  'questionnaire.time-zone.in-country': 'In {country}',
  'questionnaire.time-zone.other': 'Other',
  'questionnaire.time-zone.times-are': 'Times are <zone>{name}</zone>.',
  'questionnaire.time-zone.change': 'Change time zone',
  'questionnaire.time-zone.nearest-city': 'Time zone (nearest city)',
  'questionnaire.step.more-questions': 'Because of your answers, there are a few more questions below.',
  'questionnaire.check-in.section.title': 'How is your back now?',
  'questionnaire.check-in.section.intro': 'Three questions. More appear only if you tick a sign.',
  'questionnaire.api.whole-path': '(report)',
  'questionnaire.api.malformed-json': 'The text is not valid JSON: {detail}',
  'questionnaire.api.invalid-input':
    '{count, plural, one {The input does not match the contract ({shown} problem).} other {The input does not match the contract ({shown} problems).}}',
  'questionnaire.api.body-too-large': 'The request body is larger than {kib} KiB.',
  'questionnaire.api.body-at-most': 'the body must be at most {bytes} bytes',
  'questionnaire.api.internal': 'Something went wrong on our side. Please try again.',
  'questionnaire.api.required': 'is required',
  'questionnaire.api.unknown-field': 'is not a known field',
  'questionnaire.api.one-of': 'must be one of: {values}',
  'questionnaire.api.must-be': 'must be {value}',
  'questionnaire.api.type':
    'must be {type, select, object {an object} array {an array} integer {a whole number} boolean {true or false} string {a string} number {a number} other {a {type}}}',
  'questionnaire.api.time-zone': 'must be an IANA time zone such as Europe/London',
  'questionnaire.api.date-time': 'is not a valid date-time',
  'questionnaire.api.max-length': 'must be at most {limit} characters',
  'questionnaire.api.unique-items': 'must not list the same item twice (items {j} and {i} are the same)',
  'questionnaire.api.minimum': 'must be at least {limit}',
  'questionnaire.api.maximum': 'must be at most {limit}',
  'questionnaire.api.not-valid': 'is not valid',
  'questionnaire.api.whole': '{whole, select, report {the report} other {the body}} {problem}',
  'questionnaire.api.instant.shape':
    'must be an RFC 3339 date-time with an offset, such as 2026-03-02T17:00:00+01:00 or 2026-03-02T16:00:00Z',
  'questionnaire.api.instant.month': 'has no month {month}',
  'questionnaire.api.instant.day': 'is not a real date: month {month} of {year} has no day {day}',
  'questionnaire.api.instant.hour': 'has no hour {hour}',
  'questionnaire.api.instant.minute': 'has no minute {minute}',
  'questionnaire.api.instant.second': 'has no second {second} (leap seconds are not supported)',
  'questionnaire.api.instant.offset': 'has an offset that does not exist ({offset})',
  'questionnaire.text.too-long': 'Use at most {max} characters for {label}',
  'questionnaire.text.control-character': '{label} has a character that cannot be typed (a control character): remove it',
  'questionnaire.text.required': 'Enter {label}',
  'questionnaire.text.email': 'the email address',
  'questionnaire.text.email-shape': 'Enter an email address like name@example.com',
  'questionnaire.api.needed-because': 'is needed because {why}',
  'questionnaire.api.unsupported-media-type': 'This content type cannot be read here.',
  'questionnaire.api.nothing-here': 'Nothing is here.',
  'questionnaire.api.nothing-at': 'Nothing is at {method} {path}.',
  'questionnaire.api.unreadable-address': 'The address of this page has a character that cannot be in a web address.',
  'questionnaire.api.unreadable': 'The request could not be read.',
  'questionnaire.api.too-slow': 'The request took too long to arrive.',
  'questionnaire.terminal.yes-words': 'y yes',
  'questionnaire.terminal.no-words': 'n no',
  'questionnaire.terminal.type-1-or-2': 'Please type 1 or 2.',
  'questionnaire.terminal.yes-or-no': 'Please answer y (yes) or n (no).',
  'questionnaire.terminal.type-ticks':
    'Please type the numbers of the ones you have had, separated by commas, or {none} for none of these.',
  'questionnaire.terminal.none-alone': '{none} means none of these: type it alone, or only the others.',
  'questionnaire.terminal.type-a-number': 'Please type a number from 1 to {count}.',
  'questionnaire.terminal.type-numbers': 'Please type numbers from 1 to {count}, separated by commas, or press Enter for none.',
  'questionnaire.terminal.type-a-score': 'Please type a whole number from 0 to 10.',
  'questionnaire.terminal.y-n': '(y/n)',
  'questionnaire.terminal.choices': 'Type the numbers, separated by commas, or press Enter for none.',
  'questionnaire.terminal.checklist': 'Type the numbers, separated by commas.',
  'questionnaire.terminal.skip': 'Press Enter to skip.',
  'questionnaire.terminal.score': '(0-10)',
  'questionnaire.terminal.stopped': 'Stopped. Nothing was saved.',
  'questionnaire.terminal.title': 'Aftercare: lower back pain after a massage',
  'questionnaire.terminal.stop-now':
    "If you have back pain and any of these, stop now: {call}{where, select, known { (the number in {region}; --country to change it)} other { (--country gives your country''s number)}}.",
  'questionnaire.fhir.title': 'Lower back pain after a massage (Aftercare policy {version})',
  // ==== questionnaire: end

  // ==== pages: the public pages: start, result, emergency, call, country, time zone, errors, offline (web/pages/, public/app.js)
  // ==== pages: end

  // ==== diary: the diary, its check-ins, reminders and devices (web/diary-*, check-in-*, reminder-*, diary/)
  'diary.checkInCount': '{count, plural, one {# check-in} other {# check-ins}}',
  'diary.retention.kept':
    'If you do not open this diary for {days, plural, one {# day} other {# days}}, it is deleted, with everything in it.',
  // ==== diary: end

  // ==== clinic: the clinic's pages and the consent page (web/clinic-*, web/pages/clinic-*, client-record, consent)
  // ==== clinic: end

  // ==== mail: mails, web-push, the .ics calendar, the PDF summary, the FHIR Questionnaire (clinic/mailer.ts, diary/)
  // ==== mail: end
} as const;

export type MessageId = keyof typeof en;
/** A catalogue: exactly English's ids, each with a message in that language. */
export type Catalogue = Readonly<Record<MessageId, string>>;
