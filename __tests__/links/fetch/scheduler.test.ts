import { describe, expect, it } from 'vitest';
import { createScheduler, type HostOutcome } from '../../../src/links/fetch/scheduler.js';

/** Tasks that finish only when the test says so; the clock and timers are manual too. */
function harness(options: { concurrency: number; perHost: number }) {
  let now = 0;
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const scheduler = createScheduler({
    ...options,
    now: () => now,
    setTimer: (fn, ms) => {
      const timer = { at: now + ms, fn, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
  });
  const running: { host: string; label: string; finish: (outcome: HostOutcome) => void }[] = [];
  const started: string[] = [];
  const settle = () => new Promise((r) => setImmediate(r));
  /** Queues a request; like the link checker, the whole batch is queued before any slot is handed out. */
  const submit = (host: string, label: string, continuation = false) =>
    void scheduler.run(
      host,
      () =>
        new Promise<HostOutcome>((resolve) => {
          started.push(label);
          running.push({ host, label, finish: resolve });
        }),
      { continuation, outcome: (answer) => answer },
    );
  const finish = async (label: string, outcome: HostOutcome = 'clean') => {
    const index = running.findIndex((r) => r.label === label);
    running.splice(index, 1)[0]!.finish(outcome);
    await settle();
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
      timer.cancelled = true;
      timer.fn();
    }
    await new Promise((r) => setImmediate(r));
  };
  const inFlight = (host: string) => running.filter((r) => r.host === host).length;
  return { scheduler, submit, finish, advance, settle, started, running, inFlight };
}

describe('createScheduler', () => {
  it('should never exceed the per-host or the global limit', async () => {
    const h = harness({ concurrency: 3, perHost: 2 });
    for (let i = 0; i < 5; i++) h.submit('a', `a${i}`);
    for (let i = 0; i < 5; i++) h.submit('b', `b${i}`);
    await h.settle();
    expect(h.running).toHaveLength(3);
    expect(h.inFlight('a')).toBeLessThanOrEqual(2);
    expect(h.inFlight('b')).toBeLessThanOrEqual(2);
    while (h.running.length > 0) {
      await h.finish(h.running[0]!.label);
      expect(h.running.length).toBeLessThanOrEqual(3);
      expect(h.inFlight('a')).toBeLessThanOrEqual(2);
      expect(h.inFlight('b')).toBeLessThanOrEqual(2);
    }
    expect(h.started).toHaveLength(10);
  });

  it('should give a free slot to the host with the most work left', async () => {
    const h = harness({ concurrency: 1, perHost: 2 });
    h.submit('small', 's0');
    for (let i = 0; i < 4; i++) h.submit('big', `b${i}`);
    h.submit('small', 's1');
    await h.settle();
    expect(h.started).toEqual(['b0']);
    // big answers in 600 ms: 3 left × 600 ÷ 2 = 900, more than small's 2 × 500 (unmeasured) ÷ 2.
    await h.advance(600);
    await h.finish('b0');
    expect(h.started).toEqual(['b0', 'b1']);
  });

  it('should run requests of links in progress before links not started', async () => {
    const h = harness({ concurrency: 1, perHost: 1 });
    h.submit('a', 'first');
    h.submit('a', 'new1');
    h.submit('a', 'new2');
    await h.settle();
    h.submit('a', 'retry', true);
    await h.finish('first');
    expect(h.started).toEqual(['first', 'retry']);
  });

  it('should hand out the first slots only once a batch is queued, by estimated work', async () => {
    const h = harness({ concurrency: 2, perHost: 2 });
    for (let i = 0; i < 3; i++) h.submit('a', `a${i}`);
    for (let i = 0; i < 3; i++) h.submit('b', `b${i}`);
    expect(h.started).toEqual([]);
    await h.settle();
    expect(h.started).toEqual(['a0', 'b0']);
  });

  it('should let the other pages of a host go on after a 429 for one page, once a lone probe passes', async () => {
    const h = harness({ concurrency: 8, perHost: 4 });
    for (let i = 0; i < 8; i++) h.submit('a', `a${i}`);
    await h.settle();
    await h.finish('a0', { rateLimited: 2000 });
    // Limit 4 → 2, and the next request goes alone: a1–a3 are still out, so nothing starts yet.
    expect(h.started).toEqual(['a0', 'a1', 'a2', 'a3']);
    await h.finish('a1');
    await h.finish('a2');
    expect(h.started).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    await h.finish('a3');
    expect(h.inFlight('a')).toBe(1);
    await h.finish('a4');
    expect(h.inFlight('a')).toBe(2);
    expect(h.started).toHaveLength(7);
  });

  it('should close the host to everyone until Retry-After when the probe is refused too', async () => {
    const h = harness({ concurrency: 8, perHost: 2 });
    for (let i = 0; i < 5; i++) h.submit('a', `a${i}`);
    h.submit('b', 'b0');
    await h.settle();
    await h.finish('a0', { rateLimited: 2000 });
    await h.finish('a1');
    expect(h.started).toEqual(['a0', 'a1', 'b0', 'a2']);
    await h.finish('a2', { rateLimited: 2000 });
    await h.advance(1999);
    expect(h.inFlight('a')).toBe(0);
    await h.advance(1);
    expect(h.started.at(-1)).toBe('a3');
    expect(h.inFlight('a')).toBe(1);
  });

  it('should slow down once for 429s to requests sent before the slowdown', async () => {
    const h = harness({ concurrency: 8, perHost: 4 });
    for (let i = 0; i < 10; i++) h.submit('a', `a${i}`);
    await h.settle();
    for (const label of ['a0', 'a1', 'a2', 'a3']) await h.finish(label, { rateLimited: 0 });
    await h.advance(0);
    // One probe (a4); once it passes, the limit is 2 (halved once), not 1.
    expect(h.started.slice(4)).toEqual(['a4']);
    await h.finish('a4');
    expect(h.inFlight('a')).toBe(2);
  });

  it('should grow a slowed host back to its limit after clean answers', async () => {
    const h = harness({ concurrency: 8, perHost: 2 });
    for (let i = 0; i < 20; i++) h.submit('a', `a${i}`);
    await h.settle();
    await h.finish('a0', { rateLimited: 0 });
    await h.finish('a1');
    await h.advance(0);
    for (let i = 2; i < 10; i++) await h.finish(`a${i}`);
    expect(h.inFlight('a')).toBe(2);
  });

  it('should estimate a host at least as slow as its oldest request still out', async () => {
    const h = harness({ concurrency: 2, perHost: 2 });
    h.submit('b', 'b0');
    await h.settle();
    for (let i = 0; i < 4; i++) h.submit('a', `a${i}`);
    await h.settle();
    await h.advance(100);
    await h.finish('a0');
    h.submit('b', 'b1');
    h.submit('b', 'b2');
    await h.settle();
    expect(h.started).toEqual(['b0', 'a0', 'a1']);
    // a: 2 left at a mean of 680 ms; b: 2 left, unmeasured (500 ms), but b0 has been out for 3.1 s.
    await h.advance(3000);
    await h.finish('a1');
    expect(h.started.at(-1)).toBe('b1');
  });

  it('should pass results and errors through', async () => {
    const scheduler = createScheduler({ concurrency: 2, perHost: 1 });
    await expect(scheduler.run('h', () => Promise.resolve(42))).resolves.toBe(42);
    await expect(scheduler.run('h', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
