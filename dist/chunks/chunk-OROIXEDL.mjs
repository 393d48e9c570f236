import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  endOf,
  lineOf,
  startOf
} from "./chunk-WBV7JFYH.mjs";

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

// src/adopters/merge-conflict.ts
var CONFLICT_OPENING = /^<{7}(?:[ \t].*)?$/gm;
function conflictMarkerLine(doc) {
  if (!doc.source.includes("<<<<<<<")) return void 0;
  const code = doc.tree.children.filter((n) => n.type === "code").map((n) => [startOf(n), endOf(n)]);
  for (const m of doc.source.matchAll(CONFLICT_OPENING)) {
    if (!code.some(([start, end]) => m.index >= start && m.index < end)) return lineOf(doc, m.index);
  }
  return void 0;
}
var conflictReason = (line) => `line ${line} opens an unresolved merge conflict (<<<<<<<): the file holds two versions of its list; resolve the conflict first`;

export {
  escapeInline,
  linkDestination,
  markdownLink,
  escapeFor,
  ordinalFor,
  conflictMarkerLine,
  conflictReason
};
