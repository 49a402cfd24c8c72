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
