/**
 * Global + per-host concurrency for link requests, fair to hosts.
 *
 * p-limit is FIFO over one pool; this needs more, so it is a small scheduler of its own:
 * - every HTTP request (each hop, each retry) takes a slot, so a link waiting out a backoff holds none;
 * - a host never has more than its limit in flight, and that limit halves when the host answers 429
 *   and grows back after a run of clean answers (additive increase, multiplicative decrease);
 * - a `Retry-After` closes the host's gate for everyone until it passes, not only for the link that
 *   got it, so queued requests do not walk into the same 429;
 * - when a slot frees, it goes to the host with the most estimated work left (queue × mean latency
 *   ÷ limit): the busiest host bounds the run, so it must never sit idle behind quick hosts;
 * - requests of links already in progress (redirect hops, retries) go before links not yet started,
 *   so started links finish inside their budgets.
 */

export interface HostScheduler {
  run<T>(host: string, task: () => Promise<T>, options?: { continuation?: boolean }): Promise<T>;
  /** The host answered 429: slow down, and hold every request to it for `retryAfterMs`. */
  rateLimited(host: string, retryAfterMs: number | undefined): void;
  /** The host answered without complaint. */
  succeeded(host: string): void;
}

export interface SchedulerOptions {
  concurrency: number;
  perHost: number;
  now?: () => number;
  /** Timer used to reopen a host's gate; injectable for tests. Returns a cancel function. */
  setTimer?: (callback: () => void, ms: number) => () => void;
  /** Pause after a 429 that named no Retry-After. */
  defaultPauseMs?: number;
}

interface Job {
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface HostState {
  limit: number;
  active: number;
  queue: Job[];
  /** Index in `queue` after the last continuation (continuations stay in FIFO order among themselves). */
  continuations: number;
  notBefore: number;
  cleanStreak: number;
  meanMs: number;
}

// A guess for hosts not measured yet; only the relative order of estimates matters.
const INITIAL_LATENCY_MS = 500;

export function createScheduler(options: SchedulerOptions): HostScheduler {
  const now = options.now ?? Date.now;
  const setTimer =
    options.setTimer ??
    ((callback: () => void, ms: number) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    });
  const maxPerHost = Math.max(1, options.perHost);
  const concurrency = Math.max(1, options.concurrency);
  const hosts = new Map<string, HostState>();
  let active = 0;
  let wake: { at: number; cancel: () => void } | undefined;

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = {
        limit: maxPerHost,
        active: 0,
        queue: [],
        continuations: 0,
        notBefore: 0,
        cleanStreak: 0,
        meanMs: INITIAL_LATENCY_MS,
      };
      hosts.set(host, state);
    }
    return state;
  };

  const pickHost = (at: number): HostState | undefined => {
    let best: HostState | undefined;
    let bestScore = -1;
    for (const state of hosts.values()) {
      if (state.queue.length === 0 || state.active >= state.limit || state.notBefore > at) continue;
      const score = (state.queue.length * state.meanMs) / state.limit;
      if (score > bestScore) {
        best = state;
        bestScore = score;
      }
    }
    return best;
  };

  const scheduleWake = (at: number) => {
    let earliest = Infinity;
    for (const state of hosts.values()) {
      if (state.queue.length > 0 && state.notBefore > at) earliest = Math.min(earliest, state.notBefore);
    }
    if (earliest === Infinity || (wake && wake.at <= earliest)) return;
    wake?.cancel();
    wake = {
      at: earliest,
      cancel: setTimer(() => {
        wake = undefined;
        pump();
      }, earliest - at),
    };
  };

  const start = (state: HostState, job: Job) => {
    active += 1;
    state.active += 1;
    const startedAt = now();
    void job
      .task()
      .then(job.resolve, job.reject)
      .finally(() => {
        active -= 1;
        state.active -= 1;
        // Exponentially weighted mean: recent answers matter most, one outlier does not dominate.
        state.meanMs = state.meanMs * 0.8 + Math.max(1, now() - startedAt) * 0.2;
        pump();
      });
  };

  function pump(): void {
    const at = now();
    while (active < concurrency) {
      const state = pickHost(at);
      if (!state) break;
      const job = state.queue.shift()!;
      if (state.continuations > 0) state.continuations -= 1;
      start(state, job);
    }
    scheduleWake(at);
  }

  return {
    run<T>(host: string, task: () => Promise<T>, runOptions: { continuation?: boolean } = {}): Promise<T> {
      const state = stateOf(host);
      return new Promise<T>((resolve, reject) => {
        const job: Job = { task, resolve: resolve as (value: unknown) => void, reject };
        if (runOptions.continuation) state.queue.splice(state.continuations++, 0, job);
        else state.queue.push(job);
        pump();
      });
    },
    rateLimited(host, retryAfterMs) {
      const state = stateOf(host);
      state.limit = Math.max(1, Math.floor(state.limit / 2));
      state.cleanStreak = 0;
      state.notBefore = Math.max(state.notBefore, now() + (retryAfterMs ?? options.defaultPauseMs ?? 1000));
      scheduleWake(now());
    },
    succeeded(host) {
      const state = stateOf(host);
      if (state.limit >= maxPerHost) return;
      state.cleanStreak += 1;
      if (state.cleanStreak >= state.limit * 8) {
        state.limit += 1;
        state.cleanStreak = 0;
        pump();
      }
    },
  };
}
