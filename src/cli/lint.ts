import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintFile, lintFileChanges } from '../adopters-file/lint.js';
import { type Command, EXIT, UsageError, parseCommandArgs } from './io.js';
import { commandSafeJson } from '../text/workflow-commands.js';

export const LINT_HELP = `Usage: adopters lint <FILE> [--baseline <FILE_AT_BASE>] [--json]

Reports what a reviewer would point out, each with its line: entries out of alphabetical order (in a
list the file keeps sorted), malformed entries, links without a scheme, duplicates, a missing final
newline; in a YAML/JSON data file also items missing the name or website key. Never writes.

Options:
  --baseline <FILE>  the same file before the change (e.g. git show main:ADOPTERS.md > base.md): report
                     only the problems the change introduces, matched by organization, not by line
  --json             print {"ok": bool, "problems": [{"line", "rule", "message"}]}

Exit status: 0 clean, 1 problems found, 2 usage error.`;

export const lintCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, baseline: { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('missing <FILE>');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  // Synchronous, as in `add` (cli/add.ts says why).
  const source = readFileSync(resolve(io.cwd, file), 'utf8');
  const problems =
    values.baseline === undefined
      ? await lintFile(file, source)
      : await lintFileChanges(file, readFileSync(resolve(io.cwd, values.baseline), 'utf8'), source);
  if (values.json) io.stdout(`${commandSafeJson({ ok: problems.length === 0, problems })}\n`);
  else for (const p of problems) io.stdout(`${file}:${p.line}: ${p.rule}: ${p.message}\n`);
  if (!values.json && problems.length) {
    const what = values.baseline === undefined ? 'found' : 'introduced by the change';
    io.stderr(`adopters: ${problems.length} problem${problems.length === 1 ? '' : 's'} ${what}\n`);
  }
  return problems.length ? EXIT.refused : EXIT.ok;
};
