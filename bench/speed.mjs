// Every row of the speed table in one run, each beside bare `node -e 0` (benchmarks: nothing is asserted).
//   node bench/speed.mjs [--runs 5] [--skip-links] [--json]
// Times are medians of --runs fresh processes of the committed bundle (run `npm run bundle` first);
// peak RSS is the process's own maxRSS, read at its exit. The machine's load moves every number:
// compare the ratios of one run, not numbers from different runs.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { listFile, NEW_ENTRY_ARGS, tableFile } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-links': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'adopters-speed-'));
const cli = join(root, 'dist/cli.js');
const ARGO = join(root, '../shared/corpus/adopters/argoproj__argo-cd__USERS.md');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Prints the process's peak RSS (kB) on stderr as it exits; loaded only for the memory runs.
const RSS_PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))`;

// The CLI's compile cache lives in this run's folder: the first process of each command fills it and
// the others read it, as a user's runs would (the medians are of warm runs); a leftover cache from an
// earlier build or bench never counts. `noCache` measures a first run.
const compileCache = join(dir, 'compile-cache');

function once(args, { cwd = root, memory = false, noCache = false } = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, memory ? [`--import=${RSS_PROBE}`, ...args] : args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    // The cold start runs the action with no event and no token, as a bare `node dist/index.js` does.
    env: {
      ...process.env,
      GITHUB_TOKEN: '',
      INPUT_TOKEN: '',
      NODE_COMPILE_CACHE: compileCache,
      ...(noCache ? { NODE_DISABLE_COMPILE_CACHE: '1' } : {}),
    },
  });
  const ms = performance.now() - t;
  const rss = /maxrss (\d+)/.exec(r.stderr ?? '')?.[1];
  return { ms, status: r.status, stderr: r.stderr, rssMB: rss ? Number(rss) / 1024 : undefined };
}

/** Median wall time of `runs` fresh processes (and, with `memory`, one more run for the peak RSS). */
function timeCommand(args, { expect = [0], prepare, memory = false, noCache = false } = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    prepare?.();
    const r = once(args, { noCache });
    if (!expect.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    times.push(r.ms);
  }
  let rssMB;
  if (memory) {
    prepare?.();
    rssMB = once(args, { memory: true }).rssMB;
  }
  return { ms: median(times), rssMB };
}

const addArgs = (file, dryRun = true) => [cli, 'add', file, ...NEW_ENTRY_ARGS, ...(dryRun ? ['--dry-run'] : [])];

/** The fake GitHub and the e2e harness are TypeScript: bundle them, keeping their own file URLs. */
async function loadHarness() {
  const outfile = join(root, 'node_modules/.cache/adopters-bot/harness.mjs');
  await build({
    entryPoints: [join(root, 'test-support/harness/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    packages: 'external',
    logLevel: 'error',
    plugins: [
      {
        name: 'own-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /test-support[\\/].*\.ts$/ }, async (args) => ({
            contents: (await readFile(args.path, 'utf8')).replaceAll(
              'import.meta.url',
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * The action with a token and no event, against a local API that answers 404 to everything: what every
 * run loads (the GitHub client, the settings and their schema) up to its first API answers. The
 * process is spawned asynchronously so this process can answer it.
 */
async function toFirstApiAnswers() {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const env = {
    ...process.env,
    INPUT_TOKEN: 'ghs_benchmark',
    GITHUB_API_URL: `http://127.0.0.1:${server.address().port}`,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
  };
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const code = await new Promise((r) =>
        spawn(process.execPath, [join(root, 'dist/index.js')], { env, stdio: 'ignore' }).on('close', r),
      );
      if (code !== 1) throw new Error(`dist/index.js against a 404 API exited ${code}`);
      times.push(performance.now() - t);
    }
  } finally {
    server.close();
  }
  return { ms: median(times) };
}

/** The API calls of one new submission: the action, bundled, on an `issues.opened` event. */
async function submissionCalls() {
  const { fileAdopterIssue, runAction, startAdoptersFake, webhookEvents } = await loadHarness();
  const fake = await startAdoptersFake();
  try {
    const number = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.example.com' });
    const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
    if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}${run.stderr}`);
    const calls = fake.calls();
    // A GraphQL query is a POST that only reads: the fake counts it as a read.
    const writes = fake.writes().length;
    return { requests: calls.length, reads: calls.length - writes, writes, status: run.outputs.status };
  } finally {
    await fake.close();
  }
}

function linkWorkload() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'bench/links/run.mjs'), '--only', 'ours', '--per-host', '4', '--json'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const { ideal, rows } = JSON.parse(out);
        resolvePromise({ ideal, ...rows[0] });
      } catch (error) {
        reject(error);
      }
    });
  });
}

// ---- measure ----
const files = {};
for (const [name, text] of Object.entries({
  list10k: listFile(10_000),
  table10k: tableFile(10_000),
  list20k: listFile(20_000),
})) {
  files[name] = join(dir, `${name}.md`);
  writeFileSync(files[name], text);
}
const node = timeCommand(['-e', '0']);
const help = timeCommand([cli, '--help']);
// No event and no token: the action loads, reads its inputs and stops with its first error.
const coldStart = timeCommand([join(root, 'dist/index.js')], { expect: [1] });
const firstAnswers = await toFirstApiAnswers();
const addList = timeCommand(addArgs(files.list10k), { memory: true });
const addTable = timeCommand(addArgs(files.table10k), { memory: true });
const lint10k = timeCommand([cli, 'lint', files.list10k], { expect: [0, 1] });
const lint20k = timeCommand([cli, 'lint', files.list20k], { expect: [0, 1] });
let argo;
if (existsSync(ARGO)) {
  const copy = join(dir, 'USERS.md');
  argo = timeCommand(addArgs(copy, false), { prepare: () => copyFileSync(ARGO, copy) });
  argo.uncached = timeCommand(addArgs(copy, false), { prepare: () => copyFileSync(ARGO, copy), noCache: true });
}
const calls = await submissionCalls();
const links = values['skip-links'] ? undefined : await linkWorkload();

// ---- report ----
const n = node.ms;
const ms = (x) => `${x.toFixed(0)} ms`;
const ratio = (x) => `${(x / n).toFixed(2)} × node`;
const mb = (x) => (x === undefined ? '' : `, ${x.toFixed(0)} MB peak RSS`);
const met = (ok) => (ok ? 'met' : 'not met');
const rows = [
  ['`node -e 0`', ms(n), '', ''],
  [
    '`node dist/cli.js --help`',
    `${ms(help.ms)} (${ratio(help.ms)})`,
    '≤ 1.5 × node + 100 ms',
    met(help.ms <= 1.5 * n + 100),
  ],
  [
    '`node dist/index.js` cold start (no event)',
    `${ms(coldStart.ms)} (${ratio(coldStart.ms)})`,
    '≤ 1.5 × node + 100 ms',
    met(coldStart.ms <= 1.5 * n + 100),
  ],
  [
    '`node dist/index.js` with a token, to its first API answers (a local API answering 404)',
    `${ms(firstAnswers.ms)} (${ratio(firstAnswers.ms)})`,
    'none (for reference: what every run loads)',
    '',
  ],
  ...[
    ['`add --dry-run`, generated 10,000-entry list', addList],
    ['`add --dry-run`, generated 10,000-row table', addTable],
  ].map(([what, r]) => [
    what,
    `${ms(r.ms)} (node + ${ms(r.ms - n)})${mb(r.rssMB)}`,
    '≤ node + 300 ms, ≤ 150 MB',
    met(r.ms <= n + 300 && r.rssMB <= 150),
  ]),
  [
    '`lint`, 10,000-entry list',
    `${ms(lint10k.ms)} (node + ${ms(lint10k.ms - n)})`,
    '≤ node + 500 ms',
    met(lint10k.ms <= n + 500),
  ],
  [
    '`lint`, 20,000-entry list',
    `${ms(lint20k.ms)}: ${((lint20k.ms - n) / (lint10k.ms - n)).toFixed(2)} × the 10,000-entry time (both less node)`,
    'linear (about 2 ×)',
    met((lint20k.ms - n) / (lint10k.ms - n) < 2.5),
  ],
  argo
    ? [
        '`add` on argo-cd USERS.md (454 lines)',
        `${ms(argo.ms)} (${ratio(argo.ms)}); a first run, compiling: ${ms(argo.uncached.ms)} (${ratio(argo.uncached.ms)})`,
        '≤ 2 × node',
        met(argo.ms <= 2 * n),
      ]
    : ['`add` on argo-cd USERS.md', 'skipped: ../shared is not beside the repository', '≤ 2 × node', ''],
  [
    'API calls for one new submission (fake’s log)',
    `${calls.requests} (${calls.reads} reads, ${calls.writes} writes)`,
    '≤ 12, ≤ 6 writes',
    met(calls.requests <= 12 && calls.writes <= 6),
  ],
];
if (links) {
  const right = links.missed.length === 0 && links.wrong.length === 0;
  rows.push([
    'link check, 600 links on 20 hosts, per-host limit 4 (bench/links)',
    `schedule ${(links.schedule / links.ideal.seconds).toFixed(2)} × ideal (${links.schedule.toFixed(1)} s of ${links.ideal.seconds.toFixed(1)} s; the whole process ${links.seconds.toFixed(1)} s, ${(links.seconds / links.ideal.seconds).toFixed(2)} ×), ${(links.requests / links.ideal.requests).toFixed(3)} × the ideal requests, ${links.overload} provoked 429s, ${right ? 'every verdict right' : `${links.missed.length} missed, ${links.wrong.length} wrong`}`,
    '≤ 1.1 × ideal, ≤ 1.05 × requests, 0 provoked 429s, every verdict right',
    met(
      links.schedule <= 1.1 * links.ideal.seconds &&
        links.requests <= 1.05 * links.ideal.requests &&
        links.overload === 0 &&
        right,
    ),
  ]);
}

if (values.json) {
  console.log(JSON.stringify({ node: process.version, runs, rows }, null, 2));
} else {
  console.log(`node ${process.version}, medians of ${runs} runs; \`node -e 0\` takes ${ms(n)} on this run\n`);
  console.log('| what | measured | goal | |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
rmSync(dir, { recursive: true, force: true });
