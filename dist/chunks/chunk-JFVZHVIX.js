import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

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

export {
  EXIT,
  UsageError,
  parseCommandArgs
};
