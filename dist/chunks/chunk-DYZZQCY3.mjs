import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ZodBigInt,
  ZodBoolean,
  ZodDate,
  ZodNumber,
  ZodString,
  _enum,
  array,
  boolean,
  preprocess,
  record,
  strictObject,
  string,
  union
} from "./chunk-BJABSIHD.mjs";
import {
  _coercedBigint,
  _coercedBoolean,
  _coercedDate,
  _coercedNumber,
  _coercedString
} from "./chunk-IHJI3L74.mjs";
import {
  require_dist
} from "./chunk-MBI4ZK2B.mjs";
import {
  __export,
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// src/config/resolve-settings.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/config/settings.ts
var import_yaml = __toESM(require_dist(), 1);

// node_modules/zod/v4/classic/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint,
  boolean: () => boolean2,
  date: () => date,
  number: () => number,
  string: () => string2
});
function string2(params) {
  return _coercedString(ZodString, params);
}
function number(params) {
  return _coercedNumber(ZodNumber, params);
}
function boolean2(params) {
  return _coercedBoolean(ZodBoolean, params);
}
function bigint(params) {
  return _coercedBigint(ZodBigInt, params);
}
function date(params) {
  return _coercedDate(ZodDate, params);
}

// src/config/settings.ts
var SETTINGS = [
  {
    key: "token",
    kind: "string",
    default: "",
    inputOnly: true,
    description: "Token for the GitHub API: a GitHub App installation token (recommended) or a PAT; defaults to the workflow token."
  },
  {
    key: "config-file",
    kind: "string",
    default: ".github/adopters.yml",
    inputOnly: true,
    description: "Repository path of the configuration file (read from the default branch; optional)."
  },
  {
    key: "mode",
    kind: ["auto", "intake", "approval", "refresh", "check-links", "doctor", "check-pr"],
    default: "auto",
    inputOnly: true,
    description: "`auto` picks the flow from the event; the others force one."
  },
  {
    key: "dry-run",
    kind: "boolean",
    default: false,
    inputOnly: true,
    description: "Log what would be written (comments, branches, PRs, labels) and write nothing."
  },
  {
    key: "adopters-file",
    kind: "string",
    default: "ADOPTERS.md",
    description: "Repository path of the adopters file: Markdown, or a YAML/JSON data file (`.yml`, `.yaml`, `.json`) that a website renders."
  },
  {
    key: "issue-form",
    kind: "string",
    default: ".github/ISSUE_TEMPLATE/adopter.yml",
    description: "Repository path of the adopter issue form (read from the default branch)."
  },
  {
    key: "change-form",
    kind: "string",
    default: ".github/ISSUE_TEMPLATE/adopter-change.yml",
    description: "Repository path of the change form (update or remove a listed entry), read from the default branch."
  },
  {
    key: "bot-login",
    kind: "string",
    default: "github-actions[bot]",
    description: "The login the token acts as; only this author's comments and issues are trusted as the bot's own state."
  },
  {
    key: "field-map",
    kind: "map",
    default: {},
    description: "Your form's field ids mapped to ours (`name`, `website`, `description`, `section`, `logo`, `contact`, `consent`), e.g. `company: name`."
  },
  {
    key: "change-field-map",
    kind: "map",
    default: {},
    description: "Your change form's field ids mapped to ours (`entry`, `request`, `name`, `website`, `description`, `logo`, `reason`, `consent`)."
  },
  {
    key: "section-map",
    kind: "map",
    default: {},
    description: "The form's `Adopter type` options mapped to headings or Type-column values of the file (default: case-insensitive match)."
  },
  {
    key: "section-files",
    kind: "map",
    default: {},
    description: "One data file per group (a folder such as `data/adopters/*.yaml`): each `Adopter type` option mapped to the file its adopters go in, e.g. `Projects: data/adopters/2-projects.yaml`; other submissions go to `adopters-file`."
  },
  {
    key: "data-path",
    kind: "string",
    default: "",
    description: "Data files: the dotted path of the adopters list (e.g. `adopters.companies`) where the file holds several lists and the largest is not the one; empty: detected."
  },
  {
    key: "data-keys",
    kind: "map",
    default: {},
    description: "Data files: our fields (`name`, `website`, `description`, `logo`, `contact`, `section`) mapped to the item keys that hold them, where they cannot be inferred, e.g. `name: company`."
  },
  { key: "label-adopter", kind: "string", default: "adopter", description: "Routing label the issue form sets." },
  {
    key: "label-adopter-change",
    kind: "string",
    default: "adopter-change",
    description: "Routing label the change form sets (a request to update or remove a listed entry)."
  },
  {
    key: "label-needs-changes",
    kind: "string",
    default: "adopters: needs-changes",
    description: "Set while a submission has errors to fix."
  },
  {
    key: "label-needs-review",
    kind: "string",
    default: "adopters: needs-review",
    description: "Set when a look-alike name or an already listed website needs a maintainer to judge."
  },
  {
    key: "label-pr-open",
    kind: "string",
    default: "adopters: pr-open",
    description: "Set while the pull request is open."
  },
  {
    key: "label-approved",
    kind: "string",
    default: "adopters: approved",
    description: "Maintainers add it (on the issue or the PR) to approve."
  },
  {
    key: "label-rejected",
    kind: "string",
    default: "adopters: rejected",
    description: "Maintainers add it to reject."
  },
  {
    key: "label-override",
    kind: "string",
    default: "adopters: override",
    description: "Maintainers add it to accept a flagged (needs-review) submission."
  },
  {
    key: "label-links",
    kind: "string",
    default: "adopters: links",
    description: "Label of the link-check report issue."
  },
  {
    key: "approver-permission",
    kind: ["write", "maintain", "admin"],
    default: "write",
    description: "Least repository permission of a maintainer whose label counts."
  },
  {
    key: "approver-bots",
    kind: "list",
    default: [],
    description: "Bot logins allowed to approve (bots are never approvers otherwise)."
  },
  {
    key: "allow-self-approval",
    kind: "boolean",
    default: false,
    description: "Let an issue's author approve their own submission (when they have the permission)."
  },
  {
    key: "merge-on-approval",
    kind: "boolean",
    default: true,
    description: "Merge the PR on approval; `false` leaves the merge to a human."
  },
  {
    key: "merge-method",
    kind: ["squash", "merge", "rebase"],
    default: "squash",
    description: "Preferred merge method (falls back to one the repository allows)."
  },
  {
    key: "reject-message",
    kind: "string",
    default: "Thank you for your interest. The maintainers decided not to add this entry; see the discussion on this issue.",
    description: "Comment posted when a submission is rejected."
  },
  { key: "link-concurrency", kind: "integer", default: 16, min: 1, max: 64, description: "Links checked at once." },
  {
    key: "link-per-host",
    kind: "integer",
    default: 2,
    min: 1,
    max: 16,
    description: "Links checked at once on one host."
  },
  {
    key: "link-timeout",
    kind: "integer",
    default: 15,
    min: 1,
    max: 300,
    description: "Seconds one link may take, retries and Retry-After waits included."
  },
  {
    key: "link-flake-runs",
    kind: "integer",
    default: 2,
    min: 1,
    max: 10,
    description: "Consecutive failing runs before a link is reported broken."
  },
  {
    key: "allow-hosts",
    kind: "list",
    default: [],
    description: "Hosts the link check may reach even on private addresses (self-hosted runners)."
  },
  {
    key: "link-skip-relative",
    kind: "boolean",
    default: false,
    description: "Skip relative and in-page links instead of checking them against the repository."
  }
];
var TRUE = ["true", "yes", "on", "1"];
var FALSE = ["false", "no", "off", "0"];
function valueSchema(spec) {
  const { kind } = spec;
  if (kind === "string") return string().trim().min(1, "must not be empty");
  if (kind === "boolean")
    return union([
      boolean(),
      string().trim().toLowerCase().refine((s) => TRUE.includes(s) || FALSE.includes(s), "must be true or false").transform((s) => TRUE.includes(s))
    ]);
  if (kind === "integer")
    return coerce_exports.number({ error: "must be a whole number" }).int("must be a whole number").min(spec.min ?? -Infinity, `must be at least ${spec.min}`).max(spec.max ?? Infinity, `must be at most ${spec.max}`);
  if (kind === "list")
    return union([
      array(string().trim().min(1)),
      string().transform(
        (s) => s.split(/[\n,]/).map((x) => x.trim()).filter(Boolean)
      )
    ]);
  if (kind === "map")
    return preprocess(
      // An input holds a YAML mapping as text ("End user: End-user" lines); the file holds it as YAML.
      (v) => typeof v === "string" ? v.trim() ? (0, import_yaml.parse)(v) : {} : v,
      record(string().trim().min(1), coerce_exports.string().trim().min(1), {
        error: 'must map names to names (one "name: value" per line)'
      })
    );
  return _enum(kind, { error: `must be one of: ${kind.join(", ")}` });
}
var settingsSchema = strictObject(
  Object.fromEntries(SETTINGS.map((s) => [s.key, valueSchema(s).optional()]))
);
var DEFAULT_SETTINGS = Object.fromEntries(SETTINGS.map((s) => [s.key, s.default]));

// src/config/resolve-settings.ts
var KEYS = SETTINGS.map((s) => s.key);
var INPUT_ONLY = new Set(SETTINGS.filter((s) => "inputOnly" in s && s.inputOnly).map((s) => s.key));
function suggest(key) {
  const loose = (k) => k.toLowerCase().replace(/[-_\s]/g, "");
  return KEYS.find((k) => loose(k) === loose(key));
}
function describe(issue) {
  if (issue.code === "invalid_type" && issue.expected === "string") return "must be text";
  return issue.message;
}
function parseConfigFile(text, path) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false });
  const at = (offset) => offset === void 0 ? "" : ` line ${lineCounter.linePos(offset).line}`;
  if (doc.errors.length)
    return { ok: false, errors: doc.errors.map((e) => `${path}${at(e.pos[0])}: ${e.message.split("\n")[0]}`) };
  if (doc.contents === null) return { ok: true, values: {} };
  if (!(0, import_yaml2.isMap)(doc.contents)) return { ok: false, errors: [`${path}: expected a mapping of settings (key: value)`] };
  const errors = [];
  const values = {};
  const data = doc.toJSON();
  for (const pair of doc.contents.items) {
    const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : "";
    const where = `${path}${at((0, import_yaml2.isScalar)(pair.key) ? pair.key.range?.[0] : void 0)}`;
    if (!KEYS.includes(key)) {
      const hint = suggest(key);
      errors.push(`${where}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
    } else if (INPUT_ONLY.has(key)) {
      errors.push(`${where}: "${key}" is set in the workflow (an input of the action), not in this file`);
    } else {
      const checked = settingsSchema.shape[key].safeParse(data[key]);
      if (!checked.success) errors.push(`${where}: "${key}" ${describe(checked.error.issues[0])}`);
      else values[key] = checked.data;
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}
function resolveSettings(file, inputs) {
  const errors = [];
  const fromInputs = {};
  for (const [key, raw] of Object.entries(inputs)) {
    if (!raw.trim()) continue;
    const schema = settingsSchema.shape[key];
    if (!schema) {
      errors.push(`Invalid input "${key}": not an input of this action`);
      continue;
    }
    const checked = schema.safeParse(raw);
    if (!checked.success) errors.push(`Invalid input "${key}": ${describe(checked.error.issues[0])}`);
    else fromInputs[key] = checked.data;
  }
  if (errors.length) return { ok: false, errors };
  const settings = { ...DEFAULT_SETTINGS, ...file, ...fromInputs };
  return { ok: true, settings };
}
var INPUT_NAMES = KEYS;

export {
  DEFAULT_SETTINGS,
  parseConfigFile,
  resolveSettings,
  INPUT_NAMES
};
