// TypeScript types derived from the contract schemas, never written by hand.
import type { FromSchema } from 'json-schema-to-ts';
import type { inputSchema, outputSchema } from './schemas.ts';

export type Report = FromSchema<typeof inputSchema>;
export type Assessment = FromSchema<typeof outputSchema>;

export type Level = Assessment['level'];
export type ReasonCode = Assessment['reasons'][number]['code'];
export type ActionCode = Assessment['plan']['actions'][number]['code'];
export type Region = Assessment['contributors'][number]['region'];
export type Action = Assessment['plan']['actions'][number];
export type Reason = Assessment['reasons'][number];
