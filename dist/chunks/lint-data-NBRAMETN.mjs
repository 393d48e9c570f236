import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  decideDataOrder
} from "./chunk-46I673YT.mjs";
import {
  commentStatements,
  listedItems
} from "./chunk-6TPVL6H5.mjs";
import {
  parseData
} from "./chunk-E73IISAE.mjs";
import "./chunk-MBI4ZK2B.mjs";
import {
  inferKeys,
  isRecord,
  keyCounts
} from "./chunk-AQFIXT2T.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import {
  slipAnchors,
  sortedBackbone
} from "./chunk-F36G4R7T.mjs";
import "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/data-files/lint-data.ts
function lintKeyed(source, format, options) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [{ line: parsed.line ?? 1, rule: "malformed", message: parsed.reason, about: "" }];
  const doc = parsed.doc;
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const sequence of doc.sequences) {
    const keys = inferKeys(sequence.items, options.keys);
    if (!keys.name) continue;
    const listed = listedItems(sequence.items, keys);
    const mappings = sequence.items.filter((i) => isRecord(i.value));
    const counts = keyCounts(mappings);
    const expected = [keys.name, keys.url].filter(
      (k) => Boolean(k) && (counts.get(k) ?? 0) * 2 > mappings.length
    );
    for (const { name, item } of listed) {
      const about = normalizeOrganizationName(name);
      const value = isRecord(item.value) ? item.value : void 0;
      if (!value) {
        problems.push({
          line: item.startLine,
          rule: "malformed",
          message: "this item is not a mapping of keys like its siblings",
          about
        });
        continue;
      }
      for (const key of expected) {
        if (value[key] === void 0 || value[key] === null || value[key] === "")
          problems.push({
            line: item.startLine,
            rule: "missing-key",
            message: `${name ? `"${name}"` : "this item"} has no ${key}`,
            about: `${about}\0${key}`
          });
      }
      const url = keys.url ? value[keys.url] : void 0;
      if (typeof url === "string" && url && !/^(?:https?:\/\/|\/|\.)/i.test(url) && /^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url))
        problems.push({
          line: item.startLine,
          rule: "link",
          message: `the link "${url}" has no scheme (did you mean https://${url}?)`,
          about: `${about}\0${url}`
        });
      if (!about) continue;
      const first = seen.get(about);
      if (first !== void 0)
        problems.push({
          line: item.startLine,
          rule: "duplicate",
          message: `"${name}" is listed twice (first at line ${first})`,
          about
        });
      else seen.set(about, item.startLine);
    }
    const names = listed.map((l) => l.name);
    if (decideDataOrder(names, commentStatements(doc)).order !== "alphabetical") continue;
    for (const [i, after] of slipAnchors(names, sortedBackbone(names))) {
      const name = names[i];
      problems.push({
        line: listed[i].startLine,
        rule: "order",
        message: `"${name}" is out of alphabetical order${after ? ` (it belongs after "${after}")` : ""}`,
        about: normalizeOrganizationName(name)
      });
    }
  }
  if (source.length && !source.endsWith("\n"))
    problems.push({
      line: doc.lineStarts.length,
      rule: "final-newline",
      message: "the file does not end with a newline",
      about: ""
    });
  return problems.sort((a, b) => a.line - b.line);
}
function organizations(source, format, options) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [];
  return parsed.doc.sequences.flatMap(
    (s) => listedItems(s.items, inferKeys(s.items, options.keys)).map((l) => normalizeOrganizationName(l.name))
  );
}
var strip = ({ line, rule, message }) => ({ line, rule, message });
function lintDataFile(source, format, options = {}) {
  return lintKeyed(source, format, options).map(strip);
}
function lintDataChanges(before, after, format, options = {}) {
  const old = /* @__PURE__ */ new Map();
  for (const p of lintKeyed(before, format, options))
    old.set(`${p.rule}\0${p.about}`, (old.get(`${p.rule}\0${p.about}`) ?? 0) + 1);
  const known = new Set(organizations(before, format, options));
  return lintKeyed(after, format, options).filter((p) => {
    if (p.rule === "order" && known.has(p.about)) return false;
    const key = `${p.rule}\0${p.about}`;
    const n = old.get(key) ?? 0;
    if (n > 0) old.set(key, n - 1);
    return n === 0;
  }).map(strip);
}
export {
  lintDataChanges,
  lintDataFile
};
