import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  normalizeOrganizationName
} from "./chunk-5HCODKRY.js";
import {
  confusableKey,
  displayHostname
} from "./chunk-SXXBV75I.js";
import {
  isBlankLine,
  lineCount,
  lineOf,
  lineStart,
  lineText
} from "./chunk-NWHVWTTH.js";
import {
  require_cjs
} from "./chunk-ODQJWHDE.js";
import {
  __toESM
} from "./chunk-ONBS6DE5.js";

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
  const { domain, hostname } = (0, import_tldts.parse)(url, { allowPrivateDomains: true });
  if (!domain) return void 0;
  const host = hostname ?? domain;
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
  const wantedDomain = wantedSite?.split("/")[0];
  const mayShare = (u) => Boolean(wantedDomain && u?.toLowerCase().includes(wantedDomain));
  const looksAlike = lookAlikeTest(name, hostOf(url));
  const report = { sameSite: [], lookalikes: [] };
  for (const entry of entries) {
    if (entry.catchAll) continue;
    const normalized = normalizeOrganizationName(entry.name);
    if (!report.sameName && normalized && normalized === wanted) {
      report.sameName = entry;
      continue;
    }
    if (mayShare(entry.url) && siteKey(entry.url) === wantedSite) report.sameSite.push(entry);
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
    const at = next - last.endLine > 2 ? last.endLine + 2 : next;
    return { offset: lineStart(doc, at), text: rendered + eol + eol, line: at };
  }
  if (!doc.finalNewline) return { offset: doc.source.length, text: eol + eol + rendered, line: last.endLine + 2 };
  const blankAfter = lines - last.endLine;
  if (blankAfter > 1)
    return { offset: lineStart(doc, last.endLine + 2), text: rendered + eol + eol, line: last.endLine + 2 };
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

// src/adopters/logo-rows.ts
function rowsOf(entries) {
  const rows = [];
  for (const entry of entries) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    if (last && entry.startLine === last.endLine + 1) row.push(entry);
    else rows.push([entry]);
  }
  return rows;
}
var OPENING = /^\s*<([a-z][a-z0-9-]*)\b[^>]*>\s*$/i;
var CLOSING = /^\s*<\/([a-z][a-z0-9-]*)\s*>\s*$/i;
function newLogoRow(doc, container, index, rendered) {
  if (container.kind !== "logos" || index !== container.entries.length) return void 0;
  const rows = rowsOf(container.entries);
  const size = rows[0].length;
  if (rows.length < 2 || size < 2 || rows.some((row2) => row2.length !== size)) return void 0;
  const last = rows[rows.length - 1];
  const openLine = last[0].startLine - 1;
  const closeLine = last[last.length - 1].endLine + 1;
  const open = OPENING.exec(lineText(doc, openLine));
  const close = CLOSING.exec(lineText(doc, closeLine));
  if (!open || !close || open[1].toLowerCase() !== close[1].toLowerCase()) return void 0;
  const row = [lineText(doc, openLine), rendered, lineText(doc, closeLine)].join(doc.eol);
  const eol = doc.eol;
  if (closeLine < lineCount(doc))
    return { offset: lineStart(doc, closeLine + 1), text: row + eol, line: closeLine + 1 };
  return doc.finalNewline ? { offset: doc.source.length, text: row + eol, line: closeLine + 1 } : { offset: doc.source.length, text: eol + row, line: closeLine + 1 };
}
function loneLogoRow(doc, container, index) {
  if (container.kind !== "logos") return void 0;
  const entry = container.entries[index];
  const [first, last] = [entry.startLine - 1, entry.endLine + 1];
  const neighbour = (e) => e && e.endLine >= first && e.startLine <= last;
  if (neighbour(container.entries[index - 1]) || neighbour(container.entries[index + 1])) return void 0;
  const open = OPENING.exec(lineText(doc, first));
  const close = CLOSING.exec(lineText(doc, last));
  return open && close && open[1].toLowerCase() === close[1].toLowerCase() ? { first, last } : void 0;
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
function escapeFor(value, context, atLineStart = false) {
  switch (context) {
    case "text":
    case "cell":
    case "link-text": {
      const escaped = escapeInline(value);
      return atLineStart ? escaped.replace(/^(\d{1,9})([.)])/, "$1\\$2").replace(/^([-+#=])/, "\\$1") : escaped;
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
    // A browser reads `&copy` as © even without its `;`: an `&` that could start a reference is written out.
    case "html-text":
      return value.replace(/&(?=[#A-Za-z0-9])/g, "&amp;").replace(/</g, "&lt;");
    // A template reads its parameter as written: a value that would end the string or the tag has no form.
    case "param-double":
      return /["\\\r\n]|[>%]\}\}|%\}|\/>/.test(value) ? void 0 : value;
    case "param-single":
      return /['\\\r\n]|[>%]\}\}|%\}|\/>/.test(value) ? void 0 : value;
  }
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
  spliceEntry,
  spliceNewList,
  newLogoRow,
  loneLogoRow
};
