import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readChangeArgs,
  runChange
} from "./chunk-TSEKSA5H.js";
import "./chunk-X2W36SBL.js";
import "./chunk-TPLHPWM2.js";
import "./chunk-TGH2AUFJ.js";
import {
  formatFieldError,
  validateEntryChanges
} from "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-2CY5NW76.js";
import {
  EXIT,
  UsageError
} from "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-MEP3FXJ7.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-PTVQWISG.js";
import "./chunk-ONBS6DE5.js";

// src/cli/update.ts
var UPDATE_HELP = `Usage: adopters update <FILE> --entry <NAME> [--name <NEW>] [--url <NEW>] [--description <NEW>] [--logo <NEW>] [options]

Changes one listed adopter, rewriting only the parts of its entry that hold the changed values (a new
URL changes the URL and no other byte). A rename in an alphabetical list moves the entry to its place.

Options:
  --entry <NAME>         the organization as listed (case, accents, punctuation, legal suffixes ignored)
  --name <NEW>           new organization name
  --url <NEW>            new website
  --description <NEW>    new description (one paragraph)
  --logo <NEW>           new logo image, where the file's entries show logos
  --dry-run              print a unified diff instead of writing the file
  --json                 print {line, removed, added, entry, moved, warnings[, diff]}

New values pass the same rules as the issue form. An update that changes nothing is refused.
Exit status: 0 updated, 1 refused (reason on stderr, file untouched), 2 usage error.`;
var updateCommand = async (args, io) => {
  const { file, entry, given: flags, flags: output } = readChangeArgs(args, ["name", "url", "description", "logo"]);
  const given = { name: flags.name, website: flags.url, description: flags.description, logo: flags.logo };
  if (Object.values(given).every((v) => v === void 0 || !v.trim()))
    throw new UsageError("nothing to change: give at least one of --name, --url, --description, --logo");
  const checked = validateEntryChanges(given, {
    labels: { name: "--name", website: "--url", description: "--description", logo: "--logo" },
    allowReservedTestDomains: true
  });
  if (!checked.ok) {
    for (const error of checked.errors) io.stderr(`adopters: ${file}: ${formatFieldError(error)}
`);
    return EXIT.refused;
  }
  return runChange(file, { kind: "update", entry, changes: checked.changes }, output, io);
};
export {
  UPDATE_HELP,
  updateCommand
};
