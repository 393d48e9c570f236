// The link benchmark's world on a virtual clock: the real scheduler and checkLink (bundled from src/),
// the hosts of hosts.mjs answering through `decide`, no sockets. Time only moves when a request or a
// wait ends, so the result is the schedule itself, free of the machine's load (run.mjs measures the
// real thing, start-up and sockets included).
//   node bench/links/simulate.mjs [--per-host 4]
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { decide, GLOBAL, HOSTS, idealSchedule, links, PER_HOST, TIMEOUT_S } from './hosts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { 'per-host': { type: 'string' } } });
const perHost = Number(values['per-host'] ?? PER_HOST);

const lib = join(root, 'node_modules/.cache/adopters-bot/link-schedule.mjs');
await build({
  stdin: {
    contents: `export { checkLink, DEFAULT_CHECK_OPTIONS } from './src/links/fetch/check-link.ts';
      export { createScheduler } from './src/links/fetch/scheduler.ts';
      export { createAddressPolicy } from './src/links/fetch/ssrf-guard.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: lib,
  logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { checkLink, DEFAULT_CHECK_OPTIONS, createScheduler, createAddressPolicy } = await import(
  pathToFileURL(lib).href
);

// The virtual clock: timers run in order of their time, and every promise they settle runs before the next.
let now = 0;
let order = 0;
const timers = [];
const setTimer = (fn, ms) => {
  const timer = { at: now + Math.max(0, ms), fn, order: order++, cancelled: false };
  timers.push(timer);
  return () => (timer.cancelled = true);
};

const seen = new Set();
const inflight = HOSTS.map(() => 0);
const stats = { requests: 0, overload429: 0 };
const hostOf = (url) => Number(url.hostname.split('.')[3]) - 11;

/** One request as the servers of hosts.mjs would answer it, after the host's latency. */
function send({ url, method, timeoutMs, headersTimeoutMs }) {
  return new Promise((resolvePromise, reject) => {
    const h = hostOf(url);
    const host = HOSTS[h];
    stats.requests += 1;
    inflight[h] += 1;
    let decided = decide(h, url.pathname, method, seen);
    if (host.maxInflight && inflight[h] > host.maxInflight) {
      stats.overload429 += 1;
      decided = { status: 429, headers: { 'retry-after': '1' } };
    }
    const takes = host.latency + (decided.hangMs ?? 0);
    const deadline = Math.min(timeoutMs, headersTimeoutMs);
    const done = () => (inflight[h] -= 1);
    if (takes > deadline) {
      setTimer(() => {
        done();
        reject(Object.assign(new Error('link budget exhausted'), { code: 'ABORT_ERR' }));
      }, deadline);
      return;
    }
    setTimer(() => {
      done();
      const { status, headers = {} } = decided.hangMs ? { status: 200 } : decided;
      resolvePromise({
        status,
        location: headers.location,
        retryAfter: headers['retry-after'],
        challenge: false,
        bodyBytes: 0,
      });
    }, takes);
  });
}

let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const scheduler = createScheduler({ concurrency: GLOBAL, perHost, now: () => now, setTimer });
const deps = {
  send,
  scheduler,
  policy: createAddressPolicy({ allowPrivate: true }),
  now: () => now,
  sleep: (ms) => new Promise((r) => setTimer(r, ms)),
  random,
};
const options = { ...DEFAULT_CHECK_OPTIONS, budgetMs: TIMEOUT_S * 1000, headersTimeoutMs: TIMEOUT_S * 1000 };

const all = links();
const verdicts = new Map();
let finished = false;
const checking = Promise.all(
  all.map(async (link) => verdicts.set(link.url, await checkLink(new URL(link.url), deps, options))),
).then(() => (finished = true));
while (!finished) {
  await new Promise((r) => setImmediate(r));
  if (finished) break;
  const next = timers
    .filter((t) => !t.cancelled)
    .reduce((a, b) => (!a || b.at < a.at || (b.at === a.at && b.order < a.order) ? b : a), undefined);
  if (!next) throw new Error('nothing left to wait for, yet links are unchecked');
  next.cancelled = true;
  now = next.at;
  next.fn();
}
await checking;

const ideal = idealSchedule(all, perHost);
const wrong = all.filter((l) => {
  const status = verdicts.get(l.url).status;
  return l.flag !== (status === 'broken' || status === 'timeout');
});
console.log(
  `simulated at ${perHost} per host: ${(now / 1000).toFixed(2)} s = ${(now / 1000 / ideal.seconds).toFixed(3)} × ideal (${ideal.seconds.toFixed(2)} s; fluid ${ideal.fluid.toFixed(2)} s), ${stats.requests} requests = ${(stats.requests / ideal.requests).toFixed(3)} × ideal, ${stats.overload429} provoked 429s, ${wrong.length} wrong verdicts`,
);
