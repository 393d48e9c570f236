import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  spliceEntry,
  spliceNewList
} from "./chunk-I5SLDMFZ.mjs";
import {
  isValidEntry
} from "./chunk-DG4QCRYF.mjs";
import {
  newLogoRow
} from "./chunk-UYZBUS6E.mjs";
import {
  duplicateFlags,
  findDuplicates
} from "./chunk-DANKY33K.mjs";
import {
  placeIndex
} from "./chunk-M7MUH75M.mjs";
import {
  LEFT_OUT,
  renderEntry,
  renderFromExample,
  renderFromExampleRow,
  selectPlacement,
  showsAll
} from "./chunk-234S3TEZ.mjs";
import {
  orderPolicyFor
} from "./chunk-Z5U7UXQ4.mjs";
import {
  requires
} from "./chunk-XBPW7ZXX.mjs";
import {
  escapeFor,
  escapeInline,
  linkDestination,
  markdownLink
} from "./chunk-OROIXEDL.mjs";
import {
  findContainers
} from "./chunk-NWY2PKW3.mjs";
import {
  normalizeSectionName
} from "./chunk-F76RGC3L.mjs";
import {
  readAsColumns
} from "./chunk-LLEA4VRX.mjs";
import {
  endOf,
  lineOf,
  lineStart,
  parseDocument,
  startOf
} from "./chunk-WBV7JFYH.mjs";

// src/adopters/insert-result.ts
function finish(doc, splice, meta) {
  const content = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  return { ok: true, content, offset: splice.offset, inserted: splice.text, line: splice.line, ...meta };
}

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
var indented = (doc, container) => container.kind === "list" && /^[ \t]/.test(doc.source.slice(lineStart(doc, container.entries[0].startLine)));
function windowOf(doc, container, index, splice, after) {
  if (!container || container.kind === "headings" || container.kind === "key-value" || container.kind === "logos" || container.kind === "tag-lines" || container.kind === "lines" || // A list inside another (an outline's innermost group) reads as that list only with its parents.
  indented(doc, container))
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
  if (!appended && values.description !== void 0 && shown !== given && `(${shown})` !== given && `${shown}.` !== given)
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
  const layout = expect.container?.table;
  const piece = fragment.tree.children.find((node) => node.type === "table");
  if (layout && piece) readAsColumns(piece, layout.columns);
  const start = offset - window.shift;
  const end = start + text.length;
  const within = (e) => e.start >= start && e.start < end;
  const mine = findContainers(fragment).find((c) => c.entries.some(within));
  if (!mine) return "the new entry is not recognized as an entry after insertion";
  const added = mine.entries.find(within);
  if (expect.container && mine.kind !== expect.container.kind) return "the new entry would change how the list is read";
  const wordless = values.description !== void 0 && !/\p{L}{2}/u.test(values.description);
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

// src/adopters/first-entry.ts
function newList(doc, entry, placement, flags, flagWarnings) {
  const copied = placement.like && firstInSection(doc, entry, { ...placement, like: placement.like }, flags, flagWarnings);
  if (copied) return copied;
  const shaped = renderFromExample(doc, entry);
  if (shaped) {
    const splice2 = spliceNewList(doc, placement.offset, shaped.text);
    const check = { container: null, index: 0, template: shaped.template, checkUrl: shaped.values.url !== void 0 };
    if (!verifyInsertion(doc, splice2, shaped.values, check))
      return finish(doc, splice2, {
        entry: shaped.text,
        lines: shaped.lines,
        section: placement.section,
        order: "append",
        orderBasis: "new-list",
        container: "new-list",
        flags,
        warnings: [
          ...flagWarnings,
          ...shaped.warnings,
          "the file had no entries yet; the first follows the file's example"
        ],
        why: {
          container: "no list of adopters yet: the first entry, where the list begins",
          order: "append (a new list)",
          sibling: "copied the shape of the file's example"
        }
      });
  }
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
function firstInSection(doc, entry, placement, flags, flagWarnings) {
  const { like } = placement;
  if (like.kind !== "list" || like.entries.some((e) => e.spans.some((s) => s.field === "ordinal"))) return void 0;
  const rendered = keepDescription(renderEntry(doc, like, like.entries.length, entry, void 0), entry);
  if ("refused" in rendered) return void 0;
  const above = /(?:^|\n)([^\n]*)\r?\n[ \t]*$/.exec(doc.source.slice(0, like.start))?.[1] ?? "";
  const splice = spliceNewList(doc, placement.offset, rendered.text, above.trim() !== "");
  const template = doc.source.slice(rendered.template.start, rendered.template.end);
  const check = { container: null, index: 0, template, checkUrl: rendered.values.url !== void 0 };
  if (verifyInsertion(doc, splice, rendered.values, check)) return void 0;
  return finish(doc, splice, {
    entry: rendered.text,
    lines: rendered.lines,
    section: placement.section,
    order: "append",
    orderBasis: "new-list",
    container: "new-list",
    flags,
    warnings: [
      ...flagWarnings,
      ...rendered.warnings,
      `the section "${placement.section}" had no entries yet; a list was started there`
    ],
    why: {
      container: `the section "${placement.section}", asked for, had no entries yet: a new list there`,
      order: "append (a new list)",
      sibling: `copied the shape of "${rendered.template.name}" (line ${rendered.template.startLine})`
    }
  });
}
function keepDescription(rendered, entry) {
  if ("refused" in rendered || !entry.description || rendered.values.description !== void 0) return rendered;
  if (rendered.text.includes("\n")) return rendered;
  return {
    ...rendered,
    text: `${rendered.text} - ${escapeInline(entry.description)}`,
    values: { ...rendered.values, description: entry.description },
    warnings: rendered.warnings.filter((w) => w !== LEFT_OUT.description)
  };
}
function firstRow(doc, entry, table, flags, flagWarnings) {
  const { columns } = table;
  const example = renderFromExampleRow(doc, table, entry);
  const values = example?.values ?? {
    name: entry.name,
    url: entry.url,
    description: columns.description >= 0 ? entry.description : void 0,
    contact: columns.contact >= 0 ? entry.contact : void 0
  };
  const row = example?.text ?? renderFirstRow(doc, table, values);
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
  const left = example ? example.warnings : [
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
    warnings: [
      ...flagWarnings,
      ...left,
      example ? "the table had no adopters yet; the first row follows the example row kept in a comment below it" : "the table had no adopters yet; the first row follows its header"
    ],
    why: { container: `the empty table at line ${lineOf(doc, table.headStart)}`, order: "append (the first row)" }
  });
}

// src/adopters/initial-sections.ts
var initialOf = (title) => {
  const t = (title ?? "").trim();
  return /^[\p{L}\p{N}]$/u.test(t) ? normalizeSectionName(t) : void 0;
};
var nameInitial = (name) => {
  const first = normalizeSectionName(name)[0];
  return first && normalizeSectionName(first.toUpperCase()[0]);
};
function initialSection(containers, chosen, name) {
  const indexed = containers.filter((c) => initialOf(c.section) !== void 0).sort((a, b) => a.start - b.start);
  if (indexed.length < 3 || !indexed.includes(chosen)) return { kind: "none" };
  const initials = indexed.map((c) => initialOf(c.section));
  const rank = (i) => /\p{N}/u.test(i) ? `0${i}` : `1${i}`;
  if (initials.some((i, k) => k > 0 && rank(i) < rank(initials[k - 1]))) return { kind: "none" };
  const initial = nameInitial(name);
  if (!initial) return { kind: "none" };
  const container = indexed.find((c) => initialOf(c.section) === initial);
  return container ? { kind: "index", container } : { kind: "missing", initial: initial.toUpperCase() };
}

// src/adopters/insert-adopter.ts
var KIND_WORDS = {
  list: "list",
  table: "table",
  paragraphs: "run of name paragraphs",
  headings: "run of one heading per adopter",
  "key-value": "run of key/value blocks",
  logos: "wall of logos",
  "tag-lines": "run of one tag per adopter",
  lines: "run of one name per line"
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
  const placement = selectPlacement(doc, containers, {
    ...options,
    logo: entry.logo !== void 0,
    description: entry.description,
    url: entry.url
  });
  if (placement.kind === "refuse") return { ok: false, code: placement.code, reason: placement.reason };
  if (placement.kind === "new-list") return newList(doc, entry, placement, flags, flagWarnings);
  if (placement.kind === "empty-table") return firstRow(doc, entry, placement.table, flags, flagWarnings);
  const { group, note } = placement;
  const byInitial = initialSection(containers, placement.container, entry.name);
  if (byInitial.kind === "missing")
    return {
      ok: false,
      code: "no-section",
      reason: `this file lists its adopters under one heading per initial and has no "${byInitial.initial}" heading yet; add the heading and the entry by hand`
    };
  const container = byInitial.kind === "index" ? byInitial.container : placement.container;
  if (entry.url === void 0 && requires(container, "url"))
    return {
      ok: false,
      code: "url-required",
      reason: "this file's entries carry links (a linked name, a link column or a site link), so the new entry needs its website's URL"
    };
  const policy = byInitial.kind === "index" ? { order: "alphabetical", basis: "detected", evidence: "one heading per initial" } : orderPolicyFor(doc, container, containers);
  const index = placeIndex(container, policy, entry.name, Boolean(entry.description), group);
  const own = renderEntry(doc, container, index, entry, group);
  if ("refused" in own) return { ok: false, code: own.field ? "unsafe" : "no-template", reason: own.refused };
  const shapes = [
    {
      ...own,
      template: doc.source.slice(own.template.start, own.template.end) + (own.groupCell ?? ""),
      sibling: `copied the shape of "${own.template.name}" (line ${own.template.startLine})`
    }
  ];
  const example = showsAll(own, entry) ? void 0 : renderFromExample(doc, entry, container.kind);
  if (example) {
    const warning = "the entries here have no place for a value given; the new one follows the file's example";
    const sibling = "copied the shape of the file's example, which shows every value";
    shapes.unshift({ ...example, warnings: [...example.warnings, warning], appended: false, sibling });
  }
  let problem;
  for (const shape of shapes) {
    const splice = newLogoRow(doc, container, index, shape.text) ?? spliceEntry(doc, container, index, shape.text);
    problem = verifyInsertion(doc, splice, shape.values, {
      container,
      index,
      template: shape.template,
      checkUrl: shape.values.url !== void 0,
      appended: shape.appended
    });
    if (problem) continue;
    return finish(doc, splice, {
      entry: shape.text,
      lines: shape.lines,
      section: container.section ?? group ?? null,
      order: policy.order,
      orderBasis: policy.basis,
      ...policy.newestFirst ? { newestFirst: true } : {},
      container: container.kind,
      flags,
      warnings: [...flagWarnings, ...note ? [note] : [], ...shape.warnings],
      why: {
        container: describe(container),
        ...placement.runnerUp ? { runnerUp: describe(placement.runnerUp) } : {},
        order: `${policy.order}${policy.newestFirst ? ", newest first" : ""} (${policy.evidence})`,
        sibling: shape.sibling
      }
    });
  }
  return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
}

export {
  insertAdopter
};
