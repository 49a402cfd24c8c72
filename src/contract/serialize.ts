// An assessment as JSON text, byte for byte what JSON.stringify gives, but reusing the text of the parts that
// repeat from answer to answer (an action's words, a region's explanation, a level's summary). Serialising was
// the largest cost an answer adds over reading and writing it.
import type { FullAssessment } from '../engine/assess.ts';

/** Fragments by the value they render: constant texts are the same string every time, so lookups are cheap. */
class FragmentCache {
  private readonly byKey = new Map<unknown, Map<unknown, string>>();
  constructor(private readonly limitPerKey: number) {}

  get(key: unknown, value: unknown, render: () => string): string {
    let inner = this.byKey.get(key);
    if (!inner) this.byKey.set(key, (inner = new Map()));
    let text = inner.get(value);
    if (text === undefined) {
      text = render();
      // Texts built from a person's answers vary; past the limit they are rendered each time rather than kept.
      if (inner.size < this.limitPerKey) inner.set(value, text);
    }
    return text;
  }
}

/**
 * The JSON of objects the engine shares between assessments (frozen, so they cannot change): found by identity,
 * without looking at their text at all.
 */
const frozenJson = new WeakMap<object, string>();
function sharedJson(value: object): string | undefined {
  if (!Object.isFrozen(value)) return undefined;
  let json = frozenJson.get(value);
  if (json === undefined) frozenJson.set(value, (json = JSON.stringify(value)));
  return json;
}

const summaries = new FragmentCache(64);
const reasonHeads = new FragmentCache(64);
const actions = new FragmentCache(64);
const contributorTexts = new FragmentCache(64);

export function serializeAssessment(assessment: FullAssessment): string {
  const { policyVersion, hoursSinceMassage, level, summary, reasons, plan, timeline, contributors, watchFor, disclaimer, ...rest } = assessment;
  // Anything this serialiser does not know about goes the ordinary way, so the output is never short of a field.
  if (Object.keys(rest).length > 0) return JSON.stringify(assessment);

  let json = `{"policyVersion":${JSON.stringify(policyVersion)},"hoursSinceMassage":${JSON.stringify(hoursSinceMassage)},"level":${JSON.stringify(level)}`;
  json += `,"summary":${sharedJson(summary) ?? summaries.get('summary', summary, () => JSON.stringify(summary))}`;
  json += ',"reasons":[';
  reasons.forEach((reason, k) => {
    const { answers, ...fixed } = reason as typeof reason & { answers?: unknown };
    const keys = Object.keys(reason);
    // The usual shape: everything but `answers` comes from the rule and repeats; `answers` is rendered each time.
    if (keys.length === 5 && keys[4] === 'answers') {
      const head = reasonHeads.get(fixed.code, fixed.explanation, () => JSON.stringify(fixed).slice(0, -1));
      json += `${k ? ',' : ''}${head},"answers":${JSON.stringify(answers)}}`;
    } else json += `${k ? ',' : ''}${JSON.stringify(reason)}`;
  });
  json += '],"plan":{"actions":[';
  plan.actions.forEach((action, k) => {
    const keys = Object.keys(action);
    const simple = keys.length === 3 && keys[0] === 'code' && keys[1] === 'text' && keys[2] === 'source';
    json += `${k ? ',' : ''}${sharedJson(action) ?? (simple ? actions.get(action.code, action.text, () => JSON.stringify(action)) : JSON.stringify(action))}`;
  });
  json += `]},"timeline":${JSON.stringify(timeline)},"contributors":[`;
  contributors.forEach((contributor, k) => {
    json += `${k ? ',' : ''}${sharedJson(contributor) ?? contributorTexts.get(contributor.region, contributor.explanation, () => JSON.stringify(contributor))}`;
  });
  json += `],"watchFor":${JSON.stringify(watchFor)},"disclaimer":${summaries.get('disclaimer', disclaimer, () => JSON.stringify(disclaimer))}}`;
  return json;
}
