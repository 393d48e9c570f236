// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for Node 20+, and writes the
// licences of what they contain to dist/licenses.txt. Builds are deterministic, so CI can check that
// the committed dist/ is in sync with src/.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { assertSelfContained } from './scripts/build/assert-self-contained.mjs';
import { listBundledPackages, renderLicenses } from './scripts/build/collect-licenses.mjs';

// CJS dependencies (tunnel, bottleneck, …) call require('net'); ESM output needs a real `require`.
const requireShim = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // No source maps: they would double the package and ship the sources (sourcesContent) to every user,
  // and the action's errors are reported as messages, not stack traces. package.json `files` takes
  // dist/**/*.js only, so a map turned on for local debugging is never published.
  sourcemap: false,
  // The licence texts go to dist/licenses.txt instead of comments scattered through the bundle.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

const action = await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  banner: { js: requireShim },
});
const cli = await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});

const metafiles = [action.metafile, cli.metafile];
assertSelfContained(metafiles);
writeFileSync('dist/licenses.txt', renderLicenses(listBundledPackages(metafiles)));
