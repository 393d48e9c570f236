import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  settingsSchema
} from "./chunk-ZSXTZERE.js";
import {
  require_dist
} from "./chunk-E5HPRSMU.js";
import {
  __toESM
} from "./chunk-ONBS6DE5.js";

// src/config/resolve-settings.ts
var import_yaml = __toESM(require_dist(), 1);
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
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const at = (offset) => offset === void 0 ? "" : ` line ${lineCounter.linePos(offset).line}`;
  if (doc.errors.length)
    return { ok: false, errors: doc.errors.map((e) => `${path}${at(e.pos[0])}: ${e.message.split("\n")[0]}`) };
  if (doc.contents === null) return { ok: true, values: {} };
  if (!(0, import_yaml.isMap)(doc.contents)) return { ok: false, errors: [`${path}: expected a mapping of settings (key: value)`] };
  const errors = [];
  const values = {};
  const data = doc.toJSON();
  for (const pair of doc.contents.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const where = `${path}${at((0, import_yaml.isScalar)(pair.key) ? pair.key.range?.[0] : void 0)}`;
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
  parseConfigFile,
  resolveSettings,
  INPUT_NAMES
};
