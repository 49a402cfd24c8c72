// What a clinic's dashboard shows of one check-in besides its level, read off the rule and action rows themselves.
import type { ActionCode, Assessment, Report } from '../contract/types.ts';
import { policy2Actions } from './actions.ts';
import { ruleByCode } from './policy.ts';
import type { DashboardFlag } from './reasons.ts';
import { localSignsOf } from './situation.ts';

/** Each action's flag: policy 2's table holds every action code of both policies. */
const actionFlags = new Map<ActionCode, DashboardFlag>(
  policy2Actions.flatMap((rule) => (rule.dashboardFlag ? [[rule.code, rule.dashboardFlag] as const] : [])),
);

/** The dashboard flag an action raises, if any. */
export const actionFlag = (code: ActionCode): DashboardFlag | undefined => actionFlags.get(code);

export interface FollowUpSignals {
  readonly flags: ReadonlySet<DashboardFlag>;
  /** Swelling, bruising or strong pain in one spot: counted per therapist. */
  readonly localSigns: boolean;
}

export function followUpSignals(report: Report, assessment: Pick<Assessment, 'reasons' | 'plan'>): FollowUpSignals {
  const flags = new Set<DashboardFlag>();
  for (const reason of assessment.reasons) {
    const flag = ruleByCode.get(reason.code)?.dashboardFlag;
    if (flag) flags.add(flag);
  }
  for (const action of assessment.plan.actions) {
    const flag = actionFlags.get(action.code);
    if (flag) flags.add(flag);
  }
  return { flags, localSigns: localSignsOf(report).length > 0 };
}

/** The levels whose advice is to get care now or today: a clinic is told of them at once. */
export const attentionLevels = ['emergency', 'urgent'] as const;

/** Why a clinic is told at once about a client: the advice to get care now or today, or a dashboard flag. */
export type Attention = (typeof attentionLevels)[number] | 'pressure' | 'not-easing';

/** What in a session's latest state needs a therapist's attention. */
export function attentionOf(state: {
  readonly level: string | null;
  readonly pressure: boolean;
  readonly notEasing: boolean;
}): Set<Attention> {
  const needs = new Set<Attention>();
  const level = attentionLevels.find((l) => l === state.level);
  if (level) needs.add(level);
  if (state.pressure) needs.add('pressure');
  if (state.notEasing) needs.add('not-easing');
  return needs;
}

/** Whether a change brings a need the session did not have: the clinic is told of it, and it is new on the dashboard. */
export function raisesAttention(before: Parameters<typeof attentionOf>[0], after: Parameters<typeof attentionOf>[0]): boolean {
  const was = attentionOf(before);
  return [...attentionOf(after)].some((need) => !was.has(need));
}
