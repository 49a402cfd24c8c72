// The words of an assessment, in one language: a separate step over what the engine decided. Deciding reads the
// report and the policy; wording reads only the decision (codes, the answers each reason used, the level) and the
// report, so a stored assessment can be worded again in any language and the two never disagree.
import type { Assessment, Report1, StoppedReport } from '../contract/types.ts';
import { languageTags } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import type { ActionRule, WordingContext } from '../knowledge/actions.ts';
import { levelGuidance, notADiagnosis } from '../knowledge/levels.ts';
import { policies, ruleByCode } from '../knowledge/policy.ts';
import { expectedSoreness, explanationOf, type ReasonRule } from '../knowledge/reasons.ts';
import { regions } from '../knowledge/regions.ts';
import type { Wording, WordingValue } from '../knowledge/wording.ts';

/** An assessment without its words: everything the engine decides, the same in every language. */
export interface Decision {
  readonly policyVersion: Assessment['policyVersion'];
  readonly hoursSinceMassage: number;
  readonly level: Assessment['level'];
  readonly reasons: readonly Pick<Assessment['reasons'][number], 'code' | 'level' | 'source' | 'answers'>[];
  readonly plan: { readonly actions: readonly Omit<Assessment['plan']['actions'][number], 'text'>[] };
  readonly timeline: Assessment['timeline'];
  readonly contributors: readonly Pick<Assessment['contributors'][number], 'region' | 'source'>[];
  readonly watchFor: Assessment['watchFor'];
}

const lists = new Map<string, Intl.ListFormat>();

/** "a, b and c" in the reader's language. One item is that item (ECMA-402 lists one element as itself). */
function listed(items: readonly string[], t: Translator): string {
  if (items.length === 1) return items[0]!;
  let format = lists.get(t.language);
  if (!format) lists.set(t.language, (format = new Intl.ListFormat(languageTags[t.language], { type: 'conjunction' })));
  return format.format(items);
}

function valueOf(value: WordingValue, t: Translator): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('sentences' in value) return sentences(value.sentences, t);
  const items: string[] = [];
  for (const item of value) items.push(say(item, t));
  return listed(items, t);
}

/** Words in the reader's language. */
export function say(wording: Wording, t: Translator): string {
  if (typeof wording === 'string') return t(wording);
  const id = wording[0];
  const values = wording[1];
  const filled: Record<string, string | number> = {};
  for (const name in values) filled[name] = valueOf(values[name]!, t);
  return t(id, filled);
}

/** Sentences one after the other. */
export function sentences(wordings: readonly Wording[], t: Translator): string {
  let text = '';
  for (let k = 0; k < wordings.length; k++) text = k === 0 ? say(wordings[k]!, t) : `${text} ${say(wordings[k]!, t)}`;
  return text;
}

/** Each policy's action rows by their code: a stored assessment is worded by its own policy's table. */
const actionRules = new Map(
  Object.values(policies).map((policy) => [
    policy.version,
    new Map((policy.actions as readonly ActionRule[]).map((rule) => [rule.code, rule])),
  ]),
);

/** The rule of a reason's code: a code means the same under every policy. */
const ruleOf = (code: Assessment['reasons'][number]['code']): ReasonRule =>
  (ruleByCode.get(code) as ReasonRule | undefined) ?? expectedSoreness;

/**
 * The assessment in the reader's language: the decision with its words, field for field in the order the contract
 * shows them. `report` is the report it was made from (actions' words read a few of its answers).
 */
export function wordsFor(decision: Decision, report: Report1 | StoppedReport, t: Translator): Assessment {
  const fired: ReasonRule[] = [];
  const reasons: Assessment['reasons'] = [];
  for (const reason of decision.reasons) {
    const rule = ruleOf(reason.code);
    fired.push(rule);
    reasons.push({
      code: reason.code,
      level: reason.level,
      explanation: say(explanationOf(rule, reason.answers), t),
      source: reason.source,
      answers: reason.answers,
    });
  }
  const context: WordingContext = { report: report as Report1, level: decision.level, fired };
  const rules = actionRules.get(decision.policyVersion)!;
  const actions: Assessment['plan']['actions'] = [];
  for (const action of decision.plan.actions) actions.push(wordedAction(action, rules.get(action.code), context, t));
  const contributors: Assessment['contributors'] = [];
  for (const { region, source } of decision.contributors)
    contributors.push({ region, name: t(regions[region].name), explanation: t(regions[region].explanation), source });
  const guidance = levelGuidance[decision.level];
  return {
    policyVersion: decision.policyVersion,
    hoursSinceMassage: decision.hoursSinceMassage,
    level: decision.level,
    summary: { title: t(guidance.title), doNow: t(guidance.doNow) },
    reasons,
    plan: { actions },
    timeline: decision.timeline,
    contributors,
    watchFor: decision.watchFor,
    disclaimer: t(notADiagnosis),
  };
}

type Worded = Assessment['plan']['actions'][number];

/**
 * An action with its words: its code, its text, its details, its source, in that order. A stored action has its old
 * words: they are left out, and only its code and details are read.
 */
function wordedAction(
  action: Decision['plan']['actions'][number],
  rule: ActionRule | undefined,
  context: WordingContext,
  t: Translator,
): Worded {
  const worded: Record<string, unknown> = { code: action.code, text: rule ? textOf(rule.text, context, t) : action.code };
  for (const key in action) if (key !== 'code' && key !== 'text' && key !== 'source') worded[key] = action[key as keyof typeof action];
  worded.source = action.source;
  return worded as Worded;
}

function textOf(text: Wording | ((context: WordingContext) => readonly Wording[]), context: WordingContext, t: Translator): string {
  return typeof text === 'function' ? sentences(text(context), t) : say(text, t);
}

/**
 * A stored assessment (a diary's check-in keeps one, in English) in another language, from its codes and answers and
 * the report it was made from: exactly what assessing that report now would say in that language.
 */
export const reword = (assessment: Assessment, report: Report1 | StoppedReport, t: Translator): Assessment =>
  wordsFor(assessment, report, t);
