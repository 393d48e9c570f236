import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  changeFile
} from "./chunk-X2W36SBL.js";
import {
  unifiedDiff
} from "./chunk-TPLHPWM2.js";
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-ADQKM3BL.js";

// src/cli/change.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function runChange(file, change, flags, io) {
  const path = resolve(io.cwd, file);
  const source = await readFile(path, "utf8");
  const result = await changeFile(path, source, change);
  if (!result.ok) {
    io.stderr(`adopters: ${file}: refused: ${result.reason}
`);
    return EXIT.refused;
  }
  const diff = flags.dryRun ? unifiedDiff(file, source, result.content) : void 0;
  if (!flags.dryRun) await writeFile(path, result.content, "utf8");
  if (flags.json) {
    const { line, removed, added, entry, moved, warnings } = result;
    const json = { line, removed, added, entry, moved, warnings, ...diff !== void 0 ? { diff } : {} };
    io.stdout(`${JSON.stringify(json)}
`);
    return EXIT.ok;
  }
  if (diff !== void 0) io.stdout(diff);
  else if (change.kind === "remove") io.stdout(`Removed "${result.name}" (line ${result.line}).
`);
  else
    io.stdout(
      `Updated "${result.name}" at line ${result.line}${result.moved ? ", moved to its alphabetical place" : ""}.
`
    );
  for (const w of result.warnings) io.stderr(`adopters: warning: ${w}
`);
  return EXIT.ok;
}
function readChangeArgs(args, valueFlags) {
  const options = {
    entry: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false }
  };
  for (const flag of valueFlags) options[flag] = { type: "string" };
  const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError("missing <FILE>");
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const entry = typeof values.entry === "string" ? values.entry.trim() : "";
  if (!entry) throw new UsageError("missing --entry");
  const given = {};
  for (const flag of valueFlags) if (typeof values[flag] === "string") given[flag] = values[flag];
  return { file, entry, given, flags: { dryRun: values["dry-run"] === true, json: values.json === true } };
}

export {
  runChange,
  readChangeArgs
};
