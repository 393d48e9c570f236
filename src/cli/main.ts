// The CLI's work, bundled as one CommonJS file (dist/cli-bundle.cjs) that dist/cli.js loads through the
// compile cache: wires the process to runCli and nothing else.
import { runCli } from './run-cli.js';

// A reader that closed the pipe early (`lint | head`) has what it wanted: the command runs on to its
// own exit status, writing nothing more, instead of dying on the broken pipe.
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && !readerGone) throw error;
  readerGone = true;
});

void runCli(process.argv.slice(2), {
  stdout: (text) => void (readerGone || process.stdout.write(text)),
  stderr: (text) => void process.stderr.write(text),
  // Asked only by the commands that draw progress: opening stderr costs a few milliseconds.
  get isTTY() {
    return Boolean(process.stderr.isTTY);
  },
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
