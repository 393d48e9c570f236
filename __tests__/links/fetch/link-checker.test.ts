import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPrefix, USER_AGENT } from '../../../src/links/fetch/agent.js';
import { createHttpLinkChecker, type HttpLinkCheckerOptions } from '../../../src/links/fetch/link-checker.js';
import type { ResolvedAddress } from '../../../src/links/fetch/ssrf-guard.js';
import { fetchKey } from '../../../src/links/extract.js';
import { startServer, type TestServer } from './servers.js';

const timers = new Set<NodeJS.Timeout>();
const every = (ms: number, fn: () => void) => {
  const t = setInterval(fn, ms);
  timers.add(t);
  return t;
};

const hits = new Map<string, number>();
function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  const redirect = (to: string, code = 302) => void res.writeHead(code, { location: to }).end();
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) return redirect(`/chain/${Number(chain[1]) + 1}`);
  if (path.endsWith('?get') && req.method === 'HEAD') return void res.writeHead(405).end();
  switch (path.replace(/\?get$/, '')) {
    case '/ok':
    case '/echo':
      return void res.end('fine');
    case '/gone':
      return void res.writeHead(404).end();
    case '/removed':
      return void res.writeHead(410).end();
    case '/head-405':
      return void res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    case '/flaky':
      return void res.writeHead(n === 1 ? 500 : 200).end();
    case '/limited':
      return void (n === 1 ? res.writeHead(429, { 'retry-after': '1' }).end() : res.end('ok'));
    case '/walled':
      return void res.writeHead(403).end();
    case '/linkedin':
      return void res.writeHead(999).end();
    case '/old':
      return redirect('/ok', 301);
    case '/loop-a':
      return redirect('/loop-b');
    case '/loop-b':
      return redirect('/loop-a');
    case '/set-cookie':
      res.setHeader('set-cookie', 'session=secret; Path=/');
      return redirect('/echo');
    case '/hang':
      return; // never answers
    case '/drip-headers': {
      // A status line, then one header byte at a time: the headers never complete.
      req.socket.write('HTTP/1.1 200 OK\r\nX-Slow: ');
      every(100, () => req.socket.write('x'));
      return;
    }
    case '/drip-body': {
      // HEAD has no body (Node drops writes to it), so only GET gets the slow or endless body.
      if (req.method === 'HEAD') return void res.writeHead(200).end();
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.flushHeaders();
      every(100, () => res.write('x'));
      return;
    }
    case '/endless': {
      if (req.method === 'HEAD') return void res.writeHead(200).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 120);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on('drain', pump);
      pump();
      return;
    }
    default:
      return void res.writeHead(404).end();
  }
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer(route);
});
afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await server.close();
});

async function checkAll(urls: string[], options: HttpLinkCheckerOptions) {
  const checker = createHttpLinkChecker({ backoff: { baseMs: 10, capMs: 40 }, bodyDeadlineMs: 200, ...options });
  try {
    const parsed = urls.map((x) => new URL(x));
    const results = await checker.check(parsed);
    return parsed.map((x) => results.get(fetchKey(x))!);
  } finally {
    await checker.close();
  }
}

const local: HttpLinkCheckerOptions = { allowPrivate: true, timeoutMs: 3000 };

describe('createHttpLinkChecker against loopback servers (allowed by allowPrivate)', () => {
  it('should classify every kind of answer', async () => {
    const results = await checkAll(
      ['/ok', '/old', '/gone', '/removed', '/head-405', '/flaky', '/walled', '/linkedin', '/loop-a', '/chain/0'].map(
        (p) => server.url(p),
      ),
      local,
    );
    expect(results.map((r) => [r.status, r.code, r.detail])).toEqual([
      ['ok', 200, undefined],
      ['redirected', 200, undefined],
      ['broken', 404, 'HTTP 404'],
      ['broken', 410, 'HTTP 410'],
      ['ok', 200, undefined],
      ['ok', 200, undefined],
      ['unverifiable', 403, 'access refused to automated checks'],
      ['unverifiable', 999, 'access refused to automated checks'],
      ['broken', 302, 'redirect loop'],
      ['broken', 302, 'more than 5 redirects'],
    ]);
    expect(results[1]?.finalUrl).toBe(server.url('/ok'));
  });

  it('should honour Retry-After on 429 and then succeed', async () => {
    const [result] = await checkAll([server.url('/limited')], local);
    expect(result).toMatchObject({ status: 'ok', code: 200 });
    expect(hits.get('/limited')).toBe(2);
  });

  it('should walk into a host-wide rate limit with one probe only, then wait it out', async () => {
    // Every page answers 429 (Retry-After: 1) from the second request on, until a second has passed.
    let limitedUntil: number | undefined;
    let refused = 0;
    const limiting = await startServer((_req, res) => {
      const now = Date.now();
      if (limitedUntil === undefined && limiting.requests.length > 1) limitedUntil = now + 1000;
      if (limitedUntil !== undefined && now < limitedUntil) {
        refused += 1;
        return void res.writeHead(429, { 'retry-after': '1' }).end();
      }
      res.end('ok');
    });
    try {
      const urls = Array.from({ length: 8 }, (_, i) => limiting.url(`/page/${i}`));
      const results = await checkAll(urls, { ...local, perHost: 2, timeoutMs: 10_000 });
      expect(results.map((r) => r?.status)).toEqual(urls.map(() => 'ok'));
      // At most the one request already out when the first 429 came, and the probe; then everyone waited.
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThanOrEqual(3);
    } finally {
      await limiting.close();
    }
  });

  it('should flag a redirect to another registrable domain', async () => {
    const resolve = (): Promise<ResolvedAddress[]> => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    const url = server.url('/old', 'adopter.example');
    const [result] = await checkAll([server.url('/set-cookie', 'first.example')], { ...local, resolve });
    expect(result?.movedDomain).toBeUndefined();
    const moving = await startServer((_req, res) => res.writeHead(301, { location: url }).end());
    try {
      const [moved] = await checkAll([moving.url('/', 'sold.example')], { ...local, resolve });
      expect(moved).toMatchObject({
        status: 'redirected',
        movedDomain: true,
        finalUrl: server.url('/ok', 'adopter.example'),
      });
    } finally {
      await moving.close();
    }
  });

  it('should call an unresolvable .invalid host broken', async () => {
    const [result] = await checkAll(['https://no-such-adopter.invalid/'], local);
    expect(result?.status).toBe('broken');
  });

  it('should send the fixed User-Agent and never a cookie or credentials', async () => {
    const before = server.requests.length;
    await checkAll([server.url('/set-cookie'), `http://user:secret@127.0.0.1:${server.port}/echo`], local);
    const seen = server.requests.slice(before);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const req of seen) {
      expect(req.headers['user-agent']).toBe(USER_AGENT);
      expect(req.headers.cookie).toBeUndefined();
      expect(req.headers.authorization).toBeUndefined();
    }
  });

  it('should time out a server that never answers, within the budget', async () => {
    const started = Date.now();
    const [result] = await checkAll([server.url('/hang')], { ...local, timeoutMs: 400 });
    expect(result?.status).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('should time out headers dripped one byte at a time', async () => {
    const [result] = await checkAll([server.url('/drip-headers')], { ...local, timeoutMs: 500 });
    expect(result?.status).toBe('timeout');
  });

  it('should not wait for a dripping or endless body: the status is the answer', async () => {
    const started = Date.now();
    // GET-only links: HEAD is refused, so the body is what the checker must not wait for.
    const results = await checkAll([server.url('/drip-body?get'), server.url('/endless?get')], local);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('the SSRF guard inside the connection', () => {
  const answers: Record<string, ResolvedAddress[]> = {
    'loopback.test': [{ address: '127.0.0.1', family: 4 }],
    'metadata.test': [{ address: '169.254.169.254', family: 4 }],
    'private.test': [{ address: '10.0.0.7', family: 4 }],
    'v6-loopback.test': [{ address: '::1', family: 6 }],
    'mapped.test': [{ address: '::ffff:127.0.0.1', family: 6 }],
    'allowed.test': [{ address: '127.0.0.1', family: 4 }],
  };
  const resolve = (host: string) => Promise.resolve(answers[host] ?? []);

  it.each(Object.keys(answers).filter((h) => h !== 'allowed.test'))(
    'should block %s before any connection is made',
    async (host) => {
      const connections = server.connections;
      const [result] = await checkAll([server.url('/ok', host)], { timeoutMs: 2000, resolve });
      expect(result?.status).toBe('blocked');
      expect(server.connections).toBe(connections);
    },
  );

  it('should block private IP literals in URLs the same way', async () => {
    const results = await checkAll([server.url('/ok'), 'http://[::1]:9/', 'http://169.254.169.254/latest/'], {
      timeoutMs: 2000,
    });
    expect(results.map((r) => r.status)).toEqual(['blocked', 'blocked', 'blocked']);
  });

  it('should let a host named in allow-hosts through, and block its redirect into private space', async () => {
    const inner = await startServer((_req, res) => res.writeHead(302, { location: server.url('/ok') }).end());
    try {
      const before = server.requests.length;
      const [ok] = await checkAll([server.url('/ok', 'allowed.test')], { allowHosts: ['allowed.test'], resolve });
      expect(ok?.status).toBe('ok');
      const [redirected] = await checkAll([inner.url('/', 'allowed.test')], { allowHosts: ['allowed.test'], resolve });
      expect(redirected).toMatchObject({ status: 'blocked', detail: 'address not allowed (loopback)' });
      expect(server.requests.length).toBe(before + 1);
    } finally {
      await inner.close();
    }
  });
});

describe('readPrefix', () => {
  it('should stop reading an endless body at the cap and destroy it', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1024;
        this.push(Buffer.alloc(1024));
      },
    });
    const bytes = await readPrefix(endless, 16 * 1024, 5000);
    expect(bytes).toBeGreaterThanOrEqual(16 * 1024);
    expect(bytes).toBeLessThanOrEqual(17 * 1024);
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(64 * 1024);
  });

  it('should give up on a slow body at the deadline', async () => {
    const silent = new Readable({ read() {} });
    expect(await readPrefix(silent, 1024, 20)).toBe(0);
    expect(silent.destroyed).toBe(true);
  });
});
