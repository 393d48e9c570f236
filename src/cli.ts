// The CLI's bin: runs the bundled CLI (dist/cli-bundle.cjs, built from src/cli/main.ts) through the
// compile cache, so a command's second run starts from compiled code (cli/compile-cache.ts says why).
import path from 'node:path';
import { cacheFileFor, runBundle } from './cli/compile-cache.js';

// Set by the build to the content hash of the bundle and its vendored files.
declare const CLI_BUNDLE_HASH: string;

// Built as CommonJS (dist/ is, so that no ESM loader starts): __dirname is dist/.
const bundle = path.join(__dirname, 'cli-bundle.cjs');
runBundle(bundle, cacheFileFor({ env: process.env, bundleHash: CLI_BUNDLE_HASH, command: process.argv[2] }));
