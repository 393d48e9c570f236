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
const HOSTS = [
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

const ip = (h) => `127.0.0.${11 + h}`;
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

/** max(busiest host's service time ÷ its concurrency, longest chain, all service time ÷ global limit). */
export function idealSchedule(all) {
  const perHost = new Map();
  let total = 0;
  let chain = 0;
  let requests = 0;
  for (const link of all) {
    let length = link.wait;
    for (const [h, ms] of link.requests) {
      perHost.set(h, (perHost.get(h) ?? 0) + ms);
      total += ms;
      length += ms;
      requests += 1;
    }
    chain = Math.max(chain, Math.min(length, TIMEOUT_S * 1000));
  }
  const busiest = Math.max(...perHost.values()) / PER_HOST;
  return {
    seconds: Math.max(busiest, chain, total / GLOBAL) / 1000,
    busiest: busiest / 1000,
    chain: chain / 1000,
    global: total / GLOBAL / 1000,
    requests,
  };
}

/** Start the 20 hosts. `reset()` forgets per-URL history and counters between tools. */
export async function startHosts(onRequest = () => {}) {
  const servers = [];
  const stats = { requests: 0, overload429: 0, byMethod: {} };
  let seen = new Set();
  const timers = new Set();
  for (let h = 0; h < HOSTS.length; h++) {
    const host = HOSTS[h];
    let inflight = 0;
    const sockets = new Set();
    const server = createServer((req, res) => {
      stats.requests += 1;
      stats.byMethod[req.method] = (stats.byMethod[req.method] ?? 0) + 1;
      onRequest(h, req.method, req.url);
      inflight += 1;
      res.on('close', () => (inflight -= 1));
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
      later(host.latency, () => answer(h, host, path, req.method, res, seen, later));
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
    },
    async close() {
      this.reset();
      await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

function answer(h, host, path, method, res, seen, later) {
  const send = (status, headers = {}) =>
    res
      .writeHead(status, { 'content-type': 'text/html', ...headers })
      .end(method === 'HEAD' ? undefined : '<html>ok</html>');
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
        return later(HANG_MS - host.latency, () => send(200));
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
