// Link-checker benchmark: 600 links over 20 loopback hosts (see hosts.mjs), checked by ours,
// markdown-link-check and linkinator, each in its best configuration with a 10 s timeout.
// Usage: node bench/links/run.mjs [--only ours|mlc|linkinator] [--cli <another build of cli.js>]
// Measures speed and manners; nothing here is asserted in tests.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GLOBAL, idealSchedule, links, PER_HOST, startHosts, TIMEOUT_S } from './hosts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = join(root, '.tmp', 'links-bench');
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    cli: { type: 'string' },
    'per-host': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const perHost = Number(values['per-host'] ?? PER_HOST);

/** The bundled CLI (`npm run bundle`), or another build given with --cli. */
function ourCli() {
  return resolve(values.cli ?? join(root, 'dist/cli.js'));
}

function run(command, args) {
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolvePromise({ code, stdout, stderr, seconds });
    });
  });
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

const tools = {
  async ours(file) {
    const cli = ourCli();
    const r = await run(process.execPath, [
      cli,
      'check-links',
      file,
      '--json',
      '--timeout',
      String(TIMEOUT_S),
      '--allow-private-hosts',
      '--per-host',
      String(perHost),
    ]);
    const report = JSON.parse(r.stdout);
    return {
      ...r,
      flagged: report.links.filter((l) => l.status === 'broken' || l.status === 'timeout').map((l) => l.url),
    };
  },
  async mlc(file) {
    // Best configuration: retry 429 honouring Retry-After (fallback 1 s), 10 s timeout.
    const config = join(tmp, 'mlc.json');
    writeFileSync(
      config,
      JSON.stringify({
        timeout: `${TIMEOUT_S}s`,
        retryOn429: true,
        retryCount: 3,
        fallbackRetryDelay: '1s',
        aliveStatusCodes: [200, 206],
      }),
    );
    const r = await run(bin('markdown-link-check'), ['-q', '-r', '-c', config, file]);
    const flagged = [...r.stdout.matchAll(/\[✖\] (\S+)/g)].map((m) => m[1]);
    return { ...r, flagged };
  },
  async linkinator(file) {
    // Best configuration: retries for 429 (Retry-After) and for 5xx/network errors, 10 s timeout.
    const r = await run(bin('linkinator'), [
      file,
      '--markdown',
      '--format',
      'json',
      '--timeout',
      String(TIMEOUT_S * 1000),
      '--retry',
      '--retry-errors',
      '--retry-errors-count',
      '3',
      '--retry-errors-jitter',
      '1000',
    ]);
    let flagged;
    try {
      flagged = JSON.parse(r.stdout)
        .links.filter((l) => l.state === 'BROKEN')
        .map((l) => l.url);
    } catch {
      flagged = [];
    }
    return { ...r, flagged };
  },
};

function score(all, flagged) {
  const truth = new Set(all.filter((l) => l.flag).map((l) => l.url));
  const said = new Set(flagged.filter((u) => all.some((l) => l.url === u)));
  const hit = [...said].filter((u) => truth.has(u)).length;
  return {
    precision: said.size === 0 ? 1 : hit / said.size,
    recall: truth.size === 0 ? 1 : hit / truth.size,
    missed: [...truth].filter((u) => !said.has(u)),
    wrong: [...said].filter((u) => !truth.has(u)),
  };
}

mkdirSync(tmp, { recursive: true });
const all = links();
const file = join(tmp, 'ADOPTERS.md');
writeFileSync(file, `# Adopters\n\n${all.map((l, i) => `- [Adopter ${i}](${l.url})`).join('\n')}\n`);
const ideal = idealSchedule(all, perHost);
const hosts = await startHosts();
const rows = [];
try {
  for (const name of Object.keys(tools)) {
    if (values.only && values.only !== name) continue;
    hosts.reset();
    const result = await tools[name](file);
    const s = score(all, result.flagged);
    console.error(`${name}: requests by method ${JSON.stringify(hosts.stats.byMethod)}`);
    rows.push({
      name,
      seconds: result.seconds,
      schedule: (hosts.stats.lastAt - hosts.stats.firstAt) / 1000,
      requests: hosts.stats.requests,
      overload: hosts.stats.overload429,
      ...s,
      exit: result.code,
    });
    if (s.missed.length || s.wrong.length) {
      console.error(
        `${name}: missed ${s.missed.length} ${s.missed.slice(0, 5).join(' ')}; wrongly flagged ${s.wrong.length} ${s.wrong.slice(0, 5).join(' ')}`,
      );
    }
    if (result.code !== 0 && result.code !== 1)
      console.error(`${name} exited ${result.code}: ${result.stderr.slice(0, 500)}`);
  }
} finally {
  await hosts.close();
}

if (values.json) {
  console.log(JSON.stringify({ perHost, ideal, rows }));
  process.exit(0);
}
const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log(`links: ${all.length} over 20 hosts; ground truth flags ${all.filter((l) => l.flag).length}`);
console.log(
  `ideal at ${perHost} per host: ${ideal.seconds.toFixed(2)} s (busiest host ${ideal.busiest.toFixed(2)} s, longest chain ${ideal.chain.toFixed(1)} s, all work on ${GLOBAL} connections ${ideal.global.toFixed(2)} s; the fluid bound was ${ideal.fluid.toFixed(2)} s), ${ideal.requests} requests`,
);
console.log('');
console.log(
  '| tool | wall time | × ideal | schedule (first request → last answer) | × ideal | requests | × ideal | 429s provoked | precision | recall |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.seconds.toFixed(1)} s | ${(r.seconds / ideal.seconds).toFixed(2)} | ${r.schedule.toFixed(1)} s | ${(r.schedule / ideal.seconds).toFixed(2)} | ${r.requests} | ${(r.requests / ideal.requests).toFixed(2)} | ${r.overload} | ${pct(r.precision)} | ${pct(r.recall)} |`,
  );
}
