import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { tempDir } from '../../test-support/temp-dir.js';

/** Runs the CLI in-process with captured streams, in `cwd` (a fresh temp dir by default). */
export async function cli(args: string[], cwd = tempDir('adopters-cli-')) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    cwd,
  });
  return { code, stdout, stderr, cwd };
}

export function tempFile(name: string, content: string): { dir: string; path: string } {
  const dir = tempDir('adopters-file-');
  const path = join(dir, name);
  writeFileSync(path, content);
  return { dir, path };
}
