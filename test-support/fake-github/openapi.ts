// GitHub's OpenAPI description (the subset in __fixtures__/github) as a router and an Ajv validator:
// the fake answers only what GitHub documents, and checks both what it is sent and what it sends back.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';

// ajv-formats is CJS with `export default`; under NodeNext the default import is typed as the module (TOOLCHAIN P16).
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;
type Json = any;

const SPEC_URL = new URL('../../__fixtures__/github/openapi.subset.json', import.meta.url);
const spec: Json = JSON.parse(readFileSync(SPEC_URL, 'utf8'));

// Schema keywords Ajv understands; OpenAPI annotations (example, xml, x-github, discriminator…) are dropped.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_ONES = new Set(['items', 'additionalProperties', 'not']);
const KEPT = new Set([
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'required',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
]);

/** OpenAPI 3.0 schema → JSON Schema: `nullable` becomes `anyOf [schema, null]`, `$ref`s point into the 'gh' schema. */
function toJsonSchema(node: Json): Json {
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: `gh${node.$ref}` };
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(node)) {
    if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(Object.entries<Json>(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else if (SCHEMA_LISTS.has(key)) out[key] = value.map(toJsonSchema);
    else if (SCHEMA_ONES.has(key)) out[key] = typeof value === 'boolean' ? value : toJsonSchema(value);
    else if (KEPT.has(key)) out[key] = value;
  }
  if (node.nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false, validateFormats: true });
addFormats(ajv);
// GitHub's own formats: "owner/name" and a timestamp it documents loosely (string or ISO time).
ajv.addFormat('repo.nwo', /^[\w.-]+\/[\w.-]+$/);
ajv.addFormat('timestamp', true);
ajv.addSchema({
  $id: 'gh',
  components: {
    schemas: Object.fromEntries(Object.entries<Json>(spec.components.schemas).map(([k, v]) => [k, toJsonSchema(v)])),
  },
});

const compiled = new Map<string, ValidateFunction>();
function validatorFor(key: string, schema: Json): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(schema));
    compiled.set(key, validate);
  }
  return validate;
}

function deref(node: Json): Json {
  if (typeof node?.$ref !== 'string') return node;
  return deref(
    node.$ref
      .split('/')
      .slice(1)
      .reduce((o: Json, k: string) => o[k], spec),
  );
}

export interface Operation {
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  route: string;
  operationId: string;
  /** Tag of the operation (issues, pulls, git…), used as the `resource` of validation errors. */
  tag: string;
  pattern: RegExp;
  names: string[];
  definition: Json;
}

// Ref names, file paths and branch names may arrive with raw slashes (curl) or as %2F (Octokit).
// `base` and `head` of a comparison may be branch names with slashes (`main...adopters/issue-1`).
const MULTI_SEGMENT_PARAMS = new Set(['path', 'ref', 'branch', 'base', 'head']);

const operations: Operation[] = [];
for (const [route, item] of Object.entries<Json>(spec.paths)) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    const definition = item[method];
    if (!definition) continue;
    const names: string[] = [];
    // Literal text is escaped: `compare/{base}...{head}` has dots that must not match any character.
    const source = route
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return MULTI_SEGMENT_PARAMS.has(name) ? '(.+?)' : '([^/]+)';
      })
      .join('');
    operations.push({
      method: method.toUpperCase(),
      route,
      operationId: definition.operationId,
      tag: definition.tags?.[0] ?? '',
      pattern: new RegExp(`^${source}$`),
      names,
      definition,
    });
  }
}
// Literal segments win over parameters: `/branches/{branch}/protection` before `/branches/{branch}`.
const literalCount = (route: string) => route.split('/').filter((s) => s && !s.startsWith('{')).length;
operations.sort((a, b) => literalCount(b.route) - literalCount(a.route));

export function listOperationIds(): string[] {
  return operations.map((o) => o.operationId);
}

export function findOperation(operationId: string): Operation | undefined {
  return operations.find((o) => o.operationId === operationId);
}

export function matchOperation(
  method: string,
  pathname: string,
): { operation: Operation; params: Record<string, string> } | undefined {
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const match = operation.pattern.exec(pathname);
    if (!match) continue;
    const params = Object.fromEntries(operation.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    return { operation, params };
  }
  return undefined;
}

/** One entry of GitHub's `errors` array in a 422 "Validation Failed" answer. */
export interface FieldError {
  resource: string;
  field?: string;
  code: string;
  message?: string;
}

function toFieldErrors(resource: string, where: string, errors: ErrorObject[] | null | undefined): FieldError[] {
  return (errors ?? []).map((e) => {
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
    const pointer = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const field = missing ? [pointer, missing].filter(Boolean).join('.') : pointer || where;
    return {
      resource,
      field,
      code: missing ? 'missing_field' : 'invalid',
      message: `${where}${e.instancePath} ${e.message ?? 'is invalid'}`,
    };
  });
}

function coerceParam(raw: string, schema: Json): unknown {
  const type = deref(schema)?.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/** Path and query parameters as their schema types, plus the errors of the ones that do not validate. */
export function validateRequest(
  operation: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): { params: Record<string, unknown>; query: Record<string, unknown>; errors: FieldError[] } {
  const resource = operation.tag;
  const errors: FieldError[] = [];
  const params: Record<string, unknown> = {};
  const typedQuery: Record<string, unknown> = {};
  for (const parameter of (operation.definition.parameters ?? []).map(deref)) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const raw = parameter.in === 'path' ? pathParams[parameter.name] : (query.get(parameter.name) ?? undefined);
    if (raw === undefined) {
      if (parameter.required) errors.push({ resource, field: parameter.name, code: 'missing', message: 'missing' });
      continue;
    }
    const value = coerceParam(raw, parameter.schema ?? {});
    const validate = validatorFor(`${operation.operationId}:${parameter.in}:${parameter.name}`, parameter.schema ?? {});
    if (!validate(value)) errors.push(...toFieldErrors(resource, parameter.name, validate.errors));
    (parameter.in === 'path' ? params : typedQuery)[parameter.name] = value;
  }
  const requestBody = deref(operation.definition.requestBody);
  const schema = requestBody?.content?.['application/json']?.schema;
  if (schema && (body !== undefined || requestBody.required)) {
    const validate = validatorFor(`${operation.operationId}:body`, schema);
    if (!validate(body)) errors.push(...toFieldErrors(resource, 'body', validate.errors));
  } else if (!schema && body !== undefined && operation.method !== 'DELETE') {
    errors.push({ resource, code: 'invalid', message: 'this operation takes no request body' });
  }
  return { params, query: typedQuery, errors };
}

/** Schema errors of a response the fake is about to send (empty when valid or when the spec gives no schema). */
export function validateResponse(operation: Operation, status: number, body: unknown): string[] {
  const response = deref(operation.definition.responses?.[String(status)]);
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) return [];
  const validate = validatorFor(`${operation.operationId}:response:${status}`, schema);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `response${e.instancePath} ${e.message ?? 'is invalid'}`);
}
