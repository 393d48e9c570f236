/**
 * Global + per-host concurrency for link requests, fair to hosts.
 *
 * p-limit is FIFO over one pool; this needs more, so it is a small scheduler of its own:
 * - every HTTP request (each hop, each retry) takes a slot, so a link waiting out a backoff holds none;
 * - a host never has more than its limit in flight;
 * - when a slot frees, it goes to the host with the most estimated work left (queue × latency ÷ limit):
 *   the busiest host bounds the run, so it must never sit idle behind quick hosts. Slots are handed
 *   out once all the links of a batch are queued, so the first ones already go by that estimate, and
 *   a host whose request has been out longer than its estimate is estimated at least that slow;
 * - requests of links already in progress (redirect hops, retries) go before links not yet started,
 *   so started links finish inside their budgets;
 * - a 429 halves the host's limit (additive increase after a run of clean answers) and makes its next
 *   request a lone probe: a 429 for one page (a per-URL limit) lets the others go on at once, while a
 *   host that refuses the probe too is closed to everyone until its `Retry-After`, so queued requests
 *   do not walk into the same 429. Answers to requests sent before a slowdown do not slow it down again.
 */

export interface HostScheduler {
  run<T>(host: string, task: () => Promise<T>, options?: RunOptions<T>): Promise<T>;
}

export interface RunOptions<T> {
  /** A request of a link already in progress (a redirect hop, a retry): it goes first. */
  continuation?: boolean;
  /** What the answer says about the host, judged as it arrives, before the host's next request starts. */
  outcome?: (result: T) => HostOutcome;
}

/** `clean`: answered without complaint; `rate-limited`: a 429 (with its Retry-After); `failed`: anything else. */
export type HostOutcome = 'clean' | 'failed' | { rateLimited: number | undefined };

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
  outcome?: (result: unknown) => HostOutcome;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface HostState {
  limit: number;
  queue: Job[];
  /** Index in `queue` after the last continuation (continuations stay in FIFO order among themselves). */
  continuations: number;
  /** The requests in flight: when each started, and its place in the order of all starts. */
  started: Set<{ at: number; seq: number }>;
  notBefore: number;
  cleanStreak: number;
  /** Mean latency, once measured. */
  meanMs?: number;
  /** Starts counted when the limit was last lowered: answers to requests started before belong to that episode. */
  slowedAt: number;
  /** After a 429 the next request goes alone ('next'), and nothing else starts while it is out ('out'). */
  probe: 'none' | 'next' | 'out';
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
  let pumpQueued = false;
  let starts = 0;

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = {
        limit: maxPerHost,
        queue: [],
        continuations: 0,
        started: new Set(),
        notBefore: 0,
        cleanStreak: 0,
        slowedAt: -Infinity,
        probe: 'none',
      };
      hosts.set(host, state);
    }
    return state;
  };

  /** The mean latency, raised to the age of the oldest request still out (it is at least that slow). */
  const estimate = (state: HostState, at: number): number => {
    let estimateMs = state.meanMs ?? INITIAL_LATENCY_MS;
    for (const { at: startedAt } of state.started) estimateMs = Math.max(estimateMs, at - startedAt);
    return estimateMs;
  };

  const pickHost = (at: number): HostState | undefined => {
    let best: HostState | undefined;
    let bestScore = -1;
    for (const state of hosts.values()) {
      if (state.queue.length === 0 || state.started.size >= state.limit || state.notBefore > at) continue;
      if (state.probe === 'out') continue;
      const score = (state.queue.length * estimate(state, at)) / state.limit;
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

  /** What an answer tells about its host: the latency, and whether to slow down, probe or close the gate. */
  const judge = (state: HostState, mark: { at: number; seq: number }, outcome: HostOutcome, wasProbe: boolean) => {
    const at = now();
    const sample = Math.max(1, at - mark.at);
    // Exponentially weighted mean: recent answers matter most, one outlier does not dominate.
    state.meanMs = state.meanMs === undefined ? sample : state.meanMs * 0.8 + sample * 0.2;
    if (wasProbe) state.probe = 'none';
    if (typeof outcome === 'object') {
      if (mark.seq < state.slowedAt) return;
      state.slowedAt = starts;
      state.limit = Math.max(1, Math.floor(state.limit / 2));
      state.cleanStreak = 0;
      // Refused again, alone: the whole host is limiting us, so everyone waits for it, then probes.
      if (wasProbe)
        state.notBefore = Math.max(state.notBefore, at + (outcome.rateLimited ?? options.defaultPauseMs ?? 1000));
      state.probe = 'next';
    } else if (outcome === 'clean' && state.limit < maxPerHost && ++state.cleanStreak >= state.limit * 8) {
      state.limit += 1;
      state.cleanStreak = 0;
    }
  };

  const start = (state: HostState, job: Job) => {
    active += 1;
    const mark = { at: now(), seq: starts++ };
    state.started.add(mark);
    const wasProbe = state.probe === 'next';
    if (wasProbe) state.probe = 'out';
    let outcome: HostOutcome = 'failed';
    void job
      .task()
      .then((result) => {
        if (job.outcome) outcome = job.outcome(result);
        return result;
      })
      .then(job.resolve, job.reject)
      .finally(() => {
        active -= 1;
        state.started.delete(mark);
        judge(state, mark, outcome, wasProbe);
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
    run<T>(host: string, task: () => Promise<T>, runOptions: RunOptions<T> = {}): Promise<T> {
      const state = stateOf(host);
      return new Promise<T>((resolve, reject) => {
        const job: Job = {
          task,
          outcome: runOptions.outcome as ((result: unknown) => HostOutcome) | undefined,
          resolve: resolve as (value: unknown) => void,
          reject,
        };
        if (runOptions.continuation) state.queue.splice(state.continuations++, 0, job);
        else state.queue.push(job);
        // Requests queued in one go (all the links of a file) are all known before the first slot goes.
        if (!pumpQueued) {
          pumpQueued = true;
          queueMicrotask(() => {
            pumpQueued = false;
            pump();
          });
        }
      });
    },
  };
}
