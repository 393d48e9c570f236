import { describe, expect, it } from 'vitest';
import type { RawResponse, SendRequest } from '../../../src/links/fetch/agent.js';
import { checkLink, DEFAULT_CHECK_OPTIONS } from '../../../src/links/fetch/check-link.js';
import type { HostOutcome, RunOptions } from '../../../src/links/fetch/scheduler.js';
import { BlockedAddressError, createAddressPolicy } from '../../../src/links/fetch/ssrf-guard.js';

type Answer = Partial<RawResponse> | { error: string; afterMs?: number } | ((req: SendRequest) => Partial<RawResponse>);

/** A fake network: answers by URL in order, a clock that only moves when requests or sleeps take time. */
function fakeNet(script: Record<string, Answer[]>, latencyMs = 10) {
  let now = 1_000_000;
  const sent: string[] = [];
  const sleeps: number[] = [];
  /** What each answer told the scheduler about its host. */
  const outcomes: HostOutcome[] = [];
  const scheduler = {
    run: async <T>(_h: string, task: () => Promise<T>, options?: RunOptions<T>) => {
      const result = await task();
      if (options?.outcome) outcomes.push(options.outcome(result));
      return result;
    },
  };
  const send = (req: SendRequest): Promise<RawResponse> => {
    sent.push(`${req.method} ${req.url.href}`);
    const queue = script[req.url.href] ?? [];
    const answer = (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 200 };
    if ('error' in answer && typeof answer.error === 'string') {
      now += Math.min(answer.afterMs ?? latencyMs, req.timeoutMs);
      return Promise.reject(Object.assign(new Error(answer.error), { code: answer.error }));
    }
    now += latencyMs;
    const partial = typeof answer === 'function' ? answer(req) : (answer as Partial<RawResponse>);
    return Promise.resolve({ status: 200, challenge: false, bodyBytes: 0, ...partial });
  };
  const deps = {
    send,
    scheduler,
    policy: createAddressPolicy(),
    now: () => now,
    sleep: (ms: number) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
  };
  return { deps, sent, sleeps, outcomes };
}

const options = { ...DEFAULT_CHECK_OPTIONS, budgetMs: 10_000 };
const u = (s: string) => new URL(s);

describe('checkLink', () => {
  it('should call a 200 on HEAD ok with one request', async () => {
    const net = fakeNet({});
    expect(await checkLink(u('https://a.example/'), net.deps, options)).toEqual({
      status: 'ok',
      code: 200,
      network: true,
    });
    expect(net.sent).toEqual(['HEAD https://a.example/']);
  });

  it.each([403, 405, 501, 404])('should fall back to GET when HEAD answers %i', async (code) => {
    const net = fakeNet({ 'https://a.example/': [(req) => ({ status: req.method === 'HEAD' ? code : 200 })] });
    expect((await checkLink(u('https://a.example/'), net.deps, options)).status).toBe('ok');
    expect(net.sent).toEqual(['HEAD https://a.example/', 'GET https://a.example/']);
    expect(net.sleeps).toEqual([]);
  });

  it('should call a 404 that GET confirms broken', async () => {
    const net = fakeNet({ 'https://a.example/x': [{ status: 404 }] });
    expect(await checkLink(u('https://a.example/x'), net.deps, options)).toMatchObject({ status: 'broken', code: 404 });
  });

  it('should retry 5xx with growing backoff and succeed', async () => {
    const net = fakeNet({ 'https://a.example/': [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 200 }] });
    expect((await checkLink(u('https://a.example/'), net.deps, options)).status).toBe('ok');
    // HEAD 503 → GET (fallback, no wait) 503 → wait → 503 → wait → 200
    expect(net.sleeps).toEqual([375, 750]);
    // A 5xx says nothing about the host's manners; only the final 200 is a clean answer.
    expect(net.outcomes).toEqual(['failed', 'failed', 'failed', 'clean']);
  });

  it('should call a server error that outlasts the retries broken', async () => {
    const net = fakeNet({ 'https://a.example/': [{ status: 500 }] });
    const result = await checkLink(u('https://a.example/'), net.deps, options);
    expect(result).toMatchObject({ status: 'broken', code: 500, detail: 'server error after 3 retries' });
    expect(net.sleeps).toHaveLength(3);
  });

  it('should wait exactly as long as Retry-After says, and slow the host down', async () => {
    const net = fakeNet({ 'https://a.example/': [{ status: 429, retryAfter: '3' }, { status: 200 }] });
    expect((await checkLink(u('https://a.example/'), net.deps, options)).status).toBe('ok');
    expect(net.sleeps).toEqual([3125]);
    expect(net.outcomes).toEqual([{ rateLimited: 3000 }, 'clean']);
  });

  it('should report a rate limit that outlasts the budget as unverifiable without sleeping it off', async () => {
    const net = fakeNet({ 'https://a.example/': [{ status: 429, retryAfter: '120' }] });
    const result = await checkLink(u('https://a.example/'), net.deps, options);
    expect(result).toMatchObject({ status: 'unverifiable', code: 429 });
    expect(net.sleeps).toEqual([]);
  });

  it('should count retries and waits against the one budget', async () => {
    const net = fakeNet({ 'https://slow.example/': [{ error: 'UND_ERR_HEADERS_TIMEOUT', afterMs: 4000 }] });
    const result = await checkLink(u('https://slow.example/'), net.deps, { ...options, budgetMs: 10_000 });
    expect(result.status).toBe('timeout');
    const spent = net.sleeps.reduce((a, b) => a + b, 0) + net.sent.length * 4000;
    expect(spent).toBeLessThanOrEqual(10_000 + 4000);
  });

  it('should retry a connection reset', async () => {
    const net = fakeNet({ 'https://a.example/': [{ error: 'ECONNRESET' }, { status: 200 }] });
    expect((await checkLink(u('https://a.example/'), net.deps, options)).status).toBe('ok');
    expect(net.sleeps).toHaveLength(1);
  });

  it('should call NXDOMAIN broken at once', async () => {
    const net = fakeNet({ 'https://nx.invalid/': [{ error: 'ENOTFOUND' }] });
    expect(await checkLink(u('https://nx.invalid/'), net.deps, options)).toMatchObject({
      status: 'broken',
      detail: 'host not found (NXDOMAIN)',
    });
    expect(net.sent).toHaveLength(1);
  });

  it('should follow redirects and report the final URL, flagging another registrable domain', async () => {
    const net = fakeNet({
      'http://old.example/': [{ status: 301, location: 'https://www.old.example/' }],
      'https://www.old.example/': [{ status: 302, location: '/landing?x=1' }],
      'https://www.old.example/landing?x=1': [{ status: 308, location: 'https://buyer.example/' }],
    });
    expect(await checkLink(u('http://old.example/'), net.deps, options)).toEqual({
      status: 'redirected',
      code: 200,
      finalUrl: 'https://buyer.example/',
      movedDomain: true,
      detail: 'moved to another domain',
      network: true,
    });
  });

  it('should call a redirect loop broken', async () => {
    const net = fakeNet({
      'https://a.example/1': [{ status: 302, location: '/2' }],
      'https://a.example/2': [{ status: 302, location: '/1' }],
    });
    expect(await checkLink(u('https://a.example/1'), net.deps, options)).toMatchObject({
      status: 'broken',
      detail: 'redirect loop',
    });
  });

  it('should stop after five redirects', async () => {
    const script = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`https://a.example/${i}`, [{ status: 302, location: `/${i + 1}` }]]),
    );
    const net = fakeNet(script);
    expect(await checkLink(u('https://a.example/0'), net.deps, options)).toMatchObject({
      status: 'broken',
      detail: 'more than 5 redirects',
    });
    expect(net.sent).toHaveLength(6);
  });

  it('should block a redirect into private space before sending anything there', async () => {
    const net = fakeNet({
      'https://a.example/': [{ status: 302, location: 'http://169.254.169.254/latest/meta-data/' }],
    });
    expect(await checkLink(u('https://a.example/'), net.deps, options)).toMatchObject({
      status: 'blocked',
      detail: 'address not allowed (cloud metadata)',
    });
    expect(net.sent).toEqual(['HEAD https://a.example/']);
  });

  it('should report a blocked lookup as blocked', async () => {
    const net = fakeNet({});
    net.deps.send = () =>
      Promise.reject(new TypeError('fetch failed', { cause: new BlockedAddressError('x.test', 'loopback') }));
    expect(await checkLink(u('https://x.test/'), net.deps, options)).toMatchObject({
      status: 'blocked',
      detail: 'address not allowed (loopback)',
    });
  });

  it('should refuse redirects to other schemes', async () => {
    const net = fakeNet({ 'https://a.example/': [{ status: 302, location: 'file:///etc/passwd' }] });
    expect(await checkLink(u('https://a.example/'), net.deps, options)).toMatchObject({
      status: 'broken',
      detail: 'redirect to a non-HTTP URL',
    });
  });

  it('should call a Cloudflare challenge unverifiable', async () => {
    const net = fakeNet({ 'https://a.example/': [{ status: 403, challenge: true }] });
    expect((await checkLink(u('https://a.example/'), net.deps, options)).status).toBe('unverifiable');
  });
});
