import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { changeFile, type FileChange } from '../adopters-file/change.js';
import { unifiedDiff } from '../text/unified-diff.js';
import type { ParseArgsConfig } from 'node:util';
import { type CliIo, EXIT, UsageError, parseCommandArgs } from './io.js';

/**
 * `update` and `remove` after their own flags are read: change FILE through the one door, then print
 * the contract's JSON, a diff (`--dry-run`) or one line, and the warnings. The file is written only on
 * success and without `--dry-run`.
 */
export async function runChange(
  file: string,
  change: FileChange,
  flags: { dryRun: boolean; json: boolean },
  io: CliIo,
): Promise<number> {
  const path = resolve(io.cwd, file);
  // Synchronous, as in `add`: one file, read and written once (cli/add.ts says why).
  const source = readFileSync(path, 'utf8');
  const result = await changeFile(path, source, change);
  if (!result.ok) {
    io.stderr(`adopters: ${file}: refused: ${result.reason}\n`);
    return EXIT.refused;
  }
  const diff = flags.dryRun ? unifiedDiff(file, source, result.content) : undefined;
  if (!flags.dryRun) writeFileSync(path, result.content, 'utf8');
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

export interface ChangeArgs {
  file: string;
  /** `--entry`, trimmed. */
  entry: string;
  /** The new values given (`--name`, `--url`, …), by flag name. */
  given: Partial<Record<string, string>>;
  flags: { dryRun: boolean; json: boolean };
}

/** `<FILE> --entry <NAME> [--dry-run] [--json]` and the value flags a command takes; mistakes are usage errors. */
export function readChangeArgs(args: string[], valueFlags: readonly string[]): ChangeArgs {
  const options: NonNullable<ParseArgsConfig['options']> = {
    entry: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  };
  for (const flag of valueFlags) options[flag] = { type: 'string' };
  const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('missing <FILE>');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const entry = typeof values.entry === 'string' ? values.entry.trim() : '';
  if (!entry) throw new UsageError('missing --entry');
  const given: Partial<Record<string, string>> = {};
  for (const flag of valueFlags) if (typeof values[flag] === 'string') given[flag] = values[flag];
  return { file, entry, given, flags: { dryRun: values['dry-run'] === true, json: values.json === true } };
}
