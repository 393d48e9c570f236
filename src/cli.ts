// The CLI entry: wires the process to runCli and nothing else.
import module from 'node:module';
import { runCli } from './cli/run-cli.js';

// Node ≥ 22.1 keeps the code it compiled for a command (in the system's temporary directory) for the next
// run: compiling the chunks a command loads is most of its start-up. Node 20 has no such cache; the call
// is skipped there. The action does not ask for it: each runner starts with an empty directory.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that closed the pipe early (`lint | head`) has what it wanted: the command runs on to its
// own exit status, writing nothing more, instead of dying on the broken pipe.
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && !readerGone) throw error;
  readerGone = true;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void (readerGone || process.stdout.write(text)),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});
