// What the validators cannot know: that an exported Bundle means what the diary says. Its references resolve; each
// QuestionnaireResponse answers its Questionnaire's items with the item's own type and options, carries only the
// items the Questionnaire enables (enableWhen, and enableWhenExpression evaluated by fhirpath.js, HL7's reference
// FHIRPath engine that form fillers such as LHC-Forms use) and every enabled required one. The FHIR rules for
// enableWhen: R4 Questionnaire, "enableWhen".
import type {
  Bundle,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Resource,
} from '@medplum/fhirtypes';
import { evaluate } from './fhir-medplum.ts';

const enableWhenExpressionUrl = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

/** Every `reference` in the Bundle that names no entry (`Type/id`) in it, or a canonical questionnaire it lacks. */
export function unresolvedReferences(bundle: Bundle): string[] {
  const present = new Set((bundle.entry ?? []).map((e) => `${e.resource!.resourceType}/${e.resource!.id}`));
  const canonicals = new Set(
    (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Questionnaire' ? [`${e.resource.url}|${e.resource.version}`] : [])),
  );
  const missing: string[] = [];
  JSON.stringify(bundle, (key, value: unknown) => {
    if (key === 'reference' && typeof value === 'string' && !present.has(value)) missing.push(value);
    if (key === 'questionnaire' && typeof value === 'string' && !canonicals.has(value)) missing.push(value);
    return value;
  });
  return missing;
}

/** Every answer in a response to the item with this linkId (anywhere in it). */
function answersTo(response: QuestionnaireResponse, linkId: string): QuestionnaireResponseItemAnswer[] {
  const found: QuestionnaireResponseItemAnswer[] = [];
  const walk = (items: readonly QuestionnaireResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      if (item.linkId === linkId) found.push(...(item.answer ?? []));
      walk(item.item);
    }
  };
  walk(response.item);
  return found;
}

function conditionHolds(condition: QuestionnaireItemEnableWhen, response: QuestionnaireResponse): boolean {
  const answers = answersTo(response, condition.question);
  if (condition.operator === 'exists') return answers.length > 0 === condition.answerBoolean;
  // R4: with no answer, a condition other than `exists` is false (`!=` included).
  if (answers.length === 0) return false;
  const same = (answer: QuestionnaireResponseItemAnswer) =>
    condition.answerBoolean !== undefined
      ? answer.valueBoolean === condition.answerBoolean
      : condition.answerCoding !== undefined
        ? answer.valueCoding?.code === condition.answerCoding.code && answer.valueCoding?.system === condition.answerCoding.system
        : condition.answerInteger !== undefined
          ? answer.valueInteger === condition.answerInteger
          : false;
  if (condition.operator === '=') return answers.some(same);
  if (condition.operator === '!=') return answers.every((answer) => !same(answer));
  throw new Error(`operator ${condition.operator} is not used by Aftercare's Questionnaire`);
}

/** Whether a Questionnaire item is enabled for this response: its enableWhen, and its enableWhenExpression. */
export function isEnabled(item: QuestionnaireItem, response: QuestionnaireResponse): boolean {
  const expression = item.extension?.find((e) => e.url === enableWhenExpressionUrl)?.valueExpression?.expression;
  if (expression !== undefined) {
    const result = evaluate(response, expression, { resource: response });
    return result.length === 1 && result[0] === true;
  }
  if (!item.enableWhen?.length) return true;
  const holds = item.enableWhen.map((condition) => conditionHolds(condition, response));
  return item.enableBehavior === 'any' ? holds.some(Boolean) : holds.every(Boolean);
}

const valueKeyOf: Partial<Record<QuestionnaireItem['type'], keyof QuestionnaireResponseItemAnswer>> = {
  boolean: 'valueBoolean',
  integer: 'valueInteger',
  dateTime: 'valueDateTime',
  choice: 'valueCoding',
};

/** How a response departs from its Questionnaire; empty when every item matches, and the enabled ones are all there. */
export function responseProblems(questionnaire: Questionnaire, response: QuestionnaireResponse): string[] {
  const problems: string[] = [];
  const check = (defined: readonly QuestionnaireItem[], given: readonly QuestionnaireResponseItem[], where: string) => {
    for (const item of given) {
      const definition = defined.find((d) => d.linkId === item.linkId);
      if (!definition) {
        problems.push(`${where}${item.linkId}: not an item of the Questionnaire here`);
        continue;
      }
      if (!isEnabled(definition, response)) problems.push(`${where}${item.linkId}: answered, but not enabled`);
      if (definition.type === 'group') {
        if (item.answer?.length) problems.push(`${where}${item.linkId}: a group has no answer`);
        check(definition.item ?? [], item.item ?? [], `${where}${item.linkId} > `);
        continue;
      }
      const key = valueKeyOf[definition.type];
      const answers = item.answer ?? [];
      if (answers.length === 0) problems.push(`${where}${item.linkId}: no answer`);
      if (answers.length > 1 && !definition.repeats)
        problems.push(`${where}${item.linkId}: ${answers.length} answers to an item that does not repeat`);
      for (const answer of answers) {
        const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
        if (keys.length !== 1 || keys[0] !== key)
          problems.push(`${where}${item.linkId}: answered with ${keys.join(', ')}, the item is ${definition.type}`);
        if (definition.type === 'choice') {
          const option = definition.answerOption?.some(
            (o) => o.valueCoding?.code === answer.valueCoding?.code && o.valueCoding?.system === answer.valueCoding?.system,
          );
          if (!option) problems.push(`${where}${item.linkId}: ${answer.valueCoding?.code} is not one of its options`);
        }
      }
    }
    // In a completed response, every enabled required item is answered.
    if (response.status === 'completed') {
      for (const definition of defined) {
        if (definition.required && isEnabled(definition, response) && !given.some((g) => g.linkId === definition.linkId))
          problems.push(`${where}${definition.linkId}: required and enabled, but missing`);
      }
    }
  };
  check(questionnaire.item ?? [], response.item ?? [], '');
  return problems;
}

/** The resources of a Bundle, by type. */
export const resourcesOf = <T extends Resource['resourceType']>(bundle: Bundle, type: T) =>
  (bundle.entry ?? []).map((e) => e.resource!).filter((r): r is Extract<Resource, { resourceType: T }> => r.resourceType === type);
