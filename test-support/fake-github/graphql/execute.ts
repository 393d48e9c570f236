// Executes a parsed operation against plain resolver objects and shapes errors the way GitHub's GraphQL
// API does: HTTP 200, `data` with the failed field set to null, and `errors[]` with type, path and locations.
import { resolveValue, type Field } from './parse.js';

/** A field that fails with a GitHub error type (NOT_FOUND, UNPROCESSABLE, FORBIDDEN…). */
export class GraphqlFieldError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export type Resolver = (args: Record<string, any>) => unknown;

/** An object of a GraphQL type: scalar fields as values, fields with arguments as functions. */
export interface GraphqlObject {
  __typename: string;
  [field: string]: unknown;
}

export interface GraphqlError {
  type?: string;
  path: (string | number)[];
  locations: { line: number; column: number }[];
  message: string;
  extensions?: Record<string, string>;
}

const isObject = (v: unknown): v is GraphqlObject =>
  typeof v === 'object' && v !== null && typeof (v as GraphqlObject).__typename === 'string';

export function execute(
  fields: Field[],
  source: GraphqlObject,
  variables: Record<string, unknown>,
  errors: GraphqlError[],
  path: (string | number)[] = [],
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const fieldPath = [...path, field.alias];
    if (field.name === '__typename') {
      data[field.alias] = source.__typename;
      continue;
    }
    if (!(field.name in source)) {
      errors.push({
        path: fieldPath,
        locations: [field.location],
        message: `Field '${field.name}' doesn't exist on type '${source.__typename}'`,
        extensions: { code: 'undefinedField', typeName: source.__typename, fieldName: field.name },
      });
      continue;
    }
    const resolver = source[field.name];
    let value: unknown;
    try {
      const args = Object.fromEntries(Object.entries(field.args).map(([k, v]) => [k, resolveValue(v, variables)]));
      value = typeof resolver === 'function' ? (resolver as Resolver)(args) : resolver;
    } catch (error) {
      if (!(error instanceof GraphqlFieldError)) throw error;
      errors.push({ type: error.type, path: fieldPath, locations: [field.location], message: error.message });
      data[field.alias] = null;
      continue;
    }
    data[field.alias] = shape(value, field, variables, errors, fieldPath);
  }
  return data;
}

function shape(
  value: unknown,
  field: Field,
  variables: Record<string, unknown>,
  errors: GraphqlError[],
  path: (string | number)[],
): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shape(v, field, variables, errors, [...path, i]));
  if (!isObject(value)) return value ?? null;
  if (!field.selections) {
    errors.push({
      path,
      locations: [field.location],
      message: `Field must have selections (field '${field.name}' returns ${value.__typename} but has no selections.)`,
    });
    return null;
  }
  return execute(field.selections, value, variables, errors, path);
}
