import { z } from 'zod';
import type { OperationContract, VendorId } from './operation.ts';
import { citation } from './operation.ts';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  // The dialect is declared once at the top of the exported document, not on every fragment.
  return rest;
}

/** One JSON Schema document holding, per operation, its request and response schema. */
export function exportJsonSchema(vendor: VendorId, contracts: readonly OperationContract[]): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  for (const op of contracts) {
    defs[op.id] = {
      description: op.summary,
      'x-doc': op.doc.map(citation),
      ...(op.declined ? { 'x-declined': op.declined } : {}),
      type: 'object',
      properties: {
        request: toSchema(op.request, 'input'),
        response: toSchema(op.response, 'output'),
      },
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://pbx-emulator.local/schemas/${vendor}.json`,
    title: `${vendor} operations`,
    $defs: defs,
  };
}

/**
 * OpenAPI 3.1. Action-dispatched vendors expose every operation on one path; OpenAPI keys paths by
 * path alone, so each action gets its own pseudo-path `/?action=<name>` (tools that accept query strings
 * in path keys render them; the real request path is in `x-request-path`).
 */
export function exportOpenApi(vendor: VendorId, contracts: readonly OperationContract[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of contracts) {
    if (op.declined) continue;
    const requestSchema = toSchema(op.request, 'input');
    const responses = {
      '200': {
        description: 'Success body as documented',
        content: { 'application/json': { schema: toSchema(op.response, 'output') } },
      },
    };
    const common = {
      operationId: op.id,
      summary: op.summary,
      'x-doc': op.doc.map(citation),
      responses,
    };
    if (op.transport.kind === 'action') {
      const key = `/?action=${op.transport.action}`;
      paths[key] = {};
      for (const method of op.transport.methods) {
        paths[key][method.toLowerCase()] = {
          ...common,
          operationId: op.transport.methods.length > 1 ? `${op.id}#${method}` : op.id,
          'x-request-path': '/',
          parameters: queryParameters(requestSchema),
        };
      }
    } else {
      const key = op.transport.path;
      paths[key] ??= {};
      const method = op.transport.method.toLowerCase();
      paths[key][method] = {
        ...common,
        ...(method === 'get' || method === 'delete'
          ? { parameters: queryParameters(requestSchema) }
          : { requestBody: { content: { 'application/json': { schema: requestSchema } } } }),
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: `${vendor} (pbx-emulator contracts)`, version: '1.0.0' },
    paths,
  };
}

function queryParameters(schema: JsonSchema): unknown[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: s,
  }));
}
