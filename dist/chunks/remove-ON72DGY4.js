import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readChangeArgs,
  runChange
} from "./chunk-73WUWUAJ.js";
import "./chunk-ENBQNY2S.js";
import "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-YTPXAUCT.js";
import "./chunk-6OMR4UTC.js";
import "./chunk-B3I33P42.js";
import "./chunk-ST4GWWJ3.js";
import "./chunk-5HCODKRY.js";
import "./chunk-SXXBV75I.js";
import "./chunk-2ZUWKDGS.js";
import "./chunk-NWHVWTTH.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-YBYENE5N.js";
import "./chunk-E5HPRSMU.js";
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
