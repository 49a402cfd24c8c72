// The policy-1 contract's three schemas as typed constants (../shared/contract): the one source of its validator, its
// types and its part of the OpenAPI document. They must equal the copies in test/fixtures/contract (schemas.test.ts).

export const inputSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'aftercare/assessment-input/1',
  title: 'One report of lower back pain after a massage',
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
      },
    },
    bladderBowel: {
      type: 'object',
      additionalProperties: false,
      required: ['bladderControlLoss', 'bowelControlLoss', 'difficultyUrinating'],
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
      required: ['fever', 'recentFallOrInjury', 'bloodThinners'],
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
} as const;

export const outputSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'aftercare/assessment-output/1',
  title: 'The assessment of one report',
  type: 'object',
  required: ['policyVersion', 'hoursSinceMassage', 'level', 'reasons', 'plan', 'timeline', 'contributors', 'watchFor'],
  properties: {
    policyVersion: {
      const: '1',
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
        'expected-soreness',
      ],
    },
  },
} as const;

export const errorSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'aftercare/error/1',
  title: 'Why an input was refused',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          enum: ['malformed-json', 'invalid-input', 'report-before-massage', 'out-of-scope'],
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
