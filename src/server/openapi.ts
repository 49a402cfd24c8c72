// The OpenAPI 3.1 document, generated from the same schema constants the validator compiles.
import { errorSchema, inputSchema, outputSchema } from '../contract/schemas.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Moves a schema's `$defs` into components under a prefix and points its `$ref`s there. */
function componentise(schema: Json, prefix: string, defs: Record<string, Json>): Json {
  if (Array.isArray(schema)) return schema.map((s) => componentise(s, prefix, defs));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$defs' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [name, def] of Object.entries(value)) defs[`${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`] = componentise(def, prefix, defs);
    } else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      const name = value.slice('#/$defs/'.length);
      out.$ref = `#/components/schemas/${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`;
    } else if (key !== '$schema' && key !== '$id') out[key] = componentise(value, prefix, defs);
  }
  return out;
}

export function openApiDocument(): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  schemas.Report = componentise(inputSchema as unknown as Json, 'Report', schemas);
  schemas.Assessment = componentise(outputSchema as unknown as Json, 'Assessment', schemas);
  schemas.Error = componentise(errorSchema as unknown as Json, 'Error', schemas);
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aftercare',
      version: '1',
      summary: 'Triage of lower back pain after a massage (policy 1). Not a diagnosis.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/api/v1/assessments': {
        post: {
          operationId: 'assess',
          summary: 'Assess one report',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } },
          responses: {
            '200': { description: 'The assessment', content: { 'application/json': { schema: { $ref: '#/components/schemas/Assessment' } } } },
            '400': error('The body is not JSON (malformed-json)'),
            '413': error('The body is over 64 KiB'),
            '422': error('The report was refused: invalid-input (with every issue), report-before-massage or out-of-scope'),
          },
        },
      },
      '/healthz': {
        get: { operationId: 'health', summary: 'Whether the server is up', responses: { '200': { description: 'Up', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } } } },
      },
    },
    components: { schemas },
  };
}
