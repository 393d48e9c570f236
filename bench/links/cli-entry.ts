// Temporary CLI entry for the benchmark until src/cli.ts dispatches `check-links`: built by
// run.mjs into .tmp/ with esbuild (the repository's esbuild.config.mjs is left alone).
import { checkLinksCommand } from '../../src/cli/check-links.js';
import { UsageError } from '../../src/cli/io.js';

const [command, ...args] = process.argv.slice(2);
if (command !== 'check-links') {
  process.stderr.write('usage: check-links <FILE> [options]\n');
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await checkLinksCommand(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      isTTY: process.stderr.isTTY === true,
      cwd: process.cwd(),
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}
