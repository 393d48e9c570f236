// The fake GitHub over HTTP on 127.0.0.1: authenticate, route by the OpenAPI description, inject faults,
// validate the request, run the handler against the repository, validate the answer, log everything.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOCS_URL, GitHubError } from './errors.js';
import { Faults, type Fault } from './faults.js';
import { answerGraphql, isGraphqlQuery } from './graphql/index.js';
import type { Reply, RequestContext } from './handlers/context.js';
import { handlers } from './handlers/index.js';
import { matchOperation, validateRequest, validateResponse, type FieldError } from './openapi.js';
import { RequestLog } from './request-log.js';
import { allows } from './scopes.js';
import type { TokenIdentity } from './state/people.js';
import type { FakeRepository } from './state/repository.js';

interface Resolved {
  operationId: string;
  route: string;
  reply: Reply;
  params?: Record<string, unknown>;
  requestErrors?: FieldError[];
  responseErrors?: string[];
  fault?: string;
}

const error = (status: number, message: string, extra: Record<string, unknown> = {}): Reply => ({
  status,
  body: { message, documentation_url: DOCS_URL, status: String(status), ...extra },
});

function faultReply(fault: Fault, rateReset: number): Reply {
  switch (fault.kind) {
    case 'status':
      return error(fault.status, fault.message ?? 'Server Error');
    case 'secondary-rate-limit':
    case 'too-many-requests': {
      const reply = error(
        fault.kind === 'secondary-rate-limit' ? 403 : 429,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
      );
      return { ...reply, headers: { 'retry-after': String(fault.retryAfter) } };
    }
    case 'primary-rate-limit': {
      const reset = Math.floor(Date.now() / 1000) + fault.resetInSeconds;
      const reply = error(403, 'API rate limit exceeded for installation. Check out the documentation for more.');
      return { ...reply, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset || rateReset) } };
    }
    case 'latency':
      throw new Error('latency is not an answer');
  }
}

export class FakeGitHubServer {
  readonly log = new RequestLog();
  readonly faults = new Faults();
  private readonly server: http.Server;
  private readonly hung = new Set<http.ServerResponse>();
  private readonly rateUsed = new Map<string, number>();
  private readonly rateReset = Math.floor(Date.now() / 1000) + 3600;
  url = '';

  constructor(
    readonly repo: FakeRepository,
    readonly webUrl = 'https://github.com',
  ) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private rateHeaders(viewer: TokenIdentity | undefined, resource: string): Record<string, string> {
    const key = viewer?.login ?? 'anonymous';
    const used = (this.rateUsed.get(key) ?? 0) + 1;
    this.rateUsed.set(key, used);
    const limit = viewer?.kind === 'actions' ? 1000 : viewer ? 5000 : 60;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(limit - used, 0)),
      'x-ratelimit-reset': String(this.rateReset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': resource,
    };
  }

  private rateLimitOverview(viewer: TokenIdentity): Reply {
    const used = this.rateUsed.get(viewer.login) ?? 0;
    const limit = viewer.kind === 'actions' ? 1000 : 5000;
    const core = { limit, used, remaining: Math.max(limit - used, 0), reset: this.rateReset };
    const other = { limit: 30, used: 0, remaining: 30, reset: this.rateReset };
    return { status: 200, body: { resources: { core, search: other, graphql: core }, rate: core } };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.url);
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const viewer = token ? this.repo.people.identify(token) : undefined;
    const isGraphql = method === 'POST' && (url.pathname === '/graphql' || url.pathname === '/api/graphql');
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `FAKE:${this.log.entries.length + 1}`,
      ...this.rateHeaders(viewer, isGraphql ? 'graphql' : 'core'),
    };
    let body: unknown;
    let resolved: Resolved;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    if (this.faults.crashed === 'hang') {
      this.hung.add(res);
      return;
    }
    if (this.faults.crashed === 'fail') {
      resolved = { operationId: '', route: url.pathname, reply: error(500, 'fake GitHub: crashed'), fault: 'crash' };
    } else {
      resolved = await this.resolve(method, url, body, raw, token, viewer);
    }
    const { reply } = resolved;
    res.writeHead(reply.status, { ...headers, ...reply.headers });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    this.log.add({
      method,
      path: url.pathname,
      route: resolved.route,
      operationId: resolved.operationId,
      status: reply.status,
      params: resolved.params ?? {},
      query: Object.fromEntries(url.searchParams),
      body,
      login: viewer?.login,
      requestErrors: resolved.requestErrors ?? [],
      responseErrors: resolved.responseErrors ?? [],
      fault: resolved.fault,
    });
    this.faults.observe({ operationId: resolved.operationId, method, route: resolved.route }, reply.status);
  }

  private async resolve(
    method: string,
    url: URL,
    body: unknown,
    raw: string,
    token: string | undefined,
    viewer: TokenIdentity | undefined,
  ): Promise<Resolved> {
    const isGraphql = method === 'POST' && (url.pathname === '/graphql' || url.pathname === '/api/graphql');
    const match = isGraphql ? undefined : matchOperation(method, url.pathname);
    const operationId = isGraphql ? 'graphql' : (match?.operation.operationId ?? '');
    const route = isGraphql ? url.pathname : (match?.operation.route ?? '');
    const base = { operationId, route, params: match?.params };
    if (!token) return { ...base, reply: error(401, 'Requires authentication') };
    if (!viewer) return { ...base, reply: error(401, 'Bad credentials') };
    if (!isGraphql && !match) return { ...base, reply: error(404, 'Not Found') };

    for (const fault of this.faults.take({ operationId, method, route })) {
      if (fault.kind === 'latency') await new Promise((r) => setTimeout(r, fault.ms));
      else return { ...base, reply: faultReply(fault, this.rateReset), fault: fault.kind };
    }
    if (raw && typeof body === 'string') return { ...base, reply: error(400, 'Problems parsing JSON') };
    const isQuery = isGraphql && isGraphqlQuery(body);
    if (!allows(viewer.permissions, isQuery ? 'graphql/query' : operationId, method)) {
      return { ...base, reply: error(403, 'Resource not accessible by integration') };
    }
    if (isGraphql) return { ...base, reply: answerGraphql(this.repo, viewer, this.webUrl, body) };

    const { operation, params: rawParams } = match!;
    const checked = validateRequest(operation, rawParams, url.searchParams, body);
    if (checked.errors.length) {
      return {
        ...base,
        reply: error(422, 'Validation Failed', { errors: checked.errors }),
        requestErrors: checked.errors,
      };
    }
    const { owner, repo } = checked.params as { owner?: string; repo?: string };
    if (owner !== undefined && `${owner}/${String(repo)}`.toLowerCase() !== this.repo.fullName.toLowerCase()) {
      return { ...base, reply: error(404, 'Not Found') };
    }
    const ctx: RequestContext = {
      repo: this.repo,
      origins: { api: this.url, web: this.webUrl },
      viewer,
      params: checked.params,
      query: checked.query,
      body,
      url,
    };
    let reply: Reply;
    try {
      const handler = operationId === 'rate-limit/get' ? () => this.rateLimitOverview(viewer) : handlers[operationId];
      if (!handler) throw new Error(`fake GitHub has no handler for ${operationId}`);
      reply = handler(ctx);
    } catch (thrown) {
      if (!(thrown instanceof GitHubError)) {
        const message = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
        return { ...base, reply: error(500, `fake GitHub bug: ${message}`), responseErrors: [message] };
      }
      reply = { status: thrown.status, body: thrown.body };
    }
    const responseErrors = validateResponse(operation, reply.status, reply.body);
    if (responseErrors.length) {
      return {
        ...base,
        reply: error(500, 'fake GitHub: its response violates the schema', { errors: responseErrors }),
        responseErrors,
      };
    }
    return { ...base, reply };
  }
}
