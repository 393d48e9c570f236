// Bundles the action (dist/index.js → dist/action.mjs) and the CLI (dist/cli.js + dist/cli-bundle.cjs)
// for Node 20+, and writes the licences of what they contain to dist/licenses.txt. The action is ESM
// split into chunks, each mode a dynamic import(), so a run compiles only the code it uses. The CLI is
// one CommonJS bundle run through a compile cache by a small CommonJS bin. Chunks are named by content hash: the same sources
// always give the same files, so CI can check that the committed dist/ is in sync with src/.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { asciiOnly } from './scripts/build/ascii-only.mjs';
import { assertSelfContained } from './scripts/build/assert-self-contained.mjs';
import { listBundledPackages, renderLicenses } from './scripts/build/collect-licenses.mjs';
import { tldtsTables } from './scripts/build/tldts-tables.mjs';

// CJS dependencies (tunnel, bottleneck, …) call require('net'); ESM output needs a real `require`.
// Every output file is a module of its own, so each chunk gets the shim.
const requireShim = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

// Libraries only some files need, which would otherwise be set up at every start of a command that reads
// Markdown: string-width compiles an emoji regular expression and an Intl.Segmenter as it is imported
// (about 50 ms; only a table with non-ASCII text needs it), parse5 (an HTML parser, 330 kB; only a table
// written in HTML needs it), entities (its decoding tables take half a millisecond to build; only text
// with a `&` needs them) and remark with its GFM extensions (a millisecond; only a block the fast reader
// hands over needs them). The bundle gets a stand-in for each that require()s it on first use, which
// esbuild turns into a lazy initialiser.
const LAZY = {
  unified: "export function unified() { return require('unified').unified(); }",
  'remark-parse':
    "export default function remarkParse(...args) { return require('remark-parse').default.apply(this, args); }",
  'micromark-extension-gfm': "export function gfm(options) { return require('micromark-extension-gfm').gfm(options); }",
  'mdast-util-gfm':
    "export function gfmFromMarkdown(options) { return require('mdast-util-gfm').gfmFromMarkdown(options); }",
  'string-width':
    "let width; export default function stringWidth(text) { width ??= require('string-width').default; return width(text); }",
  entities: [
    "let entities; const lib = () => (entities ??= require('entities'));",
    ...['decodeHTML', 'decodeHTMLStrict', 'decodeHTMLAttribute'].map(
      (name) => `export function ${name}(text) { return lib().${name}(text); }`,
    ),
  ].join('\n'),
  parse5:
    "let parse5; export function parseFragment(...args) { parse5 ??= require('parse5'); return parse5.parseFragment(...args); }",
};
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    b.onResolve(
      { filter: /^(?:string-width|parse5|entities|unified|remark-parse|micromark-extension-gfm|mdast-util-gfm)$/ },
      (args) => (args.kind === 'require-call' ? undefined : { path: args.path, namespace: 'lazy' }),
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: LAZY[args.path],
      resolveDir: process.cwd(),
    }));
  },
};

// Options every output shares.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 has these regular expression features, but esbuild's table for the node20 target does not
  // list them, so it would turn each such literal into `new RegExp(…)`, built again on every evaluation (a
  // hot loop over 10,000 entries pays for it).
  supported: {
    'regexp-unicode-property-escapes': true,
    'regexp-set-notation': true,
    'regexp-lookbehind-assertions': true,
  },
  // No source maps: they would double the package and ship the sources (sourcesContent) to every user,
  // and the action's errors are reported as messages, not stack traces. package.json `files` takes
  // dist/**/*.js and *.cjs only, so a map turned on for local debugging is never published.
  sourcemap: false,
  // The licence texts go to dist/licenses.txt instead of comments scattered through the bundle.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  plugins: [lazyLibraries, tldtsTables],
  write: false,
};

// The action: ESM split into chunks, each mode a dynamic import() (a runner starts with no cache, so
// loading less is what counts).
// Its files are .mjs: dist/ is CommonJS (see DIST_PACKAGE below), and dist/index.js, the entry action.yml
// names, loads dist/action.mjs.
const action = build({
  ...common,
  entryPoints: { action: 'src/index.ts' },
  splitting: true,
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  banner: { js: requireShim },
});

// dist/ is CommonJS so that the CLI's bin, which must be dist/cli.js, starts without Node's ESM loader
// (about 3 ms of every command); the action's ESM files say what they are by their extension.
const DIST_PACKAGE = '{ "type": "commonjs" }\n';
const ACTION_ENTRY = `// The action's entry, which action.yml names. The action is ESM, split per mode; this loads it.
import('./action.mjs');
`;

// The CLI: one CommonJS file, so dist/cli.js can run it through V8's code cache (src/cli/compile-cache.ts);
// each command's modules still wait in lazy initialisers until the command runs. The big libraries only
// some commands or some files use are files of their own in dist/vendor/, required when used, through the
// same cache: the link check's HTTP client, the YAML reader and the issue-form parser (half the CLI's
// code), and parse5 and the entity tables (430 kB that only HTML tables and `&` references reach). Every
// start reads the whole bundle, used or not: these two took 2 ms of an argo-cd-sized `add`. remark stays
// in: two files in three reach it.
const VENDORED = ['undici', 'yaml', '@github/issue-parser', 'parse5', 'entities'];
const vendorFile = (name) => `vendor/${name.replace(/^@/, '').replace(/\//g, '-')}.cjs`;
const VENDORED_NAME = new RegExp(`^(?:${VENDORED.map((name) => name.replace(/[/.-]/g, '\\$&')).join('|')})$`);
/** The stand-ins stay in the bundle (lazyLibraries takes their imports first); their require() loads the file. */
const vendored = (from) => ({
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: VENDORED_NAME }, (args) => ({ path: `${from}${vendorFile(args.path)}`, external: true }));
  },
});
const cli = await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli-bundle.cjs',
  format: 'cjs',
  plugins: [...common.plugins, vendored('./')],
});
const vendor = await Promise.all(
  VENDORED.map((name) =>
    build({
      ...common,
      // A vendored library requires another one (the issue-form parser reads YAML) from beside it; parse5
      // bundles the entities it imports, a version of its own.
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: process.cwd() },
      outfile: `dist/${vendorFile(name)}`,
      format: 'cjs',
      plugins: [
        {
          name: 'vendored-siblings',
          setup(b) {
            b.onResolve({ filter: /^(?:undici|yaml|@github\/issue-parser)$/ }, (args) =>
              args.path === name || args.importer === '<stdin>'
                ? undefined
                : { path: `./${vendorFile(args.path).slice('vendor/'.length)}`, external: true },
            );
          },
        },
      ],
    }),
  ),
);
// All ASCII, so dist/cli.js can read them as Latin-1 (scripts/build/ascii-only.mjs says why).
const ascii = (output) => ({ path: output.path, contents: Buffer.from(asciiOnly(output.text)) });
const cliBundle = ascii(cli.outputFiles[0]);
const vendorFiles = vendor.map((v) => ascii(v.outputFiles[0]));
// The compile cache's key: V8 checks a cache only against its source's length, so every file it caches counts.
const bundleHash = createHash('sha256');
for (const file of [cliBundle, ...vendorFiles]) bundleHash.update(file.contents);
const loader = await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  format: 'cjs',
  define: { CLI_BUNDLE_HASH: JSON.stringify(bundleHash.digest('hex').slice(0, 16)) },
});
const result = await action;
const metafiles = [result.metafile, cli.metafile, loader.metafile, ...vendor.map((v) => v.metafile)];

assertSelfContained(metafiles);
// Chunk names change with their content: drop the old ones so dist/ holds exactly this build.
rmSync('dist/chunks', { recursive: true, force: true });
rmSync('dist/vendor', { recursive: true, force: true });
for (const file of [...result.outputFiles, cliBundle, ...loader.outputFiles, ...vendorFiles]) {
  const isCli = file.path.endsWith('/dist/cli.js');
  mkdirSync(dirname(file.path), { recursive: true });
  // The bin needs its shebang first; the banner option would put it in every chunk.
  writeFileSync(file.path, isCli ? `#!/usr/bin/env node\n${file.text}` : file.contents);
  if (isCli) chmodSync(file.path, 0o755);
}
writeFileSync('dist/package.json', DIST_PACKAGE);
writeFileSync('dist/index.js', ACTION_ENTRY);
writeFileSync('dist/licenses.txt', renderLicenses(listBundledPackages(metafiles)));
