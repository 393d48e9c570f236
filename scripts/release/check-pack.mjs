#!/usr/bin/env node
// Checks what `npm pack` puts in the tarball: only what a user runs or reads (the bundle, its licences,
// action.yml, the example workflows, the docs), nothing the package does not need (tests, fixtures,
// sources, maps), a manifest `npx adopters-bot` can run with no dependencies, and the size the README
// states.  usage: npm pack --json [--dry-run] > pack.json && node scripts/release/check-pack.mjs pack.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ALLOWED = [
  /^package\.json$/,
  /^(?:README|CHANGELOG|SECURITY)\.md$/,
  /^LICENSE$/,
  /^action\.yml$/,
  /^dist\/(?:[\w.-]+\/)*[\w.-]+\.[cm]?js$/, // the bundles, whatever chunks they are split into
  /^dist\/package\.json$/, // says dist/ is CommonJS
  /^dist\/licenses\.txt$/,
  /^examples\/workflows\/[\w.-]+\.yml$/,
];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'action.yml',
  'dist/package.json',
  'dist/index.js',
  'dist/action.mjs',
  'dist/cli.js',
  'dist/cli-bundle.cjs',
  'dist/licenses.txt',
];
/** Named so the message says what slipped in, not just "not allowed". */
const NEVER = [
  [/(?:^|\/)__tests__\/|\.test\.[cm]?[jt]s$/, 'a test'],
  [/(?:^|\/)__fixtures__\//, 'a fixture'],
  [/^(?:src|test-support|bench|scripts)\/|\.[cm]?ts$/, 'a source file'],
  [/\.map$/, 'a source map'],
  [/(?:^|\/)node_modules\//, 'a dependency'],
];
/** The packed size may drift this far from the README's figure before the README must be updated. */
const README_TOLERANCE = 0.25;
export const MAX_PACKED_BYTES = 3_000_000;

const formatMB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The problems of one `npm pack --json` entry. `read(path)` returns a file of the package as text.
 * Returns `{ problems, summary }`.
 */
export function checkPack(pack, read) {
  const problems = [];
  const paths = pack.files.map((f) => f.path);
  for (const path of paths) {
    const never = NEVER.find(([re]) => re.test(path));
    if (never) problems.push(`${path} is ${never[1]}: the package must not ship it`);
    else if (!ALLOWED.some((re) => re.test(path)))
      problems.push(`${path} is not in the list of files the package ships`);
  }
  for (const path of REQUIRED) if (!paths.includes(path)) problems.push(`${path} is missing from the package`);

  const manifest = JSON.parse(read('package.json'));
  if (manifest.private) problems.push('package.json is private: npm refuses to publish it');
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
    if (Object.keys(manifest[field] ?? {}).length) {
      problems.push(`package.json has ${field}: the bundle is self-contained, so they belong in devDependencies`);
    }
  }
  if (!manifest.engines?.node) problems.push('package.json has no engines.node');
  const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  const unscoped = manifest.name.replace(/^@[^/]+\//, '');
  // npx <package> runs the only bin, or the bin named like the package; with several and none so
  // named it cannot choose, and `npx adopters-bot` fails.
  if (Object.keys(bins).length !== 1 && !(unscoped in bins)) {
    problems.push(`package.json bin has no "${unscoped}" entry: \`npx ${manifest.name}\` cannot pick a command`);
  }
  for (const [name, target] of Object.entries(bins)) {
    const path = target.replace(/^\.\//, '');
    if (!paths.includes(path)) problems.push(`bin ${name} → ${path}, which the package does not contain`);
    else if (!read(path).startsWith('#!/usr/bin/env node\n'))
      problems.push(`bin ${name} → ${path} has no node shebang`);
  }

  if (pack.size > MAX_PACKED_BYTES) {
    problems.push(`the tarball is ${formatMB(pack.size)}, over the ${formatMB(MAX_PACKED_BYTES)} ceiling`);
  }
  const stated = /npm package is one tarball of about ([\d.]+) MB/.exec(read('README.md'));
  if (!stated)
    problems.push('README.md does not state the tarball\'s size ("npm package is one tarball of about N MB")');
  else if (Math.abs(Number(stated[1]) * 1e6 - pack.size) > README_TOLERANCE * pack.size) {
    problems.push(
      `README.md says the tarball is about ${stated[1]} MB; it is ${formatMB(pack.size)}: update the README`,
    );
  }
  const summary =
    `${pack.filename}: ${paths.length} files, ${formatMB(pack.size)} packed, ` +
    `${formatMB(pack.unpackedSize)} unpacked`;
  return { problems, summary };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/release/check-pack.mjs <npm pack --json output>');
    process.exit(2);
  }
  const [pack] = JSON.parse(readFileSync(file, 'utf8'));
  const { problems, summary } = checkPack(pack, (path) => readFileSync(path, 'utf8'));
  console.log(summary);
  for (const p of problems) console.log(`::error::${p}`);
  process.exit(problems.length ? 1 : 0);
}
