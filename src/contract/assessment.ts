// Aftercare's own assessment: the contract's output (either policy) with the words a person reads first, the
// not-a-diagnosis line, and where each reason, action and region comes from. The engine's type is derived from
// this schema, and every assessment the engine makes is checked against it (and against its policy's contract).
import type { FromSchema } from 'json-schema-to-ts';
import { outputSchema } from './v3.ts';

const { properties, $defs } = outputSchema;
const reason = properties.reasons.items;
const action = properties.plan.properties.actions.items;
const contributor = properties.contributors.items;
const text = { type: 'string', minLength: 1 } as const;
/** A reason's evidence: the answers its rule used, by dotted path (and the hours since the massage). */
const answers = {
  type: 'object',
  additionalProperties: {
    anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
  },
} as const;

export const assessmentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'aftercare/assessment',
  title: "Aftercare's assessment of one report, under policy 1, 2 or 3",
  type: 'object',
  additionalProperties: false,
  required: [...outputSchema.required, 'summary', 'disclaimer'],
  properties: {
    ...properties,
    policyVersion: { enum: ['1', '2', '3'] },
    summary: { type: 'object', additionalProperties: false, required: ['title', 'doNow'], properties: { title: text, doNow: text } },
    reasons: {
      ...properties.reasons,
      items: {
        ...reason,
        additionalProperties: false,
        required: [...reason.required, 'source', 'answers'],
        properties: { ...reason.properties, source: text, answers },
      },
    },
    plan: {
      ...properties.plan,
      additionalProperties: false,
      properties: {
        actions: {
          ...properties.plan.properties.actions,
          items: {
            ...action,
            additionalProperties: false,
            required: [...action.required, 'source'],
            properties: { ...action.properties, source: text },
          },
        },
      },
    },
    timeline: { ...properties.timeline, additionalProperties: false },
    contributors: {
      ...properties.contributors,
      items: {
        ...contributor,
        additionalProperties: false,
        required: [...contributor.required, 'name', 'source'],
        properties: { ...contributor.properties, name: text, source: text },
      },
    },
    disclaimer: text,
  },
  $defs,
} as const;

export type Assessment = FromSchema<typeof assessmentSchema>;
