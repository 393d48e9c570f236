import { readChangeArgs, runChange } from './change.js';
import type { Command } from './io.js';

export const REMOVE_HELP = `Usage: adopters remove <FILE> --entry <NAME> [--dry-run] [--json]

Takes one adopter off the list: its lines and the blank line that separated it, no other byte. A table
keeps its header, a section left empty keeps its heading.

Options:
  --entry <NAME>   the organization as listed (case, accents, punctuation, legal suffixes ignored)
  --dry-run        print a unified diff instead of writing the file
  --json           print {line, removed, added, entry, moved, warnings[, diff]}

Exit status: 0 removed, 1 refused (not listed, listed twice; reason on stderr, file untouched), 2 usage error.`;

export const removeCommand: Command = async (args, io) => {
  const { file, entry, flags } = readChangeArgs(args, []);
  return runChange(file, { kind: 'remove', entry }, flags, io);
};
