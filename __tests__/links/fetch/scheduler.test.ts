import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/links/fetch/scheduler.js';

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
  const running: { host: string; label: string; finish: () => void }[] = [];
  const started: string[] = [];
  const submit = (host: string, label: string, continuation = false) =>
    scheduler.run(
      host,
      () =>
        new Promise<void>((resolve) => {
          started.push(label);
          running.push({ host, label, finish: resolve });
        }),
      { continuation },
    );
  const finish = async (label: string) => {
    const index = running.findIndex((r) => r.label === label);
    running.splice(index, 1)[0]!.finish();
    await new Promise((r) => setImmediate(r));
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
  return { scheduler, submit, finish, advance, started, running, inFlight };
}

describe('createScheduler', () => {
  it('should never exceed the per-host or the global limit', async () => {
    const h = harness({ concurrency: 3, perHost: 2 });
    for (let i = 0; i < 5; i++) void h.submit('a', `a${i}`);
    for (let i = 0; i < 5; i++) void h.submit('b', `b${i}`);
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
    void h.submit('small', 's0');
    for (let i = 0; i < 4; i++) void h.submit('big', `b${i}`);
    void h.submit('small', 's1');
    await h.finish('s0');
    expect(h.started).toEqual(['s0', 'b0']);
  });

  it('should run requests of links in progress before links not started', async () => {
    const h = harness({ concurrency: 1, perHost: 1 });
    void h.submit('a', 'first');
    void h.submit('a', 'new1');
    void h.submit('a', 'new2');
    void h.submit('a', 'retry', true);
    await h.finish('first');
    expect(h.started).toEqual(['first', 'retry']);
  });

  it('should close the host gate for Retry-After, halve its limit, and reopen it after the wait', async () => {
    const h = harness({ concurrency: 8, perHost: 2 });
    void h.submit('a', 'a0');
    void h.submit('a', 'a1');
    h.scheduler.rateLimited('a', 2000);
    for (let i = 2; i < 5; i++) void h.submit('a', `a${i}`);
    void h.submit('b', 'b0');
    await h.finish('a0');
    await h.finish('a1');
    expect(h.started).toEqual(['a0', 'a1', 'b0']);
    await h.advance(1999);
    expect(h.inFlight('a')).toBe(0);
    await h.advance(1);
    expect(h.inFlight('a')).toBe(1);
  });

  it('should grow a slowed host back to its limit after clean answers', async () => {
    const h = harness({ concurrency: 8, perHost: 2 });
    h.scheduler.rateLimited('a', 0);
    await h.advance(0);
    for (let i = 0; i < 8; i++) h.scheduler.succeeded('a');
    for (let i = 0; i < 3; i++) void h.submit('a', `a${i}`);
    expect(h.inFlight('a')).toBe(2);
  });

  it('should pass results and errors through', async () => {
    const scheduler = createScheduler({ concurrency: 2, perHost: 1 });
    await expect(scheduler.run('h', () => Promise.resolve(42))).resolves.toBe(42);
    await expect(scheduler.run('h', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
