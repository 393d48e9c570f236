// What every operation handler gets, what it returns, and GitHub's page-based pagination with Link headers.
import type { Origins } from '../render/accounts.js';
import { People, type BaseRole, type TokenIdentity } from '../state/people.js';
import type { FakeRepository } from '../state/repository.js';

export interface RequestContext {
  repo: FakeRepository;
  origins: Origins;
  /** Who the request's token acts as. */
  viewer: TokenIdentity;
  /** Path parameters, typed by the OpenAPI schema (issue_number is a number…). */
  params: Record<string, any>;
  /** Query parameters the operation documents, typed by the schema. */
  query: Record<string, any>;
  body: any;
  /** The request URL as the client sent it (for Link headers). */
  url: URL;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Reply;

export const ok = (body: unknown, status = 200): Reply => ({ status, body });

/** Role the token's account has; workflow and app tokens act with write access, as the bot's tokens do. */
export function viewerRole(ctx: RequestContext): BaseRole | 'none' {
  const role = ctx.repo.people.roleOf(ctx.viewer.login, ctx.repo.settings.private);
  if (ctx.viewer.kind !== 'pat' && !People.atLeast(role, 'write')) return 'write';
  return role;
}

/** One page of `items` with GitHub's `Link` header (`per_page` default 30, at most 100). */
export function paginate<T>(ctx: RequestContext, items: T[], render: (item: T) => unknown): Reply {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30), 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.url.pathname + ctx.url.search, ctx.origins.api);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  const body = items.slice((page - 1) * perPage, page * perPage).map(render);
  return { status: 200, body, headers: links.length ? { link: links.join(', ') } : {} };
}
