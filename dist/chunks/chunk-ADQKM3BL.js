import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  commandSafeWriter
} from "./chunk-P25OE5HT.js";

// src/cli/io.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, refused: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
function parseCommandArgs(config) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
function commandSafeIo(io) {
  return { ...io, stdout: commandSafeWriter(io.stdout), stderr: commandSafeWriter(io.stderr) };
}

export {
  EXIT,
  UsageError,
  parseCommandArgs,
  commandSafeIo
};
