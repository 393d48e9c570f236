// POST /graphql: parse, execute against the repository, answer in GitHub's GraphQL envelope.
import type { TokenIdentity } from '../state/people.js';
import type { FakeRepository } from '../state/repository.js';
import { execute, type GraphqlError } from './execute.js';
import { GraphqlSyntaxError, parseOperation } from './parse.js';
import { rootObjects } from './schema.js';

export interface GraphqlAnswer {
  status: number;
  body: { data?: unknown; errors?: GraphqlError[] | { message: string }[] };
}

/** Whether a GraphQL request only reads (`query …` or a bare `{ … }`): a POST that changes nothing. */
export function isGraphqlQuery(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*(?:query\b|\{)/.test(query);
}

export function answerGraphql(repo: FakeRepository, viewer: TokenIdentity, web: string, body: unknown): GraphqlAnswer {
  const { query, variables = {} } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  if (typeof query !== 'string') {
    return {
      status: 400,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
    };
  }
  let operation;
  try {
    operation = parseOperation(query);
  } catch (error) {
    if (!(error instanceof GraphqlSyntaxError)) throw error;
    return { status: 200, body: { errors: [{ message: error.message }] } };
  }
  const roots = rootObjects(repo, viewer, web);
  const errors: GraphqlError[] = [];
  const data = execute(operation.selections, roots[operation.kind], variables, errors);
  // An unknown field fails validation of the whole document: GitHub then returns no data at all.
  if (errors.some((e) => e.extensions?.code === 'undefinedField')) return { status: 200, body: { errors } };
  return { status: 200, body: errors.length ? { data, errors } : { data } };
}
