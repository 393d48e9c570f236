/**
 * Retry timing, pure: exponential backoff with jitter, and `Retry-After` parsing. The fetch adapter
 * supplies the clock and the random source, so tests assert behaviour without waiting.
 */

export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** Longest backoff delay. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 8_000 };

/**
 * Delay before retry number `attempt` (0 for the first retry): `base · 2^attempt`, capped, then
 * "equal jitter" (half fixed, half random) so synchronized failures do not retry in lockstep while
 * every retry still waits at least half the nominal delay.
 */
export function backoffDelay(attempt: number, random: () => number, options = DEFAULT_BACKOFF): number {
  const nominal = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(nominal / 2 + (nominal / 2) * clamp01(random()));
}

/**
 * `Retry-After` in milliseconds from now: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Returns undefined when absent or unparseable; negative dates become 0.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export interface RetryWaitDecision {
  /** Wait this long, then retry; or give up (`wait` undefined) with the reason. */
  wait?: number;
  reason?: string;
}

export interface RetryWaitInput {
  /** Retries already made for this link. */
  retriesDone: number;
  maxRetries: number;
  /** Parsed `Retry-After` of the last answer, if any. */
  retryAfterMs: number | undefined;
  /** Longest `Retry-After` honoured; a server asking for more is not waited for. */
  maxRetryAfterMs: number;
  /** What is left of the link's whole budget. */
  remainingMs: number;
  random: () => number;
  backoff?: BackoffOptions;
}

/**
 * Whether to retry and after how long. A wait that would not leave time for one more attempt is
 * pointless, so the link is given up with the last answer instead of burning its budget asleep.
 */
export function decideRetryWait(input: RetryWaitInput): RetryWaitDecision {
  if (input.retriesDone >= input.maxRetries) return { reason: 'retries exhausted' };
  let wait = backoffDelay(input.retriesDone, input.random, input.backoff);
  if (input.retryAfterMs !== undefined) {
    if (input.retryAfterMs > input.maxRetryAfterMs) return { reason: 'Retry-After longer than allowed' };
    // Honour the server's wait exactly, plus a little jitter so queued requests do not stampede.
    wait = Math.round(input.retryAfterMs + 250 * clamp01(input.random()));
  }
  // Keep at least a quarter of the remaining budget (and 500 ms) for the attempt itself.
  const attemptReserve = Math.max(500, input.remainingMs / 4);
  if (wait + attemptReserve > input.remainingMs) return { reason: 'no time left in the budget' };
  return { wait };
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
