import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  decideOrder,
  insertionIndex,
  statementsFor
} from "./chunk-YG3QSRZK.js";
import {
  normalizeOrganizationName
} from "./chunk-5P4X6YCH.js";
import {
  confusableKey,
  displayHostname
} from "./chunk-SJAIQ2HM.js";
import {
  buildSections,
  displayText,
  endOf,
  findContainers,
  isBlankLine,
  isGenericLinkText,
  itemPrefix,
  lineCount,
  lineOf,
  lineStart,
  lineText,
  parseDocument,
  readNamePart,
  sectionMatches,
  separatorOf,
  startOf,
  tailAfterName
} from "./chunk-5Z4LMX7A.js";
import {
  require_cjs
} from "./chunk-46SWEEBV.js";
import {
  __toESM
} from "./chunk-FA6EQWUK.js";

// src/adopters/duplicates.ts
var import_tldts = __toESM(require_cjs(), 1);
var SHARED_HOSTS = /* @__PURE__ */ new Set([
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "medium.com",
  "linkedin.com",
  "twitter.com",
  "x.com",
  "youtube.com",
  "facebook.com",
  "sourceforge.net",
  "npmjs.com",
  "google.com",
  "codeberg.org",
  "huggingface.co"
]);
var RESERVED_EXAMPLE = /* @__PURE__ */ new Set(["example.com", "example.org", "example.net"]);
function siteKey(url) {
  if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return void 0;
  const domain = (0, import_tldts.getDomain)(url, { allowPrivateDomains: true });
  if (!domain) return void 0;
  const host = (0, import_tldts.getHostname)(url) ?? domain;
  const bare = host.replace(/^www\./, "");
  if (RESERVED_EXAMPLE.has(domain.toLowerCase())) return bare.toLowerCase();
  if (!SHARED_HOSTS.has(bare)) return domain.toLowerCase();
  const segment = new URL(url).pathname.split("/")[1]?.toLowerCase();
  return segment ? `${bare}/${segment}` : bare;
}
function hostOf(url) {
  return url && /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? (0, import_tldts.getHostname)(url) ?? void 0 : void 0;
}
function findDuplicates(containers, name, url) {
  const wanted = normalizeOrganizationName(name);
  const wantedSite = siteKey(url);
  const looksAlike = lookAlikeTest(name, hostOf(url));
  const report = { sameSite: [], lookalikes: [] };
  for (const entry of containers.flatMap((c) => c.entries)) {
    if (entry.catchAll) continue;
    const normalized = normalizeOrganizationName(entry.name);
    if (!report.sameName && normalized && normalized === wanted) {
      report.sameName = entry;
      continue;
    }
    const site = siteKey(entry.url);
    if (wantedSite && site === wantedSite) report.sameSite.push(entry);
    else if (looksAlike(entry)) report.lookalikes.push(entry);
  }
  return report;
}
function lookAlikeTest(name, host) {
  const nameKey = confusableKey(name);
  const shownHost = host ? displayHostname(host) : void 0;
  const hostKey = shownHost === void 0 ? void 0 : confusableKey(shownHost);
  return (entry) => {
    if (entry.name !== name && confusableKey(entry.name) === nameKey) return true;
    if (shownHost === void 0) return false;
    const shown = displayHostname(hostOf(entry.url) ?? "");
    return shown !== shownHost && confusableKey(shown) === hostKey;
  };
}

// src/adopters/escape.ts
function escapeInline(text) {
  return text.replace(/[\\`*_[\]<>~|]/g, "\\$&").replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;");
}
function linkDestination(url) {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function markdownLink(name, url, angle = false) {
  const dest = linkDestination(url);
  return `[${escapeInline(name)}](${angle ? `<${dest}>` : dest})`;
}
function startsBlock(token) {
  return /^(?:[-+*]|\d{1,9}[.)]|#{1,6}|>|\||=+|-+|`{3,}|~{3,}|<)$/.test(token) || /^(?:`{3}|~{3}|<)/.test(token);
}

// src/adopters/render/choose-template.ts
function nameIsLinked(entry) {
  const source = entry.source;
  if (source.kind === "heading") return entry.shape.endsWith("|link");
  return Boolean(source.part?.linked);
}
function chooseTemplate(container, index, haveUrl) {
  const candidates = container.entries.filter((e) => e.wellFormed && !e.catchAll);
  if (!candidates.length) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const e of candidates) counts.set(e.shape, (counts.get(e.shape) ?? 0) + 1);
  const anyLinked = haveUrl && candidates.some(nameIsLinked);
  const rank = (e) => (anyLinked && nameIsLinked(e) ? 1e6 : 0) + (counts.get(e.shape) ?? 0);
  const best = candidates.reduce((m, e) => Math.max(m, rank(e)), 0);
  for (let d = 0; d < container.entries.length; d++) {
    for (const p of [index - 1 - d, index + d]) {
      const e = container.entries[p];
      if (e && e.wellFormed && !e.catchAll && rank(e) === best) return e;
    }
  }
  return void 0;
}

// src/adopters/render/render-heading-entry.ts
var DESCRIPTION_LABEL = /^(?:description|application|usage|use[- ]?cases?|how|about|summary|details)$/i;
var LINK_LABEL = /^(?:website|web ?site|url|home ?page|links?|site)$/i;
function fieldsOf(doc, blocks) {
  const list = blocks.find((b) => b.type === "list");
  const fields = [];
  for (const item of list?.children ?? []) {
    const p = item.children[0];
    const label = p?.type === "paragraph" ? p.children[0] : void 0;
    if (!p || p.type !== "paragraph" || !label || label.type !== "strong" && label.type !== "emphasis") continue;
    const text = displayText(label).replace(/:\s*$/, "").trim();
    const raw = lineText(doc, lineOf(doc, startOf(item)));
    const at = raw.indexOf(text);
    const afterLabel = /^[^\s\p{L}\p{N}]*:?\s?/u.exec(raw.slice(at + text.length))?.[0] ?? ": ";
    fields.push({
      label: text,
      before: raw.slice(0, at),
      after: afterLabel.endsWith(" ") ? afterLabel : `${afterLabel} `,
      item
    });
  }
  return { fields, list };
}
function renderHeadingEntry(doc, container, template, entry) {
  if (template.source.kind !== "heading") throw new Error("not a heading entry");
  const depth = container.headingDepth ?? template.source.heading.depth;
  const hashes = "#".repeat(depth);
  const sectionBlocks = blocksUnder(doc, template);
  const { fields } = fieldsOf(doc, sectionBlocks);
  const warnings = [];
  const body = [];
  if (!fields.length) {
    const lines2 = [`${hashes} ${markdownLink(entry.name, entry.url)}`];
    if (entry.description) lines2.push("", escapeInline(entry.description));
    return { text: lines2.join(doc.eol), lines: lines2.length, warnings };
  }
  const descriptionField = fields.find((f) => DESCRIPTION_LABEL.test(f.label));
  const linkField = fields.find((f) => LINK_LABEL.test(f.label));
  if (entry.description && descriptionField) {
    body.push(
      `${descriptionField.before}${descriptionField.label}${descriptionField.after}${escapeInline(entry.description)}`
    );
  } else if (entry.description) {
    const f = fields[0];
    body.push(`${f.before}Description${f.after}${escapeInline(entry.description)}`);
  }
  const nested = linkField?.item.children.find((c) => c.type === "list");
  if (linkField && nested?.children[0]) {
    const sub = nested.children[0];
    const subLine = doc.source.slice(lineStart(doc, lineOf(doc, startOf(sub))), startOf(sub.children[0] ?? sub));
    body.push(
      `${linkField.before}${linkField.label}${linkField.after.trimEnd()}`,
      `${subLine}[Website](${linkDestination(entry.url)})`
    );
  } else {
    const f = linkField ?? fields[0];
    body.push(`${f.before}${linkField ? f.label : "Website"}${f.after}${linkDestination(entry.url)}`);
  }
  const lines = [`${hashes} ${escapeInline(entry.name)}`, "", ...body];
  return { text: lines.join(doc.eol), lines: lines.length, warnings };
}
function blocksUnder(doc, template) {
  if (template.source.kind !== "heading") return [];
  const heading = template.source.heading;
  const siblings = doc.tree.children;
  const at = siblings.indexOf(heading);
  const blocks = [];
  for (let i = at + 1; i < siblings.length; i++) {
    const node = siblings[i];
    if (node.type === "heading" && node.depth <= heading.depth) break;
    blocks.push(node);
  }
  return blocks;
}

// src/adopters/render/wrap.ts
function isSoftBreak(line, next) {
  if (next === void 0 || !next.trim() || !line.trim()) return false;
  if (/ {2}$|\\$|<br\s*\/?>\s*$/i.test(line)) return false;
  return !/^\s*(?:[-+*]|\d{1,9}[.)])\s/.test(next) && !/^\s*(?:#|>|\||```|<)/.test(next);
}
function detectWrap(doc, container) {
  if (container.kind !== "list" && container.kind !== "paragraphs") return void 0;
  const broken = [];
  const longest = [];
  const indents = /* @__PURE__ */ new Map();
  let wrappedEntries = 0;
  for (const entry of container.entries) {
    let wrapped = false;
    let max = 0;
    for (let line = entry.startLine; line <= entry.endLine; line++) {
      const text = lineText(doc, line).trimEnd();
      max = Math.max(max, text.length);
      const next = line < entry.endLine ? lineText(doc, line + 1) : void 0;
      if (!isSoftBreak(text, next) || !/\S\s+\S/.test(text.trim())) continue;
      wrapped = true;
      broken.push(text.length);
      const indent2 = /^\s*/.exec(next ?? "")?.[0] ?? "";
      indents.set(indent2, (indents.get(indent2) ?? 0) + 1);
    }
    if (wrapped) wrappedEntries++;
    longest.push(max);
  }
  if (wrappedEntries < 2) return void 0;
  const sorted = [...broken].sort((a, b) => a - b);
  const width = sorted[Math.floor((sorted.length - 1) * 0.9)] ?? 0;
  const unwrapped = longest.filter((m) => m > width + 20).length;
  if (width < 40 || width > 120 || unwrapped > wrappedEntries) return void 0;
  const indent = [...indents.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return { width, indent };
}
function wrapWords(firstPrefix, words, style) {
  const lines = [];
  let current = firstPrefix;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? current + word : `${current} ${word}`;
    if (!empty && candidate.length > style.width && !startsBlock(word)) {
      lines.push(current);
      current = style.indent + word;
    } else {
      current = candidate;
    }
    empty = false;
  }
  lines.push(current);
  return lines;
}

// src/adopters/render/render-line-entry.ts
function renderLineEntry(doc, container, template, index, entry) {
  const source = template.source;
  if (source.kind !== "list-item" && source.kind !== "paragraph") throw new Error("not a line entry");
  const part = source.part;
  if (!part) throw new Error("template entry has no name part");
  const warnings = [];
  const prefix = source.kind === "list-item" ? listPrefix(doc, container, source.item, index, warnings) : "";
  const name = renderName(part, entry, warnings);
  const paragraphEnd = source.kind === "list-item" ? endOf(source.item.children[0]) : endOf(source.paragraph);
  const trailingLink = !part.linked ? trailingSiteLink(doc, part, paragraphEnd, entry) : "";
  if (!part.linked && !trailingLink) warnings.push("entries here carry no link, so the website is not written");
  const separator = descriptionSeparator(doc, container);
  let description = "";
  if (entry.description && separator !== void 0) description = escapeInline(entry.description);
  else if (entry.description) warnings.push("entries here carry no description, so the description is left out");
  const head = `${part.open}${name}${part.close}`;
  const wrap = detectWrap(doc, container);
  const sep = description ? separator : "";
  const eol = doc.eol;
  const breakAt = sep.indexOf("\n");
  const tail = [description, trailingLink].filter(Boolean).join(" ");
  let lines;
  if (breakAt >= 0) {
    const firstLine = prefix + head + sep.slice(0, breakAt).replace(/\r$/, "");
    const gap = sep.slice(breakAt + 1).includes("\n") ? [""] : [];
    const indent = wrap?.indent ?? "";
    lines = [firstLine, ...gap, ...wrap ? wrapWords(indent, tail.split(" "), wrap) : [indent + tail]];
  } else if (wrap) {
    lines = wrapWords(prefix, [head + sep.trimEnd(), ...tail.split(" ")].filter(Boolean), wrap);
  } else {
    lines = [prefix + head + (tail ? (sep || " ") + tail : "")];
  }
  return { text: lines.join(eol), lines: lines.length, warnings };
}
function renderName(part, entry, warnings) {
  if (!part.linked) return escapeInline(entry.name);
  if (part.logo && entry.logo) {
    const tag = part.logo.tag.replace(/\bsrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, `src="${attribute(entry.logo)}"`).replace(/\balt\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, `alt="${attribute(entry.name)}"`);
    return `[${tag}](${linkDestination(entry.url)})`;
  }
  if (entry.logo) warnings.push("entries here show no logo, so the logo is left out");
  return markdownLink(entry.name, entry.url, part.angleUrl);
}
function attribute(value) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function trailingSiteLink(doc, part, paragraphEnd, entry) {
  const last = part.rest[part.rest.length - 1];
  if (!last || last.type !== "link" || doc.source.slice(endOf(last), paragraphEnd).trim()) return "";
  const text = displayText(last).trim();
  return `[${isGenericLinkText(text) ? escapeInline(text) : "link"}](${linkDestination(entry.url)})`;
}
function descriptionSeparator(doc, container) {
  const counts = /* @__PURE__ */ new Map();
  const described = container.entries.filter((e) => e.hasDescription && !e.catchAll);
  if (described.length * 5 < container.entries.length) return void 0;
  for (const e of described) {
    const part = e.source.kind === "list-item" || e.source.kind === "paragraph" ? e.source.part : void 0;
    if (!part) continue;
    const sep = separatorOf(tailAfterName(doc, part, e.end)).replace(/\r\n/g, "\n");
    counts.set(sep, (counts.get(sep) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (best === void 0) return void 0;
  return best.includes("\n") ? best.replace(/\n/g, doc.eol) : best || " ";
}
function listPrefix(doc, container, templateItem, index, warnings) {
  const prefix = itemPrefix(doc, templateItem);
  const numbers = container.entries.map((e) => {
    const m = /\d+/.exec(e.source.kind === "list-item" ? itemPrefix(doc, e.source.item) : "");
    return m ? Number(m[0]) : void 0;
  });
  if (!/\d/.test(prefix) || numbers.every((n) => n === numbers[0])) return prefix;
  const at = numbers[index] ?? (numbers[numbers.length - 1] ?? 0) + 1;
  if (index < numbers.length)
    warnings.push(`the list is numbered by hand: the entries after the new one keep their numbers`);
  return prefix.replace(/\d+/, String(at));
}

// src/adopters/render/render-table-row.ts
function rawCells(line) {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/);
}
function paddingOf(templateLine, delimiterLine) {
  const cells = rawCells(templateLine);
  if (cells.every((c) => !/^\s|\s$/.test(c) || !c.trim())) return "compact";
  const widths = rawCells(delimiterLine).map((c) => c.length);
  const aligned = cells.filter((c, i) => c.length === widths[i]).length;
  return aligned * 2 >= cells.length && cells.length > 1 ? "aligned" : "spaced";
}
function pad(content, width, padding) {
  if (padding === "compact") return content;
  if (padding === "aligned" && width !== void 0) return ` ${content}`.padEnd(width - 1) + " ";
  return content ? ` ${content} ` : " ";
}
function lineOfNode(doc, node) {
  return doc.source.slice(startOf(node), endOf(node));
}
function urlCell(doc, cell, url) {
  const raw = cell ? doc.source.slice(startOf(cell), endOf(cell)).replace(/^\|/, "").trim() : "";
  const link = cell?.children.find((c) => c.type === "link");
  if (link?.type === "link" && displayText(link).trim() !== link.url && !/^<https?:/.test(raw)) {
    const text = displayText(link).trim();
    return `[${escapeInline(isGenericLinkText(text) ? text : "link")}](${linkDestination(url)})`;
  }
  if (/^<https?:/.test(raw)) return `<${url}>`;
  if (/^https?:\/\//.test(raw)) return url;
  return `[link](${linkDestination(url)})`;
}
function contactCell(cell, handle) {
  const linked = cell?.children.some((c) => c.type === "link" && /github\.com/i.test(c.url));
  return linked ? `[@${handle}](https://github.com/${handle})` : `@${handle}`;
}
function renderTableRow(doc, container, template, entry, group) {
  const table = container.table;
  const columns = container.columns;
  const source = template.source;
  if (source.kind !== "table-row") throw new Error("not a table row");
  const warnings = [];
  const part = source.part ?? readNamePart(doc, source.row.children[columns.name]?.children ?? []);
  const nameLinked = Boolean(part?.linked);
  const contents = [];
  for (let i = 0; i < columns.count; i++) {
    const cell = source.row.children[i];
    if (i === columns.name) contents.push(nameLinked ? markdownLink(entry.name, entry.url) : escapeInline(entry.name));
    else if (i === columns.url && !nameLinked) contents.push(urlCell(doc, cell, entry.url));
    else if (i === columns.description) contents.push(entry.description ? escapeInline(entry.description) : "");
    else if (i === columns.contact) contents.push(entry.contact ? contactCell(cell, entry.contact) : "");
    else if (i === columns.group) contents.push(group ? escapeInline(group) : "");
    else if (i === columns.logo && entry.logo)
      contents.push(`![${escapeInline(entry.name)}](${linkDestination(entry.logo)})`);
    else contents.push("");
  }
  if (!nameLinked && columns.url < 0)
    warnings.push("this table has no column for a website, so the website is not written");
  if (entry.description && columns.description < 0)
    warnings.push("this table has no description column, so the description is left out");
  if (entry.contact && columns.contact < 0)
    warnings.push("this table has no contact column, so the contact is left out");
  const templateLine = lineOfNode(doc, source.row);
  const delimiter = doc.source.slice(endOf(table.children[0]), startOf(table.children[1] ?? table.children[0]));
  const delimiterLine = delimiter.split(/\r?\n/).find((l) => /-/.test(l)) ?? "";
  const padding = paddingOf(templateLine, delimiterLine);
  const widths = rawCells(delimiterLine).map((c) => c.length);
  const trimmed = templateLine.trim();
  const lead = trimmed.startsWith("|") ? "|" : "";
  const trail = trimmed.endsWith("|") && !trimmed.endsWith("\\|") ? "|" : "";
  const indent = /^\s*/.exec(doc.source.slice(template.start, startOf(source.row)))?.[0] ?? "";
  const cells = contents.map((c, i) => pad(c, widths[i], padding));
  if (!lead && cells.length) cells[0] = cells[0].trimStart();
  if (!trail && cells.length && contents[contents.length - 1])
    cells[cells.length - 1] = cells[cells.length - 1].trimEnd();
  const closing = trail || (contents[contents.length - 1] === "" ? "|" : "");
  return { text: `${indent}${lead}${cells.join("|")}${closing}`, lines: 1, warnings };
}

// src/adopters/select-container.ts
var START_MARKER = /<!--\s*adopters:start\s*-->/i;
var END_MARKER = /<!--\s*adopters:end\s*-->/i;
var MOVED = /\b(?:has|have|was|were)\s+(?:been\s+)?moved\b|\bmoved\s+to\b|\bnow\s+(?:lives|maintained|hosted|kept)\b|\bcan\s+now\s+be\s+found\b/i;
var GENERATED = /\b(?:auto-?generated|generated\s+(?:by|from|with|automatically)|do\s+not\s+edit|don't\s+edit)\b/i;
function topLevelHtml(doc) {
  return doc.tree.children.filter((n) => n.type === "html" && startOf(n) >= doc.bodyStart);
}
function markerRange(doc) {
  const html = topLevelHtml(doc);
  const open = html.find((n) => START_MARKER.test(n.value));
  const close = html.find((n) => END_MARKER.test(n.value) && startOf(n) > (open ? startOf(open) : Infinity));
  return open && close ? { start: endOf(open), end: startOf(close) } : void 0;
}
function generatedRegion(doc) {
  const html = topLevelHtml(doc).filter((n) => /^<!--/.test(n.value));
  if (html.some((n) => GENERATED.test(n.value))) return true;
  for (let i = 1; i < html.length; i++) {
    const between = doc.source.slice(endOf(html[i - 1]), startOf(html[i]));
    if (!between.trim()) return true;
  }
  return false;
}
function proseText(doc) {
  return doc.tree.children.filter((n) => n.type !== "code" && startOf(n) >= doc.bodyStart).map((n) => doc.source.slice(startOf(n), endOf(n))).join("\n");
}
function afterIntroduction(doc) {
  const root = buildSections(doc);
  const title = root.subsections[0];
  if (!title) return { offset: doc.source.length, section: null };
  const last = title.blocks[title.blocks.length - 1];
  return { offset: last ? endOf(last) : endOf(title.heading), section: title.title };
}
function selectPlacement(doc, containers, options) {
  const markers = markerRange(doc);
  const candidates = markers ? containers.filter((c) => c.start >= markers.start && c.end <= markers.end) : containers;
  if (!candidates.length) {
    if (markers) return { kind: "new-list", offset: markers.start, section: null };
    if (MOVED.test(proseText(doc)))
      return { kind: "refuse", reason: "this file says the adopters list has moved elsewhere; add the adopter there" };
    if (generatedRegion(doc))
      return {
        kind: "refuse",
        reason: "the adopters list in this file is generated from a data file (the region between its HTML comment markers is empty in the repository); add the adopter to that data file"
      };
    return { kind: "new-list", ...afterIntroduction(doc) };
  }
  const largest = candidates.reduce((a, b) => b.entries.length > a.entries.length ? b : a);
  if (options.section && hasSections(candidates)) return bySection(candidates, options.section);
  const group = defaultGroup(largest);
  const note = options.section ? `this file has no sections, so the section "${options.section}" was not used` : group ? `no section was given, so the entry went into the most common type, "${group}"` : void 0;
  return { kind: "container", container: largest, group, note };
}
function hasSections(candidates) {
  const titles = new Set(candidates.map((c) => c.section).filter(Boolean));
  return titles.size > 1 || candidates.some((c) => c.entries.some((e) => e.group));
}
function defaultGroup(container) {
  if (!container.columns || container.columns.group < 0) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const e of container.entries) if (e.group) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
function bySection(candidates, section) {
  for (const level of ["exact", "partial"]) {
    const headed = candidates.filter((c) => c.section !== null && sectionMatches(section, c.section) === level);
    if (headed.length)
      return { kind: "container", container: headed.reduce((a, b) => b.entries.length > a.entries.length ? b : a) };
    for (const c of candidates) {
      const group = c.entries.find((e) => e.group && sectionMatches(section, e.group) === level)?.group;
      if (group) return { kind: "container", container: c, group };
    }
  }
  const known = [
    .../* @__PURE__ */ new Set([
      ...candidates.map((c) => c.section).filter((s) => Boolean(s)),
      ...candidates.flatMap((c) => c.entries.map((e) => e.group).filter((g) => Boolean(g)))
    ])
  ];
  return {
    kind: "refuse",
    reason: `no section "${section}" in this file${known.length ? `; sections: ${known.map((k) => `"${k}"`).join(", ")}` : ""}`
  };
}

// src/adopters/splice.ts
function spliceEntry(doc, container, index, rendered) {
  const eol = doc.eol;
  const gap = container.loose ? eol : "";
  const target = container.entries[index];
  if (target) return { offset: target.start, text: rendered + eol + gap, line: target.startLine };
  const last = container.entries[container.entries.length - 1];
  const lines = lineCount(doc);
  if (!container.loose) {
    if (last.endLine < lines)
      return { offset: lineStart(doc, last.endLine + 1), text: rendered + eol, line: last.endLine + 1 };
    return doc.finalNewline ? { offset: doc.source.length, text: rendered + eol, line: last.endLine + 1 } : { offset: doc.source.length, text: eol + rendered, line: last.endLine + 1 };
  }
  let next = last.endLine + 1;
  while (next <= lines && isBlankLine(doc, next)) next++;
  if (next <= lines) {
    if (next === last.endLine + 1)
      return { offset: lineStart(doc, next), text: eol + rendered + eol + eol, line: next + 1 };
    return { offset: lineStart(doc, next), text: rendered + eol + eol, line: next };
  }
  if (!doc.finalNewline) return { offset: doc.source.length, text: eol + eol + rendered, line: last.endLine + 2 };
  const blankAfter = lines - last.endLine;
  return blankAfter > 0 ? { offset: doc.source.length, text: rendered + eol, line: lines + 1 } : { offset: doc.source.length, text: eol + rendered + eol, line: last.endLine + 2 };
}
function spliceNewList(doc, offset, rendered) {
  const eol = doc.eol;
  const before = doc.source.slice(0, offset);
  const after = doc.source.slice(offset);
  const lead = !before ? "" : /\n[ \t]*\r?\n$/.test(before) ? "" : before.endsWith("\n") ? eol : eol + eol;
  let trail;
  if (!after) trail = !before || before.endsWith("\n") ? eol : "";
  else if (/^\r?\n[ \t]*(?:\r?\n|$)/.test(after)) trail = "";
  else if (/^\r?\n/.test(after)) trail = eol;
  else trail = eol + eol;
  const line = lineOf(doc, offset) + (lead.match(/\n/g)?.length ?? 0);
  return { offset, text: lead + rendered + trail, line };
}

// src/adopters/verify.ts
var collapse = (s) => s.replace(/\s+/g, " ").trim();
var CONTEXT = 3;
function inlineSyntax(node, start, end, out = []) {
  const s = startOf(node);
  const e = endOf(node);
  if (e <= start || s >= end) return out;
  const kinds = ["link", "image", "html", "linkReference", "imageReference", "footnoteReference"];
  if (kinds.includes(node.type) && s >= start) out.push(node);
  if ("children" in node) for (const child of node.children) inlineSyntax(child, start, end, out);
  return out;
}
function windowOf(doc, container, index, splice) {
  const after = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  if (!container) return { text: after, shift: 0, neighbours: [] };
  const entries = container.entries;
  const first = entries[Math.max(0, index - CONTEXT)];
  const last = entries[Math.min(entries.length, index + CONTEXT) - 1];
  const from = Math.min(first?.start ?? splice.offset, splice.offset);
  const toOld = Math.max(last ? lineStart(doc, last.endLine + 1) : splice.offset, splice.offset);
  const to = toOld + splice.text.length;
  let head = "";
  if (container.table) {
    const body = container.table.children[1];
    head = doc.source.slice(
      lineStart(doc, lineOf(doc, container.start)),
      body ? lineStart(doc, lineOf(doc, startOf(body))) : splice.offset
    );
  }
  const definitions = [...doc.definitions].map(([label, url]) => `[${label}]: <${url}>`).join(doc.eol);
  const text = `${head}${after.slice(from, to)}${doc.eol}${doc.eol}${definitions}${doc.eol}`;
  const neighbours = entries.slice(Math.max(0, index - CONTEXT), Math.min(entries.length, index + CONTEXT));
  return { text, shift: from - head.length, neighbours };
}
function verifyInsertion(before, splice, entry, expect) {
  const { doc } = before;
  const { offset, text } = splice;
  const after = doc.source.slice(0, offset) + text + doc.source.slice(offset);
  if (after.slice(0, offset) + after.slice(offset + text.length) !== doc.source)
    return "the change is not a pure insertion";
  const window = windowOf(doc, expect.container, expect.index, splice);
  const fragment = parseDocument(window.text);
  const start = offset - window.shift;
  const end = start + text.length;
  const mine = findContainers(fragment).find((c) => c.entries.some((e) => e.start >= start && e.start < end));
  if (!mine) return "the new entry is not recognized as an entry after insertion";
  const added = mine.entries.find((e) => e.start >= start && e.start < end);
  if (expect.container && mine.kind !== expect.container.kind) return "the new entry would change how the list is read";
  const problem = checkEntry(fragment.tree, added, entry, expect, start, end);
  if (problem) return problem;
  const got = mine.entries.filter((e) => e !== added).map((e) => collapse(e.name));
  const expected = window.neighbours.map((e) => collapse(e.name));
  if (expect.container && got.join("\0") !== expected.join("\0"))
    return "the insertion changed the neighbouring entries";
  return void 0;
}
function checkEntry(tree, added, entry, expect, start, end) {
  if (collapse(added.name) !== collapse(entry.name))
    return `the new entry would display "${added.name}" instead of the name given`;
  if (expect.linked && added.source.kind !== "heading" && added.url !== linkDestination(entry.url)) {
    return "the new entry would not link the URL given";
  }
  const allowed = /* @__PURE__ */ new Set([
    linkDestination(entry.url),
    ...entry.logo ? [linkDestination(entry.logo)] : [],
    `https://github.com/${entry.contact ?? ""}`
  ]);
  for (const node of inlineSyntax(tree, start, end)) {
    if (node.type === "link" && allowed.has(node.url)) continue;
    if (node.type === "image" && expect.logo && allowed.has(node.url)) continue;
    if (node.type === "html" && expect.logo && /^<img\b/i.test(node.value)) continue;
    return `the submission would add a ${node.type} to the file`;
  }
  return void 0;
}

// src/adopters/insert-adopter.ts
function insertAdopter(source, entry, options = {}) {
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
  const flags = [
    ...dup.sameSite.map((e) => ({ kind: "same-site", name: e.name, line: e.startLine })),
    ...dup.lookalikes.map((e) => ({ kind: "lookalike", name: e.name, line: e.startLine }))
  ];
  const flagWarnings = flags.map(
    (f) => f.kind === "same-site" ? `the same website is already listed for "${f.name}" (line ${f.line})` : `the name or website looks like "${f.name}" (line ${f.line})`
  );
  const placement = selectPlacement(doc, containers, options);
  if (placement.kind === "refuse") {
    const code = /moved/.test(placement.reason) ? "moved" : /generated/.test(placement.reason) ? "generated" : "no-section";
    return { ok: false, code, reason: placement.reason };
  }
  if (placement.kind === "new-list") {
    const item = `- ${markdownLink(entry.name, entry.url)}${entry.description ? ` - ${escapeInline(entry.description)}` : ""}`;
    const splice2 = spliceNewList(doc, placement.offset, item);
    const rendered2 = {
      text: item,
      lines: 1,
      warnings: ["the file had no list of adopters yet; a new list was started"]
    };
    return finish(doc, splice2, rendered2, entry, null, {
      index: 0,
      section: placement.section,
      order: "append",
      orderBasis: "new-list",
      container: "new-list",
      linked: true,
      flags,
      flagWarnings
    });
  }
  const { container, group, note } = placement;
  const policy = decideOrder(container.entries, orderStatements(doc, container, containers));
  const index = placeIndex(container, policy, entry, group);
  const template = chooseTemplate(container, index, true);
  if (!template)
    return { ok: false, code: "no-template", reason: "no well-formed entry in this list to copy the style from" };
  const rendered = container.kind === "table" ? renderTableRow(doc, container, template, entry, group) : container.kind === "headings" ? renderHeadingEntry(doc, container, template, entry) : renderLineEntry(doc, container, template, index, entry);
  const splice = spliceEntry(doc, container, index, rendered.text);
  return finish(doc, splice, rendered, entry, container, {
    index,
    section: container.section ?? group ?? null,
    order: policy.order,
    orderBasis: policy.basis,
    container: container.kind,
    linked: rendered.text.includes(linkDestination(entry.url)),
    flags,
    flagWarnings: note ? [...flagWarnings, note] : flagWarnings
  });
}
function orderStatements(doc, container, containers) {
  const { local, global } = statementsFor(doc, container, containers);
  const localPolicy = decideOrder([], local);
  return localPolicy.basis === "stated" ? local : [...local, ...global];
}
function placeIndex(container, policy, entry, group) {
  const entries = container.entries;
  let lo = 0;
  let hi = entries.length;
  while (hi > lo && entries[hi - 1].catchAll) hi--;
  if (group) {
    const members = entries.map((e, i) => e.group === group ? i : -1).filter((i) => i >= 0);
    if (members.length) [lo, hi] = [members[0], Math.min(hi, members[members.length - 1] + 1)];
  }
  if (policy.describedFirst && entry.description) {
    const firstBare = entries.findIndex((e, i) => i >= lo && i < hi && !e.hasDescription);
    if (firstBare >= 0) return firstBare;
  }
  return insertionIndex(entries, lo, hi, entry.name, policy.order);
}
function finish(doc, splice, rendered, entry, container, meta) {
  const problem = verifyInsertion({ doc }, splice, entry, {
    container,
    index: meta.index,
    linked: meta.linked,
    logo: Boolean(entry.logo)
  });
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
  const content = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  return {
    ok: true,
    content,
    offset: splice.offset,
    inserted: splice.text,
    line: splice.line,
    lines: rendered.lines,
    entry: rendered.text,
    section: meta.section,
    order: meta.order,
    orderBasis: meta.orderBasis,
    container: meta.container,
    warnings: [...meta.flagWarnings, ...rendered.warnings],
    flags: meta.flags
  };
}

export {
  insertAdopter
};
