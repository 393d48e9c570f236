import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadTemplate,
  parseFieldMap,
  readText
} from "./chunk-CH4M4VEE.js";
import {
  unifiedDiff
} from "./chunk-TPLHPWM2.js";
import {
  readSubmission
} from "./chunk-U35WCZE2.js";
import {
  insertIntoFile
} from "./chunk-M3JUTA7E.js";
import "./chunk-TGH2AUFJ.js";
import {
  formatFieldError
} from "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-2CY5NW76.js";
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-MEP3FXJ7.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-E5HPRSMU.js";
import "./chunk-PTVQWISG.js";
import "./chunk-ONBS6DE5.js";

// src/cli/preview.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var PREVIEW_HELP = `Usage: adopters preview <ISSUE_BODY_FILE> --file <FILE> [--template <FORM.yml>]

Shows what the bot would do with a submission: validates the issue body, then prints the unified diff
of FILE with the entry inserted. Writes nothing.

Options:
  --file <FILE>           the adopters file (required)
  --template <FORM.yml>   the issue form (default: .github/ISSUE_TEMPLATE/adopter.yml, else the bundled one)
  --field-map <MAP>       a project's own form: its field ids mapped to ours, as company=name,url=website

Exit status: 0 the diff is printed, 1 invalid or refused (the reasons on stderr), 2 usage error.`;
var previewCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { file: { type: "string" }, template: { type: "string" }, "field-map": { type: "string" } }
  });
  const [bodyFile, ...extra] = positionals;
  if (!bodyFile) throw new UsageError("missing <ISSUE_BODY_FILE>");
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.file) throw new UsageError("missing --file <FILE>");
  const body = await readText(resolve(io.cwd, bodyFile), bodyFile);
  const template = await loadTemplate(values.template, io.cwd);
  const fieldMap = values["field-map"] === void 0 ? void 0 : parseFieldMap(values["field-map"]);
  const read = readSubmission(body, template, { fieldMap });
  if (!read.ok) {
    const lines = read.reason === "invalid" ? read.errors.map(formatFieldError) : [`${read.message}; it is not an adopter submission.`];
    io.stderr(lines.map((l) => `${l}
`).join(""));
    return EXIT.refused;
  }
  const source = await readFile(resolve(io.cwd, values.file), "utf8");
  const result = await insertIntoFile(values.file, source, read.submission, { section: read.submission.section });
  if (!result.ok) {
    io.stderr(`adopters: ${values.file}: refused: ${result.reason}
`);
    return EXIT.refused;
  }
  io.stdout(unifiedDiff(values.file, source, result.content));
  for (const w of result.warnings) io.stderr(`adopters: warning: ${w}
`);
  return EXIT.ok;
};
export {
  PREVIEW_HELP,
  previewCommand
};
