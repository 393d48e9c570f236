import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  isLoose,
  placeItem,
  planLogo,
  renderField,
  renderValue
} from "./chunk-P5VBCTNJ.mjs";
import {
  applyReplacements,
  openEntry,
  removalOf
} from "./chunk-GTRYM6PA.mjs";
import {
  deepEqual,
  itemParts,
  linePrefix,
  valueAt,
  verifyData
} from "./chunk-IJV2XVDP.mjs";
import {
  decideDataOrder,
  placeName
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
  isRecord
} from "./chunk-AQFIXT2T.mjs";
import {
  findDuplicatesIn
} from "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-F36G4R7T.mjs";
import "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/data-files/update-data-entry.ts
var lineCount = (text) => text.split("\n").length;
function changedLines(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.length - head - tail, added: b.length - head - tail };
}
function valueEdits(doc, at, wanted) {
  const { item, sequence } = at;
  const ctx = { doc, items: sequence.items, template: item, inFlow: sequence.flow };
  const parts = itemParts(doc, item);
  const pairs = item.pairs;
  const last = pairs[pairs.length - 1];
  const out = [];
  const added = [];
  for (const [key, value] of wanted) {
    const own = pairs.find((p) => p.key === key);
    if (own && own.valueEnd > own.valueStart) {
      out.push({ start: own.valueStart, end: own.valueEnd, text: renderValue(ctx, key, value, own) });
    } else if (own) {
      out.push({ start: own.keyStart, end: own.valueEnd, text: renderField(ctx, { key, value }, void 0) });
    } else added.push(parts.gap + renderField(ctx, { key, value }, void 0));
  }
  if (added.length) out.push({ start: last.valueEnd, end: last.valueEnd, text: added.join("") });
  return out;
}
function updateDataEntry(source, format, target, changes, options = {}) {
  const opened = openEntry(source, format, target, options.keys);
  if (!opened.ok) return opened;
  const { doc, found } = opened;
  const at = found;
  const { item, sequence, keys } = at;
  const current = isRecord(item.value) ? item.value : {};
  const warnings = [];
  const logo = planLogo(sequence.items, keys.logo, changes.logo, changes.name ?? at.name);
  if (logo.warning) warnings.push(logo.warning);
  const asked = [
    ["name", changes.name],
    ["url", changes.url],
    ["description", changes.description],
    ["logo", logo.value]
  ];
  const wanted = [];
  for (const [role, value] of asked) {
    if (value === void 0) continue;
    const key = keys[role];
    if (!key)
      warnings.push(
        `the file's entries have no ${role === "url" ? "website" : role} key, so the ${role} was left as it is`
      );
    else if (current[key] !== value) wanted.push([key, value]);
  }
  if (!wanted.length)
    return { ok: false, code: "nothing-to-change", reason: "nothing to change", line: item.startLine };
  const others = doc.sequences.flatMap((s) => listedItems(s.items, s === sequence ? keys : inferKeys(s.items, options.keys))).filter((l) => l.item !== item && l.name);
  if (changes.name !== void 0) {
    const dup = findDuplicatesIn(others, changes.name, void 0).sameName;
    if (dup)
      return {
        ok: false,
        code: "duplicate",
        reason: `"${dup.name}" is already listed (line ${dup.startLine})`,
        line: dup.startLine
      };
  }
  const edits = valueEdits(doc, at, wanted);
  const expected = { ...current, ...Object.fromEntries(wanted) };
  const names = listedItems(sequence.items, keys).map((l) => l.name);
  const without = names.filter((_, i) => i !== item.index);
  const newName = changes.name ?? at.name;
  const order = decideDataOrder(names, commentStatements(doc));
  const slot = changes.name !== void 0 && order.order === "alphabetical" ? placeName(without, 0, without.length, newName, "alphabetical") : item.index;
  if (slot === item.index) {
    const content = applyReplacements(source, edits);
    const problem2 = check(doc, format, content, sequence.path, item.index, item.index, expected);
    if (problem2) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem2}`, line: item.startLine };
    const indent2 = linePrefix(doc, item.start);
    const text2 = applyReplacements(
      source.slice(item.start, item.end),
      edits.map((e) => ({ ...e, start: e.start - item.start, end: e.end - item.start }))
    );
    return {
      ok: true,
      content,
      line: item.startLine,
      ...changedLines(source, content),
      entry: indent2 + text2,
      moved: false,
      warnings
    };
  }
  const text = applyReplacements(
    source.slice(item.start, item.end),
    edits.map((e) => ({ ...e, start: e.start - item.start, end: e.end - item.start }))
  );
  const indent = linePrefix(doc, item.start);
  const removal = removalOf(doc, sequence, item);
  if ("reason" in removal) return { ok: false, code: "unsafe", reason: removal.reason, line: item.startLine };
  const reread = parseData(applyReplacements(source, removal.replacements), format);
  const seq = reread.ok ? reread.doc.sequences.find((s) => s.path.join(".") === sequence.path.join(".")) : void 0;
  if (!reread.ok || !seq)
    return {
      ok: false,
      code: "unsafe",
      reason: "refusing to write: the list does not read back after removing the entry"
    };
  const placed = placeItem(reread.doc, seq, slot, text, indent);
  if (!placed.ok)
    return { ok: false, code: "unsafe", reason: `refusing to write: ${placed.reason}`, line: item.startLine };
  const problem = check(doc, format, placed.content, sequence.path, item.index, slot, expected);
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}`, line: item.startLine };
  const added = lineCount(text) + (isLoose(reread.doc, seq) ? 1 : 0);
  return {
    ok: true,
    content: placed.content,
    line: placed.line,
    removed: removal.lines,
    added,
    entry: indent + text,
    moved: true,
    warnings
  };
}
function check(doc, format, content, path, from, to, expected) {
  const reread = parseData(content, format);
  if (!reread.ok) return `the result does not parse (${reread.reason})`;
  const item = valueAt(reread.doc.value, path)?.[to];
  if (!isRecord(item) || !isRecord(expected)) return "the entry is not where it was put";
  for (const key of Object.keys(expected)) {
    const want = expected[key];
    const got = item[key];
    const same = typeof want === "string" && typeof got === "string" ? got.trimEnd() === want.trimEnd() : deepEqual(got, want);
    if (!same) return `"${key}" reads back as ${JSON.stringify(got)}`;
  }
  if (Object.keys(item).length !== Object.keys(expected).length) return "the entry gained or lost a key";
  return verifyData(doc, format, reread.doc, { path, removedAt: from, index: to, item });
}
export {
  updateDataEntry
};
