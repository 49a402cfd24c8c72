// TypeScript types derived from the schemas, never written by hand.
import type { FromSchema } from 'json-schema-to-ts';
import type { Assessment } from './assessment.ts';
import type * as v1 from './v1.ts';
import type * as v2 from './v2.ts';
import type * as v3 from './v3.ts';

export type { Assessment } from './assessment.ts';

/** A report under policy 1 (`/api/v1`, `--policy 1`). */
export type Report1 = FromSchema<typeof v1.inputSchema>;
/** A report under policy 2: policy 1's answers, the up-front tick-list, and the follow-ups that apply. */
export type Report2 = FromSchema<typeof v2.inputSchema>;
/** A report under policy 3: policy 2's answers, two more on the tick-list, a bleeding tendency, and five follow-ups. */
export type Report3 = FromSchema<typeof v3.inputSchema>;
/** A report of any policy (a diary keeps each). A later policy's fields are absent from an earlier policy's report. */
export type Report = Report1 | Report2 | Report3;

export type Level = Assessment['level'];
export type ReasonCode = Assessment['reasons'][number]['code'];
export type ActionCode = Assessment['plan']['actions'][number]['code'];
export type Region = Assessment['contributors'][number]['region'];
export type Action = Assessment['plan']['actions'][number];
export type Reason = Assessment['reasons'][number];
export type PolicyVersion = Assessment['policyVersion'];

/** Every part of a report optional, at any depth (a list stays whole). */
type Partly<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Partly<T[K]> } : T;

/**
 * A check-in kept the moment an emergency answer was given: the diary's massage, the time, and the answers given so
 * far. A question not reached is absent, never "no"; there may be no pain score.
 */
export type StoppedReport = Partly<Report2> & Pick<Report2, 'reportedAt' | 'massage'>;
