import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { insertIntoFile } from '../adopters-file/insert.js';
import { formatFieldError } from '../submission/form-fields.js';
import { readSubmission } from '../submission/read-submission.js';
import { unifiedDiff } from '../text/unified-diff.js';
import { type Command, EXIT, UsageError, parseCommandArgs } from './io.js';
import { loadTemplate, parseFieldMap, readText } from './validate.js';

export const PREVIEW_HELP = `Usage: adopters preview <ISSUE_BODY_FILE> --file <FILE> [--template <FORM.yml>]

Shows what the bot would do with a submission: validates the issue body, then prints the unified diff
of FILE with the entry inserted. Writes nothing.

Options:
  --file <FILE>           the adopters file (required)
  --template <FORM.yml>   the issue form (default: .github/ISSUE_TEMPLATE/adopter.yml, else the bundled one)
  --field-map <MAP>       a project's own form: its field ids mapped to ours, as company=name,url=website

Exit status: 0 the diff is printed, 1 invalid or refused (the reasons on stderr), 2 usage error.`;

export const previewCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { file: { type: 'string' }, template: { type: 'string' }, 'field-map': { type: 'string' } },
  });
  const [bodyFile, ...extra] = positionals;
  if (!bodyFile) throw new UsageError('missing <ISSUE_BODY_FILE>');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.file) throw new UsageError('missing --file <FILE>');
  const body = await readText(resolve(io.cwd, bodyFile), bodyFile);
  const template = await loadTemplate(values.template, io.cwd);
  const fieldMap = values['field-map'] === undefined ? undefined : parseFieldMap(values['field-map']);
  const read = readSubmission(body, template, { fieldMap });
  if (!read.ok) {
    const lines =
      read.reason === 'invalid'
        ? read.errors.map(formatFieldError)
        : [`${read.message}; it is not an adopter submission.`];
    io.stderr(lines.map((l) => `${l}\n`).join(''));
    return EXIT.refused;
  }
  const source = readFileSync(resolve(io.cwd, values.file), 'utf8');
  const result = await insertIntoFile(values.file, source, read.submission, { section: read.submission.section });
  if (!result.ok) {
    io.stderr(`adopters: ${values.file}: refused: ${result.reason}\n`);
    return EXIT.refused;
  }
  io.stdout(unifiedDiff(values.file, source, result.content));
  for (const w of result.warnings) io.stderr(`adopters: warning: ${w}\n`);
  return EXIT.ok;
};
