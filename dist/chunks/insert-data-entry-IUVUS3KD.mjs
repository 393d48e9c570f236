import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyEdits,
  placeItem,
  planContact,
  planFields,
  planLogo,
  renderItem
} from "./chunk-P5VBCTNJ.mjs";
import {
  selectSequence
} from "./chunk-Z6M4LSKN.mjs";
import {
  isValidEntry
} from "./chunk-DG4QCRYF.mjs";
import {
  generatedNotice,
  generatedReason,
  layoutSignature,
  linePrefix,
  startsItsLine,
  valueAt,
  verifyData
} from "./chunk-IJV2XVDP.mjs";
import "./chunk-IHJI3L74.mjs";
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
  afterLine,
  inferKeys,
  isRecord,
  lineAt
} from "./chunk-AQFIXT2T.mjs";
import {
  duplicateFlags,
  findDuplicatesIn
} from "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import {
  keptInGroups
} from "./chunk-XBPW7ZXX.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-F36G4R7T.mjs";
import {
  isCatchAll,
  isNameLike,
  isPlaceholder,
  statedOrder
} from "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/data-files/cuddled.ts
function separatorOf(doc, item) {
  const prefix = linePrefix(doc, item.start);
  return /^\s*\}\s*,\s*$/.test(prefix) && membersOnOwnLines(doc, item) ? `${prefix}{` : void 0;
}
function membersOnOwnLines(doc, item) {
  const open = doc.source.slice(item.start + 1, afterLine(doc, item.startLine));
  return !open.trim() && !linePrefix(doc, item.end - 1).trim() && item.endLine > item.startLine;
}
function cuddledLayout(doc, sequence) {
  if (doc.format !== "json" || sequence.items.length < 2) return void 0;
  const separators = sequence.items.slice(1).map((item) => separatorOf(doc, item));
  const found = separators.filter((s) => s !== void 0);
  if (found.length * 2 <= separators.length || !membersOnOwnLines(doc, sequence.items[0])) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const s of found) counts.set(s.trimEnd(), (counts.get(s.trimEnd()) ?? 0) + 1);
  return { separator: [...counts].sort((a, b) => b[1] - a[1])[0][0] };
}
function membersOf(itemText) {
  return itemText.slice(itemText.indexOf("\n") + 1, itemText.lastIndexOf("\n"));
}
function placeCuddled(doc, sequence, index, members, layout) {
  const { items } = sequence;
  const eol = doc.eol;
  const done = (offset, text) => ({
    ok: true,
    edits: [{ offset, text }],
    content: applyEdits(doc.source, [{ offset, text }]),
    line: lineAt(doc, offset),
    block: text
  });
  if (index === 0) return done(afterLine(doc, items[0].startLine), members + eol + layout.separator + eol);
  const before = items[index - 1];
  const closing = index < items.length ? items[index].startLine : before.endLine;
  if (index < items.length && separatorOf(doc, items[index]) === void 0)
    return {
      ok: false,
      reason: "the object there does not open on the line of a cuddled `},{`; edit the file by hand"
    };
  if (index === items.length && !membersOnOwnLines(doc, before))
    return { ok: false, reason: "the last object does not close on a line of its own; edit the file by hand" };
  return done(doc.lineStarts[closing - 1], layout.separator + eol + members + eol);
}

// src/data-files/choose-template.ts
function chooseTemplate(doc, items, fields, index, cuddled = false) {
  const laidOut = (i) => cuddled ? membersOnOwnLines(doc, i) : startsItsLine(doc, i);
  const usable = items.filter((i) => i.pairs?.length && laidOut(i));
  if (!usable.length) return void 0;
  const signatures = new Map(usable.map((i) => [i, layoutSignature(doc, i)]));
  const counts = /* @__PURE__ */ new Map();
  for (const s of signatures.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const wanted = new Set(fields.map((f) => f.key));
  const score = (item) => {
    const keys = item.pairs.map((p) => p.key);
    const have = keys.filter((k) => wanted.has(k)).length;
    return have * 100 - (keys.length - have);
  };
  return usable.filter((i) => counts.get(signatures.get(i)) === top).sort((a, b) => score(b) - score(a) || Math.abs(a.index - index + 0.5) - Math.abs(b.index - index + 0.5))[0];
}

// src/data-files/unfit-list.ts
function unfitList(items, keys, url) {
  if (url && !keys.url && items.some((i) => isRecord(i.value) && holdsNestedLink(i.value)))
    return "this file's items keep their links inside nested values, where the bot does not write; add the entry by hand";
  const hosts = url && !keys.url ? hostKey(items, keys.name) : void 0;
  if (hosts)
    return `this file's items give their site as a host name without "https://" (\`${hosts}\`), which the bot does not write; add the entry by hand`;
  const names = listedItems(items, keys).map((l) => l.name);
  const isHeadline = (n) => n.split(/\s+/).length >= 5 && !isNameLike(n, "plain");
  const headline = names.find(isHeadline);
  if (names.length >= 2 && names.filter(isHeadline).length * 2 > names.length)
    return `the items here are named by sentences ("${headline}"), not by adopters' names: a page of stories, to add by hand`;
  return void 0;
}
function holdsNestedLink(item) {
  const deep = (v) => typeof v === "string" ? /^https?:\/\//i.test(v.trim()) : Array.isArray(v) ? v.some(deep) : isRecord(v) && Object.values(v).some(deep);
  return Object.values(item).some((v) => typeof v === "object" && v !== null && deep(v));
}
var HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?$/i;
function hostKey(items, nameKey) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items)
    if (isRecord(item.value)) {
      for (const [key2, value] of Object.entries(item.value))
        if (key2 !== nameKey && typeof value === "string" && HOST.test(value.trim()))
          counts.set(key2, (counts.get(key2) ?? 0) + 1);
    }
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return key !== void 0 && count * 2 > items.length ? key : void 0;
}

// src/data-files/insert-data-entry.ts
function insertDataEntry(source, format, entry, options = {}) {
  if (!isValidEntry(entry))
    throw new TypeError("insertDataEntry takes an entry made by validateEntry (src/submission)");
  const parsed = parseData(source, format);
  if (!parsed.ok) return { ok: false, code: "unreadable", reason: parsed.reason, line: parsed.line };
  const doc = parsed.doc;
  const generated = generatedNotice(doc);
  if (generated) return { ok: false, code: "generated", reason: generatedReason(generated) };
  const selection = selectSequence(doc, options);
  if (!selection.ok) return selection;
  const { sequence, keys } = selection;
  const unfit = unfitList(sequence.items, keys, entry.url);
  if (unfit) return { ok: false, code: "no-template", reason: unfit };
  const linked = sequence.items.filter((i) => isRecord(i.value) && keys.url && i.value[keys.url]).length;
  if (!entry.url && linked * 2 > sequence.items.length)
    return {
      ok: false,
      code: "url-required",
      reason: `this file's items carry a website (${keys.url}), so the new entry needs its website's URL`
    };
  const listed = doc.sequences.flatMap(
    (s) => listedItems(s.items, s === sequence ? keys : inferKeys(s.items, options.keys))
  );
  const dup = findDuplicatesIn(
    listed.filter((l) => l.name),
    entry.name,
    entry.url
  );
  if (dup.sameName)
    return {
      ok: false,
      code: "duplicate",
      line: dup.sameName.startLine,
      reason: `"${dup.sameName.name}" is already listed (line ${dup.sameName.startLine})`
    };
  const { flags, warnings } = duplicateFlags(dup);
  if (selection.note) warnings.push(selection.note);
  const items = sequence.items;
  const own = listedItems(items, keys);
  const names = own.map((l) => l.name);
  let [lo, hi] = [0, items.length];
  if (selection.group !== void 0 && keys.group) {
    const members = items.map((i, n) => isRecord(i.value) && i.value[keys.group] === selection.group ? n : -1).filter((n) => n >= 0);
    const contiguous = members.length && members[members.length - 1] - members[0] + 1 === members.length;
    const groupOf = (i) => {
      const value = isRecord(i.value) ? i.value[keys.group] : void 0;
      return typeof value === "string" ? value : JSON.stringify(value ?? "");
    };
    const grouped = keptInGroups(items.map(groupOf));
    if (contiguous && grouped) [lo, hi] = [members[0], members[members.length - 1] + 1];
  }
  const last = (n) => own[n - 1];
  while (hi > lo && (isPlaceholder(last(hi).name, last(hi).url) || isCatchAll(last(hi).name))) hi--;
  const policy = decideDataOrder(names.slice(lo, hi), commentStatements(doc));
  if (policy.basis === "stated") lo = Math.max(lo, ruledFrom(doc, items, lo, hi));
  const index = policy.newestFirst ? lo : placeName(names, lo, hi, entry.name, policy.order, policy.basis === "stated");
  const logo = planLogo(items, keys.logo, entry.logo, entry.name);
  if (logo.warning) warnings.push(logo.warning);
  const planned = planFields(items, keys, entry, {
    group: selection.group,
    logo: logo.value,
    contact: planContact(items, keys.contact, entry.contact)
  });
  warnings.push(...planned.warnings);
  const shows = planned.fields.filter((f) => f.role && f.role !== "name" && f.role !== "group");
  if (!shows.length && keys.logo && own.every((l) => isRecord(l.item.value) && l.item.value[keys.logo]))
    return {
      ok: false,
      code: "no-template",
      reason: "each adopter here is shown by its logo, and the new one would show nothing else: give the logo's URL"
    };
  const cuddled = cuddledLayout(doc, sequence);
  const template = chooseTemplate(doc, items, planned.fields, index, cuddled !== void 0);
  if (!template)
    return { ok: false, code: "no-template", reason: "no item in this list is laid out on lines of its own to copy" };
  const text = renderItem({ doc, items, template, inFlow: sequence.flow }, planned.fields);
  const indent = linePrefix(doc, template.start);
  const placed = cuddled ? placeCuddled(doc, sequence, index, membersOf(text), cuddled) : placeItem(doc, sequence, index, text, indent);
  if (!placed.ok) return { ok: false, code: "unsafe", reason: `refusing to write: ${placed.reason}` };
  const problem = checkNewItem(doc, format, placed.content, sequence.path, index, planned.fields);
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
  const entryText = placed.block?.replace(/\r?\n$/, "") ?? indent + text;
  return {
    ok: true,
    content: placed.content,
    line: placed.line,
    lines: entryText.split("\n").length,
    entry: entryText.replace(/\r\n/g, "\n"),
    section: selection.section,
    order: policy.order,
    orderBasis: policy.basis,
    ...policy.newestFirst ? { newestFirst: true } : {},
    container: "data",
    format,
    path: sequence.path.join("."),
    index,
    warnings,
    flags,
    why: {
      container: `the ${format === "json" ? "JSON" : "YAML"} list ${sequence.path.length ? `"${sequence.path.join(".")}"` : "at the top of the file"} of ${items.length} items at line ${items[0]?.startLine ?? 1}`,
      order: `${policy.order}${policy.newestFirst ? ", newest first" : ""} (${policy.evidence})`,
      sibling: `copied the layout of "${names[template.index] || `item ${template.index + 1}`}" (line ${template.startLine})`
    }
  };
}
function checkNewItem(doc, format, content, path, index, fields) {
  const reread = parseData(content, format);
  if (!reread.ok) return `the result does not parse (${reread.reason})`;
  const item = valueAt(reread.doc.value, path)?.[index];
  if (!isRecord(item)) return "the new item is not where it was put";
  const keys = Object.keys(item);
  if (keys.length !== fields.length || fields.some((f) => !(f.key in item)))
    return "the new item has other keys than planned";
  for (const f of fields) {
    const v = item[f.key];
    if (f.value !== void 0 && (typeof v !== "string" || v.trimEnd() !== f.value.trimEnd()))
      return `"${f.key}" reads back as ${JSON.stringify(v)}, not as written`;
  }
  return verifyData(doc, format, reread.doc, { path, index, item });
}
function ruledFrom(doc, items, lo, hi) {
  for (let k = lo + 1; k < hi; k++) {
    const between = doc.comments.filter((c) => c.start > items[k - 1].end && c.end <= items[k].start);
    if (between.length && statedOrder(between.map((c) => c.text)).order) return k;
  }
  return lo;
}
export {
  insertDataEntry
};
