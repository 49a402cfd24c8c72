// An assessment as JSON text, byte for byte what JSON.stringify gives, but reusing the text of the parts that
// repeat from answer to answer (an action's words, a region's explanation, a level's summary). Serialising was
// the largest cost an answer adds over reading and writing it, so this walks the known shape directly: no
// rest objects, no key arrays, no closures per answer. Anything of another shape goes the ordinary way.
import type { FullAssessment } from '../engine/assess.ts';

/**
 * The JSON of objects the engine shares between assessments (frozen, so they cannot change): found by identity,
 * without looking at their text at all.
 */
const frozenJson = new WeakMap<object, string>();
function json(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const known = frozenJson.get(value);
    if (known !== undefined) return known;
    if (Object.isFrozen(value)) {
      const text = JSON.stringify(value);
      frozenJson.set(value, text);
      return text;
    }
  }
  // In an array, what JSON cannot say (undefined, a function) becomes null.
  return JSON.stringify(value) ?? 'null';
}

/** Texts that repeat (summaries, the disclaimer), by the string itself; bounded, since some are built from answers. */
const stringJson = new Map<string, string>();
function stringText(value: string): string {
  let text = stringJson.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    if (stringJson.size < 1024) stringJson.set(value, text);
  }
  return text;
}

/**
 * True when `value` has exactly these own enumerable keys, in this order, none of them undefined (which JSON
 * would leave out). A for-in allocates nothing.
 */
function hasKeys(value: object, keys: readonly string[]): boolean {
  let k = 0;
  for (const key in value) {
    if (key !== keys[k++] || (value as Record<string, unknown>)[key] === undefined) return false;
  }
  return k === keys.length;
}

const assessmentKeys = ['policyVersion', 'hoursSinceMassage', 'level', 'summary', 'reasons', 'plan', 'timeline', 'contributors', 'watchFor', 'disclaimer'];
const reasonKeys = ['code', 'level', 'explanation', 'source', 'answers'];
const planKeys = ['actions'];
const actionKeys = ['code', 'text', 'source'];
const timedActionKeys = ['code', 'text', 'until', 'source'];

type Reason = FullAssessment['reasons'][number];

/** A reason's JSON up to its answers (`{"code":…,"source":…`): the rule's part, which repeats. */
const reasonHeads = new Map<string, { reason: Reason; head: string }>();
function reasonHead(reason: Reason): string {
  const known = reasonHeads.get(reason.explanation);
  if (known && known.reason.code === reason.code && known.reason.level === reason.level && known.reason.source === reason.source) return known.head;
  const head = `{"code":${JSON.stringify(reason.code)},"level":${JSON.stringify(reason.level)},"explanation":${JSON.stringify(reason.explanation)},"source":${JSON.stringify(reason.source)}`;
  if (reasonHeads.size < 1024) reasonHeads.set(reason.explanation, { reason, head });
  return head;
}

/** A JSON array of the items, each rendered by `render`. */
function list<T>(items: readonly T[], render: (item: T) => string = json): string {
  let text = '[';
  for (let k = 0; k < items.length; k++) text += (k ? ',' : '') + render(items[k]!);
  return `${text}]`;
}

type Action = FullAssessment['plan']['actions'][number];

/** An action built for this answer (its words or its time depend on the report): its repeating strings reused. */
function actionText(action: Action): string {
  if (!Object.isFrozen(action) && typeof action.code === 'string' && typeof action.text === 'string' && typeof action.source === 'string') {
    const head = `{"code":${stringText(action.code)},"text":${stringText(action.text)}`;
    if (hasKeys(action, actionKeys)) return `${head},"source":${stringText(action.source)}}`;
    if (hasKeys(action, timedActionKeys) && typeof action.until === 'string') return `${head},"until":${JSON.stringify(action.until)},"source":${stringText(action.source)}}`;
  }
  return json(action);
}

export function serializeAssessment(assessment: FullAssessment): string {
  if (!hasKeys(assessment, assessmentKeys) || !hasKeys(assessment.plan, planKeys)) return JSON.stringify(assessment);
  const { reasons } = assessment;
  let text = `{"policyVersion":${stringText(assessment.policyVersion)},"hoursSinceMassage":${JSON.stringify(assessment.hoursSinceMassage)},"level":${stringText(assessment.level)},"summary":${json(assessment.summary)},"reasons":[`;
  for (let k = 0; k < reasons.length; k++) {
    const reason = reasons[k]!;
    if (k) text += ',';
    if (Object.isFrozen(reason) || !hasKeys(reason, reasonKeys)) text += json(reason);
    else text += `${reasonHead(reason)},"answers":${json(reason.answers)}}`;
  }
  return `${text}],"plan":{"actions":${list(assessment.plan.actions, actionText)}},"timeline":${JSON.stringify(assessment.timeline)},"contributors":${list(assessment.contributors)},"watchFor":${json(assessment.watchFor)},"disclaimer":${stringText(assessment.disclaimer)}}`;
}
