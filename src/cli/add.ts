import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { insertIntoFile } from '../adopters-file/insert.js';
import type { GroupChoice } from '../data-files/group-files.js';
import { formatFieldError } from '../submission/form-fields.js';
import { unifiedDiff } from '../text/unified-diff.js';
import { commandSafeJson } from '../text/workflow-commands.js';
import { explainLookAlike, validateAddValues } from './add-entry.js';
import { type Command, EXIT, UsageError, parseCommandArgs } from './io.js';

export const ADD_HELP = `Usage: adopters add <FILE> --name <NAME> [--url <URL>] [options]

Inserts an adopter into FILE (Markdown, or a YAML/JSON data file) in the file's own place and style,
changing no other byte. Every value passes the same rules as the issue form; a problem is reported
naming its flag, and the file is left untouched. FILE may be a folder of one data file per group
(such as data/adopters/): --section then names the group, by a file's title or its name.

Options:
  --name <NAME>          organization name, displayed exactly as given (required)
  --url <URL>            organization website, https:// (required unless the file's entries carry no links)
  --description <TEXT>   how the organization uses the project (one paragraph)
  --section <HEADING>    heading, Type value, data list or group value of the section to add to
  --logo <URL>           logo image, written where the file's entries show logos
  --contact <HANDLE>     GitHub handle, written into a Contact column
  --allow-look-alike     add an entry whose name or website looks like a listed one (after checking it)
  --dry-run              print a unified diff instead of writing the file
  --json                 print {line, lines, section, order, entry, warnings, why[, diff]}

Exit status: 0 inserted, 1 refused (reason on stderr, file untouched), 2 usage error.`;

/** Data formats the engines do not read yet. */
const UNSUPPORTED = new Set(['.toml']);

/** A folder of one data file per group (such as data/adopters/): the file of the group --section names. */
async function groupFile(folder: string, section: string | undefined): Promise<GroupChoice> {
  const names = (await readdir(folder)).filter((n) => /\.(?:ya?ml|json)$/i.test(n)).sort();
  const files = await Promise.all(
    names.map(async (n) => ({ path: join(folder, n), text: await readFile(join(folder, n), 'utf8') })),
  );
  // Loaded here: a Markdown file never needs the YAML and JSON readers behind it.
  const { chooseGroupFile } = await import('../data-files/group-files.js');
  return chooseGroupFile(files, section);
}

export const addCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      url: { type: 'string' },
      description: { type: 'string' },
      section: { type: 'string' },
      logo: { type: 'string' },
      contact: { type: 'string' },
      'allow-look-alike': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [given, ...extra] = positionals;
  if (!given) throw new UsageError('missing <FILE>');
  let file = given;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.name?.trim()) throw new UsageError('missing --name');
  let path = resolve(io.cwd, file);
  if (UNSUPPORTED.has(extname(path).toLowerCase())) {
    io.stderr(`adopters: ${file}: TOML data files are not supported yet; Markdown, YAML and JSON files are\n`);
    return EXIT.refused;
  }
  // One file, read and written in one go: the synchronous calls skip the thread-pool round trips of
  // fs/promises (1.5 ms of an `add` to a 450-line file over 61 interleaved runs), which a one-shot command
  // has no use for.
  const folder = statSync(path).isDirectory();
  const checked = validateAddValues({ ...values, name: values.name });
  if (!checked.ok) {
    io.stderr(checked.errors.map((e) => `${formatFieldError(e)}\n`).join(''));
    return EXIT.refused;
  }
  const entry = checked.entry;
  let section = entry.section;
  let group: string | undefined;
  if (folder) {
    const choice = await groupFile(path, section);
    if (!choice.ok) {
      io.stderr(`adopters: ${file}: refused: ${choice.reason}\n`);
      return EXIT.refused;
    }
    [path, section, group] = [choice.path, undefined, choice.group];
    file = relative(io.cwd, path);
  }
  const source = readFileSync(path, 'utf8');
  const result = await insertIntoFile(path, source, entry, { section });
  if (!result.ok) {
    io.stderr(`adopters: ${file}: refused: ${refusalText(result)}\n`);
    return EXIT.refused;
  }
  if (group) result.section = group;
  const lookAlikes = result.flags.filter((f) => f.kind === 'lookalike').map((f) => explainLookAlike(f, entry));
  if (lookAlikes.length && !values['allow-look-alike']) {
    const lines = lookAlikes.map((l) => `adopters: ${file}: refused: ${l}\n`);
    io.stderr(`${lines.join('')}adopters: if it is a different organization, run again with --allow-look-alike\n`);
    return EXIT.refused;
  }
  // The engine's own look-alike warning is replaced by the explanation above.
  const warnings = [
    ...result.warnings.filter((w) => !/^the name or website looks like /.test(w)),
    ...lookAlikes.map((l) => `${l} (added with --allow-look-alike)`),
  ];
  const diff = values['dry-run'] ? unifiedDiff(file, source, result.content) : undefined;
  if (!values['dry-run']) writeFileSync(path, result.content, 'utf8');
  if (values.json) {
    const { line, lines, section, order, why } = result;
    const out = {
      line,
      lines,
      section,
      order,
      entry: result.entry,
      warnings,
      why,
      ...(diff !== undefined ? { diff } : {}),
    };
    io.stdout(`${commandSafeJson(out)}\n`);
  } else {
    if (diff !== undefined) io.stdout(diff);
    else
      io.stdout(
        `Added at line ${result.line}${result.section ? ` in "${result.section}"` : ''} (${result.newestFirst ? 'newest first' : `${result.order} order`}).\n`,
      );
    for (const w of warnings) io.stderr(`adopters: warning: ${w}\n`);
  }
  return EXIT.ok;
};

/** The engine's reason, in the CLI's words where a flag is the fix. */
function refusalText(refused: { code: string; reason: string }): string {
  if (refused.code === 'url-required') return `${refused.reason}: give it with --url`;
  return refused.reason;
}
