import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { chooseGroupFile } from '../data-files/group-files.js';
import { insertIntoFile } from '../adopters-file.js';
import { unifiedDiff } from './diff.js';
import { type Command, EXIT, UsageError, parseCommandArgs } from './io.js';

export const ADD_HELP = `Usage: adopters add <FILE> --name <NAME> --url <URL> [options]

Inserts an adopter into FILE (Markdown, or a YAML/JSON data file) in the file's own place and style,
changing no other byte. FILE may be a folder of one data file per group (Flux's data/adopters/):
--section then names the group, by a file's title (project: Flagger) or its name.

Options:
  --name <NAME>          organization name, displayed exactly as given (required)
  --url <URL>            organization website (required)
  --description <TEXT>   how the organization uses the project (one paragraph)
  --section <HEADING>    heading, Type value, data list or group value of the section to add to
  --logo <URL>           logo image, written where the file's entries show logos
  --contact <HANDLE>     GitHub handle, written into a Contact column
  --dry-run              print a unified diff instead of writing the file
  --json                 print {line, lines, section, order, entry, warnings[, diff]}

Exit status: 0 inserted, 1 refused (reason on stderr, file untouched), 2 usage error.`;

/** Data formats the engines do not read yet. */
const UNSUPPORTED = new Set(['.toml']);

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
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('missing <FILE>');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.name?.trim()) throw new UsageError('missing --name');
  if (!values.url?.trim()) throw new UsageError('missing --url');
  let path = resolve(io.cwd, file);
  let section = values.section;
  let group: string | undefined;
  // A folder of one data file per group (Flux's data/adopters/): --section names the group's file.
  if ((await stat(path)).isDirectory()) {
    const names = (await readdir(path)).filter((n) => /\.(?:ya?ml|json)$/i.test(n)).sort();
    const files = await Promise.all(
      names.map(async (n) => ({ path: join(path, n), text: await readFile(join(path, n), 'utf8') })),
    );
    const choice = chooseGroupFile(files, section);
    if (!choice.ok) {
      io.stderr(`adopters: ${file}: refused: ${choice.reason}\n`);
      return EXIT.refused;
    }
    [path, section, group] = [choice.path, undefined, choice.group];
  }
  if (UNSUPPORTED.has(extname(path).toLowerCase())) {
    io.stderr(`adopters: ${file}: TOML data files are not supported yet; Markdown, YAML and JSON files are\n`);
    return EXIT.refused;
  }
  const source = await readFile(path, 'utf8');
  const result = insertIntoFile(
    path,
    source,
    {
      name: values.name.trim(),
      url: values.url.trim(),
      description: values.description?.trim() || undefined,
      logo: values.logo?.trim() || undefined,
      contact: values.contact?.trim().replace(/^@/, '') || undefined,
    },
    { section },
  );
  const shown = group ? relative(io.cwd, path) : file;
  if (!result.ok) {
    io.stderr(`adopters: ${shown}: refused: ${result.reason}\n`);
    return EXIT.refused;
  }
  if (group) result.section = group;
  const diff = values['dry-run'] ? unifiedDiff(shown, source, result.content) : undefined;
  if (!values['dry-run']) await writeFile(path, result.content, 'utf8');
  if (values.json) {
    const { line, lines, section, order, entry, warnings } = result;
    io.stdout(
      `${JSON.stringify({ line, lines, section, order, entry, warnings, ...(diff !== undefined ? { diff } : {}) })}\n`,
    );
  } else {
    if (diff !== undefined) io.stdout(diff);
    else
      io.stdout(
        `Added at line ${result.line}${result.section ? ` in "${result.section}"` : ''} (${result.order} order).\n`,
      );
    for (const w of result.warnings) io.stderr(`adopters: warning: ${w}\n`);
  }
  return EXIT.ok;
};
