// The policy-3 contract's three schemas as typed constants (../shared/contract/v3): the one source of its validator,
// its types and its part of the OpenAPI document. They must equal the copies in test/fixtures/contract/v3.

export const inputSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'aftercare/assessment-input/3',
  title: 'One report of lower back pain after a massage (policy 3)',
  type: 'object',
  additionalProperties: false,
  required: ['massage', 'reportedAt', 'pain', 'nerve', 'bladderBowel', 'localSigns', 'general'],
  properties: {
    reportedAt: {
      $ref: '#/$defs/instant',
      description: 'When this report is made.',
    },
    massage: {
      type: 'object',
      additionalProperties: false,
      required: ['endedAt', 'sharpPainDuring'],
      properties: {
        endedAt: {
          $ref: '#/$defs/instant',
        },
        style: {
          enum: ['deep-tissue', 'sports', 'swedish', 'trigger-point', 'myofascial', 'other'],
        },
        pressure: {
          enum: ['light', 'moderate', 'firm'],
        },
        areasWorked: {
          type: 'array',
          uniqueItems: true,
          items: {
            $ref: '#/$defs/region',
          },
        },
        sharpPainDuring: {
          type: 'boolean',
          description: 'Felt sharp pain during the massage itself.',
        },
      },
    },
    pain: {
      type: 'object',
      additionalProperties: false,
      required: ['severity', 'qualities', 'extent', 'radiation', 'trend'],
      properties: {
        severity: {
          type: 'integer',
          minimum: 0,
          maximum: 10,
          description: 'Numeric rating scale, 0 = no pain, 10 = worst imaginable.',
        },
        qualities: {
          type: 'array',
          uniqueItems: true,
          items: {
            enum: ['dull-ache', 'stiffness', 'tenderness', 'sharp', 'shooting', 'electric', 'burning'],
          },
        },
        extent: {
          enum: ['widespread', 'localized'],
        },
        regions: {
          type: 'array',
          uniqueItems: true,
          items: {
            $ref: '#/$defs/region',
          },
        },
        radiation: {
          enum: ['none', 'buttock', 'thigh', 'below-knee'],
          description: 'How far down the pain travels.',
        },
        trend: {
          enum: ['better', 'same', 'worse'],
          description: 'Since the pain began.',
        },
        nightPainPreventsSleep: {
          type: 'boolean',
          description: 'Follow-up: asked when history.cancer is true and, 72 h or more after the massage, the pain is not better.',
        },
      },
    },
    nerve: {
      type: 'object',
      additionalProperties: false,
      required: ['numbness', 'tingling', 'legWeakness', 'saddleNumbness'],
      properties: {
        numbness: {
          $ref: '#/$defs/persistence',
          description: 'Numbness in the legs or feet.',
        },
        tingling: {
          $ref: '#/$defs/persistence',
          description: 'Tingling or pins and needles in the legs or feet.',
        },
        legWeakness: {
          enum: ['none', 'one-leg', 'both-legs'],
        },
        saddleNumbness: {
          type: 'boolean',
          description: 'Numbness between the legs, around the genitals or back passage.',
        },
        bothLegs: {
          type: 'boolean',
          description:
            'Follow-up: asked when pain reaches the thigh or below, or there is any numbness or tingling. True when those symptoms are in both legs.',
        },
      },
    },
    bladderBowel: {
      type: 'object',
      additionalProperties: false,
      required: ['bladderControlLoss', 'bowelControlLoss', 'difficultyUrinating', 'brownUrine', 'bloodInUrine'],
      properties: {
        bladderControlLoss: {
          type: 'boolean',
        },
        bowelControlLoss: {
          type: 'boolean',
        },
        difficultyUrinating: {
          type: 'boolean',
          description: 'Cannot pass urine, or cannot start or feel the flow.',
        },
        brownUrine: {
          type: 'boolean',
          description: 'Up front (tick-list). Pee brown like cola or strong tea since the massage (not dark yellow).',
        },
        bloodInUrine: {
          type: 'boolean',
          description: 'Up front (tick-list). Pee red or pink since the massage.',
        },
        redUrineAfterPressure: {
          type: 'boolean',
          description:
            'Follow-up (v3): asked when bloodInUrine. True when the red or pink pee started within 2 days (48 h) of a massage that pressed firmly on the back or sides.',
        },
        littleOrNoUrine: {
          type: 'boolean',
          description: 'Follow-up (v3): asked when brownUrine or general.fever. Much less pee than usual today, or none at all.',
        },
      },
    },
    localSigns: {
      type: 'object',
      additionalProperties: false,
      required: ['swelling', 'bruising'],
      properties: {
        swelling: {
          type: 'boolean',
        },
        bruising: {
          type: 'boolean',
        },
      },
    },
    general: {
      type: 'object',
      additionalProperties: false,
      required: [
        'fever',
        'recentFallOrInjury',
        'bloodThinners',
        'breathlessOrChestPain',
        'oneLegSwollen',
        'suddenSidePain',
        'faintOrPale',
        'bleedingTendency',
      ],
      properties: {
        fever: {
          type: 'boolean',
        },
        recentFallOrInjury: {
          type: 'boolean',
          description: 'A fall or blow to the back, apart from the massage.',
        },
        bloodThinners: {
          type: 'boolean',
          description: 'Takes anticoagulant medicine.',
        },
        breathlessOrChestPain: {
          type: 'boolean',
          description: 'Up front (tick-list). Short of breath, chest pain, or coughing up blood since the massage.',
        },
        oneLegSwollen: {
          type: 'boolean',
          description: 'Up front (tick-list). One calf or leg newly swollen, warm or painful (not just sore where massaged).',
        },
        bleedingTendency: {
          type: 'boolean',
          description:
            'Up front (v3), asked in the same question as bloodThinners. A doctor has said the person bleeds or bruises easily because of liver disease (such as cirrhosis), a low platelet count, haemophilia or another bleeding disorder.',
        },
        suddenSidePain: {
          type: 'boolean',
          description:
            'Up front (v3, tick-list). Since the massage, a sudden, very bad pain in the side, belly or groin that feels different from the massage ache.',
        },
        faintOrPale: {
          type: 'boolean',
          description:
            'Up front (v3, tick-list). Since the massage, fainted or passed out, felt faint or dizzy on standing up, or looked very pale or grey (a few seconds of light-headedness on first getting up from the massage table does not count).',
        },
        veryUnwell: {
          type: 'boolean',
          description:
            'Follow-up (v3): asked when bladderBowel.brownUrine or fever. Being sick again and again, confused or slurred speech, very hard to keep awake, skin, lips or tongue that look blotchy, grey or blue, or a rash that does not fade when a glass is pressed on it.',
        },
        musclesVeryPainfulOrWeak: {
          type: 'boolean',
          description:
            'Follow-up (v3): asked when bladderBowel.brownUrine or fever. Muscles very painful, swollen or weak, far more than expected after a massage or exercise.',
        },
        seriousAccident: {
          type: 'boolean',
          description:
            'Follow-up (v3): asked when recentFallOrInjury. It was a serious accident, such as a road accident or a fall from higher than standing height.',
        },
      },
    },
    history: {
      type: 'object',
      additionalProperties: false,
      description:
        'Follow-ups only; each is asked when another answer makes it relevant. The engine refuses a report whose needed follow-up is absent unless the level is already emergency.',
      properties: {
        aged70OrOver: {
          type: 'boolean',
          description: 'Follow-up: asked with sharp pain now or during the massage, or one spot 7/10 or worse.',
        },
        fragileBones: {
          type: 'boolean',
          description: 'Same condition: osteoporosis, a bone broken in a minor fall as an adult, or steroid tablets for 3 months or more.',
        },
        cancer: {
          type: 'boolean',
          description: 'Follow-up: asked with any nerve sign, or 72 h or more after the massage with pain not better.',
        },
      },
    },
  },
  $defs: {
    instant: {
      type: 'string',
      format: 'date-time',
      description: 'RFC 3339 with an offset or Z.',
    },
    region: {
      enum: ['quadratus-lumborum', 'psoas', 'erector-spinae', 'sacroiliac-joint'],
    },
    persistence: {
      enum: ['none', 'comes-and-goes', 'persistent'],
    },
  },
  description:
    'Policy 3 adds three up-front answers (required: two tick-list items and a bleeding tendency asked with the blood thinners) and five follow-ups (optional in the schema, required by TRIAGE.md (policy 3) when their condition holds) to policy 2.',
} as const;

export const outputSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'aftercare/assessment-output/3',
  title: 'The assessment of one report',
  type: 'object',
  required: ['policyVersion', 'hoursSinceMassage', 'level', 'reasons', 'plan', 'timeline', 'contributors', 'watchFor'],
  properties: {
    policyVersion: {
      const: '3',
    },
    hoursSinceMassage: {
      type: 'number',
    },
    level: {
      $ref: '#/$defs/level',
    },
    reasons: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['code', 'level', 'explanation'],
        properties: {
          code: {
            $ref: '#/$defs/reason',
          },
          level: {
            $ref: '#/$defs/level',
          },
          explanation: {
            type: 'string',
            minLength: 1,
          },
        },
      },
    },
    plan: {
      type: 'object',
      required: ['actions'],
      properties: {
        actions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'text'],
            properties: {
              code: {
                enum: [
                  'call-emergency',
                  'seek-care-today',
                  'book-clinician',
                  'hydrate',
                  'avoid-strenuous-exercise',
                  'gentle-movement',
                  'cold',
                  'heat',
                  'tell-therapist',
                  'pause-deep-massage',
                  'contact-cancer-team',
                  'leave-leg-alone',
                ],
              },
              text: {
                type: 'string',
                minLength: 1,
              },
              until: {
                type: 'string',
                format: 'date-time',
                description: 'avoid-strenuous-exercise only',
              },
              minMinutes: {
                type: 'integer',
                description: 'cold: 15',
              },
              maxMinutes: {
                type: 'integer',
                description: 'cold: 20',
              },
            },
          },
        },
      },
    },
    timeline: {
      type: 'object',
      required: ['peakFrom', 'peakUntil', 'shouldEaseBy', 'strenuousExerciseFrom', 'recheckAt'],
      properties: {
        peakFrom: {
          type: 'string',
          format: 'date-time',
        },
        peakUntil: {
          type: 'string',
          format: 'date-time',
        },
        shouldEaseBy: {
          type: 'string',
          format: 'date-time',
        },
        strenuousExerciseFrom: {
          type: 'string',
          format: 'date-time',
        },
        recheckAt: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
    },
    contributors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['region', 'explanation'],
        properties: {
          region: {
            enum: ['quadratus-lumborum', 'psoas', 'erector-spinae', 'sacroiliac-joint'],
          },
          explanation: {
            type: 'string',
            minLength: 1,
          },
        },
      },
    },
    watchFor: {
      type: 'array',
      items: {
        $ref: '#/$defs/reason',
      },
    },
  },
  $defs: {
    level: {
      enum: ['emergency', 'urgent', 'see-clinician', 'self-care'],
    },
    reason: {
      enum: [
        'bladder-bowel-control-loss',
        'urinary-retention',
        'saddle-numbness',
        'weakness-both-legs',
        'weakness-one-leg',
        'persistent-numbness',
        'persistent-tingling',
        'fever',
        'recent-injury',
        'sharp-pain',
        'pain-down-leg',
        'intermittent-numbness',
        'local-signs-not-improving',
        'not-easing',
        'persisting-past-week',
        'bruising-on-blood-thinners',
        'severe-pain',
        'breathless-or-chest-pain',
        'both-legs-nerve-symptoms',
        'blood-thinners-nerve-signs',
        'dark-urine',
        'blood-in-urine',
        'one-leg-swollen',
        'blood-thinners-bleeding-signs',
        'cancer-history-warning',
        'possible-fracture',
        'sudden-side-or-belly-pain',
        'kidney-injury-signs',
        'possible-internal-bleeding',
        'dark-urine-severe',
        'fever-very-unwell',
        'bleeding-tendency-nerve-signs',
        'serious-accident',
        'faint-or-pale',
        'bleeding-tendency-bleeding-signs',
        'bruising-with-bleeding-tendency',
        'expected-soreness',
      ],
    },
  },
} as const;

export const errorSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'aftercare/error/3',
  title: 'Why an input was refused',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          enum: ['malformed-json', 'invalid-input', 'report-before-massage', 'out-of-scope', 'body-too-large'],
        },
        message: {
          type: 'string',
          minLength: 1,
        },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'message'],
            properties: {
              path: {
                type: 'string',
                description: 'dotted, e.g. pain.severity',
              },
              message: {
                type: 'string',
              },
            },
          },
        },
      },
    },
  },
} as const;
