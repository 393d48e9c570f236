import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readChangeArgs,
  runChange
} from "./chunk-TSEKSA5H.js";
import "./chunk-X2W36SBL.js";
import "./chunk-TPLHPWM2.js";
import "./chunk-TGH2AUFJ.js";
import "./chunk-2CY5NW76.js";
import "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-MEP3FXJ7.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-PTVQWISG.js";
import "./chunk-ONBS6DE5.js";

// src/cli/remove.ts
var REMOVE_HELP = `Usage: adopters remove <FILE> --entry <NAME> [--dry-run] [--json]

Takes one adopter off the list: its lines and the blank line that separated it, no other byte. A table
keeps its header, a section left empty keeps its heading.

Options:
  --entry <NAME>   the organization as listed (case, accents, punctuation, legal suffixes ignored)
  --dry-run        print a unified diff instead of writing the file
  --json           print {line, removed, added, entry, moved, warnings[, diff]}

Exit status: 0 removed, 1 refused (not listed, listed twice; reason on stderr, file untouched), 2 usage error.`;
var removeCommand = async (args, io) => {
  const { file, entry, flags } = readChangeArgs(args, []);
  return runChange(file, { kind: "remove", entry }, flags, io);
};
export {
  REMOVE_HELP,
  removeCommand
};
