import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateFlags,
  escapeFor,
  escapeInline,
  findDuplicates,
  linkDestination,
  markdownLink,
  renderEntry,
  requires,
  spliceEntry,
  spliceNewList
} from "./chunk-WE46YYUW.js";
import {
  orderPolicyFor,
  placeIndex,
  selectPlacement
} from "./chunk-Z2RM2R3Y.js";
import {
  isValidEntry
} from "./chunk-SNZU7CQ6.js";
import {
  inferKeys,
  isRecord
} from "./chunk-HFPKD6BE.js";
import {
  endOf,
  findContainers,
  lineOf,
  lineStart,
  parseDocument,
  sectionMatches,
  startOf
} from "./chunk-HMMUGGV5.js";

// src/adopters/render/first-row.ts
function renderFirstRow(doc, layout, values) {
  const { columns } = layout;
  const header = doc.source.slice(layout.headStart, doc.source.indexOf("\n", layout.headStart)).replace(/\r$/, "");
  const cell = (text) => text === void 0 ? void 0 : escapeFor(text, "cell");
  const contents = [];
  for (let i = 0; i < columns.count; i++) {
    if (i === columns.name)
      contents.push(values.url && columns.url < 0 ? markdownLink(values.name, values.url) : cell(values.name));
    else if (i === columns.url) contents.push(values.url ? linkDestination(values.url) : "");
    else if (i === columns.description) contents.push(cell(values.description) ?? "");
    else if (i === columns.contact) contents.push(values.contact ? `@${values.contact}` : "");
    else if (i === columns.group) contents.push(cell(values.group) ?? "");
    else contents.push("");
  }
  if (contents.some((c) => c === void 0)) return void 0;
  const trimmed = header.trim();
  const spaced = /\|\s\S/.test(trimmed) || /^[^|]*\s\|/.test(trimmed);
  const cells = contents.map((c) => spaced ? c ? ` ${c} ` : " " : c);
  const lead = trimmed.startsWith("|") ? "|" : "";
  const trail = trimmed.endsWith("|") ? "|" : "";
  const indent = /^\s*/.exec(header)?.[0] ?? "";
  return `${indent}${lead}${cells.join("|")}${trail || (contents[contents.length - 1] ? "" : "|")}`;
}

// src/adopters/verify.ts
var collapse = (s) => (s ?? "").replace(/\s+/g, " ").trim();
var CONTEXT = 3;
var SYNTAX = /* @__PURE__ */ new Set(["link", "image", "html", "linkReference", "imageReference", "footnoteReference"]);
function inlineSyntax(node, start, end, out = []) {
  if (endOf(node) <= start || startOf(node) >= end) return out;
  if (SYNTAX.has(node.type) && startOf(node) >= start) out.push(node);
  if ("children" in node) for (const child of node.children) inlineSyntax(child, start, end, out);
  return out;
}
function windowOf(doc, container, index, splice, after) {
  if (!container || container.kind === "headings" || container.kind === "key-value")
    return { text: after, shift: 0, neighbours: container?.entries ?? [] };
  const entries = container.entries;
  const first = entries[Math.max(0, index - CONTEXT)];
  const last = entries[Math.min(entries.length, index + CONTEXT) - 1];
  const from = Math.min(first?.start ?? splice.offset, splice.offset);
  const toOld = Math.max(last ? lineStart(doc, last.endLine + 1) : splice.offset, splice.offset);
  const head = container.table ? doc.source.slice(container.table.headStart, container.table.bodyStart) : "";
  const definitions = [...doc.definitions].map(([label, url]) => `[${label}]: <${url}>`).join(doc.eol);
  const text = `${head}${after.slice(from, toOld + splice.text.length)}${doc.eol}${doc.eol}${definitions}${doc.eol}`;
  const neighbours = entries.slice(Math.max(0, index - CONTEXT), Math.min(entries.length, index + CONTEXT));
  return { text, shift: from - head.length, neighbours };
}
function allowedSyntax(node, values, template) {
  if (node.type === "link" || node.type === "image") {
    const allowed = [values.url, values.logo, values.contact && `https://github.com/${values.contact}`].filter(
      (v) => Boolean(v)
    );
    return allowed.some((v) => node.url === v || node.url === linkDestination(v)) || template.includes(node.url);
  }
  if (node.type === "html") {
    const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(node.value)?.[1];
    return Boolean(tag) && new RegExp(`</?${tag}\\b`, "i").test(template);
  }
  return template.includes(`[${"label" in node ? node.label ?? "" : ""}]`);
}
function shownIn(tree, start, end, text) {
  if (text === void 0) return false;
  const parts = [];
  const walk = (node) => {
    if (endOf(node) <= start || startOf(node) >= end) return;
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return collapse(parts.join(" ")).includes(collapse(text));
}
function readBack(added, values, expectUrl, appended) {
  if (collapse(added.name) !== collapse(values.name))
    return `the new entry would display "${added.name}" instead of the name given`;
  if (expectUrl && values.url !== void 0 && added.url !== values.url && added.url !== linkDestination(values.url))
    return "the new entry would not link the URL given";
  const given = collapse(values.description);
  const shown = collapse(added.description);
  if (!appended && values.description !== void 0 && shown !== given && `(${shown})` !== given)
    return "the new entry would not show the description as given";
  if (values.contact !== void 0 && added.contact !== void 0 && added.contact !== values.contact)
    return "the new entry would not show the contact given";
  return void 0;
}
function verifyInsertion(doc, splice, values, expect) {
  const { offset, text } = splice;
  const after = doc.source.slice(0, offset) + text + doc.source.slice(offset);
  if (after.slice(0, offset) + after.slice(offset + text.length) !== doc.source)
    return "the change is not a pure insertion";
  const window = windowOf(doc, expect.container, expect.index, splice, after);
  const fragment = parseDocument(window.text);
  const start = offset - window.shift;
  const end = start + text.length;
  const within = (e) => e.start >= start && e.start < end;
  const mine = findContainers(fragment).find((c) => c.entries.some(within));
  if (!mine) return "the new entry is not recognized as an entry after insertion";
  const added = mine.entries.find(within);
  if (expect.container && mine.kind !== expect.container.kind) return "the new entry would change how the list is read";
  const wordless = values.description !== void 0 && !new RegExp("\\p{L}{2}", "u").test(values.description);
  const prose = expect.appended || (mine.kind === "headings" || wordless) && shownIn(fragment.tree, start, end, values.description);
  const problem = readBack(added, values, expect.checkUrl, prose);
  if (problem) return problem;
  for (const node of inlineSyntax(fragment.tree, start, end)) {
    if (!allowedSyntax(node, values, expect.template)) return `the submission would add a ${node.type} to the file`;
  }
  const got = mine.entries.filter((e) => e !== added).map((e) => collapse(e.name));
  const neighbours = window.neighbours.map((e) => collapse(e.name));
  if (expect.container && !neighbours.every((n) => got.includes(n)))
    return "the insertion changed the neighbouring entries";
  return void 0;
}

// src/adopters/insert-adopter.ts
var KIND_WORDS = {
  list: "list",
  table: "table",
  paragraphs: "run of name paragraphs",
  headings: "run of one heading per adopter",
  "key-value": "run of key/value blocks"
};
function describe(container) {
  const first = container.entries[0];
  return `the ${KIND_WORDS[container.kind]} of ${container.entries.length} entries at line ${first.startLine}${container.section ? ` under "${container.section}"` : ""}`;
}
function insertAdopter(source, entry, options = {}) {
  if (!isValidEntry(entry)) throw new TypeError("insertAdopter takes an entry made by validateEntry (src/submission)");
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const dup = findDuplicates(containers, entry.name, entry.url);
  if (dup.sameName) {
    const e = dup.sameName;
    return {
      ok: false,
      code: "duplicate",
      line: e.startLine,
      reason: `"${e.name}" is already listed (line ${e.startLine})`
    };
  }
  const { flags, warnings: flagWarnings } = duplicateFlags(dup);
  const placement = selectPlacement(doc, containers, options);
  if (placement.kind === "refuse") return { ok: false, code: placement.code, reason: placement.reason };
  if (placement.kind === "new-list") return newList(doc, entry, placement, flags, flagWarnings);
  if (placement.kind === "empty-table") return firstRow(doc, entry, placement.table, flags, flagWarnings);
  const { container, group, note } = placement;
  if (entry.url === void 0 && requires(container, "url"))
    return {
      ok: false,
      code: "url-required",
      reason: "this file's entries carry links (a linked name, a link column or a site link), so the new entry needs its website's URL"
    };
  const policy = orderPolicyFor(doc, container, containers);
  const index = placeIndex(container, policy, entry.name, Boolean(entry.description), group);
  const rendered = renderEntry(doc, container, index, entry, group);
  if ("refused" in rendered)
    return { ok: false, code: rendered.field ? "unsafe" : "no-template", reason: rendered.refused };
  const splice = spliceEntry(doc, container, index, rendered.text);
  const template = doc.source.slice(rendered.template.start, rendered.template.end) + (rendered.groupCell ?? "");
  const problem = verifyInsertion(doc, splice, rendered.values, {
    container,
    index,
    template,
    checkUrl: rendered.values.url !== void 0,
    appended: rendered.appended
  });
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
  return finish(doc, splice, {
    entry: rendered.text,
    lines: rendered.lines,
    section: container.section ?? group ?? null,
    order: policy.order,
    orderBasis: policy.basis,
    container: container.kind,
    flags,
    warnings: [...flagWarnings, ...note ? [note] : [], ...rendered.warnings],
    why: {
      container: describe(container),
      ...placement.runnerUp ? { runnerUp: describe(placement.runnerUp) } : {},
      order: `${policy.order} (${policy.evidence})`,
      sibling: `copied the shape of "${rendered.template.name}" (line ${rendered.template.startLine})`
    }
  });
}
function newList(doc, entry, placement, flags, flagWarnings) {
  const name = entry.url ? markdownLink(entry.name, entry.url) : escapeInline(entry.name);
  const item = `- ${name}${entry.description ? ` - ${escapeInline(entry.description)}` : ""}`;
  const splice = spliceNewList(doc, placement.offset, item);
  const values = { name: entry.name, url: entry.url, description: entry.description };
  const problem = verifyInsertion(doc, splice, values, { container: null, index: 0, template: "", checkUrl: true });
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
  return finish(doc, splice, {
    entry: item,
    lines: 1,
    section: placement.section,
    order: "append",
    orderBasis: "new-list",
    container: "new-list",
    flags,
    warnings: [...flagWarnings, "the file had no list of adopters yet; a new list was started"],
    why: { container: "no list of adopters yet: a new list after the title", order: "append (a new list)" }
  });
}
function firstRow(doc, entry, table, flags, flagWarnings) {
  const values = {
    name: entry.name,
    url: entry.url,
    description: entry.description,
    contact: entry.contact
  };
  const row = renderFirstRow(doc, table, values);
  if (row === void 0)
    return { ok: false, code: "unsafe", reason: "a value cannot be written in this table as it is" };
  const atEnd = table.bodyStart >= doc.source.length && !doc.source.endsWith("\n");
  const splice = {
    offset: table.bodyStart,
    text: atEnd ? `${doc.eol}${row}` : `${row}${doc.eol}`,
    line: lineOf(doc, table.headStart) + 2
  };
  const problem = verifyInsertion(doc, splice, values, { container: null, index: 0, template: "", checkUrl: true });
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
  const { columns } = table;
  const left = [
    ...entry.description && columns.description < 0 ? ["the table has no column for a description, so it is not written"] : [],
    ...entry.logo ? ["the table has no column for a logo, so it is not written"] : [],
    ...entry.contact && columns.contact < 0 ? ["the table has no column for a contact, so it is not written"] : []
  ];
  return finish(doc, splice, {
    entry: row,
    lines: 1,
    section: null,
    order: "append",
    orderBasis: "new-list",
    container: "table",
    flags,
    warnings: [...flagWarnings, ...left, "the table had no rows yet; the first row follows its header"],
    why: { container: `the empty table at line ${lineOf(doc, table.headStart)}`, order: "append (the first row)" }
  });
}
function finish(doc, splice, meta) {
  const content = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  return { ok: true, content, offset: splice.offset, inserted: splice.text, line: splice.line, ...meta };
}

// src/data-files/select-sequence.ts
var pathOf = (s) => s.path.join(".");
var describe2 = (s) => s.path.length ? `"${pathOf(s)}"` : "the top-level list";
var nameOf = (s) => s.title ?? s.path[s.path.length - 1] ?? null;
function selectSequence(doc, options) {
  const named = doc.sequences.map((sequence) => ({ sequence, keys: inferKeys(sequence.items, options.keys) })).filter(
    ({ sequence, keys }) => keys.name && sequence.items.some((i) => isRecord(i.value) && keys.name in i.value)
  );
  if (options.path !== void 0) {
    const wanted = options.path.replace(/^\.+|\.+$/g, "");
    const found = named.find(({ sequence }) => pathOf(sequence) === wanted);
    if (!found)
      return {
        ok: false,
        code: "no-section",
        reason: `no list of adopters at "${wanted}" (data-path); lists found: ${named.map((n) => describe2(n.sequence)).join(", ") || "none"}`
      };
    return withGroup(found.sequence, found.keys, options.section, false);
  }
  if (!named.length)
    return {
      ok: false,
      code: "no-template",
      reason: "no list of named items in this file to copy from (set data-path and data-keys if the list is elsewhere)"
    };
  if (options.section && named.length > 1) {
    for (const level of ["exact", "partial"]) {
      const match = named.find(({ sequence }) => {
        const title = nameOf(sequence);
        return title !== null && sectionMatches(options.section, title) === level;
      });
      if (match) return withGroup(match.sequence, match.keys, void 0, false, nameOf(match.sequence));
    }
  }
  const largest = named.reduce((a, b) => b.sequence.items.length > a.sequence.items.length ? b : a);
  const section = named.length > 1 ? nameOf(largest.sequence) : null;
  const lists = named.map((n) => n.sequence);
  const chosen = withGroup(largest.sequence, largest.keys, options.section, named.length > 1, section, lists);
  if (chosen.ok && !options.section && section && !chosen.note)
    chosen.note = `no section was given, so the entry went into the largest list, "${section}"`;
  return chosen;
}
function withGroup(sequence, keys, section, severalLists, listName = null, lists = []) {
  const groupKey = keys.group;
  const values = groupKey ? sequence.items.map((i) => isRecord(i.value) ? i.value[groupKey] : void 0).filter((v) => typeof v === "string") : [];
  if (!groupKey || !values.length) {
    if (section && severalLists) {
      const known = lists.map(nameOf).filter((n) => Boolean(n));
      return {
        ok: false,
        code: "no-section",
        reason: `no section "${section}" in this file; sections: ${known.map((k) => `"${k}"`).join(", ")}`
      };
    }
    const note = section && !listName ? `this file has no sections, so the section "${section}" was not used` : void 0;
    return { ok: true, sequence, keys, section: listName, note };
  }
  if (section) {
    for (const level of ["exact", "partial"]) {
      const group2 = values.find((v) => sectionMatches(section, v) === level);
      if (group2) return { ok: true, sequence, keys, group: group2, section: group2 };
    }
    const known = [...new Set(values)];
    return {
      ok: false,
      code: "no-section",
      reason: `no section "${section}" in this file; values of its "${groupKey}" key: ${known.map((k) => `"${k}"`).join(", ")}`
    };
  }
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const group = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return {
    ok: true,
    sequence,
    keys,
    group,
    section: group,
    note: `no section was given, so the entry went into the most common ${groupKey}, "${group}"`
  };
}

export {
  selectSequence,
  insertAdopter
};
