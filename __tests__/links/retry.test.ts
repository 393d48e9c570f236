import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, decideRetryWait, parseRetryAfter } from '../../src/links/retry.js';

describe('backoffDelay', () => {
  it('should double the nominal delay per attempt and cap it', () => {
    const max = () => 1;
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, max, { baseMs: 500, capMs: 4000 }))).toEqual([
      500, 1000, 2000, 4000, 4000, 4000,
    ]);
  });

  it('should always wait between half and all of the nominal delay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const nominal = Math.min(8000, 500 * 2 ** attempt);
        const delay = backoffDelay(attempt, () => r);
        return delay >= nominal / 2 - 1 && delay <= nominal + 1;
      }),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-28T10:00:00Z');

  it('should read delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
  });

  it('should read an HTTP-date against the clock', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('should ignore absent or garbage values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('decideRetryWait', () => {
  const base = {
    retriesDone: 0,
    maxRetries: 3,
    retryAfterMs: undefined,
    maxRetryAfterMs: 30_000,
    remainingMs: 15_000,
    random: () => 0,
  };

  it('should back off when the server names no wait', () => {
    expect(decideRetryWait(base)).toEqual({ wait: 250 });
  });

  it('should honour Retry-After over the backoff', () => {
    expect(decideRetryWait({ ...base, retryAfterMs: 4000 })).toEqual({ wait: 4000 });
  });

  it('should give up when Retry-After is longer than allowed', () => {
    expect(decideRetryWait({ ...base, retryAfterMs: 120_000 }).wait).toBeUndefined();
  });

  it('should give up when the wait would leave no time for the attempt', () => {
    expect(decideRetryWait({ ...base, retryAfterMs: 9000, remainingMs: 10_000 })).toEqual({
      reason: 'no time left in the budget',
    });
  });

  it('should stop after the last retry', () => {
    expect(decideRetryWait({ ...base, retriesDone: 3 })).toEqual({ reason: 'retries exhausted' });
  });
});
