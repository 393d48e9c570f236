import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dataFormatOf
} from "./chunk-C6GEBDF4.js";
import {
  parseData
} from "./chunk-DYLIHHCV.js";
import {
  sectionMatches
} from "./chunk-5LR6HC6L.js";

// src/data-files/group-files.ts
function groupNameOf(file) {
  const format = dataFormatOf(file.path);
  const parsed = format ? parseData(file.text, format) : void 0;
  const title = parsed?.ok ? parsed.doc.sequences.find((s) => s.title)?.title : void 0;
  if (title) return title;
  const base = file.path.slice(file.path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
  return base.replace(/^\d+[-_.\s]*/, "") || base;
}
function chooseGroupFile(files, section) {
  const named = files.map((f) => ({ path: f.path, group: groupNameOf(f) }));
  const list = named.map((n) => `"${n.group}"`).join(", ");
  if (!section)
    return { ok: false, reason: `this folder holds one file per group; choose one with --section (groups: ${list})` };
  for (const level of ["exact", "partial"]) {
    const hit = named.find((n) => sectionMatches(section, n.group) === level);
    if (hit) return { ok: true, ...hit };
  }
  return { ok: false, reason: `no group "${section}" in this folder; groups: ${list}` };
}

export {
  groupNameOf,
  chooseGroupFile
};
