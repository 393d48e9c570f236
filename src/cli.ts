// The CLI's bin: runs the bundled CLI (dist/cli-bundle.cjs, built from src/cli/main.ts) through the
// compile cache, so a command's second run starts from compiled code (cli/compile-cache.ts says why).
import { fileURLToPath } from 'node:url';
import { cacheFileFor, runBundle } from './cli/compile-cache.js';

// Set by the build to the bundle's content hash.
declare const CLI_BUNDLE_HASH: string;

const bundle = fileURLToPath(new URL('./cli-bundle.cjs', import.meta.url));
runBundle(bundle, cacheFileFor({ env: process.env, bundleHash: CLI_BUNDLE_HASH, command: process.argv[2] }));
