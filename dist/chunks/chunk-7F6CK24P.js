import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  selectSequence
} from "./chunk-JHUPCAPO.js";
import {
  insertAdopter
} from "./chunk-EFGJ6QO2.js";
import {
  validateEntry
} from "./chunk-YJA3KOFE.js";
import {
  dataOptions
} from "./chunk-MEP3FXJ7.js";
import {
  dataFormatOf
} from "./chunk-C6GEBDF4.js";
import {
  listedItems
} from "./chunk-XSMV7KAE.js";
import {
  parseData
} from "./chunk-DYLIHHCV.js";
import {
  findContainers
} from "./chunk-UWYXG27J.js";
import {
  parseDocument
} from "./chunk-5LR6HC6L.js";
import {
  normalizeOrganizationName
} from "./chunk-BBUXQVJU.js";

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

// src/adopters-file/sections.ts
async function listFileSections(path, source, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { listDataSections } = await import("./list-sections-ATU4O4XJ.js");
    return listDataSections(source, format, dataOptions(options));
  }
  const { listSections } = await import("./list-sections-PDYBISSO.js");
  return listSections(source);
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
