import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintFile,
  lintFileChanges
} from "./chunk-IMCV4MHD.js";
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-ADQKM3BL.js";
import {
  commandSafeJson
} from "./chunk-P25OE5HT.js";
import "./chunk-MEP3FXJ7.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-PTVQWISG.js";
import "./chunk-ONBS6DE5.js";

// src/cli/lint.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var LINT_HELP = `Usage: adopters lint <FILE> [--baseline <FILE_AT_BASE>] [--json]

Reports what a reviewer would point out, each with its line: entries out of alphabetical order (in a
list the file keeps sorted), malformed entries, links without a scheme, duplicates, a missing final
newline; in a YAML/JSON data file also items missing the name or website key. Never writes.

Options:
  --baseline <FILE>  the same file before the change (e.g. git show main:ADOPTERS.md > base.md): report
                     only the problems the change introduces, matched by organization, not by line
  --json             print {"ok": bool, "problems": [{"line", "rule", "message"}]}

Exit status: 0 clean, 1 problems found, 2 usage error.`;
var lintCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, baseline: { type: "string" } }
  });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError("missing <FILE>");
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const source = await readFile(resolve(io.cwd, file), "utf8");
  const problems = values.baseline === void 0 ? await lintFile(file, source) : await lintFileChanges(file, await readFile(resolve(io.cwd, values.baseline), "utf8"), source);
  if (values.json) io.stdout(`${commandSafeJson({ ok: problems.length === 0, problems })}
`);
  else for (const p of problems) io.stdout(`${file}:${p.line}: ${p.rule}: ${p.message}
`);
  if (!values.json && problems.length) {
    const what = values.baseline === void 0 ? "found" : "introduced by the change";
    io.stderr(`adopters: ${problems.length} problem${problems.length === 1 ? "" : "s"} ${what}
`);
  }
  return problems.length ? EXIT.refused : EXIT.ok;
};
export {
  LINT_HELP,
  lintCommand
};
