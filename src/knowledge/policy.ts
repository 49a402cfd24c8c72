// A triage policy as data: its rules, its plan, its questions. The engine takes the policy it is asked for;
// policy 3 (TRIAGE.md) answers the web app, the terminal, check-ins and /api/v3; policy 2 (TRIAGE-2.md) is kept for
// /api/v2, `--policy 2` and what was stored under it, and policy 1 (TRIAGE-1.md) for /api/v1 and `--policy 1`.
import type { Level, PolicyVersion, ReasonCode, Report1, Report2, Report3 } from '../contract/types.ts';
import type { Translator } from '../i18n/messages.ts';
import { levelsByUrgency, watchHeading } from './levels.ts';
import { policy1Actions, policy2Actions, policy3Actions, type ActionRule } from './actions.ts';
import { questionnaire1, questionnaire2, questionnaire3, type Questionnaire } from './questionnaire.ts';
import { expectedSoreness, policy1Rules, type ReasonRule } from './reasons.ts';
import { policy2Rules } from './reasons-2.ts';
import { policy3Rules } from './reasons-3.ts';

export interface Policy<R extends Report1 = Report1> {
  readonly version: PolicyVersion;
  /** Every rule, most urgent level first: the order reasons are given in. */
  readonly rules: readonly ReasonRule<R>[];
  readonly actions: readonly ActionRule<R>[];
  readonly questionnaire: Questionnaire;
}

const levelOrder = ['emergency', 'urgent', 'see-clinician', 'self-care'];
const byLevel = <R extends Report1>(rules: readonly ReasonRule<R>[]) =>
  [...rules].sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level));

export const policy1: Policy<Report1> = { version: '1', rules: policy1Rules, actions: policy1Actions, questionnaire: questionnaire1 };

export const policy2: Policy<Report2> = {
  version: '2',
  rules: byLevel([...policy1Rules, ...policy2Rules]),
  actions: policy2Actions,
  questionnaire: questionnaire2,
};

/** Policy 3 (TRIAGE.md): every rule of policy 2, and ten rows for what published cases showed policy 2 still sent home. */
export const policy3: Policy<Report3> = {
  version: '3',
  rules: byLevel([
    ...(policy1Rules as readonly ReasonRule<Report3>[]),
    ...(policy2Rules as readonly ReasonRule<Report3>[]),
    ...policy3Rules,
  ]),
  actions: policy3Actions,
  questionnaire: questionnaire3,
};

export const policies = { '1': policy1, '2': policy2, '3': policy3 } as const;

/** The version of the policy people are assessed with now: the web app, the terminal, check-ins, the command line's default. */
export const currentVersion = '3' as const satisfies PolicyVersion;
/** The policy people are assessed with now. */
export const currentPolicy = policies[currentVersion];

/** Every rule of every policy by its code (a code means the same in each), to word stored assessments of either. */
export const ruleByCode: ReadonlyMap<ReasonCode, ReasonRule<Report2>> = new Map(
  [...policy2.rules, ...(policy3Rules as readonly ReasonRule<Report2>[]), expectedSoreness].map((rule) => [rule.code, rule]),
);

/** The signs that are an emergency under a policy, in the reader's words: for pages and the terminal before any question. */
export const emergencySigns = (t: Translator, policy: Policy<Report3> | Policy<Report2> | Policy<Report1> = currentPolicy): string[] =>
  (policy.rules as readonly ReasonRule[]).filter((rule) => rule.level === 'emergency').map((rule) => t(rule.sign));

/** A reason's sign in the reader's words (the code itself for a code no policy has: an old record is still shown). */
export const signOf = (code: ReasonCode, t: Translator): string => {
  const rule = ruleByCode.get(code);
  return rule ? t(rule.sign) : code;
};

/** The watch list grouped by what to do, most urgent first, in the reader's words: a long list reads better in groups. */
export function watchGroups(watchFor: readonly ReasonCode[], t: Translator): { level: Level; heading: string; signs: string[] }[] {
  return levelsByUrgency
    .map((level) => ({
      level,
      heading: t(watchHeading[level]),
      signs: watchFor.flatMap((code) => (ruleByCode.get(code)?.level === level ? [t(ruleByCode.get(code)!.sign)] : [])),
    }))
    .filter((group) => group.signs.length > 0);
}
