import { fetchKey } from '../extract.js';
import type { LinkResult } from '../types.js';
import { createLinkAgent, createSender } from './agent.js';
import type { BackoffOptions } from '../retry.js';
import { checkLink, DEFAULT_CHECK_OPTIONS, type CheckLinkOptions } from './check-link.js';
import { createScheduler } from './scheduler.js';
import { createAddressPolicy, type Resolver } from './ssrf-guard.js';

/** Settings of the HTTP link checker; every field has the documented default. */
export interface HttpLinkCheckerOptions {
  /** Whole budget of one link, retries and Retry-After waits included (`--timeout`, default 15 s). */
  timeoutMs?: number;
  /** Requests in flight at once, all hosts together (default 16). */
  concurrency?: number;
  /** Requests in flight to one host (default 2). */
  perHost?: number;
  /** Host names or IP literals exempt from the private-address guard (`allow-hosts`). */
  allowHosts?: Iterable<string>;
  /** Allow every private address (the CLI's `--allow-private-hosts`). */
  allowPrivate?: boolean;
  maxRetries?: number;
  maxRedirects?: number;
  maxRetryAfterMs?: number;
  connectTimeoutMs?: number;
  /** DNS resolver (tests stage rebinding with it); the system resolver by default. */
  resolve?: Resolver;
  backoff?: BackoffOptions;
  /** Body prefix read on GET and the time allowed for it. */
  maxBodyBytes?: number;
  bodyDeadlineMs?: number;
}

export interface HttpLinkChecker {
  /** Results keyed by `fetchKey(url)`; each distinct key is fetched once. */
  check(urls: readonly URL[], onProgress?: (done: number, total: number) => void): Promise<Map<string, LinkResult>>;
  close(): Promise<void>;
}

export function createHttpLinkChecker(options: HttpLinkCheckerOptions = {}): HttpLinkChecker {
  const policy = createAddressPolicy({ allowPrivate: options.allowPrivate, allowHosts: options.allowHosts });
  const agent = createLinkAgent({ policy, resolve: options.resolve, connectTimeoutMs: options.connectTimeoutMs });
  const send = createSender({
    dispatcher: agent,
    maxBodyBytes: options.maxBodyBytes,
    bodyDeadlineMs: options.bodyDeadlineMs,
  });
  const budgetMs = options.timeoutMs ?? DEFAULT_CHECK_OPTIONS.budgetMs;
  const checkOptions: CheckLinkOptions = {
    ...DEFAULT_CHECK_OPTIONS,
    budgetMs,
    headersTimeoutMs: Math.min(DEFAULT_CHECK_OPTIONS.headersTimeoutMs, budgetMs),
    maxRetries: options.maxRetries ?? DEFAULT_CHECK_OPTIONS.maxRetries,
    maxRedirects: options.maxRedirects ?? DEFAULT_CHECK_OPTIONS.maxRedirects,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_CHECK_OPTIONS.maxRetryAfterMs,
    backoff: options.backoff,
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  return {
    async check(urls, onProgress) {
      const scheduler = createScheduler({ concurrency: options.concurrency ?? 16, perHost: options.perHost ?? 2 });
      const deps = { send, scheduler, policy, now: Date.now, sleep, random: Math.random };
      const unique = new Map<string, URL>();
      for (const url of urls) if (!unique.has(fetchKey(url))) unique.set(fetchKey(url), url);
      const results = new Map<string, LinkResult>();
      let done = 0;
      await Promise.all(
        [...unique].map(async ([key, url]) => {
          results.set(key, await checkLink(url, deps, checkOptions));
          onProgress?.(++done, unique.size);
        }),
      );
      return results;
    },
    close: () => agent.close(),
  };
}
