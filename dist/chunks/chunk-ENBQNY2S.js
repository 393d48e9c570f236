import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  diffLines
} from "./chunk-YTPXAUCT.js";
import {
  deepEqual,
  isLoose,
  itemParts,
  linePrefix,
  placeItem,
  planLogo,
  renderField,
  renderValue,
  startsItsLine,
  valueAt,
  verifyData
} from "./chunk-6OMR4UTC.js";
import {
  decideDataOrder,
  placeName
} from "./chunk-B3I33P42.js";
import {
  applyEdits,
  duplicateFlags,
  escapeFor,
  findDuplicates,
  findDuplicatesIn,
  linkDestination,
  loneLogoRow,
  ordinalFor,
  spliceEntry
} from "./chunk-ST4GWWJ3.js";
import {
  carries,
  compareNames,
  normalizeOrganizationName,
  orderPolicyFor,
  placeIndex
} from "./chunk-5HCODKRY.js";
import {
  isValidEntryChanges
} from "./chunk-SXXBV75I.js";
import {
  afterLine,
  commentStatements,
  dataFormatOf,
  dataOptions,
  inferKeys,
  isRecord,
  listedItems,
  parseData
} from "./chunk-2ZUWKDGS.js";
import {
  deriveText,
  endOf,
  findContainers,
  isBlankLine,
  lineCount,
  lineOf,
  lineStart,
  normalizeLabel,
  parseDocument,
  startOf
} from "./chunk-NWHVWTTH.js";

// src/adopters/edit-result.ts
function lookupRefusal(found) {
  if (found.code === "ambiguous") return { ok: false, code: "ambiguous", reason: found.reason, lines: found.lines };
  return { ok: false, code: "not-found", reason: found.reason, closest: found.closest };
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

// src/adopters/find-entry.ts
function editDistance(a, b) {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => [i, ...new Array(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[x.length][y.length];
}
function isNearMiss(asked, listed) {
  const a = normalizeOrganizationName(asked);
  const b = normalizeOrganizationName(listed);
  const shorter = Math.min([...a].length, [...b].length);
  return editDistance(a, b) <= (shorter <= 3 ? 1 : Math.max(2, Math.floor(shorter / 4)));
}
var quote = (e) => `"${e.name}" (line ${e.startLine})`;
function findEntry(containers, name) {
  const wanted = normalizeOrganizationName(name);
  const named = containers.flatMap(
    (container) => container.entries.filter((e) => !e.catchAll).map((entry) => ({ entry, container, key: normalizeOrganizationName(entry.name) }))
  );
  const real = named.filter((l) => !l.entry.placeholder);
  const all = wanted && !real.some((l) => l.key === wanted) ? named : real;
  const sure = all.filter((l) => !l.container.doubts.length);
  const inSure = wanted ? sure.filter((l) => l.key === wanted) : [];
  const anywhere = all.some((l) => l.key === wanted);
  const listed = inSure.length || !anywhere && sure.length ? sure : all;
  const matches = wanted ? listed.filter((l) => l.key === wanted) : [];
  const first = matches[0];
  if (first && matches.length === 1) return { ok: true, entry: first.entry, container: first.container };
  const byName = matches.filter((m) => m.container.kind !== "logos");
  if (byName.length === 1 && matches.length > 1)
    return { ok: true, entry: byName[0].entry, container: byName[0].container };
  if (matches.length > 1) {
    const lines = matches.map((m) => m.entry.startLine);
    return {
      ok: false,
      code: "ambiguous",
      lines,
      reason: `"${first.entry.name}" is listed ${matches.length} times (lines ${lines.join(", ")}); a maintainer must first remove the extra entries by hand`
    };
  }
  const closest = listed.map((l, i) => ({ l, i, d: editDistance(wanted, l.key) })).sort((a, b) => a.d - b.d || a.i - b.i).slice(0, 3).map(({ l }) => l.entry);
  return {
    ok: false,
    code: "not-found",
    closest: closest.map((e) => ({ name: e.name, line: e.startLine })),
    reason: `no entry of this name is listed${closest.length ? `; the closest listed names are ${closest.map(quote).join(", ")}` : ""}`
  };
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

// src/adopters/entry-fields.ts
function entryFields(doc, entry) {
  const of = (field) => entry.spans.filter((s) => s.field === field);
  const description = of("description")[0];
  const removed = description?.remove?.find((r) => r.start <= description.start && r.end >= description.end);
  return {
    name: of("name"),
    url: of("url"),
    urlText: of("url-text"),
    description,
    descriptionLead: removed ? doc.source.slice(removed.start, description.start) : void 0,
    logo: of("logo"),
    ordinal: of("ordinal")[0]
  };
}
function spanReach(span) {
  return Math.max(span.end, ...(span.remove ?? []).map((r) => r.end));
}

// src/adopters/description-slot.ts
function descriptionSlot(doc, container, entry) {
  if (!carries(container, "description")) return void 0;
  const votes = /* @__PURE__ */ new Map();
  for (const sibling of container.entries) {
    if (sibling === entry || sibling.catchAll || sibling.placeholder) continue;
    const fields = entryFields(doc, sibling);
    const description = fields.description;
    if (!description || fields.descriptionLead === void 0) continue;
    const leadStart = description.start - fields.descriptionLead.length;
    const anchor = sibling.spans.filter((s) => s !== description && spanReach(s) <= leadStart).reduce(
      (a, s) => !a || spanReach(s) >= spanReach(a) ? s : a,
      void 0
    );
    if (!anchor) continue;
    const gap = doc.source.slice(spanReach(anchor), leadStart);
    const ours = entry.spans.find((s) => s.field === anchor.field);
    if (!ours) continue;
    const after = doc.source.slice(spanReach(ours), entry.end);
    const closing = after.startsWith(gap) ? gap : /^[*_]*$/.test(gap) ? /^[*_]*/.exec(after)?.[0] ?? "" : void 0;
    if (closing === void 0) continue;
    const at = spanReach(ours) + closing.length;
    const key = `${at}\0${fields.descriptionLead}`;
    const vote = votes.get(key) ?? { at, lead: fields.descriptionLead, context: description.context, count: 0 };
    vote.count++;
    votes.set(key, vote);
  }
  const best = [...votes.values()].sort((a, b) => b.count - a.count)[0];
  return best && { at: best.at, lead: best.lead, context: best.context };
}

// src/adopters/move-entry.ts
function misplaced(entries, p, name) {
  return entries.slice(0, p).filter((o) => compareNames(o.name, name) > 0).length + entries.slice(p).filter((o) => compareNames(o.name, name) < 0).length;
}
function planMove(before, container, entry, newName) {
  const policy = orderPolicyFor(before.doc, container, before.containers);
  if (policy.order !== "alphabetical") return void 0;
  const others = { ...container, entries: container.entries.filter((e) => e !== entry) };
  const best = placeIndex(others, policy, newName, Boolean(entry.description), entry.group);
  const at = container.entries.indexOf(entry);
  if (best === at || misplaced(others.entries, at, newName) <= misplaced(others.entries, best, newName))
    return void 0;
  return { others, index: best };
}
function moveEntry(before, container, entry, plan, edits) {
  const { doc } = before;
  const cut = removalRange(doc, container, container.entries.indexOf(entry));
  const inside = edits.filter((e) => e.start >= entry.start && e.end <= entry.end);
  const outside = edits.filter((e) => !inside.includes(e));
  if (outside.some((e) => e.start < cut.end && e.end > cut.start))
    return "an edit outside the entry falls in its lines";
  const warnings = [];
  const { ordinal, warning } = ordinalFor(doc.source, plan.others, plan.index);
  const number = entryFields(doc, entry).ordinal;
  if (number && ordinal !== void 0) inside.push({ start: number.start, end: number.end, text: String(ordinal) });
  if (warning) warnings.push(warning.replace("the new one", "the moved one"));
  const text = applyEdits(
    doc.source.slice(entry.start, entry.end),
    inside.map((e) => ({ ...e, start: e.start - entry.start, end: e.end - entry.start }))
  );
  const target = plan.others.entries[plan.index];
  const slot = target ? container.entries.indexOf(target) : container.entries.length;
  const splice = spliceEntry(doc, container, slot, text);
  if (splice.offset > cut.start && splice.offset < cut.end) return "the new place falls inside the old one";
  const lead = /^(?:\r?\n)*/.exec(splice.text)[0].length;
  const at = splice.offset + lead - (splice.offset >= cut.end ? cut.end - cut.start : 0);
  return {
    edits: [
      ...outside,
      { start: cut.start, end: cut.end, text: "" },
      { start: splice.offset, end: splice.offset, text: splice.text }
    ],
    at,
    warnings
  };
}

// src/adopters/update-adopter.ts
var collapse2 = (s) => s.replace(/\s+/g, " ").trim();
var refuse = (code, reason, line) => ({
  ok: false,
  code,
  reason,
  ...line === void 0 ? {} : { line }
});
function atLineStart(source, offset) {
  return !source.slice(source.lastIndexOf("\n", offset - 1) + 1, offset).trim();
}
var Unwritable = class extends Error {
};
function written(doc, span, value) {
  const text = escapeFor(value, span.context, atLineStart(doc.source, span.start));
  if (text === void 0) throw new Unwritable(span.field);
  return text;
}
function rewrite(doc, spans, value) {
  return spans.map((s) => ({ start: s.start, end: s.end, text: written(doc, s, value(s)) })).filter((e) => doc.source.slice(e.start, e.end) !== e.text);
}
function duplicates(before, entry, name, url) {
  const others = before.containers.map((c) => ({ ...c, entries: c.entries.filter((e) => e !== entry) }));
  const dup = findDuplicates(others, name, url);
  return { sameName: dup.sameName, ...duplicateFlags(dup) };
}
function planDescription(doc, container, entry, fields, value) {
  const span = fields.description;
  if (span && span.end > span.start) {
    if (collapse2(doc.source.slice(span.start, span.end)) === collapse2(written(doc, span, value))) return [];
    return rewrite(doc, [span], () => value);
  }
  if (span) {
    const pipe = doc.source.lastIndexOf("|", span.start - 1);
    const interior = doc.source.slice(pipe + 1, span.start);
    const at = pipe >= 0 && !interior.trim() ? pipe + 1 + Math.min(1, interior.length) : span.start;
    return [{ start: at, end: at, text: written(doc, { ...span, start: at, end: at }, value) }];
  }
  const slot = descriptionSlot(doc, container, entry);
  if (!slot) return "this entry has no place for a description, so the description is not written";
  const text = escapeFor(value, slot.context, /\n[ \t]*$/.test(slot.lead) || atLineStart(doc.source, slot.at));
  if (text === void 0) throw new Unwritable("description");
  return [{ start: slot.at, end: slot.at, text: slot.lead + text }];
}
function planEdits(before, container, entry, changes) {
  const { doc } = before;
  const fields = entryFields(doc, entry);
  const edits = [];
  const unplaced = [];
  let checked;
  const renamed = changes.name !== void 0 && collapse2(changes.name) !== collapse2(entry.name);
  if (renamed || changes.url !== void 0) {
    checked = duplicates(before, entry, changes.name ?? entry.name, changes.url ?? entry.url);
    const same = checked.sameName;
    if (renamed && same)
      return refuse("duplicate", `"${same.name}" is already listed (line ${same.startLine})`, same.startLine);
  }
  try {
    if (renamed) {
      if (!fields.name.length) return refuse("no-name", "the bot cannot tell where this entry writes its name");
      edits.push(...rewrite(doc, fields.name, () => changes.name));
    }
    if (changes.url !== void 0) {
      if (!fields.url.length) unplaced.push("this entry carries no link, so the website is not written");
      edits.push(...rewrite(doc, fields.url, () => changes.url));
      edits.push(...rewrite(doc, fields.urlText, (s) => deriveText(s.derive ?? "host", changes.url)));
    }
    if (changes.description !== void 0) {
      const planned = planDescription(doc, container, entry, fields, changes.description);
      if (typeof planned === "string") unplaced.push(planned);
      else edits.push(...planned);
    }
    if (changes.logo !== void 0) {
      if (!fields.logo.length) unplaced.push("this entry shows no logo, so the logo is not written");
      else edits.push(...rewrite(doc, fields.logo, () => changes.logo));
    }
  } catch (error) {
    if (!(error instanceof Unwritable)) throw error;
    return refuse("unsafe", `the ${error.message} cannot be written in this entry as it is`);
  }
  if (!edits.length) {
    const why = unplaced.length ? unplaced.join("; ") : "the entry already says this";
    return refuse("nothing-to-change", `nothing to change: ${why}`);
  }
  return { edits, warnings: [...checked?.warnings ?? [], ...unplaced], flags: checked?.flags ?? [] };
}
function updateAdopter(source, entryName, changes) {
  if (!isValidEntryChanges(changes))
    throw new TypeError("updateAdopter takes changes made by validateEntryChanges (src/submission)");
  const before = readAdoptersFile(source);
  const found = findEntry(before.containers, entryName);
  if (!found.ok) return lookupRefusal(found);
  const { entry, container } = found;
  const planned = planEdits(before, container, entry, changes);
  if ("ok" in planned) return planned;
  const name = changes.name ?? entry.name;
  const plan = collapse2(name) === collapse2(entry.name) ? void 0 : planMove(before, container, entry, name);
  let edits = planned.edits;
  let at = entry.start;
  let warnings = planned.warnings;
  if (plan) {
    const moved = moveEntry(before, container, entry, plan, edits);
    if (typeof moved === "string") return refuse("unsafe", `refusing to write: ${moved}`);
    ({ edits, at } = moved);
    warnings = [...warnings, ...moved.warnings];
  }
  const content = applyEdits(source, edits);
  const checked = verifyEdit(before, content, {
    removed: entry,
    added: { at, name, url: changes.url, logo: changes.logo }
  });
  if (!checked.ok) return refuse("unsafe", `refusing to write: ${checked.reason}`);
  const neu = checked.entry;
  return {
    ok: true,
    content,
    line: neu.startLine,
    ...countChangedLines(source, content),
    entry: content.slice(neu.start, neu.end),
    moved: Boolean(plan),
    name: entry.name,
    previous: source.slice(entry.start, entry.end),
    warnings: [...warnings, ...unusedDefinitions(before.doc, entry, checked.file.doc)],
    flags: planned.flags
  };
}

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

// src/data-files/update-data-entry.ts
var lineCount2 = (text) => text.split("\n").length;
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
  const added = lineCount2(text) + (isLoose(reread.doc, seq) ? 1 : 0);
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

// src/adopters-file/change.ts
function changeFile(path, source, change, options = {}) {
  const format = dataFormatOf(path);
  if (!format)
    return change.kind === "update" ? updateAdopter(source, change.entry, change.changes) : removeAdopter(source, change.entry);
  const result = change.kind === "update" ? updateDataEntry(source, format, change.entry, change.changes, dataOptions(options)) : removeDataEntry(source, format, change.entry, dataOptions(options));
  return result.ok ? { ...result, name: change.entry, previous: "", flags: [] } : result;
}

export {
  isNearMiss,
  changeFile
};
