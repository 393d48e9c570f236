// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for Node 20+.
// Builds are deterministic, so CI can check that the committed dist/ is in sync with src/.
import { build } from 'esbuild';

// CJS dependencies (tunnel, bottleneck, …) call require('net'); ESM output needs a real `require`.
const requireShim = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', banner: { js: requireShim } });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
