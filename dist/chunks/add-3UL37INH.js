import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  unifiedDiff
} from "./chunk-TPLHPWM2.js";
import {
  insertIntoFile
} from "./chunk-M3JUTA7E.js";
import "./chunk-TGH2AUFJ.js";
import {
  formatFieldError,
  validateEntry
} from "./chunk-YJA3KOFE.js";
import {
  confusableKey,
  describeImitations,
  displayHostname,
  foldImitations,
  looksLike
} from "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-2CY5NW76.js";
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
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-PTVQWISG.js";
import "./chunk-ONBS6DE5.js";

// src/cli/add.ts
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";

// src/cli/add-entry.ts
var ADD_FLAGS = {
  name: "--name",
  website: "--url",
  description: "--description",
  section: "--section",
  logo: "--logo",
  contact: "--contact"
};
function validateAddValues(values) {
  return validateEntry(
    {
      name: values.name,
      website: values.url,
      description: values.description,
      section: values.section,
      logo: values.logo,
      contact: values.contact
    },
    { labels: ADD_FLAGS, requireWebsite: false }
  );
}
function explainLookAlike(flag, entry) {
  const listed = `"${flag.name}" (line ${flag.line})`;
  const how = (text) => {
    const tricks = describeImitations(text);
    const reads = tricks.length ? `it writes ${tricks.join(", ")}, so it reads "${foldImitations(text)}"; ` : "";
    return `${reads}both have the skeleton "${confusableKey(text)}"`;
  };
  if (looksLike(flag.name, entry.name))
    return `${ADD_FLAGS.name} "${entry.name}" looks like ${listed}: ${how(entry.name)}`;
  const host = entry.url ? new URL(entry.url).hostname : "";
  const shown = displayHostname(host);
  const punycode = shown === host ? "" : ` (punycode ${host})`;
  return `${ADD_FLAGS.website} host ${shown}${punycode} looks like the site of ${listed}: ${how(shown)}`;
}

// src/cli/add.ts
var ADD_HELP = `Usage: adopters add <FILE> --name <NAME> [--url <URL>] [options]

Inserts an adopter into FILE (Markdown, or a YAML/JSON data file) in the file's own place and style,
changing no other byte. Every value passes the same rules as the issue form; a problem is reported
naming its flag, and the file is left untouched. FILE may be a folder of one data file per group
(such as data/adopters/): --section then names the group, by a file's title or its name.

Options:
  --name <NAME>          organization name, displayed exactly as given (required)
  --url <URL>            organization website, https:// (required unless the file's entries carry no links)
  --description <TEXT>   how the organization uses the project (one paragraph)
  --section <HEADING>    heading, Type value, data list or group value of the section to add to
  --logo <URL>           logo image, written where the file's entries show logos
  --contact <HANDLE>     GitHub handle, written into a Contact column
  --allow-look-alike     add an entry whose name or website looks like a listed one (after checking it)
  --dry-run              print a unified diff instead of writing the file
  --json                 print {line, lines, section, order, entry, warnings, why[, diff]}

Exit status: 0 inserted, 1 refused (reason on stderr, file untouched), 2 usage error.`;
var UNSUPPORTED = /* @__PURE__ */ new Set([".toml"]);
async function groupFile(folder, section) {
  const names = (await readdir(folder)).filter((n) => /\.(?:ya?ml|json)$/i.test(n)).sort();
  const files = await Promise.all(
    names.map(async (n) => ({ path: join(folder, n), text: await readFile(join(folder, n), "utf8") }))
  );
  const { chooseGroupFile } = await import("./group-files-XQ6AETT5.js");
  return chooseGroupFile(files, section);
}
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
      "allow-look-alike": { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false }
    }
  });
  const [given, ...extra] = positionals;
  if (!given) throw new UsageError("missing <FILE>");
  let file = given;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.name?.trim()) throw new UsageError("missing --name");
  let path = resolve(io.cwd, file);
  if (UNSUPPORTED.has(extname(path).toLowerCase())) {
    io.stderr(`adopters: ${file}: TOML data files are not supported yet; Markdown, YAML and JSON files are
`);
    return EXIT.refused;
  }
  const folder = (await stat(path)).isDirectory();
  const checked = validateAddValues({ ...values, name: values.name });
  if (!checked.ok) {
    io.stderr(checked.errors.map((e) => `${formatFieldError(e)}
`).join(""));
    return EXIT.refused;
  }
  const entry = checked.entry;
  let section = entry.section;
  let group;
  if (folder) {
    const choice = await groupFile(path, section);
    if (!choice.ok) {
      io.stderr(`adopters: ${file}: refused: ${choice.reason}
`);
      return EXIT.refused;
    }
    [path, section, group] = [choice.path, void 0, choice.group];
    file = relative(io.cwd, path);
  }
  const source = await readFile(path, "utf8");
  const result = await insertIntoFile(path, source, entry, { section });
  if (!result.ok) {
    io.stderr(`adopters: ${file}: refused: ${refusalText(result)}
`);
    return EXIT.refused;
  }
  if (group) result.section = group;
  const lookAlikes = result.flags.filter((f) => f.kind === "lookalike").map((f) => explainLookAlike(f, entry));
  if (lookAlikes.length && !values["allow-look-alike"]) {
    const lines = lookAlikes.map((l) => `adopters: ${file}: refused: ${l}
`);
    io.stderr(`${lines.join("")}adopters: if it is a different organization, run again with --allow-look-alike
`);
    return EXIT.refused;
  }
  const warnings = [
    ...result.warnings.filter((w) => !/^the name or website looks like /.test(w)),
    ...lookAlikes.map((l) => `${l} (added with --allow-look-alike)`)
  ];
  const diff = values["dry-run"] ? unifiedDiff(file, source, result.content) : void 0;
  if (!values["dry-run"]) await writeFile(path, result.content, "utf8");
  if (values.json) {
    const { line, lines, section: section2, order, why } = result;
    const out = {
      line,
      lines,
      section: section2,
      order,
      entry: result.entry,
      warnings,
      why,
      ...diff !== void 0 ? { diff } : {}
    };
    io.stdout(`${commandSafeJson(out)}
`);
  } else {
    if (diff !== void 0) io.stdout(diff);
    else
      io.stdout(
        `Added at line ${result.line}${result.section ? ` in "${result.section}"` : ""} (${result.order} order).
`
      );
    for (const w of warnings) io.stderr(`adopters: warning: ${w}
`);
  }
  return EXIT.ok;
};
function refusalText(refused) {
  if (refused.code === "url-required") return `${refused.reason}: give it with --url`;
  return refused.reason;
}
export {
  ADD_HELP,
  addCommand
};
