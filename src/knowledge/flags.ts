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
