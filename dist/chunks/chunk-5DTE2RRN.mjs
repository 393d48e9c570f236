import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  diffLines,
  findEntry
} from "./chunk-O7ULASFS.mjs";
import {
  loneLogoRow
} from "./chunk-UYZBUS6E.mjs";
import {
  conflictMarkerLine,
  conflictReason,
  linkDestination,
  ordinalFor
} from "./chunk-OROIXEDL.mjs";
import {
  findContainers
} from "./chunk-NWY2PKW3.mjs";
import {
  endOf,
  isBlankLine,
  lineCount,
  lineOf,
  lineStart,
  normalizeLabel,
  parseDocument,
  startOf
} from "./chunk-WBV7JFYH.mjs";

// src/adopters/edit-result.ts
function lookupRefusal(found) {
  if (found.code === "ambiguous") return { ok: false, code: "ambiguous", reason: found.reason, lines: found.lines };
  return { ok: false, code: "not-found", reason: found.reason, closest: found.closest };
}
function conflictRefusal(doc) {
  const line = conflictMarkerLine(doc);
  if (line === void 0) return void 0;
  return {
    ok: false,
    code: "unsupported",
    reason: conflictReason(line),
    line
  };
}
function countChangedLines(before, after) {
  let removed = 0;
  let added = 0;
  for (const change of diffLines(before, after)) {
    if (change.removed) removed += change.count;
    else if (change.added) added += change.count;
  }
  return { removed, added };
}

// src/adopters/unused-definitions.ts
function nodesOfType(node, type) {
  const out = [];
  const walk = (n) => {
    if (n.type === type) out.push(n);
    if ("children" in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return out;
}
function referenceLabels(doc, within) {
  const references = [...nodesOfType(doc.tree, "linkReference"), ...nodesOfType(doc.tree, "imageReference")];
  const inside = (n) => !within || startOf(n) >= within.start && startOf(n) < within.end;
  return new Set(references.filter(inside).map((r) => normalizeLabel(r.identifier)));
}
function unusedDefinitions(before, entry, after) {
  const stillUsed = referenceLabels(after);
  const definitions = nodesOfType(after.tree, "definition");
  return [...referenceLabels(before, entry)].filter((label) => !stillUsed.has(label)).flatMap((label) => definitions.filter((d) => normalizeLabel(d.identifier) === label)).map(
    (d) => `the link definition on line ${lineOf(after, startOf(d))} is no longer used; a maintainer may delete it`
  );
}

// src/adopters/verify-edit.ts
var collapse = (s) => s.replace(/\s+/g, " ").trim();
function readAdoptersFile(source) {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  return { doc, containers, entries: containers.flatMap((c) => c.entries) };
}
function othersThan(entries, entry) {
  return entries.filter((e) => !entry || e !== entry && (e.start < entry.start || e.start >= entry.end));
}
var SYNTAX = ["link", "linkReference", "image", "imageReference", "html", "footnoteReference"];
function syntaxIn(node, start, end, out = []) {
  if (endOf(node) <= start || startOf(node) >= end) return out;
  if (SYNTAX.includes(node.type) && startOf(node) >= start) out.push(node);
  if ("children" in node) for (const child of node.children) syntaxIn(child, start, end, out);
  return out;
}
function syntaxProblem(before, old, after, neu, allowed) {
  const was = syntaxIn(before.doc.tree, old.start, old.end);
  const now = syntaxIn(after.doc.tree, neu.start, neu.end);
  const kind = (type) => type.replace(/Reference$/, "");
  const count = (nodes, type) => nodes.filter((n) => kind(n.type) === type).length;
  for (const type of new Set(SYNTAX.map(kind))) {
    if (count(now, type) > count(was, type)) return `the new values would add a ${type} to the entry`;
  }
  const known = /* @__PURE__ */ new Set([...was.flatMap((n) => "url" in n ? [n.url] : []), ...allowed]);
  const stray = now.find((n) => "url" in n && !known.has(n.url));
  return stray ? "the entry would link an address nobody asked for" : void 0;
}
function verifyEdit(before, after, expect) {
  const file = readAdoptersFile(after);
  const entry = expect.added && file.entries.find((e) => e.start === expect.added.at);
  if (expect.added && !entry) return { ok: false, reason: "the entry would not be read as an entry any more" };
  const was = othersThan(before.entries, expect.removed).map((e) => collapse(e.name));
  const now = othersThan(file.entries, entry).map((e) => collapse(e.name));
  if (was.join("\0") !== now.join("\0"))
    return { ok: false, reason: "the change would alter how the other entries of the file are read" };
  if (!expect.added || !entry) return { ok: true, file };
  if (collapse(entry.name) !== collapse(expect.added.name))
    return { ok: false, reason: `the entry would display "${collapse(entry.name)}" instead of the name given` };
  const url = expect.added.url === void 0 ? void 0 : linkDestination(expect.added.url);
  if (url !== void 0 && entry.url !== void 0 && entry.url !== url)
    return { ok: false, reason: "the entry would not link the website given" };
  const allowed = [url, expect.added.logo && linkDestination(expect.added.logo)].filter((u) => !!u);
  const problem = syntaxProblem(before, expect.removed, file, entry, allowed);
  return problem ? { ok: false, reason: problem } : { ok: true, file, entry };
}

// src/adopters/remove-adopter.ts
var allBlank = (doc, from, to) => {
  for (let line = from; line <= to; line++) if (!isBlankLine(doc, line)) return false;
  return from <= to;
};
function removalRange(doc, container, index) {
  const entry = container.entries[index];
  const next = container.entries[index + 1];
  const previous = container.entries[index - 1];
  let first = entry.startLine;
  let last = entry.endLine;
  const row = loneLogoRow(doc, container, index);
  if (row) [first, last] = [row.first, row.last];
  else if (next && allBlank(doc, last + 1, next.startLine - 1)) last = next.startLine - 1;
  else if (!next && previous && allBlank(doc, previous.endLine + 1, first - 1)) {
    const gap = first - previous.endLine - 1;
    if (last + gap < lineCount(doc) && allBlank(doc, last + 1, last + gap)) last += gap;
    else first = previous.endLine + 1;
  } else if (!next && !previous && isBlankLine(doc, first - 1)) {
    if (last < lineCount(doc) && isBlankLine(doc, last + 1)) last++;
    else if (last >= lineCount(doc)) first--;
  }
  const lines = lineCount(doc);
  let start = lineStart(doc, first);
  const end = last >= lines ? doc.source.length : lineStart(doc, last + 1);
  if (end === doc.source.length && !doc.finalNewline && first > 1) start -= doc.eol.length;
  return { start, end, first, last };
}
function numberingWarning(doc, container, index) {
  const { warning } = ordinalFor(doc.source, container, index + 1);
  return warning ? [warning.replace("the new one", "the removed one")] : [];
}
function removeAdopter(source, entryName) {
  const before = readAdoptersFile(source);
  const conflicted = conflictRefusal(before.doc);
  if (conflicted) return conflicted;
  const found = findEntry(before.containers, entryName);
  if (!found.ok) return lookupRefusal(found);
  const { entry, container } = found;
  const { doc } = before;
  const index = container.entries.indexOf(entry);
  const cut = removalRange(doc, container, index);
  const content = source.slice(0, cut.start) + source.slice(cut.end);
  const checked = verifyEdit(before, content, { removed: entry });
  if (!checked.ok) return { ok: false, code: "unsafe", reason: `refusing to write: ${checked.reason}` };
  return {
    ok: true,
    content,
    line: entry.startLine,
    ...countChangedLines(source, content),
    entry: null,
    moved: false,
    name: entry.name,
    previous: source.slice(entry.start, entry.end),
    warnings: [...numberingWarning(doc, container, index), ...unusedDefinitions(doc, entry, checked.file.doc)],
    flags: []
  };
}

export {
  lookupRefusal,
  conflictRefusal,
  countChangedLines,
  unusedDefinitions,
  readAdoptersFile,
  verifyEdit,
  removalRange,
  removeAdopter
};
