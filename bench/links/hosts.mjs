// The benchmark's world: 20 loopback hosts (127.0.0.11–30, one port), 600 links, each host with
// its own latency and misbehaviour, the ground truth of every link, and the ideal schedule.
import { createServer } from 'node:http';

export const PORT = 18_400;
export const TIMEOUT_S = 10;
export const PER_HOST = 2;
export const GLOBAL = 16;
const HANG_MS = 15_000;
const RETRY_AFTER_S = 2;

/** kind per link index; `head405` hosts refuse HEAD; `maxInflight` hosts answer 429 past it. */
export const HOSTS = [
  { latency: 40, kinds: { 404: [3, 13, 23] } },
  { latency: 60, kinds: { 410: [5, 25] } },
  { latency: 80, kinds: {} },
  { latency: 100, kinds: { 404: [1, 11, 21] } },
  { latency: 120, kinds: {} },
  { latency: 150, kinds: { 404: [7, 17] } },
  { latency: 100, kinds: { flaky500: range(0, 30, 2) } },
  { latency: 100, kinds: { retryAfter: [2, 7, 12, 17, 22, 27] } },
  { latency: 80, kinds: { chain2: range(0, 10), chain3: range(10, 20), chain404: range(20, 25) } },
  { latency: 60, kinds: { loop: [4, 9, 14, 19, 24] } },
  { latency: 100, head405: true, kinds: { 404: [0, 10, 20] } },
  { latency: 1500, kinds: {} },
  { latency: 300, kinds: { hang: [5, 15, 25] } },
  { latency: 300, maxInflight: 4, kinds: {} },
  { latency: 250, maxInflight: 4, kinds: { 404: [8, 18] } },
  { latency: 200, maxInflight: 4, kinds: {} },
  { latency: 100, kinds: { 404: [29] } },
  { latency: 200, kinds: { crossHost: range(0, 10) } },
  { latency: 500, kinds: {} },
  { latency: 50, kinds: {} },
];
export const LINKS_PER_HOST = 30;

function range(from, to, step = 1) {
  const out = [];
  for (let i = from; i < to; i += step) out.push(i);
  return out;
}

export const ip = (h) => `127.0.0.${11 + h}`;
const base = (h) => `http://${ip(h)}:${PORT}`;

function kindOf(host, i) {
  for (const [kind, list] of Object.entries(HOSTS[host].kinds)) if (list.includes(i)) return kind;
  return 'ok';
}

/** Every link with its expected verdict and the minimal requests an ideal HEAD-first checker makes. */
export function links() {
  const out = [];
  for (let h = 0; h < HOSTS.length; h++) {
    const { latency, head405 } = HOSTS[h];
    for (let i = 0; i < LINKS_PER_HOST; i++) {
      const kind = kindOf(h, i);
      const flag = ['404', '410', 'chain404', 'loop', 'hang'].includes(kind);
      // requests: [hostIndex, serviceMs]; wait: time not holding a slot (Retry-After)
      const hop = [h, latency];
      let requests = [hop];
      let wait = 0;
      if (kind === 'flaky500') requests = [hop, hop];
      if (kind === 'retryAfter') {
        requests = [hop, hop];
        wait = RETRY_AFTER_S * 1000;
      }
      if (kind === 'chain2') requests = [hop, hop, hop];
      if (kind === 'chain3' || kind === 'chain404') requests = [hop, hop, hop, hop];
      if (kind === 'loop') requests = [hop, hop];
      if (kind === 'hang') requests = [[h, TIMEOUT_S * 1000]];
      if (kind === 'crossHost') requests = [hop, [2, HOSTS[2].latency]];
      if (head405) requests = requests.flatMap((r) => [r, r]);
      out.push({ url: `${base(h)}/p/${i}`, host: h, kind, flag, requests, wait });
    }
  }
  return out;
}

/**
 * The least time any checker needs, even one that knew every answer in advance: the longest of
 * - each host's requests on its `perHostLimit` connections, and all requests on the `GLOBAL` ones
 *   (`leastMakespan`), and
 * - the longest chain of one link (its hops, retries and Retry-After wait, cut at the timeout).
 * `fluid` is the older, looser bound that lets requests split across connections like water (work ÷
 * connections): no schedule reaches it when a host's requests do not divide evenly between its
 * connections (30 requests of 1.5 s on 4 connections take 8 rounds, 12 s, not 11.25 s).
 */
export function idealSchedule(all, perHostLimit = PER_HOST) {
  const perHost = new Map();
  const everything = [];
  let chain = 0;
  for (const link of all) {
    let length = link.wait;
    for (const [h, ms] of link.requests) {
      perHost.set(h, [...(perHost.get(h) ?? []), ms]);
      everything.push(ms);
      length += ms;
    }
    chain = Math.max(chain, Math.min(length, TIMEOUT_S * 1000));
  }
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const busiest = Math.max(...[...perHost.values()].map((xs) => leastMakespan(xs, perHostLimit)));
  const global = leastMakespan(everything, GLOBAL);
  const fluid = Math.max(Math.max(...[...perHost.values()].map(sum)) / perHostLimit, chain, sum(everything) / GLOBAL);
  return {
    seconds: Math.max(busiest, chain, global) / 1000,
    busiest: busiest / 1000,
    chain: chain / 1000,
    global: global / 1000,
    fluid: fluid / 1000,
    requests: everything.length,
  };
}

/**
 * A lower bound on running requests of these lengths on `slots` connections: the work spread evenly,
 * and, for every k, the k longest requests: some connection serves ⌈k ÷ slots⌉ of them one after the
 * other, each at least as long as the k-th longest.
 */
function leastMakespan(lengths, slots) {
  const sorted = [...lengths].sort((a, b) => b - a);
  let bound = sorted.reduce((a, b) => a + b, 0) / slots;
  sorted.forEach((ms, k) => (bound = Math.max(bound, Math.ceil((k + 1) / slots) * ms)));
  return bound;
}

/** Start the 20 hosts. `reset()` forgets per-URL history and counters between tools. */
export async function startHosts(onRequest = () => {}) {
  const servers = [];
  // firstAt/lastAt: the first request in and the last answer out (the schedule, without start-up).
  const stats = { requests: 0, overload429: 0, byMethod: {}, firstAt: undefined, lastAt: undefined };
  let seen = new Set();
  const timers = new Set();
  for (let h = 0; h < HOSTS.length; h++) {
    const host = HOSTS[h];
    let inflight = 0;
    const sockets = new Set();
    const server = createServer((req, res) => {
      stats.requests += 1;
      stats.firstAt ??= performance.now();
      stats.byMethod[req.method] = (stats.byMethod[req.method] ?? 0) + 1;
      onRequest(h, req.method, req.url);
      inflight += 1;
      res.on('close', () => {
        inflight -= 1;
        stats.lastAt = performance.now();
      });
      if (host.maxInflight && inflight > host.maxInflight) {
        stats.overload429 += 1;
        return void res.writeHead(429, { 'retry-after': '1' }).end();
      }
      const path = req.url ?? '/';
      const later = (ms, fn) => {
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) fn();
        }, ms);
        timers.add(t);
      };
      later(host.latency, () => answer(h, path, req.method, res, seen, later));
    });
    server.keepAliveTimeout = 5000;
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise((resolve) => server.listen(PORT, ip(h), resolve));
    servers.push({ server, sockets });
  }
  return {
    stats,
    reset() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const { sockets } of servers) for (const s of sockets) s.destroy();
      seen = new Set();
      stats.requests = 0;
      stats.overload429 = 0;
      stats.byMethod = {};
      stats.firstAt = undefined;
      stats.lastAt = undefined;
    },
    async close() {
      this.reset();
      await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

/**
 * What host `h` answers to a request (after its latency): `{ status, headers }`, or `{ hangMs }` for an
 * answer that comes that much later still. `seen` holds the URLs asked before (first-time 500s and 429s).
 * The HTTP servers and the simulation (simulate.mjs) share it.
 */
export function decide(h, path, method, seen) {
  const host = HOSTS[h];
  const send = (status, headers = {}) => ({ status, headers });
  if (host.head405 && method === 'HEAD') return send(405, { allow: 'GET' });
  const redirect = (to) => send(302, { location: to });
  let m = /^\/p\/(\d+)$/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const kind = kindOf(h, i);
    const key = `${h}${path}`;
    const first = !seen.has(key);
    seen.add(key);
    switch (kind) {
      case '404':
      case '410':
        return send(Number(kind));
      case 'flaky500':
        return send(first ? 500 : 200);
      case 'retryAfter':
        return first ? send(429, { 'retry-after': String(RETRY_AFTER_S) }) : send(200);
      case 'chain2':
      case 'chain3':
      case 'chain404':
        return redirect(`/c/${i}/1`);
      case 'loop':
        return redirect(`/l/${i}`);
      case 'hang':
        return { hangMs: HANG_MS - host.latency };
      case 'crossHost':
        return redirect(`${base(2)}/x/${i}`);
      default:
        return send(200);
    }
  }
  if ((m = /^\/c\/(\d+)\/(\d+)$/.exec(path))) {
    const i = Number(m[1]);
    const step = Number(m[2]);
    const kind = kindOf(h, i);
    const hops = kind === 'chain2' ? 2 : 3;
    if (step < hops) return redirect(`/c/${i}/${step + 1}`);
    return send(kind === 'chain404' ? 404 : 200);
  }
  if ((m = /^\/l\/(\d+)$/.exec(path))) return redirect(`/p/${m[1]}`);
  if (path.startsWith('/x/')) return send(200);
  return send(404);
}

function answer(h, path, method, res, seen, later) {
  const send = ({ status, headers }) =>
    res
      .writeHead(status, { 'content-type': 'text/html', ...headers })
      .end(method === 'HEAD' ? undefined : '<html>ok</html>');
  const decided = decide(h, path, method, seen);
  if ('hangMs' in decided) return later(decided.hangMs, () => send({ status: 200, headers: {} }));
  return send(decided);
}
