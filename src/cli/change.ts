import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type AdopterChange, applyChange } from '../adopters/apply-change.js';
import { unifiedDiff } from '../text/unified-diff.js';
import { type CliIo, EXIT } from './io.js';

/**
 * `update` and `remove` after their own flags are read: change FILE through the one door, then print
 * the contract's JSON, a diff (`--dry-run`) or one line, and the warnings. The file is written only on
 * success and without `--dry-run`.
 */
export async function runChange(
  file: string,
  change: AdopterChange,
  flags: { dryRun: boolean; json: boolean },
  io: CliIo,
): Promise<number> {
  const path = resolve(io.cwd, file);
  const source = await readFile(path, 'utf8');
  const result = applyChange(path, source, change);
  if (!result.ok) {
    io.stderr(`adopters: ${file}: refused: ${result.reason}\n`);
    return EXIT.refused;
  }
  const diff = flags.dryRun ? unifiedDiff(file, source, result.content) : undefined;
  if (!flags.dryRun) await writeFile(path, result.content, 'utf8');
  if (flags.json) {
    const { line, removed, added, entry, moved, warnings } = result;
    const json = { line, removed, added, entry, moved, warnings, ...(diff !== undefined ? { diff } : {}) };
    io.stdout(`${JSON.stringify(json)}\n`);
    return EXIT.ok;
  }
  if (diff !== undefined) io.stdout(diff);
  else if (change.kind === 'remove') io.stdout(`Removed "${result.name}" (line ${result.line}).\n`);
  else
    io.stdout(
      `Updated "${result.name}" at line ${result.line}${result.moved ? ', moved to its alphabetical place' : ''}.\n`,
    );
  for (const w of result.warnings) io.stderr(`adopters: warning: ${w}\n`);
  return EXIT.ok;
}
