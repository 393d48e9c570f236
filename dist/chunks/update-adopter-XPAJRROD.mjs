import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  spliceEntry
} from "./chunk-I5SLDMFZ.mjs";
import {
  isValidEntryChanges
} from "./chunk-DG4QCRYF.mjs";
import {
  conflictRefusal,
  countChangedLines,
  lookupRefusal,
  readAdoptersFile,
  removalRange,
  unusedDefinitions,
  verifyEdit
} from "./chunk-5DTE2RRN.mjs";
import {
  findEntry
} from "./chunk-O7ULASFS.mjs";
import "./chunk-UYZBUS6E.mjs";
import "./chunk-IHJI3L74.mjs";
import {
  duplicateFlags,
  findDuplicates
} from "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import {
  placeIndex
} from "./chunk-M7MUH75M.mjs";
import {
  applyEdits,
  orderPolicyFor
} from "./chunk-Z5U7UXQ4.mjs";
import {
  carries
} from "./chunk-XBPW7ZXX.mjs";
import {
  escapeFor,
  ordinalFor
} from "./chunk-OROIXEDL.mjs";
import "./chunk-NWY2PKW3.mjs";
import "./chunk-F76RGC3L.mjs";
import {
  compareNames
} from "./chunk-F36G4R7T.mjs";
import "./chunk-LLEA4VRX.mjs";
import {
  deriveText
} from "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

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
var collapse = (s) => s.replace(/\s+/g, " ").trim();
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
    if (collapse(doc.source.slice(span.start, span.end)) === collapse(written(doc, span, value))) return [];
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
  const renamed = changes.name !== void 0 && collapse(changes.name) !== collapse(entry.name);
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
  const conflicted = conflictRefusal(before.doc);
  if (conflicted) return conflicted;
  const found = findEntry(before.containers, entryName);
  if (!found.ok) return lookupRefusal(found);
  const { entry, container } = found;
  const planned = planEdits(before, container, entry, changes);
  if ("ok" in planned) return planned;
  const name = changes.name ?? entry.name;
  const plan = collapse(name) === collapse(entry.name) ? void 0 : planMove(before, container, entry, name);
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
export {
  updateAdopter
};
