import { runChange } from './change.js';
import { type Command, UsageError, parseCommandArgs } from './io.js';

export const REMOVE_HELP = `Usage: adopters remove <FILE> --entry <NAME> [--dry-run] [--json]

Takes one adopter off the list: its lines and the blank line that separated it, no other byte. A table
keeps its header, a section left empty keeps its heading.

Options:
  --entry <NAME>   the organization as listed (case, accents, punctuation, legal suffixes ignored)
  --dry-run        print a unified diff instead of writing the file
  --json           print {line, removed, added, entry, moved, warnings[, diff]}

Exit status: 0 removed, 1 refused (not listed, listed twice; reason on stderr, file untouched), 2 usage error.`;

export const removeCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      entry: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('missing <FILE>');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.entry?.trim()) throw new UsageError('missing --entry');
  const change = { kind: 'remove' as const, entry: values.entry.trim() };
  return runChange(file, change, { dryRun: values['dry-run'], json: values.json }, io);
};
