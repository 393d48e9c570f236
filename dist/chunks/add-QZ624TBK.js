import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-JFVZHVIX.js";
import {
  unifiedDiff
} from "./chunk-URZXO6SE.js";
import {
  insertAdopter
} from "./chunk-FN4Q557F.js";
import "./chunk-YG3QSRZK.js";
import "./chunk-5P4X6YCH.js";
import "./chunk-SJAIQ2HM.js";
import "./chunk-5Z4LMX7A.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";

// src/cli/add.ts
import { readFile, writeFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
var ADD_HELP = `Usage: adopters add <FILE> --name <NAME> --url <URL> [options]

Inserts an adopter into FILE in the file's own place and style, changing no other byte.

Options:
  --name <NAME>          organization name, displayed exactly as given (required)
  --url <URL>            organization website (required)
  --description <TEXT>   how the organization uses the project (one paragraph)
  --section <HEADING>    heading (or Type value) of the section to add to
  --logo <URL>           logo image, written where the file's entries show logos
  --contact <HANDLE>     GitHub handle, written into a Contact column
  --dry-run              print a unified diff instead of writing the file
  --json                 print {line, lines, section, order, entry, warnings[, diff]}

Exit status: 0 inserted, 1 refused (reason on stderr, file untouched), 2 usage error.`;
var DATA_FILE = /* @__PURE__ */ new Set([".yml", ".yaml", ".json", ".toml"]);
var addCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      url: { type: "string" },
      description: { type: "string" },
      section: { type: "string" },
      logo: { type: "string" },
      contact: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false }
    }
  });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError("missing <FILE>");
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.name?.trim()) throw new UsageError("missing --name");
  if (!values.url?.trim()) throw new UsageError("missing --url");
  const path = resolve(io.cwd, file);
  if (DATA_FILE.has(extname(path).toLowerCase())) {
    io.stderr(`adopters: ${file}: data files (YAML, JSON, TOML) are not supported yet; only Markdown adopters files
`);
    return EXIT.refused;
  }
  const source = await readFile(path, "utf8");
  const result = insertAdopter(
    source,
    {
      name: values.name.trim(),
      url: values.url.trim(),
      description: values.description?.trim() || void 0,
      logo: values.logo?.trim() || void 0,
      contact: values.contact?.trim().replace(/^@/, "") || void 0
    },
    { section: values.section }
  );
  if (!result.ok) {
    io.stderr(`adopters: ${file}: refused: ${result.reason}
`);
    return EXIT.refused;
  }
  const diff = values["dry-run"] ? unifiedDiff(file, source, result.content) : void 0;
  if (!values["dry-run"]) await writeFile(path, result.content, "utf8");
  if (values.json) {
    const { line, lines, section, order, entry, warnings } = result;
    io.stdout(
      `${JSON.stringify({ line, lines, section, order, entry, warnings, ...diff !== void 0 ? { diff } : {} })}
`
    );
  } else {
    if (diff !== void 0) io.stdout(diff);
    else
      io.stdout(
        `Added at line ${result.line}${result.section ? ` in "${result.section}"` : ""} (${result.order} order).
`
      );
    for (const w of result.warnings) io.stderr(`adopters: warning: ${w}
`);
  }
  return EXIT.ok;
};
export {
  ADD_HELP,
  addCommand
};
