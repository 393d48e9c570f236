// Differential check of the fast Markdown reader against remark on real files (CI runs it on the shared
// corpus and its history): every file the fast reader reads must give remark's very tree, positions
// included. Prints how many files were read wholly natively, with some blocks through remark, or left
// to remark whole; exits 1 on any difference.
//   node scripts/fast-parse-check.mjs <dir>...
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const outfile = join(root, 'node_modules/.cache/adopters-bot/fast-parse-check.mjs');
await build({
  stdin: {
    contents: `export { readFast } from './src/adopters/fast-parse/index.ts';
      import remarkGfm from 'remark-gfm'; import remarkParse from 'remark-parse'; import { unified } from 'unified';
      export const remark = unified().use(remarkParse).use(remarkGfm);`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  packages: 'external',
  logLevel: 'error',
});
const { readFast, remark } = await import(pathToFileURL(outfile).href);

const counts = { whole: 0, part: 0, fallback: 0, differ: 0 };
const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: node scripts/fast-parse-check.mjs <dir>...');
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => /\.(md|markdown)$/i.test(f))) {
    const source = readFileSync(join(dir, name), 'utf8');
    const stats = { slices: 0 };
    const fast = readFast(source, stats);
    if (!fast) counts.fallback++;
    else if (!isDeepStrictEqual(fast, remark.parse(source))) {
      counts.differ++;
      console.log(`DIFFERS ${join(dir, name)}`);
    } else if (stats.slices === 0) counts.whole++;
    else counts.part++;
  }
}
const total = counts.whole + counts.part + counts.fallback + counts.differ;
console.log(
  `fast-parse: ${total} files: ${counts.whole} read natively, ${counts.part} with some blocks through remark, ` +
    `${counts.fallback} left to remark whole; ${counts.differ} differ from remark`,
);
process.exit(counts.differ === 0 && total > 0 ? 0 : 1);
