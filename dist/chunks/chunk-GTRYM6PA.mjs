import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  generatedNotice,
  generatedReason,
  startsItsLine,
  verifyData
} from "./chunk-IJV2XVDP.mjs";
import {
  listedItems
} from "./chunk-6TPVL6H5.mjs";
import {
  parseData
} from "./chunk-E73IISAE.mjs";
import {
  afterLine,
  inferKeys
} from "./chunk-AQFIXT2T.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";

// src/data-files/find-entry.ts
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
function findDataEntry(doc, target, configured = {}) {
  const all = doc.sequences.flatMap((sequence) => {
    const keys = inferKeys(sequence.items, configured);
    return keys.name ? listedItems(sequence.items, keys).filter((l) => l.name).map((l) => ({ sequence, keys, item: l.item, name: l.name })) : [];
  });
  const wanted = normalizeOrganizationName(target);
  const matches = all.filter((l) => wanted && normalizeOrganizationName(l.name) === wanted);
  if (matches.length === 1) return { ok: true, found: matches[0] };
  if (matches.length > 1) {
    const lines = matches.map((m) => m.item.startLine);
    return {
      ok: false,
      code: "ambiguous",
      reason: `"${target}" is listed ${matches.length} times (lines ${lines.join(", ")}); fix the file by hand`,
      line: lines[0],
      lines
    };
  }
  const closest = all.map((l) => ({ name: l.name, d: distance(normalizeOrganizationName(l.name), wanted) })).sort((a, b) => a.d - b.d).slice(0, 3).map((c) => `"${c.name}"`);
  return {
    ok: false,
    code: "not-found",
    reason: `no entry named "${target}" in this file${closest.length ? `; the closest are ${closest.join(", ")}` : ""}`
  };
}
function openEntry(source, format, target, keys = {}) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return { ok: false, code: "unreadable", reason: parsed.reason, line: parsed.line };
  const generated = generatedNotice(parsed.doc);
  if (generated) return { ok: false, code: "generated", reason: generatedReason(generated) };
  const found = findDataEntry(parsed.doc, target, keys);
  if (!found.ok) return { ok: false, code: found.code, reason: found.reason, line: found.line };
  return { ok: true, doc: parsed.doc, found: found.found };
}

// src/data-files/remove-data-entry.ts
function applyReplacements(source, replacements) {
  let out = source;
  for (const r of [...replacements].sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}
var isBlank = (doc, line) => line >= 1 && line <= doc.lineStarts.length && /^\s*$/.test(doc.source.slice(doc.lineStarts[line - 1], afterLine(doc, line)));
function removalOf(doc, sequence, item) {
  const { items } = sequence;
  const prev = items[item.index - 1];
  const next = items[item.index + 1];
  if (!startsItsLine(doc, item) || prev && prev.endLine >= item.startLine || next && next.startLine <= item.endLine)
    return { reason: "the entry shares a line with another one; edit the file by hand" };
  if (items.length === 1 && !sequence.flow)
    return {
      reason: "it is the only entry of its list; removing it would leave the list empty (null), edit the file by hand"
    };
  let first = item.startLine;
  let last = item.endLine;
  if (next && isBlank(doc, last + 1)) last++;
  else if (!next && prev && isBlank(doc, first - 1) && first - 1 > prev.endLine) first--;
  let start = doc.lineStarts[first - 1];
  let end = afterLine(doc, last);
  if (end === doc.source.length && !doc.source.endsWith("\n") && start > 0) {
    start -= doc.source.slice(0, start).endsWith("\r\n") ? 2 : 1;
    end = doc.source.length;
  }
  const replacements = [{ start, end, text: "" }];
  if (sequence.flow && !next && prev) {
    const comma = doc.source.indexOf(",", prev.end);
    if (comma < 0 || comma >= item.start)
      return { reason: "the list has no comma before the entry; edit the file by hand" };
    replacements.push({ start: comma, end: comma + 1, text: "" });
  }
  return { replacements, lines: last - first + 1 };
}
function removeDataEntry(source, format, target, options = {}) {
  const opened = openEntry(source, format, target, options.keys);
  if (!opened.ok) return opened;
  const { doc, found } = opened;
  const { sequence, item } = found;
  const removal = removalOf(doc, sequence, item);
  if ("reason" in removal) return { ok: false, code: "unsafe", reason: removal.reason, line: item.startLine };
  const content = applyReplacements(source, removal.replacements);
  const problem = verifyData(doc, format, content, { path: sequence.path, index: -1, removedAt: item.index });
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}`, line: item.startLine };
  return {
    ok: true,
    content,
    line: item.startLine,
    removed: removal.lines,
    added: 0,
    entry: null,
    moved: false,
    warnings: []
  };
}

export {
  openEntry,
  applyReplacements,
  removalOf,
  removeDataEntry
};
