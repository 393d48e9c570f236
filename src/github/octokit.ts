import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

/** The one Octokit type every GitHub adapter takes in its constructor. */
export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  token: string;
  /** REST base URL; `GITHUB_API_URL` on the runner (GitHub Enterprise Server has its own). */
  baseUrl: string;
  /** How many times a rate-limited or failed (5xx) request is retried. */
  retries?: number;
  /** Longest `retry-after` we are willing to sleep on, in seconds; longer waits fail the run instead. */
  maxRetryAfterSeconds?: number;
  /** First retry delay of plugin-retry, in seconds (it grows quadratically). */
  retryBaseSeconds?: number;
  /** Where throttling notices go (never untrusted text: only method, route and seconds). */
  log?: (message: string) => void;
}

/** A stand-in for a Bottleneck group that runs its jobs one at a time, with no minimum interval. */
function serialGroup() {
  let tail: Promise<unknown> = Promise.resolve();
  const limiter = {
    schedule<T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      const run = tail.then(() => job(...args));
      tail = run.catch(() => undefined);
      return run;
    },
  };
  return { key: () => limiter };
}

/**
 * Builds the client once per run: `getOctokit` (it honours HTTPS_PROXY on self-hosted runners) with
 * the throttling and retry plugins. Adapters receive it; none of them calls getOctokit itself.
 */
export function createOctokit(settings: OctokitSettings): Octokit {
  const retries = settings.retries ?? 3;
  const maxWait = settings.maxRetryAfterSeconds ?? 120;
  const log = settings.log ?? (() => undefined);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < retries && retryAfter <= maxWait;
      log(
        `${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return retrying;
    };
  // Typed separately: the plugin augments the wrong module, so inline options would be `any` (TOOLCHAIN P5).
  const handlers: ThrottlingOptions = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
  };
  const throttle = {
    ...handlers,
    // The plugin spaces writes 1 s apart and notifying writes 3 s apart, for bulk clients. A run of this
    // bot makes a handful of writes: keep them one at a time, without the pauses, and rely on the
    // plugin's retry when GitHub does answer with a secondary rate limit.
    write: serialGroup(),
    notifications: serialGroup(),
  } as unknown as ThrottlingOptions;
  return getOctokit(
    settings.token,
    {
      baseUrl: settings.baseUrl,
      throttle,
      retry: {
        retries,
        retryAfterBaseValue: (settings.retryBaseSeconds ?? 1) * 1000,
        // 4xx answers are decisions, not faults: retrying them only repeats the refusal.
        doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451],
      },
    },
    throttling,
    retry,
  );
}
