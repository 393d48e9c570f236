#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  EXIT,
  UsageError,
  commandSafeIo
} from "./chunks/chunk-ADQKM3BL.js";
import "./chunks/chunk-P25OE5HT.js";
import "./chunks/chunk-ONBS6DE5.js";

// src/cli.ts
import module from "node:module";

// src/cli/run-cli.ts
var HELP = `Usage: adopters <command> [options]

Keep an ADOPTERS.md: insert entries in the file's own place and style, check it, check its links.

Commands:
  add <FILE> --name <NAME> --url <URL>     insert an adopter (--dry-run shows the diff)
  update <FILE> --entry <NAME> [--url \u2026]   change a listed adopter's name, website, description or logo
  remove <FILE> --entry <NAME>             take a listed adopter off the list
  validate <ISSUE_BODY_FILE>               validate an issue-form submission
  preview <ISSUE_BODY_FILE> --file <FILE>  show the diff a submission would make
  lint <FILE> [--baseline <FILE>]          report order, shape and duplicate problems
  check-links <FILE>                       check every link in the file
  init [DIR]                               set the bot up: form, workflows, settings
  doctor [DIR]                             check the setup and say what to change

Run "adopters <command> --help" for a command's options.`;
var commands = {
  add: () => import("./chunks/add-3UL37INH.js").then((m) => ({ run: m.addCommand, help: m.ADD_HELP })),
  update: () => import("./chunks/update-ZALLD4GT.js").then((m) => ({ run: m.updateCommand, help: m.UPDATE_HELP })),
  remove: () => import("./chunks/remove-NIPK5CU6.js").then((m) => ({ run: m.removeCommand, help: m.REMOVE_HELP })),
  lint: () => import("./chunks/lint-N4TTROZN.js").then((m) => ({ run: m.lintCommand, help: m.LINT_HELP })),
  validate: () => import("./chunks/validate-RXXS7KQO.js").then((m) => ({ run: m.validateCommand, help: m.VALIDATE_HELP })),
  preview: () => import("./chunks/preview-HGT4V52Q.js").then((m) => ({ run: m.previewCommand, help: m.PREVIEW_HELP })),
  "check-links": () => import("./chunks/check-links-GONWBIBR.js").then((m) => ({ run: m.checkLinksCommand, help: m.CHECK_LINKS_USAGE })),
  init: () => import("./chunks/init-SOO7AGXD.js").then((m) => ({ run: m.initCommand, help: m.INIT_HELP })),
  doctor: () => import("./chunks/doctor-DO42A53T.js").then((m) => ({ run: m.doctorCommand, help: m.DOCTOR_HELP }))
};
async function runCli(argv, streams) {
  const io = commandSafeIo(streams);
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? io.stdout : io.stderr)(`${HELP}
`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : void 0;
  if (!load) {
    io.stderr(`adopters: unknown command "${name}"

${HELP}
`);
    return EXIT.usage;
  }
  const spec = await load();
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${spec.help}
`);
    return EXIT.ok;
  }
  try {
    return await spec.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`adopters ${name}: ${error.message}

${spec.help}
`);
      return EXIT.usage;
    }
    const { code, path } = error;
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR" || code === "EACCES") {
      io.stderr(`adopters ${name}: cannot read ${path ?? "the file"} (${code})
`);
      return EXIT.usage;
    }
    throw error;
  }
}

// src/cli.ts
module.enableCompileCache?.();
var readerGone = false;
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE" && !readerGone) throw error;
  readerGone = true;
});
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void (readerGone || process.stdout.write(text)),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd()
});
