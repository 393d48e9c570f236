import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  groupMembers,
  normalizeOrganizationName,
  realEntries
} from "./chunk-ESZRELXG.js";
import {
  confusableKey,
  displayHostname
} from "./chunk-FHCDMXFJ.js";
import {
  cellRanges,
  deriveText,
  isBlankLine,
  lineCount,
  lineOf,
  lineStart
} from "./chunk-M5BG5UTK.js";
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
  return findDuplicatesIn(
    containers.flatMap((c) => c.entries),
    name,
    url
  );
}
function findDuplicatesIn(entries, name, url) {
  const wanted = normalizeOrganizationName(name);
  const wantedSite = siteKey(url);
  const looksAlike = lookAlikeTest(name, hostOf(url));
  const report = { sameSite: [], lookalikes: [] };
  for (const entry of entries) {
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
function duplicateFlags(report) {
  const flags = [
    ...report.sameSite.map((e) => ({ kind: "same-site", name: e.name, line: e.startLine })),
    ...report.lookalikes.map((e) => ({ kind: "lookalike", name: e.name, line: e.startLine }))
  ];
  const warnings = flags.map(
    (f) => f.kind === "same-site" ? `the same website is already listed for "${f.name}" (line ${f.line})` : `the name or website looks like "${f.name}" (line ${f.line})`
  );
  return { flags, warnings };
}

// src/adopters/escape.ts
function escapeInline(text) {
  return text.replace(/[\\`*_[\]<>~|]/g, "\\$&").replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;").replace(/#+$/, (h) => h.replace(/#/g, "\\#"));
}
function linkDestination(url) {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function markdownLink(name, url) {
  return `[${escapeInline(name)}](${linkDestination(url)})`;
}
function attribute(value, quote) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(quote === '"' ? /"/g : /'/g, quote === '"' ? "&quot;" : "&#39;");
}
function escapeFor(value, context, atLineStart2 = false) {
  switch (context) {
    case "text":
    case "cell":
    case "link-text": {
      const escaped = escapeInline(value);
      return atLineStart2 ? escaped.replace(/^(\d{1,9})([.)])/, "$1\\$2").replace(/^([-+#=])/, "\\$1") : escaped;
    }
    case "destination":
      return linkDestination(value);
    case "reference-destination":
      return `](${linkDestination(value)})`;
    case "angle-destination":
    case "autolink":
    case "bare-url":
      return /[\s<>]/.test(value) ? void 0 : value;
    case "attribute-double":
      return attribute(value, '"');
    case "attribute-single":
      return attribute(value, "'");
    case "attribute-bare":
      return /[\s"'=<>`]/.test(value) ? void 0 : value;
    case "code":
      return /[\r\n]/.test(value) ? void 0 : value;
  }
}

// src/adopters/render/choose-template.ts
var hasSlot = (e, field) => e.spans.some((s) => s.field === field);
function slotsFor(e, values) {
  const fields = [];
  if (values.url !== void 0) fields.push("url");
  if (values.description !== void 0) fields.push("description");
  if (values.logo !== void 0) fields.push("logo");
  if (values.contact !== void 0) fields.push("contact");
  return fields.filter((f) => hasSlot(e, f));
}
function chooseTemplate(container, index, values) {
  const candidates = container.entries.filter((e) => e.wellFormed && !e.catchAll && !e.placeholder && e.nameLike);
  const pool = candidates.length ? candidates : container.entries.filter((e) => e.wellFormed && !e.catchAll);
  if (!pool.length) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const e of pool) counts.set(e.shape, (counts.get(e.shape) ?? 0) + 1);
  const rank = (e) => slotsFor(e, values).length * 1e6 + (counts.get(e.shape) ?? 0);
  const best = pool.reduce((m, e) => Math.max(m, rank(e)), 0);
  const eligible = new Set(pool.filter((e) => rank(e) === best));
  for (let d = 0; d < container.entries.length; d++) {
    for (const p of [index - 1 - d, index + d]) {
      const e = container.entries[p];
      if (e && eligible.has(e)) return e;
    }
  }
  return void 0;
}

// src/adopters/render/numbering.ts
function ordinalFor(source, container, index) {
  const numbers = container.entries.map((e) => {
    const span = e.spans.find((s) => s.field === "ordinal");
    return span ? Number(source.slice(span.start, span.end)) : void 0;
  });
  const known = numbers.filter((n) => n !== void 0);
  if (!known.length) return {};
  const repeated = known.filter((n) => n === known[0]).length;
  if (known.length > 1 && repeated * 4 >= known.length * 3) return { ordinal: known[0] };
  if (known.length === 1) return { ordinal: index === 0 ? known[0] : known[0] + 1 };
  const at = numbers[index] ?? (numbers[numbers.length - 1] ?? 0) + 1;
  return index < numbers.length ? { ordinal: at, warning: "the list is numbered by hand: the entries after the new one keep their numbers" } : { ordinal: at };
}

// src/adopters/render/edits.ts
function unionOf(deletions) {
  const out = [];
  for (const d of [...deletions].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && d.start <= last.end) last.end = Math.max(last.end, d.end);
    else out.push({ ...d });
  }
  return out;
}
function applyEdits(text, edits) {
  const deletions = unionOf(edits.filter((e) => !e.text && e.end > e.start));
  const others = edits.filter((e) => e.text);
  const all = [...deletions, ...others].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const e of all) {
    if (e.start < at) {
      if (e.end <= at) continue;
      throw new Error(`overlapping edits at offset ${e.start}`);
    }
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

// src/adopters/render/substitute.ts
var UnwritableValue = class extends Error {
  constructor(field) {
    super(`the ${field} cannot be written in this file's entries as it is`);
    this.field = field;
  }
  field;
};
function valueFor(span, values) {
  switch (span.field) {
    case "url-text":
      return values.url === void 0 ? void 0 : deriveText(span.derive ?? "host", values.url);
    case "contact-url":
      return values.contact === void 0 ? void 0 : deriveText("github-profile", values.contact);
    case "ordinal":
      return values.ordinal === void 0 ? void 0 : String(values.ordinal);
    default:
      return values[span.field];
  }
}
function atLineStart(text, offset) {
  const lineBegin = text.lastIndexOf("\n", offset - 1) + 1;
  return !text.slice(lineBegin, offset).trim();
}
function spanEdits(text, base, spans, values) {
  const edits = [];
  for (const span of spans) {
    if (span.field === "name" && span.fallback && values.logo === void 0) {
      const escaped = escapeFor(values.name, "link-text");
      if (escaped === void 0) throw new UnwritableValue("name");
      edits.push({ start: span.fallback.start - base, end: span.fallback.end - base, text: escaped });
      continue;
    }
    const value = valueFor(span, values);
    if (span.field === "ordinal" && value === void 0) continue;
    if (value !== void 0) {
      const escaped = escapeFor(value, span.context, atLineStart(text, span.start - base));
      if (escaped === void 0) throw new UnwritableValue(span.field);
      edits.push({ start: span.start - base, end: span.end - base, text: escaped });
    } else if (span.remove) {
      for (const r of span.remove) edits.push({ start: r.start - base, end: r.end - base, text: "" });
    } else {
      edits.push({ start: span.start - base, end: span.end - base, text: "" });
    }
  }
  return edits;
}
function lineRanges(text) {
  const ranges = [];
  let start = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      ranges.push({ start, end: text.length });
      return ranges;
    }
    ranges.push({ start, end: nl > start && text[nl - 1] === "\r" ? nl - 1 : nl });
    start = nl + 1;
  }
}
function dropLines(text, base, spans, filled) {
  const lines = lineRanges(text);
  const touches = (s, l) => s.start - base <= l.end && s.end - base >= l.start;
  const holds = lines.map((l) => spans.some((s) => touches(s, l)));
  const holdsFilled = lines.map((l) => spans.some((s) => filled(s) && touches(s, l)));
  const edits = [];
  lines.forEach((l, i) => {
    const content = text.slice(l.start, l.end);
    if (i === 0 || holds[i] || !content.trim()) return;
    let next = i + 1;
    while (next < lines.length && !text.slice(lines[next].start, lines[next].end).trim()) next++;
    const label = content.trim().length <= 40 && /^\s*#{1,6}\s|:\s*$/.test(content) && holdsFilled[next] === true;
    if (label) return;
    const end = i + 1 < lines.length ? lines[i + 1].start : l.end;
    const start = i + 1 < lines.length ? l.start : lines[i - 1]?.end ?? l.start;
    edits.push({ start, end, text: "" });
  });
  return edits;
}
function foldBlankLines(text, eol) {
  const lines = text.split(/\r?\n/);
  const out = [];
  for (const line of lines) {
    if (!line.trim() && (!out.length || !out[out.length - 1].trim())) continue;
    out.push(line.trim() ? line : "");
  }
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out.join(eol);
}
function substituteEntry(source, template, values, eol) {
  const text = source.slice(template.start, template.end);
  const base = template.start;
  const filled = (s) => valueFor(s, values) !== void 0;
  const edits = [...dropLines(text, base, template.spans, filled), ...spanEdits(text, base, template.spans, values)];
  return foldBlankLines(applyEdits(text, edits), eol);
}

// src/adopters/render/table-row.ts
function rawCells(line) {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/);
}
function paddingOf(cells, delimiter) {
  if (cells.every((c) => !/^\s|\s$/.test(c) || !c.trim())) return "compact";
  const widths = rawCells(delimiter).map((c) => c.length);
  const aligned = cells.filter((c, i) => c.length === widths[i]).length;
  return aligned * 2 >= cells.length && cells.length > 1 ? "aligned" : "spaced";
}
function pad(content, width, padding) {
  if (padding === "compact") return content;
  if (padding === "aligned") return ` ${content}`.padEnd(width - 1) + " ";
  return content ? ` ${content} ` : " ";
}
function renderTableRow(doc, container, template, values, groupCell) {
  const layout = container.table;
  const { columns } = layout;
  const line = doc.source.slice(template.start, template.end);
  const ranges = cellRanges(doc.source, template.start, template.end);
  const raw = ranges.map((r) => doc.source.slice(r.start, r.end));
  const padding = paddingOf(raw, layout.delimiter);
  const contents = [];
  for (let i = 0; i < columns.count; i++) {
    const r = ranges[i];
    if (!r) {
      contents.push("");
      continue;
    }
    let start = r.start;
    let end = r.end;
    while (start < end && /\s/.test(doc.source[start])) start++;
    while (end > start && /\s/.test(doc.source[end - 1])) end--;
    const spans = template.spans.filter((s) => s.start >= start && s.end <= end);
    if (i === columns.group && groupCell !== void 0) contents.push(groupCell);
    else if (spans.length) {
      const text = doc.source.slice(start, end);
      contents.push(applyEdits(text, spanEdits(text, start, spans, values)).trim());
    } else if (i === columns.group && values.group) {
      const escaped = escapeFor(values.group, "cell");
      if (escaped === void 0) throw new UnwritableValue("group");
      contents.push(escaped);
    } else contents.push("");
  }
  const trimmed = line.trim();
  const lead = trimmed.startsWith("|") ? "|" : "";
  const trail = trimmed.endsWith("|") && !trimmed.endsWith("\\|") ? "|" : "";
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  const cells = contents.map((c, i) => pad(c, raw[i]?.length ?? c.length + 2, padding));
  if (!lead && cells.length) cells[0] = cells[0].trimStart();
  if (!trail && cells.length && contents[contents.length - 1])
    cells[cells.length - 1] = cells[cells.length - 1].trimEnd();
  const closing = trail || (contents[contents.length - 1] === "" ? "|" : "");
  return `${indent}${lead}${cells.join("|")}${closing}`;
}

// src/adopters/render/render-entry.ts
function requires(container, field) {
  const real = realEntries(container);
  const holding = real.filter((e) => e.spans.some((s) => s.field === field)).length;
  return holding > 0 && holding * 20 >= real.length * 19;
}
function carries(container, field) {
  return realEntries(container).some((e) => e.spans.some((s) => s.field === field));
}
var LEFT_OUT = {
  url: "the entries here carry no links, so the website is not written",
  description: "the entries here carry no description, so the description is not written",
  logo: "the entries here show no logo, so the logo is not written",
  contact: "the entries here name no contact, so the contact is not written"
};
function renderEntry(doc, container, index, entry, group) {
  const warnings = [];
  const values = { name: entry.name, group };
  let appendDescription = false;
  for (const field of ["url", "description", "logo", "contact"]) {
    const value = entry[field];
    if (value === void 0) continue;
    if (carries(container, field)) values[field] = value;
    else if (field === "description" && container.kind === "headings") appendDescription = true;
    else warnings.push(LEFT_OUT[field]);
  }
  const template = chooseTemplate(container, index, values);
  if (!template) return { refused: "no well-formed entry in this list to copy the style from" };
  const numbering = ordinalFor(doc.source, container, index);
  if (numbering.warning) warnings.push(numbering.warning);
  values.ordinal = numbering.ordinal;
  const groupCell = group !== void 0 ? groupCellOf(doc, container, group) : void 0;
  let text;
  try {
    text = container.kind === "table" ? renderTableRow(doc, container, template, values, groupCell) : substituteEntry(doc.source, template, values, doc.eol);
  } catch (error) {
    if (error instanceof UnwritableValue)
      return { refused: `the ${error.field} cannot be written in this file's entries as it is`, field: error.field };
    throw error;
  }
  if (appendDescription && entry.description) {
    const paragraph = escapeFor(entry.description, "text", true);
    text = `${text}${doc.eol}${doc.eol}${paragraph}`;
    values.description = entry.description;
  }
  return {
    text,
    lines: text.split(/\r?\n/).length,
    template,
    values,
    warnings,
    appended: appendDescription,
    groupCell
  };
}
function groupCellOf(doc, container, group) {
  const column = container.table?.columns.group ?? -1;
  if (column < 0) return void 0;
  const sibling = groupMembers(container, group).find((e) => e.wellFormed) ?? groupMembers(container, group)[0];
  const span = sibling?.spans.find((s) => s.field === "group");
  return span ? doc.source.slice(span.start, span.end) : void 0;
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
    if (next === last.endLine + 1) return { offset: lineStart(doc, next), text: eol + rendered + eol, line: next + 1 };
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

export {
  findDuplicates,
  findDuplicatesIn,
  duplicateFlags,
  escapeInline,
  linkDestination,
  markdownLink,
  escapeFor,
  ordinalFor,
  applyEdits,
  requires,
  carries,
  renderEntry,
  spliceEntry,
  spliceNewList
};
