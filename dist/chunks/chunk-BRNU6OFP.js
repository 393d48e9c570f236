import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter,
  selectSequence
} from "./chunk-KURF3TKF.js";
import {
  normalizeOrganizationName
} from "./chunk-5HCODKRY.js";
import {
  validateEntry
} from "./chunk-SXXBV75I.js";
import {
  dataFormatOf,
  dataOptions,
  inferKeys,
  listedItems,
  parseData
} from "./chunk-2ZUWKDGS.js";
import {
  findContainers,
  normalizeSectionName,
  parseDocument
} from "./chunk-NWHVWTTH.js";

// src/init/find-adopters-file.ts
var NAME = /^(?:adopters|users)(?:\.[^/]*)?$/i;
var MARKDOWN = /^(?:adopters|users)(?:\.(?:md|markdown|mdown|mkd))?$/i;
var DATA = /\.(?:ya?ml|json)$/i;
var ADOPTERS_FOLDERS = ["", "docs/", "data/", "website/data/", "src/data/", "site/data/"];
var DATA_ONLY = /* @__PURE__ */ new Set(["data/", "website/data/", "src/data/", "site/data/"]);
var GROUP_FOLDERS = ["data/adopters/", "website/data/adopters/", "src/data/adopters/", "site/data/adopters/"];
var folderOf = (path) => path.slice(0, path.lastIndexOf("/") + 1);
var nameOf = (path) => path.slice(path.lastIndexOf("/") + 1);
function rank(path) {
  const folder = ADOPTERS_FOLDERS.indexOf(folderOf(path));
  const name = nameOf(path);
  return folder * 100 + (/^users/i.test(name) ? 10 : 0) + (/\.md$/i.test(name) ? 0 : 1);
}
function isAdoptersCandidate(path) {
  const folder = folderOf(path);
  if (!ADOPTERS_FOLDERS.includes(folder) || !NAME.test(nameOf(path))) return false;
  return !DATA_ONLY.has(folder) || DATA.test(path);
}
function findAdoptersFile(paths) {
  const candidates = paths.filter(isAdoptersCandidate).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const folder = GROUP_FOLDERS.find((f) => paths.some((p) => folderOf(p) === f && DATA.test(p)));
  const groups = folder ? paths.filter((p) => folderOf(p) === folder && DATA.test(p)).sort() : [];
  const path = candidates.find((p) => MARKDOWN.test(nameOf(p))) ?? candidates.find((p) => DATA.test(p)) ?? groups[0];
  return { path, others: candidates.filter((p) => p !== path), groups };
}
var isDataPath = (path) => DATA.test(path);

// src/adopters/list-sections.ts
function unique(values) {
  const seen = /* @__PURE__ */ new Set();
  return values.filter((v) => {
    const key = normalizeSectionName(v);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function listSections(source) {
  const containers = findContainers(parseDocument(source));
  const grouped = containers.filter((c) => c.table && c.table.columns.group >= 0 && c.entries.some((e) => e.group));
  if (grouped.length) {
    const table = grouped.reduce((a, b) => b.entries.length > a.entries.length ? b : a);
    const options = unique(table.entries.map((e) => e.group ?? ""));
    const { columns } = table.table;
    return { kind: "types", options, column: columns.headers[columns.group] ?? "Type" };
  }
  const titles = unique(containers.filter((c) => c.entries.length >= 2).map((c) => c.section ?? ""));
  return titles.length > 1 ? { kind: "headings", options: titles } : { kind: "none" };
}

// src/data-files/list-sections.ts
function listDataSections(source, format, options = {}) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return { kind: "none" };
  const doc = parsed.doc;
  const lists = doc.sequences.filter((s) => inferKeys(s.items, options.keys).name);
  if (lists.length > 1 && options.path === void 0) {
    const names = lists.map((s) => s.title ?? s.path[s.path.length - 1]).filter((n) => Boolean(n));
    if (new Set(names).size === lists.length) return { kind: "headings", options: names };
  }
  const selection = selectSequence(doc, { path: options.path, keys: options.keys });
  if (!selection.ok || !selection.keys.group) return { kind: "none" };
  const key = selection.keys.group;
  const values = selection.sequence.items.map((i) => i.value && typeof i.value === "object" ? i.value[key] : void 0).filter((v) => typeof v === "string" && v.trim() !== "");
  return { kind: "types", options: [...new Set(values)], column: key };
}

// src/adopters-file/sections.ts
function listFileSections(path, source, options = {}) {
  const format = dataFormatOf(path);
  return format ? listDataSections(source, format, dataOptions(options)) : listSections(source);
}

// src/init/data-source.ts
function dataNames(file) {
  const format = dataFormatOf(file.path);
  const parsed = format && parseData(file.text, format);
  if (!parsed || !parsed.ok) return void 0;
  const selection = selectSequence(parsed.doc, {});
  if (!selection.ok) return void 0;
  return listedItems(selection.sequence.items, selection.keys).map((l) => normalizeOrganizationName(l.name)).filter(Boolean);
}
function findDataSource(markdown, dataFiles) {
  const lists = dataFiles.map((file) => ({ file, names: dataNames(file) })).filter((d) => d.names !== void 0 && d.names.length > 0);
  if (!lists.length) return void 0;
  const made = validateEntry({ name: "Zzz Init Probe", website: "https://probe.example.org" });
  if (!made.ok) throw new Error("the probe entry is invalid");
  const probe = insertAdopter(markdown.text, made.entry);
  if (!probe.ok && probe.code === "generated") {
    const named = lists.find((d) => markdown.text.includes(d.file.path.slice(d.file.path.lastIndexOf("/") + 1)));
    return { path: (named ?? lists[0]).file.path, why: "generated" };
  }
  const entries = findContainers(parseDocument(markdown.text)).flatMap((c) => c.entries).map((e) => normalizeOrganizationName(e.name)).filter(Boolean);
  if (entries.length < 3) return void 0;
  for (const { file, names } of lists) {
    const set = new Set(names);
    const shared = entries.filter((n) => set.has(n)).length;
    if (shared >= 0.9 * entries.length && shared >= 0.9 * names.length) return { path: file.path, why: "mirrors" };
  }
  return void 0;
}

export {
  ADOPTERS_FOLDERS,
  isAdoptersCandidate,
  findAdoptersFile,
  isDataPath,
  listFileSections,
  findDataSource
};
