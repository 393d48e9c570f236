// Every request the fake saw, with what it decided: tests count round trips, check what was and was not
// called, and assert that nothing the bot sent (or the fake answered) broke GitHub's schema.
import { isGraphqlQuery } from './graphql/index.js';
import type { FieldError } from './openapi.js';

export interface LogEntry {
  /** Order of arrival, from 1. */
  seq: number;
  method: string;
  /** The path as requested, without the query string. */
  path: string;
  /** OpenAPI path template (`/repos/{owner}/{repo}/issues`), `/graphql`, or '' when nothing matched. */
  route: string;
  /** `issues/create`…, `graphql`, or '' for an unknown route. */
  operationId: string;
  status: number;
  params: Record<string, unknown>;
  query: Record<string, string>;
  body: unknown;
  /** Login the token acts as, when the token was known. */
  login?: string;
  /** Why the request broke GitHub's description (it then got a 422). */
  requestErrors: FieldError[];
  /** Why the fake's own answer broke the description (a bug in the fake; the client got a 500). */
  responseErrors: string[];
  /** The injected fault this request got, if any. */
  fault?: string;
}

export class RequestLog {
  readonly entries: LogEntry[] = [];
  private listeners: ((entry: LogEntry) => void)[] = [];

  add(entry: Omit<LogEntry, 'seq'>): LogEntry {
    const full = { seq: this.entries.length + 1, ...entry };
    this.entries.push(full);
    for (const listener of this.listeners) listener(full);
    return full;
  }

  onEntry(listener: (entry: LogEntry) => void): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  /** Entries for one operation (all entries without an argument). */
  calls(operationId?: string): LogEntry[] {
    return operationId ? this.entries.filter((e) => e.operationId === operationId) : [...this.entries];
  }

  /** Requests that may change something: every method but GET, except GraphQL queries (POSTs that only read). */
  writes(): LogEntry[] {
    return this.entries.filter((e) => e.method !== 'GET' && !(e.operationId === 'graphql' && isGraphqlQuery(e.body)));
  }

  /** Requests that were invalid, went to no known route, or got an invalid answer from the fake. */
  failures(): LogEntry[] {
    return this.entries.filter(
      (e) => e.requestErrors.length || e.responseErrors.length || (!e.route && e.status === 404),
    );
  }

  clear(): void {
    this.entries.length = 0;
  }
}

export function describeEntry(e: LogEntry): string {
  const problems = [
    ...e.requestErrors.map((r) => `request: ${r.field ?? ''} ${r.message ?? r.code}`),
    ...e.responseErrors.map((r) => `fake's response: ${r}`),
    ...(!e.route ? ['no such route on GitHub'] : []),
  ];
  return `#${e.seq} ${e.method} ${e.path} → ${e.status}\n    ${problems.join('\n    ')}`;
}

/** Throws with a readable list when any request failed validation (use at the end of every e2e test). */
export function assertNoValidationFailures(log: RequestLog): void {
  const failures = log.failures();
  if (failures.length) {
    throw new Error(
      `${failures.length} request(s) failed GitHub's contract:\n${failures.map(describeEntry).join('\n')}`,
    );
  }
}
