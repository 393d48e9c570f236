import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CHANGE_FIELD_SET,
  readFormAnswers
} from "./chunk-U35WCZE2.js";
import {
  CHANGE_VALUE_FIELDS,
  FORM_LABEL,
  checkText,
  validateEntryChanges
} from "./chunk-YJA3KOFE.js";
import {
  findForbiddenCodePoints
} from "./chunk-44YDRBUT.js";

// src/submission/read-change-request.ts
var REASON_MAX_LENGTH = 1e3;
function requestKind(answer) {
  if (/\b(?:remov|delet|take\b.*\boff\b|unlist)/i.test(answer)) return "remove";
  if (/\b(?:updat|chang|edit|correct|renam)/i.test(answer)) return "update";
  return void 0;
}
function readChangeRequest(body, template, options = {}) {
  const read = readFormAnswers(body, template, CHANGE_FIELD_SET, options.fieldMap);
  if (read.kind === "not-a-submission") return { ok: false, reason: "not-a-submission", message: read.reason };
  if (read.kind === "invalid") return { ok: false, reason: "invalid", errors: read.errors };
  const { answers, form } = read;
  const errors = [];
  const add = (field, message) => errors.push({ field, label: field === "form" ? FORM_LABEL : form.labels[field], message });
  const text = (field) => {
    const value = answers[field];
    return typeof value === "string" && value.trim() ? value : void 0;
  };
  const entryText = text("entry");
  const entry = entryText === void 0 ? void 0 : checkText(entryText, "name");
  if (!entry) add("entry", "is required; enter the name of the organization exactly as the list shows it.");
  else if (!entry.ok) for (const problem of entry.problems) add("entry", problem);
  const choice = text("request");
  const kind = choice === void 0 ? void 0 : requestKind(choice);
  if (!kind) {
    const options2 = form.options.request?.length ? ` (${form.options.request.join(", ")})` : "";
    add("request", `is required; choose what to do with the entry${options2}.`);
  }
  const reason = text("reason")?.trim();
  if (reason !== void 0) {
    if ([...reason].length > REASON_MAX_LENGTH)
      add("reason", `is ${[...reason].length} characters long; the limit is ${REASON_MAX_LENGTH}. Shorten it.`);
    for (const problem of findForbiddenCodePoints(reason, { allowLineFeed: true })) add("reason", problem);
  }
  if (form.fields.includes("consent") && answers.consent !== true) {
    add("consent", "must be ticked: only someone allowed to speak for the organization may change its listing.");
  }
  let changes;
  if (kind === "update") {
    const values = {};
    for (const field of CHANGE_VALUE_FIELDS) values[field] = text(field);
    const labels = {};
    for (const field of CHANGE_VALUE_FIELDS) labels[field] = form.labels[field];
    const checked = validateEntryChanges(values, { labels });
    if (!checked.ok) errors.push(...checked.errors);
    else if (!Object.keys(checked.changes).length) {
      const fields = CHANGE_VALUE_FIELDS.filter((f) => form.fields.includes(f)).map((f) => form.labels[f]);
      add("form", `an update needs at least one new value; fill in ${fields.join(", ") || "the new values"}.`);
    } else changes = checked.changes;
  }
  if (errors.length || !entry?.ok || !kind || kind === "update" && !changes)
    return { ok: false, reason: "invalid", errors };
  const request = kind === "update" ? { kind, entry: entry.value, changes } : { kind, entry: entry.value };
  if (reason) request.reason = reason;
  return { ok: true, request, form };
}

export {
  readChangeRequest
};
