// The bundled CLI as a shell runs it: a reader that stops reading early (`adopters lint FILE | head -1`)
// must not turn a finished command into a crash with a stack trace.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

it('keeps its exit status and says nothing of the pipe when the reader closes it after the first line', async () => {
  // Thousands of out-of-order names: far more problems than a pipe buffer holds.
  const names = Array.from({ length: 4000 }, (_, i) => `Acme ${String((i * 7919) % 4000).padStart(4, '0')}`);
  const sorted = [...names].sort();
  const lines = sorted
    .map((n, i) => (i % 3 === 0 ? names[i]! : n))
    .map((n) => `- [${n}](https://example.com/${n.replace(' ', '')})`);
  const dir = tempDir('adopters-pipe-');
  const file = join(dir, 'ADOPTERS.md');
  writeFileSync(file, `# Adopters\n\nKept in alphabetical order.\n\n${lines.join('\n')}\n`);
  const child = spawn(process.execPath, [CLI, 'lint', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  expect(stderr).not.toMatch(/EPIPE|at .*\(|node:events/);
  expect(stderr).toMatch(/problems found/);
  expect(status).toBe(1);
});
