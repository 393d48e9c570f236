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

/**
 * Each command's module is imported only when that command runs: in the bundle each import() becomes a
 * lazy initialiser, so `--help` or `validate` never sets up the Markdown engine, the HTTP client or the
 * link checker.
 * A new command is one more line here.
 */
const commands: Record<string, () => Promise<CommandSpec>> = {
  add: () => import('./add.js').then((m) => ({ run: m.addCommand, help: m.ADD_HELP })),
  update: () => import('./update.js').then((m) => ({ run: m.updateCommand, help: m.UPDATE_HELP })),
  remove: () => import('./remove.js').then((m) => ({ run: m.removeCommand, help: m.REMOVE_HELP })),
  lint: () => import('./lint.js').then((m) => ({ run: m.lintCommand, help: m.LINT_HELP })),
  validate: () => import('./validate.js').then((m) => ({ run: m.validateCommand, help: m.VALIDATE_HELP })),
  preview: () => import('./preview.js').then((m) => ({ run: m.previewCommand, help: m.PREVIEW_HELP })),
  'check-links': () =>
    import('./check-links.js').then((m) => ({ run: m.checkLinksCommand, help: m.CHECK_LINKS_USAGE })),
  init: () => import('./init.js').then((m) => ({ run: m.initCommand, help: m.INIT_HELP })),
  doctor: () => import('./doctor.js').then((m) => ({ run: m.doctorCommand, help: m.DOCTOR_HELP })),
};

export async function runCli(argv: string[], streams: CliIo): Promise<number> {
  const io = commandSafeIo(streams);
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`adopters: unknown command "${name}"\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const spec = await load();
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
