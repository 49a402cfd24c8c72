// A third FHIR validator: FHIR.js (the `fhir` package), which reads R4's structure its own way and checks the
// types a reference may point at (a ServiceRequest's reason may be a Condition, an Observation, a DiagnosticReport
// or a DocumentReference, never a RiskAssessment): a class of mistake the other two validators let through.
import { Fhir, type ValidatorMessage } from 'fhir';

const fhir = new Fhir();

// The package declares its severities as a TypeScript enum but does not export it at run time: compared as text.
const isError = (message: ValidatorMessage) => ['error', 'fatal'].includes(String(message.severity));

/** The value at a FHIR.js location such as `Questionnaire.item[1].enableWhen[0]`, below the resource. */
function at(resource: unknown, location: string): unknown {
  let value: unknown = resource;
  for (const step of location.split('.').slice(1)) {
    const [, name, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(step) ?? [];
    if (!name || typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[name];
    if (index !== undefined) value = Array.isArray(value) ? value[Number(index)] : undefined;
  }
  return value;
}

/**
 * FHIR.js reports a choice element whose value is `false` (an enableWhen's `answerBoolean: false`) as missing: it
 * tests the value, not its presence. Such a report is checked against the resource and dropped when the element is there.
 */
function reallyMissing(resource: unknown, location: string): boolean {
  const choice = /^(.*)\.([a-zA-Z]+)\[x\]$/.exec(location);
  if (!choice) return true;
  const parent = at(resource, choice[1]!);
  if (typeof parent !== 'object' || parent === null) return true;
  return !Object.entries(parent).some(([key, value]) => key.startsWith(choice[2]!) && value !== undefined && value !== null);
}

/** FHIR.js's errors for a resource (a bundle with all it holds), as "location: message". */
export function fhirJsProblems(resource: { resourceType: string; id?: string }): string[] {
  return fhir
    .validate(resource)
    .messages.filter(isError)
    .filter(
      (message) =>
        message.message !== 'Missing property' || reallyMissing(resourceOf(resource, message.resourceId), message.location ?? ''),
    )
    .map((message) => `${message.location}: ${message.message}`);
}

/** The resource a message is about: the bundle's entry with that id, or the resource itself. */
function resourceOf(resource: { resourceType: string; id?: string }, id: string | undefined): unknown {
  const entries = (resource as { entry?: { resource?: { id?: string } }[] }).entry ?? [];
  return entries.find((entry) => entry.resource?.id === id)?.resource ?? resource;
}
