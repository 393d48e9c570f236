import { addCommand, ADD_HELP } from './add.js';
import { checkLinksCommand, CHECK_LINKS_USAGE } from './check-links.js';
import { doctorCommand, DOCTOR_HELP } from './doctor.js';
import { initCommand, INIT_HELP } from './init.js';
import { lintCommand, LINT_HELP } from './lint.js';
import { previewCommand, PREVIEW_HELP } from './preview.js';
import { removeCommand, REMOVE_HELP } from './remove.js';
import { updateCommand, UPDATE_HELP } from './update.js';
import { validateCommand, VALIDATE_HELP } from './validate.js';
import { type Command, type CliIo, EXIT, UsageError, commandSafeIo } from './io.js';

const HELP = `Usage: adopters <command> [options]

Keep an ADOPTERS.md: insert entries in the file's own place and style, check it, check its links.

Commands:
  add <FILE> --name <NAME> --url <URL>     insert an adopter (--dry-run shows the diff)
  update <FILE> --entry <NAME> [--url …]   change a listed adopter's name, website, description or logo
  remove <FILE> --entry <NAME>             take a listed adopter off the list
  validate <ISSUE_BODY_FILE>               validate an issue-form submission
  preview <ISSUE_BODY_FILE> --file <FILE>  show the diff a submission would make
  lint <FILE> [--baseline <FILE>]          report order, shape and duplicate problems
  check-links <FILE>                       check every link in the file
  init [DIR]                               set the bot up: form, workflows, settings
  doctor [DIR]                             check the setup and say what to change

Run "adopters <command> --help" for a command's options.`;

interface CommandSpec {
  run: Command;
  help: string;
}

const commands: Record<string, CommandSpec> = {
  add: { run: addCommand, help: ADD_HELP },
  update: { run: updateCommand, help: UPDATE_HELP },
  remove: { run: removeCommand, help: REMOVE_HELP },
  lint: { run: lintCommand, help: LINT_HELP },
  validate: { run: validateCommand, help: VALIDATE_HELP },
  preview: { run: previewCommand, help: PREVIEW_HELP },
  'check-links': { run: checkLinksCommand, help: CHECK_LINKS_USAGE },
  init: { run: initCommand, help: INIT_HELP },
  doctor: { run: doctorCommand, help: DOCTOR_HELP },
};

export async function runCli(argv: string[], streams: CliIo): Promise<number> {
  const io = commandSafeIo(streams);
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const spec = commands[name];
  if (!spec) {
    io.stderr(`adopters: unknown command "${name}"\n\n${HELP}\n`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${spec.help}\n`);
    return EXIT.ok;
  }
  try {
    return await spec.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`adopters ${name}: ${error.message}\n\n${spec.help}\n`);
      return EXIT.usage;
    }
    // A path that cannot be read is a mistake on the command line, like a missing argument.
    const { code, path } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EACCES') {
      io.stderr(`adopters ${name}: cannot read ${path ?? 'the file'} (${code})\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
