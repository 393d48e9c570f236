import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_ISSUE_FORM,
  DEFAULT_ISSUE_FORM_PATH,
  IssueFormConfigError,
  readIssueFormTemplate,
  readSubmission
} from "./chunk-U35WCZE2.js";
import {
  FORM_LABEL,
  SUBMISSION_FIELDS,
  formatFieldError
} from "./chunk-YJA3KOFE.js";
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-ADQKM3BL.js";
import {
  commandSafeJson
} from "./chunk-P25OE5HT.js";

// src/cli/validate.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var VALIDATE_HELP = `Usage: adopters validate <ISSUE_BODY_FILE> [options]

Checks an adopter issue body as the bot does: the answers of the issue form, then every rule.

Options:
  --template <FORM.yml>     the issue form (default: .github/ISSUE_TEMPLATE/adopter.yml, else the bundled one)
  --field-map <MAP>         a project's own form: its field ids mapped to ours, as company=name,url=website
                            (ours: name, website, description, section, logo, contact, consent)
  --json                    print {"ok": true, "submission": {\u2026}} or {"ok": false, "errors": [{field, label, message}]}

Exit status: 0 valid, 1 invalid (one line per problem on stderr), 2 usage error.`;
var validateCommand = async (args, io) => {
  const options = parseOptions(args);
  const body = await readText(resolve(io.cwd, options.file), options.file);
  const template = await loadTemplate(options.template, io.cwd);
  let result;
  try {
    result = readSubmission(body, template, { fieldMap: options.fieldMap });
  } catch (error) {
    if (error instanceof IssueFormConfigError) throw new UsageError(error.message);
    throw error;
  }
  if (result.ok) {
    io.stdout(options.json ? json({ ok: true, submission: result.submission }) : renderSubmission(result.submission));
    return EXIT.ok;
  }
  const errors = result.reason === "invalid" ? result.errors : [{ field: "form", label: FORM_LABEL, message: `${result.message}; it is not an adopter submission.` }];
  if (options.json) {
    io.stdout(json({ ok: false, errors: errors.map(({ field, label, message }) => ({ field, label, message })) }));
  } else {
    io.stderr(errors.map((error) => `${formatFieldError(error)}
`).join(""));
  }
  return EXIT.refused;
};
function parseOptions(args) {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      template: { type: "string" },
      "field-map": { type: "string" },
      json: { type: "boolean", default: false }
    }
  });
  const [file] = positionals;
  if (positionals.length !== 1 || file === void 0) {
    throw new UsageError(`expected one ISSUE_BODY_FILE, got ${positionals.length}`);
  }
  const fieldMap = values["field-map"] === void 0 ? void 0 : parseFieldMap(values["field-map"]);
  return { file, template: values.template, fieldMap, json: values.json };
}
function parseFieldMap(text) {
  const map = {};
  for (const pair of text.split(",")) {
    const [theirs, ours, extra] = pair.split("=").map((part) => part.trim());
    const target = SUBMISSION_FIELDS.find((id) => id === ours);
    if (!theirs || target === void 0 || extra !== void 0) {
      throw new UsageError(`--field-map: expected <their id>=<${SUBMISSION_FIELDS.join("|")}> pairs, got "${pair}"`);
    }
    map[theirs] = target;
  }
  return map;
}
async function loadTemplate(path, cwd) {
  let source;
  let shown;
  if (path !== void 0) {
    source = await readText(resolve(cwd, path), path);
    shown = path;
  } else {
    const local = await readFile(resolve(cwd, DEFAULT_ISSUE_FORM_PATH), "utf8").catch(() => void 0);
    source = local ?? DEFAULT_ISSUE_FORM;
    shown = local === void 0 ? "the bundled adopter form" : DEFAULT_ISSUE_FORM_PATH;
  }
  const read = readIssueFormTemplate(source);
  if (!read.ok) throw new UsageError(`${shown}: ${read.message}`);
  return read.template;
}
async function readText(path, shown) {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${shown}`);
  }
}
function json(value) {
  return `${commandSafeJson(value, 2)}
`;
}
function renderSubmission(submission) {
  const lines = ["The submission is valid."];
  for (const [key, value] of Object.entries(submission)) lines.push(`  ${key}: ${String(value)}`);
  return `${lines.join("\n")}
`;
}

export {
  VALIDATE_HELP,
  validateCommand,
  parseFieldMap,
  loadTemplate,
  readText
};
