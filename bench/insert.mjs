// Benchmark of the insertion engine (not a test: it measures, it never asserts).
//   node bench/insert.mjs [--sizes 1000,10000,100000] [--runs 3]
// For generated lists and tables of N entries: the in-process time and memory of one insertAdopter
// call (parse, locate, render, splice, verify), and the whole-process time of `dist/cli.js add` next
// to `node -e 0`. Each measurement runs in a fresh process, so one size does not warm up the next.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { listFile, NEW_ENTRY_ARGS, tableFile } from './generate.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    child: { type: 'string' },
  },
});
const engine = 'node_modules/.cache/adopters-bot/engine.mjs';

const shapes = { list: listFile, table: tableFile };

if (values.child) {
  // One measurement in a fresh process: "<shape>:<n>".
  const [shape, n] = values.child.split(':');
  const { insertAdopter, validateEntry } = await import(new URL(`../${engine}`, import.meta.url).href);
  const source = shapes[shape](Number(n));
  // The engine takes only an entry made by the submission rules; making it is not part of the measure.
  const checked = validateEntry({
    name: 'Company 0050000x',
    website: 'https://new.example.org',
    description: 'Benchmarks.',
  });
  if (!checked.ok) throw new Error(checked.errors[0].message);
  const heap = process.memoryUsage().heapUsed;
  const t = performance.now();
  const r = insertAdopter(source, checked.entry);
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(r.reason);
  console.log(
    JSON.stringify({
      ms,
      heapMB: (process.memoryUsage().heapUsed - heap) / 2 ** 20,
      rssMB: process.resourceUsage().maxRSS / 1024,
      bytes: source.length,
    }),
  );
  process.exit(0);
}

await build({
  stdin: {
    contents:
      "export { insertAdopter } from './src/adopters/insert-adopter.ts';\nexport { validateEntry } from './src/submission/validate-entry.ts';\n",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: engine,
  logLevel: 'error',
});
const runs = Number(values.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'adopters-bench-'));
const timeProcess = (args) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return performance.now() - t;
};
const baseline = median(Array.from({ length: runs }, () => timeProcess(['-e', '0'])));
console.log(`node ${process.version}, ${runs} runs each, medians; \`node -e 0\` takes ${baseline.toFixed(0)} ms`);
console.log('| shape | entries | file | in-process | heap growth | peak RSS | `dist/cli.js add --dry-run` |');
console.log('|---|---|---|---|---|---|---|');
for (const n of values.sizes.split(',').map(Number)) {
  for (const shape of Object.keys(shapes)) {
    const samples = Array.from({ length: runs }, () =>
      JSON.parse(
        execFileSync(process.execPath, ['bench/insert.mjs', '--child', `${shape}:${n}`], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        }),
      ),
    );
    const file = join(dir, `${shape}-${n}.md`);
    writeFileSync(file, shapes[shape](n));
    const cli = median(
      Array.from({ length: runs }, () => timeProcess(['dist/cli.js', 'add', file, ...NEW_ENTRY_ARGS, '--dry-run'])),
    );
    const ms = median(samples.map((s) => s.ms));
    console.log(
      `| ${shape} | ${n} | ${(samples[0].bytes / 1024).toFixed(0)} KB | ${ms.toFixed(0)} ms | ${median(samples.map((s) => s.heapMB)).toFixed(0)} MB | ${median(samples.map((s) => s.rssMB)).toFixed(0)} MB | ${cli.toFixed(0)} ms |`,
    );
  }
}
