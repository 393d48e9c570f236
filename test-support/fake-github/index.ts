// The fake GitHub's public API: start one per test (or per file), seed `repo`, point a client at `url`,
// then assert on `repo` (state), `log` (requests) and `assertNoValidationFailures()`.
import { FakeGitHubServer } from './server.js';
import type { TokenKind } from './state/people.js';
import { FakeRepository, type RepositoryOptions } from './state/repository.js';
import type { TokenPermissions } from './scopes.js';
import { assertNoValidationFailures, type LogEntry, type RequestLog } from './request-log.js';
import type { Faults } from './faults.js';

export interface FakeGitHubOptions extends RepositoryOptions {
  /** The token the action gets (GITHUB_TOKEN); default `ghs_fakeActionsToken`. */
  token?: string;
  /** Who that token acts as; default `github-actions[bot]`. */
  tokenLogin?: string;
  /** `actions` (GITHUB_TOKEN, default), `app` (installation token) or `pat`. */
  tokenKind?: TokenKind;
  /** The workflow's `permissions:` for that token; default unrestricted. */
  tokenPermissions?: TokenPermissions;
  /** GITHUB_SERVER_URL, used for html_url fields; default https://github.com. */
  webUrl?: string;
}

export interface FakeGitHub {
  /** REST base URL (GITHUB_API_URL), e.g. http://127.0.0.1:40123. */
  url: string;
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL). */
  graphqlUrl: string;
  webUrl: string;
  token: string;
  repo: FakeRepository;
  log: RequestLog;
  faults: Faults;
  /** Log entries of one operation (all entries without an argument). */
  calls(operationId?: string): LogEntry[];
  /** Requests that may change something (GraphQL queries are POSTs but not writes). */
  writes(): LogEntry[];
  /** Throws, listing them, if any request broke GitHub's description or went to an unknown route. */
  assertNoValidationFailures(): void;
  close(): Promise<void>;
}

/** GitHub's real id for github-actions[bot], so payloads and API answers agree. */
export const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const {
    token = 'ghs_fakeActionsToken',
    tokenLogin = GITHUB_ACTIONS_BOT.login,
    tokenKind = 'actions',
    tokenPermissions,
    webUrl = 'https://github.com',
    ...repoOptions
  } = options;
  const repo = new FakeRepository(repoOptions);
  repo.people.add(GITHUB_ACTIONS_BOT.login, { type: 'Bot', id: GITHUB_ACTIONS_BOT.id });
  repo.people.addToken(token, { login: tokenLogin, kind: tokenKind, permissions: tokenPermissions });
  const server = new FakeGitHubServer(repo, webUrl);
  const url = await server.listen();
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    webUrl,
    token,
    repo,
    log: server.log,
    faults: server.faults,
    calls: (operationId) => server.log.calls(operationId),
    writes: () => server.log.writes(),
    assertNoValidationFailures: () => assertNoValidationFailures(server.log),
    close: () => server.close(),
  };
}

export {
  FakeRepository,
  DEFAULT_SETTINGS,
  type RepositorySettings,
  type RepositoryOptions,
} from './state/repository.js';
export type { BaseRole, TokenKind, TokenIdentity } from './state/people.js';
export type { Rule, BranchProtection } from './state/protection.js';
export type { Fault, FaultOptions, RequestMatcher, CrashMode } from './faults.js';
export type { LogEntry } from './request-log.js';
export type { TokenPermissions } from './scopes.js';
export { listOperationIds } from './openapi.js';
