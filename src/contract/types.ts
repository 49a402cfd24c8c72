// TypeScript types derived from the contract schemas, never written by hand.
import type { FromSchema } from 'json-schema-to-ts';
import type { inputSchema, outputSchema, errorSchema } from './schemas.ts';

export type Report = FromSchema<typeof inputSchema>;
export type Assessment = FromSchema<typeof outputSchema>;
export type ErrorBody = FromSchema<typeof errorSchema>;

export type Level = Assessment['level'];
export type ReasonCode = Assessment['reasons'][number]['code'];
export type ActionCode = Assessment['plan']['actions'][number]['code'];
export type Region = Assessment['contributors'][number]['region'];
export type ErrorCode = ErrorBody['error']['code'];
export type Issue = NonNullable<ErrorBody['error']['issues']>[number];
export type Action = Assessment['plan']['actions'][number];
export type Reason = Assessment['reasons'][number];
