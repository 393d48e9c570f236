import {
  classifyNetworkError,
  classifyStatusCode,
  isRedirectStatus,
  isRetryableError,
  isRetryableStatus,
  movedToOtherDomain,
  shouldFallbackToGet,
} from '../classify.js';
import { fetchKey } from '../extract.js';
import { decideRetryWait, parseRetryAfter, type BackoffOptions } from '../retry.js';
import type { LinkResult } from '../types.js';
import { blockedReason, errorCode, type RawResponse, type Sender } from './agent.js';
import type { HostOutcome, HostScheduler } from './scheduler.js';
import { checkLiteralHost, type AddressPolicy } from './ssrf-guard.js';

/**
 * One link, start to verdict: HEAD first (GET when HEAD is refused), redirects walked by hand so
 * every hop is re-checked by the SSRF guard, retries with backoff and Retry-After, all inside one
 * budget. The budget counts time spent on this link's own requests and waits, not time queued
 * behind other links for a slot, so a long file does not time out its last links.
 */

export interface CheckLinkDeps {
  send: Sender;
  scheduler: HostScheduler;
  policy: AddressPolicy;
  /** Wall-clock milliseconds (HTTP-date Retry-After values are read against it). */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface CheckLinkOptions {
  /** The whole budget of one link: requests, retries and Retry-After waits. */
  budgetMs: number;
  maxRedirects: number;
  maxRetries: number;
  maxRetryAfterMs: number;
  headersTimeoutMs: number;
  backoff?: BackoffOptions;
}

export const DEFAULT_CHECK_OPTIONS: CheckLinkOptions = {
  budgetMs: 15_000,
  maxRedirects: 5,
  maxRetries: 3,
  maxRetryAfterMs: 30_000,
  headersTimeoutMs: 10_000,
};

type Attempt = { response: RawResponse } | { error: unknown };

export async function checkLink(start: URL, deps: CheckLinkDeps, options: CheckLinkOptions): Promise<LinkResult> {
  let url = new URL(start.href);
  // Credentials in a written URL are never sent (THREATS.md rule 7), whoever built the URL.
  url.username = '';
  url.password = '';
  let method: 'HEAD' | 'GET' = 'HEAD';
  let hops = 0;
  let retries = 0;
  let spent = 0;
  const seen = new Set([fetchKey(url)]);
  const finish = (result: Omit<LinkResult, 'network'>): LinkResult => ({ ...result, network: true });

  for (;;) {
    const remaining = options.budgetMs - spent;
    if (remaining <= 0) return finish({ status: 'timeout', code: null, detail: 'no answer within the time budget' });
    const blocked = checkLiteralHost(url.hostname, deps.policy);
    if (blocked) return finish({ status: 'blocked', code: null, detail: `address not allowed (${blocked.reason})` });

    const attempt = await deps.scheduler.run(
      url.host,
      async (): Promise<Attempt> => {
        const startedAt = deps.now();
        try {
          const timeoutMs = options.budgetMs - spent;
          const headersTimeoutMs = Math.min(options.headersTimeoutMs, timeoutMs);
          return { response: await deps.send({ url, method, timeoutMs, headersTimeoutMs }) };
        } catch (error) {
          return { error };
        } finally {
          spent += deps.now() - startedAt;
        }
      },
      { continuation: hops + retries > 0 || method === 'GET', outcome: (a) => hostOutcome(a, deps.now()) },
    );

    const wait = async (retryAfterMs: number | undefined): Promise<boolean> => {
      const decision = decideRetryWait({
        retriesDone: retries,
        maxRetries: options.maxRetries,
        retryAfterMs,
        maxRetryAfterMs: options.maxRetryAfterMs,
        remainingMs: options.budgetMs - spent,
        random: deps.random,
        backoff: options.backoff,
      });
      if (decision.wait === undefined) return false;
      await deps.sleep(decision.wait);
      spent += decision.wait;
      retries += 1;
      return true;
    };

    if ('error' in attempt) {
      const code = errorCode(attempt.error);
      if (code === 'E_LINK_BLOCKED') {
        return finish({
          status: 'blocked',
          code: null,
          detail: `address not allowed (${blockedReason(attempt.error) ?? 'policy'})`,
        });
      }
      if (code === 'ABORT_ERR' || spent >= options.budgetMs) {
        return finish({ status: 'timeout', code: null, detail: 'no answer within the time budget' });
      }
      if (isRetryableError(code) && (await wait(undefined))) continue;
      return finish({ code: null, ...classifyNetworkError(code) });
    }

    const { response } = attempt;
    if (isRedirectStatus(response.status) && response.location !== undefined) {
      const next = resolveRedirect(url, response.location);
      if (typeof next === 'string') return finish({ status: 'broken', code: response.status, detail: next });
      if (hops >= options.maxRedirects) {
        return finish({
          status: 'broken',
          code: response.status,
          detail: `more than ${options.maxRedirects} redirects`,
        });
      }
      const key = fetchKey(next);
      if (seen.has(key)) return finish({ status: 'broken', code: response.status, detail: 'redirect loop' });
      seen.add(key);
      hops += 1;
      url = next;
      continue;
    }
    if (method === 'HEAD' && shouldFallbackToGet(response.status)) {
      method = 'GET';
      continue;
    }
    if (isRetryableStatus(response.status) && (await wait(parseRetryAfter(response.retryAfter, deps.now())))) continue;
    return finish(verdict(start, url, hops, response, retries));
  }
}

/** What an answer tells the scheduler about its host: a 429 slows the host down, a 5xx or an error says nothing. */
function hostOutcome(attempt: Attempt, now: number): HostOutcome {
  if ('error' in attempt) return 'failed';
  const { status, retryAfter } = attempt.response;
  if (status === 429) return { rateLimited: parseRetryAfter(retryAfter, now) };
  return isRetryableStatus(status) ? 'failed' : 'clean';
}

function resolveRedirect(from: URL, location: string): URL | string {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    return 'redirect to an invalid URL';
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') return 'redirect to a non-HTTP URL';
  next.username = '';
  next.password = '';
  return next;
}

function verdict(
  start: URL,
  final: URL,
  hops: number,
  response: RawResponse,
  retries: number,
): Omit<LinkResult, 'network'> {
  const code = response.status;
  const finalUrl = hops > 0 ? final.href : undefined;
  if (response.challenge) return { status: 'unverifiable', code, detail: 'bot challenge', finalUrl };
  if (isRedirectStatus(code)) return { status: 'broken', code, detail: 'redirect without a Location', finalUrl };
  const status = classifyStatusCode(code);
  if (status === 'ok' && hops > 0) {
    const movedDomain = movedToOtherDomain(start, final);
    return {
      status: 'redirected',
      code,
      finalUrl,
      ...(movedDomain ? { movedDomain, detail: 'moved to another domain' } : {}),
    };
  }
  if (status === 'ok') return { status, code };
  if (code === 408) return { status: 'timeout', code, detail: 'server timed out the request', finalUrl };
  const tries = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
  if (status === 'unverifiable') {
    return {
      status,
      code,
      detail: code === 429 ? `rate limited${tries}` : 'access refused to automated checks',
      finalUrl,
    };
  }
  return { status, code, detail: code >= 500 ? `server error${tries}` : `HTTP ${code}`, finalUrl };
}
